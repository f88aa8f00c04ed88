#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Compare the records of a differential test program (see harness.inc) written natively
# and under xbt, and describe the differing cases: the test's instructions, the inputs
# of the vector, native vs xbt registers, flags, conditions and memory.
#   compare.py PROGRAM.cases NATIVE.out XBT.out [--max N] [--oneline]
# Exit 0 when identical, 1 otherwise.
import json
import struct
import sys

REC = 8 + 16 * 8 + 8 + 32 + 128
REGS = 'rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15'.split()
FLAGS = [(0x1, 'CF'), (0x4, 'PF'), (0x10, 'AF'), (0x40, 'ZF'), (0x80, 'SF'), (0x400, 'DF'),
         (0x800, 'OF')]
CONDS = 'o no b ae e ne be a s ns p np l ge le g'.split()


def decode(buf, xmm=False, x87=False):
    tid, idx = struct.unpack_from('<II', buf, 0)
    regs = struct.unpack_from('<16Q', buf, 8)
    flags = struct.unpack_from('<Q', buf, 8 + 128)[0]
    cb = buf[8 + 128 + 8:8 + 128 + 8 + 32]
    conds = sum(1 << n for n in range(16) if cb[n]) | (cb[16] << 16)
    r = {'id': tid, 'idx': idx, 'regs': regs, 'flags': flags, 'conds': conds,
         'mem': buf[8 + 128 + 8 + 32:REC], 'xmm': b'', 'mxcsr': 0}
    if xmm:
        r['xmm'] = buf[REC:REC + 256]
        r['mxcsr'] = struct.unpack_from('<I', buf, REC + 256)[0]
    if x87:  # the fxsave image
        img = buf[REC:REC + 512]
        r['xmm'] = img[160:416]
        r['mxcsr'] = struct.unpack_from('<I', img, 24)[0]
        r['fpu'] = [('fcw', struct.unpack_from('<H', img, 0)[0]),
                    ('fsw', struct.unpack_from('<H', img, 2)[0]), ('ftw', img[4])] + \
            [('st%d' % k, int.from_bytes(img[32 + 16 * k:42 + 16 * k], 'little'))
             for k in range(8)]
    return r


def fl(v):
    return '%#x(%s)' % (v, ' '.join(n for b, n in FLAGS if v & b) or '-')


def cn(v, tid):
    s = ' '.join(c for i, c in enumerate(CONDS) if v >> i & 1) or '-'
    return s + '; j%s %s' % (CONDS[tid % 16], 'taken' if v >> 16 & 1 else 'not taken')


def describe(cases, n, x, raw_n, raw_x):
    parts = []
    t = cases['tests'][n['id']] if n['id'] < len(cases['tests']) else None
    head = 'test %d vector %d' % (n['id'], n['idx'])
    if t:
        head += ': ' + '; '.join(t['body'])
    if n['id'] != x['id'] or n['idx'] != x['idx']:
        return head + ': xbt wrote test %d vector %d instead' % (x['id'], x['idx']), head
    for i, r in enumerate(REGS):
        if n['regs'][i] != x['regs'][i]:
            parts.append('%s native=%#x xbt=%#x' % (r, n['regs'][i], x['regs'][i]))
    if n['flags'] != x['flags']:
        parts.append('rflags native=%s xbt=%s' % (fl(n['flags']), fl(x['flags'])))
    if n['conds'] != x['conds']:
        parts.append('conditions native=[%s] xbt=[%s]' % (cn(n['conds'], n['id']),
                                                          cn(x['conds'], n['id'])))
    for off in range(0, 128, 8):
        a, b = n['mem'][off:off + 8], x['mem'][off:off + 8]
        if a != b:
            parts.append('dt_mem+%d native=%s xbt=%s' % (off, a[::-1].hex(), b[::-1].hex()))
    for k in range(16):
        a, b = n['xmm'][16 * k:16 * k + 16], x['xmm'][16 * k:16 * k + 16]
        if a != b:
            parts.append('xmm%d native=%s xbt=%s' % (k, a[::-1].hex(), b[::-1].hex()))
    for (name, a), (_, b) in zip(n.get('fpu', []), x.get('fpu', [])):
        if a != b:
            parts.append('%s native=%#x xbt=%#x' % (name, a, b))
    if n['mxcsr'] != x['mxcsr']:
        parts.append('mxcsr native=%#x xbt=%#x' % (n['mxcsr'], x['mxcsr']))
    inputs = ''
    if t and n['idx'] < len(t['vecs']):
        v = t['vecs'][n['idx']]
        inputs = 'inputs: flags %s; %s' % (
            fl(v['flags'][0]) if cases['popf'] else 'from add %s,%s' % tuple(map(hex, v['flags'])),
            ' '.join('%s=%s' % (REGS[i], v['regs'][i]) for i in range(16)))
        if cases.get('xmm'):
            xb = bytes.fromhex(v['xmm'])
            inputs += ' mxcsr=%#x %s' % (v['mxcsr'], ' '.join(
                'xmm%d=%s' % (k, xb[16 * k:16 * k + 16][::-1].hex()) for k in range(16)))
        if cases.get('x87'):
            img = bytes.fromhex(v['x87'])
            inputs += ' fcw=%#x fsw=%#x ftw=%#x %s' % (
                struct.unpack_from('<H', img, 0)[0], struct.unpack_from('<H', img, 2)[0], img[4],
                ' '.join('st%d=%s' % (k, img[32 + 16 * k:42 + 16 * k][::-1].hex())
                         for k in range(8)))
        inputs += ' mem=%s' % v['mem']
    return head + ': ' + '; '.join(parts), inputs


def main(argv):
    maxn = 5
    if '--max' in argv:
        maxn = int(argv[argv.index('--max') + 1])
    oneline = '--oneline' in argv
    args = [a for a in argv if not a.startswith('--') and not a.isdigit()]
    cases = json.load(open(args[0]))
    xmm = bool(cases.get('xmm'))
    x87 = bool(cases.get('x87'))
    step = REC + (272 if xmm else 0) + (512 if x87 else 0)
    nat = open(args[1], 'rb').read()
    xbt = open(args[2], 'rb').read()
    nrec = len(nat) // step
    bad = 0
    total = sum(len(t['vecs']) for t in cases['tests'])
    for k in range(min(nrec, len(xbt) // step)):
        a, b = nat[k * step:(k + 1) * step], xbt[k * step:(k + 1) * step]
        if a == b:
            continue
        bad += 1
        if bad <= maxn:
            msg, inputs = describe(cases, decode(a, xmm, x87), decode(b, xmm, x87), a, b)
            if oneline:
                print(msg)
            else:
                print(msg)
                print('    ' + inputs)
    if len(xbt) < len(nat):
        k = len(xbt) // step
        n = decode(nat[k * step:(k + 1) * step], xmm, x87)
        t = cases['tests'][n['id']]
        print('xbt output ends at record %d of %d (test %d: %s)' %
              (k, nrec, n['id'], '; '.join(t['body'])))
        bad += 1
    elif len(xbt) > len(nat):
        print('xbt wrote %d records, native %d' % (len(xbt) // step, nrec))
        bad += 1
    if nrec != total:
        print('native run wrote %d records of %d' % (nrec, total))
        bad += 1
    if bad:
        print('%d of %d records differ' % (bad, nrec))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
