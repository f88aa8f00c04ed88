#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Generator of the differential instruction tests: writes an x86_64 assembly program
# (built -nostdlib -static like tests/asm, runtime in harness.inc) and a JSON description
# of its cases. Each test is a body of instructions run over several input vectors
# (GPRs, flags, scratch memory); each run writes a record that must be identical
# natively and under xbt (compare.py tells which case differs and how).
#   gen.py --list                          suite names
#   gen.py SUITE OUT.S [--long] [--seed N] [--only TEST]  writes OUT.S and OUT.cases
# Suites: one per family of forms.py ('base', 'alu', ...) with every form, operand size
# and register class enumerated over edge values, 'random': seeded random sequences
# of the GPR forms usable there ('ssemix', 'x87mix': with SSE or x87 forms and that
# state), 'jitmix': a few long random sequences (few blocks: the suite
# the harness also runs in jit mode, where every block is compiled by LLVM). Only forms whose mnemonic a lift table registers are used.
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', '..', 'tools'))
import forms  # noqa: E402
import coverage  # noqa: E402

GPR = {
    8: 'rax rcx rdx rbx rsp rbp rsi rdi r8 r9 r10 r11 r12 r13 r14 r15'.split(),
    4: 'eax ecx edx ebx esp ebp esi edi r8d r9d r10d r11d r12d r13d r14d r15d'.split(),
    2: 'ax cx dx bx sp bp si di r8w r9w r10w r11w r12w r13w r14w r15w'.split(),
    1: 'al cl dl bl spl bpl sil dil r8b r9b r10b r11b r12b r13b r14b r15b'.split(),
}
HIGH8 = ['ah', 'ch', 'dh', 'bh']
SIZE = {'b': 1, 'w': 2, 'd': 4, 'q': 8, 't': 10, 'o': 16}
PTR = {1: 'byte', 2: 'word', 4: 'dword', 8: 'qword', 10: 'tbyte', 16: 'xmmword'}
F32 = [0, 0x80000000, 0x3f800000, 0xbf800000, 0x3f000000, 0x3fc00000, 0x40200000, 0xc0200000,
       0x7f800000, 0xff800000, 0x7fc00000, 0x7fa00000, 0xffc00001, 0x00000001, 0x807fffff,
       0x7f7fffff, 0x00800000, 0x4f000000, 0xcf000000, 0x5f000000, 0x501502f9, 0x4effffff]
F64 = [0, 1 << 63, 0x3ff0000000000000, 0xbff0000000000000, 0x3fe0000000000000,
       0x3ff8000000000000, 0x4004000000000000, 0x7ff0000000000000, 0xfff0000000000000,
       0x7ff8000000000000, 0x7ff4000000000000, 0xfff8000000000001, 1, 0x800fffffffffffff,
       0x7fefffffffffffff, 0x0010000000000000, 0x41e0000000000000, 0xc1e0000000000000,
       0x43e0000000000000, 0xc3e0000000000000, 0x41dfffffffc00000, 0x36a0000000000000]
FLAG = {'C': 0x1, 'P': 0x4, 'A': 0x10, 'Z': 0x40, 'S': 0x80, 'O': 0x800}
ARITH = 0x8d5
# jcc in encoding order; DT_COND takes the negated one and sets bit n when taken.
JCC = 'jo jno jb jae je jne jbe ja js jns jp jnp jl jge jle jg'.split()
COND_FLAGS = ['O', 'C', 'Z', 'CZ', 'S', 'P', 'SO', 'ZSO']
SETCC = 'O NO B NB Z NZ BE NBE S NS P NP L NL LE NLE'.split()  # Zydis names
MEM_DATA = 64       # scratch bytes at dt_mem+0.. that memory operands address
STACK_RSP = 96      # rsp = dt_mem + 96
M64 = (1 << 64) - 1


def flagbits(letters):
    v = 0
    for ch in letters:
        v |= FLAG[ch]
    return v


def cond_mask(defined):
    m = 0
    for n in range(16):
        if all(FLAG[f] & defined for f in COND_FLAGS[n >> 1]):
            m |= 1 << n
    return m


