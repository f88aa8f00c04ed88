#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Instruction coverage: which Zydis mnemonics the lift tables register (jit/lift*.c,
# `const struct lift_entry lift_tab_<family>[] = { ... }`), grouped by family, and which
# of them the asm tests (tests/asm) and the differential tests (tests/diff) exercise.
#   tools/coverage.py [--list] [--missing]    (`make coverage`)
import os
import re
import sys

sys.dont_write_bytecode = True

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
TAB_RE = re.compile(r'const\s+struct\s+lift_entry\s+lift_tab_(\w+)\s*\[\s*\]\s*=\s*\{(.*?)\n\};',
                    re.S)
DEFINE_RE = re.compile(r'#define\s+(\w+)\(([^)]*)\)\s*(.*?)(?<!\\)\n', re.S)


def _strip_comments(s):
    s = re.sub(r'/\*.*?\*/', ' ', s, flags=re.S)
    return re.sub(r'//[^\n]*', ' ', s)


def lifted(root=ROOT):
    """{MNEMONIC: family} for every entry of every lift table."""
    res = {}
    jit = os.path.join(root, 'jit')
    for fn in sorted(os.listdir(jit)):
        if not (fn.startswith('lift') and fn.endswith('.c')):
            continue
        src = _strip_comments(open(os.path.join(jit, fn)).read())
        # Tables may include .def lists (#include "sse_vops.def" between macro definitions).
        src = re.sub(r'#include\s+"([^"]+\.def)"',
                     lambda m: _strip_comments(open(os.path.join(jit, m.group(1))).read())
                     if os.path.exists(os.path.join(jit, m.group(1))) else '', src)
        # Macros that paste a mnemonic (#define E(m, f) { ZYDIS_MNEMONIC_##m, f }).
        pasting = {}
        for name, args, body in DEFINE_RE.findall(src):
            m = re.search(r'ZYDIS_MNEMONIC_\s*##\s*(\w+)', body)
            if m:
                params = [a.strip() for a in args.split(',')]
                if m.group(1) in params:
                    pasting[name] = params.index(m.group(1))
        for fam, body in TAB_RE.findall(src):
            for m in re.findall(r'ZYDIS_MNEMONIC_(\w+)', body):
                res.setdefault(m, fam)
            body = re.sub(r'#\s*(define|undef)[^\n]*', ' ', body)
            for name, pos in pasting.items():
                for args in re.findall(r'\b%s\s*\(([^()]*)\)' % name, body):
                    a = [x.strip() for x in args.split(',')]
                    if pos < len(a) and re.fullmatch(r'\w+', a[pos]):
                        res.setdefault(a[pos], fam)
    return res


def all_mnemonics():
    path = '/usr/include/Zydis/Generated/EnumMnemonic.h'
    if not os.path.exists(path):
        return []
    names = re.findall(r'ZYDIS_MNEMONIC_(\w+),', open(path).read())
    return [n for n in names if n not in ('INVALID', 'MAX_VALUE', 'REQUIRED_BITS')]


def used_in_asm(root=ROOT):
    """Mnemonics (upper case, as the assembler spells them) appearing in tests/asm."""
    words = set()
    d = os.path.join(root, 'tests', 'asm')
    for fn in os.listdir(d) if os.path.isdir(d) else []:
        if not fn.endswith(('.S', '.inc')):
            continue
        for line in open(os.path.join(d, fn), errors='replace'):
            line = re.sub(r'/\*.*?\*/|#.*|//.*', '', line)
            line = re.sub(r'^\s*(\w+:|\d+:)\s*', '', line)
            m = re.match(r'\s*(?:(?:lock|rep|repe|repz|repne|repnz|data16|addr32)\s+)*([a-z][a-z0-9]*)',
                         line)
            if m and not line.strip().startswith('.'):
                words.add(m.group(1).upper())
    return words


def used_in_diff(root=ROOT):
    sys.path.insert(0, os.path.join(root, 'tests', 'diff'))
    import forms
    # The harness itself checks all 16 jcc (one per test, rotating) and the flag, xmm and
    # x87 state transfers.
    harness = ('JO JNO JB JNB JZ JNZ JBE JNBE JS JNS JP JNP JL JNL JLE JNLE PUSHFQ POPFQ '
               'MOVDQU LDMXCSR STMXCSR FXSAVE FXRSTOR').split()
    return {z for f in forms.FORMS for z in f.zydis} | set(harness)


# Assembler spellings that Zydis names differently.
ALIASES = {'JE': 'JZ', 'JNE': 'JNZ', 'JAE': 'JNB', 'JA': 'JNBE', 'JGE': 'JNL', 'JG': 'JNLE',
           'JC': 'JB', 'JNC': 'JNB', 'SETE': 'SETZ', 'SETNE': 'SETNZ', 'SETAE': 'SETNB',
           'SETA': 'SETNBE', 'SETGE': 'SETNL', 'SETG': 'SETNLE', 'SETC': 'SETB',
           'CMOVE': 'CMOVZ', 'CMOVNE': 'CMOVNZ', 'CMOVAE': 'CMOVNB', 'CMOVA': 'CMOVNBE',
           'CMOVGE': 'CMOVNL', 'CMOVG': 'CMOVNLE', 'MOVABS': 'MOV', 'PUSHF': 'PUSHFQ',
           'POPF': 'POPFQ', 'SAL': 'SHL', 'XLATB': 'XLAT', 'JNAE': 'JB', 'JNA': 'JBE', 'JNGE': 'JL', 'JNG': 'JLE'}


def main(argv):
    tab = lifted()
    if '--list' in argv:
        for m in sorted(tab):
            print(tab[m], m)
        return 0
    asm = {ALIASES.get(w, w) for w in used_in_asm()}
    diff = used_in_diff()
    fams = {}
    for m, f in tab.items():
        fams.setdefault(f, []).append(m)
    total = 0
    print('Lifted x86_64 mnemonics by family (A: in tests/asm, D: in tests/diff forms)')
    for f in sorted(fams):
        ms = sorted(fams[f])
        total += len(ms)
        na = sum(1 for m in ms if m in asm)
        nd = sum(1 for m in ms if m in diff)
        print('\n%s: %d mnemonics, %d in asm tests, %d in diff tests' % (f, len(ms), na, nd))
        line = ' '
        for m in ms:
            w = ' %s[%s%s]' % (m.lower(), 'A' if m in asm else '-', 'D' if m in diff else '-')
            if len(line) + len(w) > 96:
                print(line)
                line = ' '
            line += w
        print(line)
    untested = sorted(m for m in tab if m not in asm and m not in diff)
    print('\ntotal: %d lifted mnemonics in %d families; %d without any test%s' %
          (total, len(fams), len(untested), (': ' + ' '.join(m.lower() for m in untested))
           if untested else ''))
    known = all_mnemonics()
    if known:
        print('Zydis knows %d mnemonics; %d are lifted' % (len(known), total))
    if '--missing' in argv and known:
        print('not lifted:', ' '.join(m.lower() for m in known if m not in tab))
    unknown = sorted(m for m in diff if m not in tab)
    if unknown:
        print('diff forms waiting for a lifter: %s' % ' '.join(m.lower() for m in unknown))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