def edges(size):
    """Interesting values of an operand of `size` bytes."""
    bits = size * 8
    m = (1 << bits) - 1
    top = 1 << (bits - 1)
    return [0, 1, 2, m, m - 1, top, top - 1, top + 1, 0x55 * (m // 0xff), 0xaa * (m // 0xff),
            0x7f, 0x80 & m, 0xff & m]


class Gen:
    def __init__(self, seed, popf):
        self.rng = random.Random(seed)
        self.popf = popf

    def rand64(self):
        r = self.rng
        k = r.random()
        if k < 0.15:
            return r.choice([0, 1, M64, 1 << 63, (1 << 63) - 1, 0x80000000, 0xffffffff])
        if k < 0.3:
            return r.randrange(256)
        return r.getrandbits(64)

    def value(self, size):
        """A 64-bit register value whose low `size` bytes are an edge value or random."""
        r = self.rng
        low = r.choice(edges(size)) if r.random() < 0.7 else r.getrandbits(size * 8)
        if size == 8:
            return low
        return (r.getrandbits(64) & ~((1 << (size * 8)) - 1)) | low

    def flags_in(self):
        """Vector words 0 and 1: popfq value, or two add operands."""
        r = self.rng
        if self.popf:
            f = 0
            for b in FLAG.values():
                if r.random() < 0.5:
                    f |= b
            return [f | 0x202, 0]
        return [self.rand64(), r.choice([self.rand64(), 1, M64, 0])]


def reg_name(idx, size, high=False):
    return HIGH8[idx] if high else GPR[size][idx]


def needs_rex(regs, size, mnem):
    """regs: list of (idx, size, high) used (incl. address registers)."""
    if size == 8 and mnem not in ('push', 'pop'):
        return True
    for idx, sz, high in regs:
        if idx >= 8 or (sz == 1 and not high and 4 <= idx < 8):
            return True
    return False


class Instance:
    """One concrete instruction: text, its register/memory operands, flag effect."""

    def __init__(self, form, size, text, regs, mem, imm, addr_regs, ops):
        self.form = form
        self.size = size
        self.text = text
        self.regs = regs            # operand registers: (idx, size, high)
        self.mem = mem              # (offset in dt_mem, size) or None
        self.imm = imm              # immediate or shift count (None: unknown)
        self.addr_regs = addr_regs  # {idx: value} fixed by the addressing or a count
        self.ops = ops              # ('r', idx, size, high) / ('m', off, size) / ('i', v)


def parse_operand(tok, size):
    kind, _, sz = tok.partition(':')
    return kind, SIZE[sz] if sz else size


def imm_values(kind, size, rng):
    if kind == 'i8' or size == 1:
        vals = [0, 1, -1, 127, -128, rng.randrange(-128, 128)]
    elif kind == 'i64':
        vals = [0, M64, 1 << 63, 0x123456789abcdef0, rng.getrandbits(64)]
    else:
        lim = {2: 0x7fff, 4: 0x7fffffff, 8: 0x7fffffff}[size]
        vals = [128, -129, lim, -lim - 1, 0x5a5a & lim, rng.randrange(-lim - 1, lim + 1)]
    return vals


def imm_text(v, kind, size):
    if kind == 'i64':
        return '0x%x' % (v & M64)
    if kind == 'i8' or size == 8:
        return str(v)
    return '0x%x' % (v & ((1 << (size * 8)) - 1))


class Builder:
    """Instantiates forms with concrete registers, memory and immediates."""

    def __init__(self, gen, reserved=(4,), random_mode=False):
        self.g = gen
        self.rng = gen.rng
        self.reserved = set(reserved)
        self.random_mode = random_mode

    def pick_reg(self, size, used, avoid=()):
        r = self.rng
        while True:
            if size == 1 and r.random() < 0.25:
                idx, high = r.randrange(4), True
            else:
                idx, high = r.randrange(16), False
            if idx in self.reserved or (idx, high) in used or idx in avoid:
                continue
            return idx, size, high

    def mem_operand(self, size, used_idx, form):
        """Address text, registers it uses with their fixed values, data offset."""
        r = self.rng
        off = r.randrange(0, MEM_DATA - size + 1)
        if size == 16:
            off = r.choice([0, 16, 32, 48])  # SSE: aligned m128
        if form.memoff is not None:
            off = form.memoff
        if self.random_mode:
            if r.random() < 0.5:
                return '[rip + dt_mem + %d]' % off, {}, off
            return '[r15 + %d]' % off, {15: None}, off
        mode = r.choice(['rip', 'base', 'base', 'sib', 'sib', 'addr32'])
        if mode == 'rip':
            return '[rip + dt_mem + %d]' % off, {}, off
        free = [i for i in range(16)
                if i not in self.reserved and i not in used_idx and i not in form.avoid]
        base = r.choice(free)
        disp = r.choice([0, r.randrange(-128, 128), r.randrange(-100000, 100000)])
        if mode == 'base':
            return ('[%s %+d]' % (GPR[8][base], disp), {base: 'dt_mem + %d' % (off - disp)}, off)
        if mode == 'addr32':
            # 32-bit address: the base's upper half is ignored.
            hi = r.getrandbits(32) << 32
            return ('[%s %+d]' % (GPR[4][base], disp),
                    {base: '0x%x + dt_mem + %d' % (hi, off - disp)}, off)
        free = [i for i in free if i != base]
        index = r.choice(free)
        scale = r.choice([1, 2, 4, 8])
        iv = r.randrange(-4, 8)
        return ('[%s + %s*%d %+d]' % (GPR[8][base], GPR[8][index], scale, disp),
                {base: 'dt_mem + %d' % (off - disp - iv * scale), index: iv & M64}, off)

    def instance(self, form, size, alt):
        """A concrete Instance of form/size/operand alternative, or None."""
        for _ in range(50):
            inst = self._try(form, size, alt)
            if inst:
                return inst
        return None

    def _try(self, form, size, alt):
        r = self.rng
        toks = [t.strip() for t in alt.split(',')] if alt else []
        texts, regs, mem, imm, addr, used, ops = [], [], None, None, {}, set(), []
        mnem = form.mnem
        avoid = set(form.avoid)
        if 'cl' in toks:
            avoid.add(1)
        for t in toks:
            kind, sz = parse_operand(t, size)
            if kind == 'r':
                reg = self.pick_reg(sz, used, avoid)
                used.add((reg[0], reg[2]))
                regs.append(reg)
                ops.append(('r',) + reg)
                texts.append(reg_name(reg[0], sz, reg[2]))
            elif kind == 'm':
                if form.mnem == 'lea':
                    a, fixed = self.lea_operand(used)
                    addr.update(fixed)
                    texts.append(a)
                    continue
                a, fixed, off = self.mem_operand(sz, {u[0] for u in used} | avoid, form)
                addr.update(fixed)
                mem = (off, sz)
                ops.append(('m', off, sz))
                texts.append('%s ptr %s' % (PTR[sz], a) if sz <= 10 else a)
            elif kind in ('i', 'i8', 'i64'):
                imm = r.choice(imm_values(kind, sz, r))
                ops.append(('i', imm))
                texts.append(imm_text(imm, kind, sz))
                if kind == 'i64':
                    mnem = 'movabs'
            elif kind == 'x':
                n = r.choice([k for k in range(16) if ('x', k) not in used])
                used.add(('x', n))
                ops.append(('x', n))
                texts.append('xmm%d' % n)
            elif kind == 'sti':
                n = r.randrange(8)
                ops.append(('sti', n))
                texts.append('st(%d)' % n)
            elif kind == 'u8':
                imm = r.choice([0, 1, 0x1b, 0x4e, 0x80, 0xff, r.randrange(256), r.randrange(256)])
                ops.append(('i', imm))
                texts.append(str(imm))
            elif kind == 'c':
                # shift/rotate count (imm8, unsigned)
                w = size * 8
                imm = r.choice([0, 1, 2, w - 1, w, w + 1, 31, 32, 33, 63, 64, 255,
                                r.randrange(256)])
                ops.append(('i', imm))
                texts.append(str(imm))
            elif kind == 'cl':
                texts.append('cl')
                if self.random_mode:
                    regs.append((1, 1, False))
                else:
                    w = size * 8
                    imm = r.choice([0, 1, 2, w - 1, w, w + 1, 31, 32, 33, 63, 64, 255,
                                    r.randrange(256)])
                    addr[1] = (r.getrandbits(56) << 8) | imm
                ops.append(('cl',))
            else:
                if kind == '1':
                    imm = 1
                texts.append(kind)  # a literal operand
        # Address registers must not also be operands (they hold fixed addresses).
        if any(u[0] in addr for u in used):
            return None
        allregs = regs + [(i, 8, False) for i in addr]
        if any(h for _, _, h in regs) and needs_rex(allregs, size, form.mnem):
            return None
        addr = {k: v for k, v in addr.items() if v is not None}
        if form.mnem in ('push', 'pop') and size == 2 and toks and toks[0] == 'i':
            return None
        text = mnem + (' ' + ', '.join(texts) if texts else '')
        if form.mnem in ('push', 'pop') and toks and toks[0] == 'i':
            text = 'push %s' % texts[0]
        return Instance(form, size, text, regs, mem, imm, addr, ops)

    def lea_operand(self, used):
        r = self.rng
        free = [i for i in range(16) if i not in self.reserved and (i, False) not in used]
        base = r.choice(free)
        index = r.choice(free)
        scale = r.choice([1, 2, 4, 8])
        disp = r.choice([0, r.randrange(-128, 128), r.randrange(-(1 << 31), 1 << 31)])
        w = GPR[4] if r.random() < 0.25 else GPR[8]
        mode = r.randrange(4)
        if mode == 0:
            return '[%s %+d]' % (w[base], disp), {}
        if mode == 1:
            return '[%s*%d %+d]' % (w[index], scale, disp), {}
        if mode == 2:
            return '[rip + dt_mem %+d]' % (disp // 65536), {}
        return '[%s + %s*%d %+d]' % (w[base], w[index], scale, disp), {}


def retoken(alt, kind, new):
    """Replace the first operand of `kind` (with its :size) by `new`."""
    toks = [t.strip() for t in alt.split(',')]
    for k, t in enumerate(toks):
        if t.split(':')[0] == kind:
            toks[k] = new + t[len(kind):]
            break
    return ','.join(toks)


def usable(form, lifted):
    return all(z in lifted for z in form.zydis)


def xmm_value(r):
    """16 bytes: float32 or float64 lanes of edge values, or random bits."""
    k = r.random()
    if k < 0.4:
        lanes = [r.choice(F32) if r.random() < 0.7 else r.getrandbits(32) for _ in range(4)]
        return b''.join(v.to_bytes(4, 'little') for v in lanes)
    if k < 0.8:
        lanes = [r.choice(F64) if r.random() < 0.7 else r.getrandbits(64) for _ in range(2)]
        return b''.join(v.to_bytes(8, 'little') for v in lanes)
    return bytes(r.getrandbits(8) for _ in range(16))


def f80(d):
    """The 80-bit extended value of a float64 bit pattern (exact)."""
    sign, e, frac = d >> 63, (d >> 52) & 0x7ff, d & ((1 << 52) - 1)
    if e == 0x7ff:
        return sign << 79 | 0x7fff << 64 | 1 << 63 | frac << 11
    if e == 0:
        if frac == 0:
            return sign << 79
        n = frac.bit_length()
        return sign << 79 | (15360 - 52 + n) << 64 | frac << (64 - n)
    return sign << 79 | (e - 1023 + 16383) << 64 | 1 << 63 | frac << 11


def x87_value(r):
    k = r.random()
    if k < 0.5:
        return f80(r.choice(F64) if r.random() < 0.6 else r.getrandbits(64))
    if k < 0.8:  # a normal extended value near 1 with all mantissa bits
        return r.getrandbits(1) << 79 | r.randrange(16383 - 70, 16383 + 70) << 64 | \
            1 << 63 | r.getrandbits(63)
    return r.getrandbits(1) << 79 | r.randrange(1, 0x7fff) << 64 | 1 << 63 | r.getrandbits(63)


def fxsave_image(r):
    img = bytearray(512)
    fcw = 0x037f | (r.getrandbits(2) << 10 if r.random() < 0.5 else 0) | \
        (r.choice([0, 2]) << 8 if r.random() < 0.3 else 0)
    top = r.randrange(8) if r.random() < 0.5 else 0
    ftw = 0xff if r.random() < 0.6 else r.getrandbits(8)
    img[0:2] = fcw.to_bytes(2, 'little')
    img[2:4] = (top << 11).to_bytes(2, 'little')
    img[4] = ftw
    img[24:28] = (0x1f80).to_bytes(4, 'little')
    for k in range(8):
        img[32 + 16 * k:42 + 16 * k] = x87_value(r).to_bytes(10, 'little')
    for k in range(16):
        img[160 + 16 * k:176 + 16 * k] = xmm_value(r)
    return bytes(img)


def make_vector(gen, inst_list, fixed, rnd_ops, xmm=False, x87=False):
    """A vector: flags words, 16 register values (index 4: rsp), scratch memory."""
    r = gen.rng
    regs = [gen.rand64() for _ in range(16)]
    if xmm:
        # scratch memory holds float lanes too
        mem = bytearray(b''.join(xmm_value(r) for _ in range(8)))
    else:
        mem = bytearray(r.getrandbits(8) for _ in range(128))
    if rnd_ops:
        for inst in inst_list:
            for idx, sz, high in inst.regs:
                v = gen.value(sz)
                if high:
                    regs[idx] = (regs[idx] & ~0xff00) | ((v & 0xff) << 8)
                elif sz < 8:
                    regs[idx] = (regs[idx] & ~((1 << (sz * 8)) - 1)) | (v & ((1 << (sz * 8)) - 1))
                else:
                    regs[idx] = v
            if inst.mem:
                off, sz = inst.mem
                mem[off:off + sz] = (gen.value(sz) & ((1 << (sz * 8)) - 1)).to_bytes(sz, 'little')
    regs[4] = 'dt_mem + %d' % STACK_RSP
    for idx, v in fixed.items():
        regs[idx] = v
    vec = {'flags': gen.flags_in(), 'regs': regs, 'mem': mem}
    if x87:
        # memory operands: float64/float32/int edge values and extended values
        for k in range(0, 64, 16):
            mem[k:k + 10] = x87_value(r).to_bytes(10, 'little')
            mem[k + 10:k + 16] = bytes(r.getrandbits(8) for _ in range(6))
        if r.random() < 0.5:
            mem[0:8] = r.choice(F64).to_bytes(8, 'little')
            mem[32:36] = r.choice(F32).to_bytes(4, 'little')
        vec['x87'] = fxsave_image(r)
    if xmm:
        vec['xmm'] = b''.join(xmm_value(r) for _ in range(16))
        # exceptions masked; random flags, DAZ, rounding, FTZ
        vec['mxcsr'] = (0x1f80 | r.getrandbits(6) | (0x40 if r.random() < 0.2 else 0) |
                        (r.getrandbits(2) << 13 if r.random() < 0.5 else 0) |
                        (0x8000 if r.random() < 0.2 else 0))
    for inst in inst_list:
        if inst.form.fix:
            inst.form.fix(VecView(vec, inst), r)
        if inst.form.df and gen.popf and r.random() < 0.5:
            vec['flags'][0] |= 0x400
    vec['mem'] = bytes(mem)
    return vec


class VecView:
    """A vector as seen by a form's fix hook: operand and register values by size."""

    def __init__(self, vec, inst):
        self.vec, self.inst = vec, inst
        self.size = inst.size

    def reg(self, idx, size=8, high=False):
        v = self.vec['regs'][idx]
        if isinstance(v, str):
            return None
        if high:
            return (v >> 8) & 0xff
        return v & ((1 << (size * 8)) - 1)

    def set_reg(self, idx, val, size=8, high=False):
        old = self.vec['regs'][idx]
        if isinstance(old, str):
            return
        if high:
            self.vec['regs'][idx] = (old & ~0xff00) | ((val & 0xff) << 8)
        else:
            m = (1 << (size * 8)) - 1
            self.vec['regs'][idx] = (old & ~m) | (val & m)

    def op(self, k):
        o = self.inst.ops[k]
        if o[0] == 'r':
            return self.reg(o[1], o[2], o[3])
        if o[0] == 'm':
            return int.from_bytes(self.vec['mem'][o[1]:o[1] + o[2]], 'little')
        if o[0] == 'i':
            return o[1]
        return None

    def set_op(self, k, val):
        o = self.inst.ops[k]
        if o[0] == 'r':
            self.set_reg(o[1], val, o[2], o[3])
        elif o[0] == 'm':
            m = (1 << (o[2] * 8)) - 1
            self.vec['mem'][o[1]:o[1] + o[2]] = (val & m).to_bytes(o[2], 'little')

    def set_mem(self, off, val, size):
        m = (1 << (size * 8)) - 1
        self.vec['mem'][off:off + size] = (val & m).to_bytes(size, 'little')


def flag_state(insts, popf):
    defined = ARITH
    for inst in insts:
        sets, undef = inst.form.flag_effect(inst.size, inst.imm)
        defined &= ~flagbits(undef)
        defined |= flagbits(sets)
    fmask = (defined | 0x602) if popf else 0
    return fmask, cond_mask(defined)


def enumerate_tests(gen, family, lifted, nvec, scale):
    b = Builder(gen)
    tests = []
    for form in forms.FORMS:
        if form.family != family or not usable(form, lifted):
            continue
        for sz in form.sizes:
            for alt in form.alts:
                toks = [t.strip() for t in alt.split(',')] if alt else []
                # rm expands into a register and a memory form
                variants = [alt]
                if any(t.split(':')[0] == 'rm' for t in toks):
                    variants = [retoken(alt, 'rm', 'r'), retoken(alt, 'rm', 'm')]
                elif any(t.split(':')[0] == 'xm' for t in toks):
                    variants = [retoken(alt, 'xm', 'x'), retoken(alt, 'xm', 'm')]
                for v in variants:
                    reps = 3 if any(t.split(':')[0] in ('i', 'i8', 'i64') for t in toks) else 2
                    if SIZE[sz] == 1:
                        reps += 1  # also catch high-byte registers
                    reps *= scale
                    for _ in range(reps):
                        inst = b.instance(form, SIZE[sz], v)
                        if inst:
                            tests.append(([inst], inst.addr_regs, nvec))
    return tests


def random_tests(gen, lifted, nseq, length, nvec, extra=()):
    """Random sequences of GPR forms and those of the families in `extra`."""
    b = Builder(gen, reserved=(4, 15), random_mode=True)
    pool = [f for f in forms.FORMS
            if f.rnd and usable(f, lifted) and (f.family not in XMM_SUITES or f.family in extra)]
    tests = []
    for _ in range(nseq):
        insts, defined = [], ARITH
        while len(insts) < length and pool:
            f = gen.rng.choice(pool)
            if flagbits(f.reads) & ~defined:
                continue  # would read an undefined flag
            sz = SIZE[gen.rng.choice(f.sizes)]
            alt = gen.rng.choice(f.alts)
            alt = retoken(alt, 'rm', gen.rng.choice(['r', 'm']))
            alt = retoken(alt, 'xm', gen.rng.choice(['x', 'm']))
            inst = b.instance(f, sz, alt)
            if not inst:
                continue
            sets, undef = f.flag_effect(sz, inst.imm)
            defined = (defined & ~flagbits(undef)) | flagbits(sets)
            insts.append(inst)
        tests.append((insts, {15: 'dt_mem'}, nvec))
    return tests


def emit(tests, gen, out_s, out_cases, popf, setcc, only=None, xmm=False, x87=False):
    s = ['/* Generated by tests/diff/gen.py: do not edit. */',
         '\t.set DT_X87, %d' % x87,
         '\t.set DT_POPF, %d' % popf,
         '\t.set DT_XMM, %d' % xmm,
         '\t.set DT_SETCC, %d' % setcc,
         '#include "harness.inc"',
         '\t.text', '\t.globl _start', '_start:']
    data = ['\t.section .rodata', '\t.balign 16']
    cases = []
    for tid, (insts, fixed, nvec) in enumerate(tests):
        fmask, cmask = flag_state(insts, popf)
        first = tid % 16
        cmask |= (cmask >> first & 1) << 16
        vecs = [make_vector(gen, insts, fixed, True, xmm, x87) for _ in range(nvec)]
        fswmask = 0xffff
        for inst in insts:
            if not inst.form.fsw_defined:
                fswmask = 0xffff & ~0x4500  # C0, C2, C3 undefined
        if only is not None and tid != only:
            continue
        s.append('\tDT_BEGIN %d, dt_v%d, %d, 0x%x, 0x%x, 0x%x' % (tid, tid, nvec, fmask, cmask,
                                                                 fswmask))
        s.append('dt_t%d:' % tid)
        s.append('\tDT_LOAD')
        for inst in insts:
            s.append('\t' + inst.text)
        s.append('\tDT_SAVE')
        if not setcc:
            for n in range(16):
                s.append('\tDT_COND %s, %d, DT_REC_CONDS + %d' % (JCC[n ^ 1], n, n))
        s.append('\tDT_COND %s, %d, DT_REC_JCC' % (JCC[first ^ 1], first))
        s.append('\tDT_END')
        s.append('\tjnz dt_t%d' % tid)
        data.append('dt_v%d:' % tid)
        for v in vecs:
            words = list(v['flags']) + [v['regs'][i] for i in range(16) if i != 4] + [v['regs'][4]]
            data.append('\t.quad ' + ', '.join(w if isinstance(w, str) else '0x%x' % w
                                                for w in words))
            data.append('\t.byte ' + ', '.join(str(x) for x in v['mem']))
            if x87:
                data.append('\t.byte ' + ', '.join(str(x) for x in v['x87']))
            if xmm:
                data.append('\t.byte ' + ', '.join(str(x) for x in v['xmm']))
                data.append('\t.quad 0x%x, 0' % v['mxcsr'])
        cases.append({'id': tid, 'body': [i.text for i in insts], 'fmask': fmask, 'cmask': cmask,
                      'vecs': [{'flags': v['flags'],
                                'regs': [x if isinstance(x, str) else '0x%x' % x
                                         for x in v['regs']],
                                'mem': v['mem'].hex(), 'xmm': v.get('xmm', b'').hex(),
                                'mxcsr': v.get('mxcsr', 0),
                                'x87': v.get('x87', b'').hex()} for v in vecs]})
    s.append('\tjmp dt_exit')
    with open(out_s, 'w') as f:
        f.write('\n'.join(s + data) + '\n')
    with open(out_cases, 'w') as f:
        json.dump({'popf': popf, 'xmm': int(xmm), 'x87': int(x87), 'tests': cases}, f)


SUITES = ['base', 'alu', 'shift', 'muldiv', 'bits', 'string', 'atomic', 'sse', 'ssefp', 'x87',
          'random', 'ssemix', 'x87mix', 'jitmix']
XMM_SUITES = ('sse', 'ssefp', 'x87')


def main(argv):
    if argv[:1] == ['--list']:
        print(' '.join(SUITES))
        return 0
    long = '--long' in argv
    args = [a for a in argv if not a.startswith('--')]
    seed, only = 1, None
    if '--seed' in argv:
        seed = int(argv[argv.index('--seed') + 1])
        args.remove(str(seed))
    if '--only' in argv:
        only = int(argv[argv.index('--only') + 1])
        args.remove(str(only))
    suite, out_s = args[0], args[1]
    lifted = coverage.lifted()
    popf = int('PUSHFQ' in lifted and 'POPFQ' in lifted)
    gen = Gen('%s/%d' % (suite, seed), popf)
    if suite == 'random':
        tests = random_tests(gen, lifted, 1500 if long else 150, 10 if long else 6,
                             8 if long else 4)
    elif suite == 'ssemix':
        tests = random_tests(gen, lifted, 600 if long else 60, 8, 8 if long else 4,
                             ('sse', 'ssefp'))
    elif suite == 'x87mix':
        tests = random_tests(gen, lifted, 600 if long else 60, 8, 8 if long else 4, ('x87',))
    elif suite == 'jitmix':
        # Few long sequences: few blocks, so the LLVM tier (jit mode) compiles it quickly.
        tests = random_tests(gen, lifted, 100 if long else 10, 40, 8)
    else:
        tests = enumerate_tests(gen, suite, lifted, 32 if long else 16, 3 if long else 1)
    setcc = int(all(('SET' + c) in lifted for c in SETCC))
    x87 = suite in ('x87', 'x87mix') and 'FXSAVE' in lifted and 'FXRSTOR' in lifted
    xmm = suite in ('sse', 'ssefp', 'ssemix') and 'MOVDQU' in lifted and 'LDMXCSR' in lifted
    if suite in XMM_SUITES + ('ssemix', 'x87mix') and not (xmm or x87):
        tests = []
    emit(tests, gen, out_s, os.path.splitext(out_s)[0] + '.cases', popf, setcc, only, xmm, x87)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
