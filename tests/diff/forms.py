# SPDX-License-Identifier: GPL-2.0-or-later
# The instruction forms the differential test knows, one line per form, grouped by
# family (the lift table that implements them). gen.py tests a form only when its
# Zydis mnemonic is registered in a lift table (so families join as they land).
#
# F(family, mnemonic, operands, sizes, sets=, undef=, reads=, zydis=, rnd=)
#   operands  alternatives separated by '|', operands by ',': r (register), m (memory),
#             rm (both), i (immediate of the operand size; imm32 for 64-bit), i8 (imm8,
#             sign-extended), i64 (mov's imm64), c (count imm8), cl (count in cl: fixed
#             per test when enumerated), 1; ':b/w/d/q' fixes an operand's size
#             (movzx r, rm:b). An empty string: no operands (cbw).
#   sizes     operand sizes to expand: b w d q (8/16/32/64 bits)
#   sets      flags written with a defined value (O S Z A P C); undef: flags the SDM
#             leaves undefined; reads: flags read. A callable flags(size, imm) may
#             return (sets, undef) for count-dependent cases.
#   zydis     Zydis mnemonic(s) when they differ from the assembler's (cbw..cqo, jcc)
#   rnd       usable in random sequences (no stack/control flow, no faults)
import re


class F:
    def __init__(self, family, mnem, operands, sizes='q', sets='', undef='', reads='',
                 zydis=None, rnd=True, flags=None, fix=None, avoid=(), memoff=None, df=False,
                 fsw_defined=True):
        self.family = family
        self.mnem = mnem
        # xm without a size is an xmm register or m128
        self.alts = [re.sub(r'\bxm\b(?!:)', 'xm:o', a.strip()) for a in operands.split('|')]
        self.sizes = sizes
        self.sets = sets
        self.undef = undef
        self.reads = reads
        self.zydis = (zydis or mnem).upper().split()
        self.rnd = rnd
        self.flags = flags
        self.fix = fix          # fix(view, rng): make a vector valid (no #DE, bit offsets)
        self.avoid = set(avoid)  # registers (0..15) not to use as explicit operands
        self.memoff = memoff    # fixed offset of the memory operand in dt_mem
        self.df = df            # vectors also set DF
        self.fsw_defined = fsw_defined  # x87: False when C0, C2, C3 are undefined

    def flag_effect(self, size, imm):
        if self.flags:
            return self.flags(size, imm)
        return self.sets, self.undef


ARITH = 'OSZAPC'


def _rcx_edge(v, rng):
    """rcx of jrcxz/jecxz/loop*: 0, 1 (loop to 0), 32-bit zero with upper bits, random."""
    v.set_reg(1, rng.choice([0, 1, 2, 1 << 32, (1 << 32) + 1, 0xffffffff, v.reg(1)]))
LOGIC = dict(sets='OSZPC', undef='A')  # OF = CF = 0, AF undefined

FORMS = [
    # ---- base: data movement, stack, sign extension of rax ----
    F('base', 'mov', 'r,rm | m,r | rm,i', 'bwdq'),
    F('base', 'mov', 'r,i64', 'q'),
    F('base', 'movzx', 'r,rm:b', 'wdq'),
    F('base', 'movzx', 'r,rm:w', 'dq'),
    F('base', 'movsx', 'r,rm:b', 'wdq'),
    F('base', 'movsx', 'r,rm:w', 'dq'),
    F('base', 'movsxd', 'r,rm:d', 'q'),
    F('base', 'lea', 'r,m', 'wdq'),
    F('base', 'cbw', '', 'w'), F('base', 'cwde', '', 'd'), F('base', 'cdqe', '', 'q'),
    F('base', 'cwd', '', 'w'), F('base', 'cdq', '', 'd'), F('base', 'cqo', '', 'q'),
    F('base', 'push', 'r | m | i', 'wq', rnd=False),
    F('base', 'pop', 'r | m', 'wq', rnd=False),
    F('base', 'nop', '', 'q'),
    # branches inside the body: `not rax` runs only when the branch falls through
    F('base', 'jrcxz 1f; not rax; 1:', '', zydis='JRCXZ', fix=lambda v, r: _rcx_edge(v, r)),
    F('base', 'jecxz 1f; not rax; 1:', '', zydis='JECXZ', fix=lambda v, r: _rcx_edge(v, r)),
    F('base', 'loop 1f; not rax; 1:', '', zydis='LOOP', fix=lambda v, r: _rcx_edge(v, r)),
    F('base', 'loope 1f; not rax; 1:', '', zydis='LOOPE', reads='Z',
      fix=lambda v, r: _rcx_edge(v, r)),
    F('base', 'loopne 1f; not rax; 1:', '', zydis='LOOPNE', reads='Z',
      fix=lambda v, r: _rcx_edge(v, r)),
    # ---- alu: two-operand group, inc/dec/neg/not ----
    F('alu', 'add', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', sets=ARITH),
    F('alu', 'sub', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', sets=ARITH),
    F('alu', 'cmp', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', sets=ARITH),
    F('alu', 'adc', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', sets=ARITH, reads='C'),
    F('alu', 'sbb', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', sets=ARITH, reads='C'),
    F('alu', 'and', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', **LOGIC),
    F('alu', 'or', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', **LOGIC),
    F('alu', 'xor', 'r,rm | m,r | rm,i | rm,i8', 'bwdq', **LOGIC),
    F('alu', 'test', 'rm,r | rm,i', 'bwdq', **LOGIC),
    F('alu', 'inc', 'rm', 'bwdq', sets='OSZAP'),
    F('alu', 'dec', 'rm', 'bwdq', sets='OSZAP'),
    F('alu', 'neg', 'rm', 'bwdq', sets=ARITH),
    F('alu', 'not', 'rm', 'bwdq'),
]


# ---- shift: flags depend on the (masked) count; None = unknown (random sequences) ----
def _count(size, n):
    return None if n is None else n & (0x3f if size == 8 else 0x1f)


def shift_flags(kind):
    def f(size, n):
        c, w = _count(size, n), size * 8
        if c is None:
            return '', 'OA' + ('C' if kind != 'sar' and size <= 2 else '')
        if c == 0:
            return '', ''
        undef = 'A' + ('' if c == 1 else 'O')
        if kind != 'sar' and c >= w:
            undef += 'C'
        return 'SZP' + ''.join(x for x in 'OC' if x not in undef), undef
    return f


def rot_flags(size, n):
    c = _count(size, n)
    if c is None:
        return '', 'O'
    if c == 0:
        return '', ''
    return ('OC', '') if c == 1 else ('C', 'O')


def shd_flags(size, n):
    c, w = _count(size, n), size * 8
    if c is None:
        return '', 'OSZAPC'
    if c == 0:
        return '', ''
    if c > w:
        return '', 'OSZAPC'
    return ('SZPC' + ('O' if c == 1 else ''), 'A' + ('' if c == 1 else 'O'))


SH = 'rm,1 | rm,c | rm,cl'
FORMS += [
    F('shift', 'shl', SH, 'bwdq', flags=shift_flags('shl')),
    F('shift', 'shr', SH, 'bwdq', flags=shift_flags('shr')),
    F('shift', 'sar', SH, 'bwdq', flags=shift_flags('sar')),
    F('shift', 'rol', SH, 'bwdq', flags=rot_flags),
    F('shift', 'ror', SH, 'bwdq', flags=rot_flags),
    F('shift', 'rcl', SH, 'bwdq', flags=rot_flags, reads='C'),
    F('shift', 'rcr', SH, 'bwdq', flags=rot_flags, reads='C'),
    F('shift', 'shld', 'rm,r,c | rm,r,cl', 'dq', flags=shd_flags),
    F('shift', 'shrd', 'rm,r,c | rm,r,cl', 'dq', flags=shd_flags),
]


# ---- muldiv ----
def div_fix(signed):
    """Make the dividend (ah:al / dx:ax / edx:eax / rdx:rax) and divisor raise no #DE."""
    def fix(v, rng):
        size, bits = v.size, v.size * 8
        m = (1 << bits) - 1
        d = v.op(0)
        if d == 0:
            d = rng.choice([1, 3, m])
            v.set_op(0, d)
        if size == 1:
            lo, hi = v.reg(0, 1), v.reg(0, 1, True)
        else:
            lo, hi = v.reg(0, size), v.reg(2, size)

        def ok(hi):
            n = (hi << bits) | lo
            if not signed:
                return n // d <= m
            sn = n - (1 << 2 * bits) if n >> (2 * bits - 1) else n
            sd = d - (1 << bits) if d >> (bits - 1) else d
            q = abs(sn) // abs(sd)
            if (sn < 0) != (sd < 0):
                q = -q
            return -(1 << (bits - 1)) <= q < (1 << (bits - 1))
        if not ok(hi):
            cands = [m if lo >> (bits - 1) else 0, 0, rng.randrange(d) if d else 0]
            hi = next((h for h in cands if ok(h)), None)
            if hi is None:
                lo = 1
                v.set_reg(0, 1, size)
                hi = 0
        if size == 1:
            v.set_reg(0, hi, 1, True)
        else:
            v.set_reg(2, hi, size)
    return fix


MULF = dict(sets='OC', undef='SZAP')
FORMS += [
    F('muldiv', 'mul', 'rm', 'bwdq', **MULF),
    F('muldiv', 'imul', 'rm', 'bwdq', **MULF),
    F('muldiv', 'imul', 'r,rm | r,rm,i | r,rm,i8', 'wdq', **MULF),
    F('muldiv', 'div', 'rm', 'bwdq', undef='OSZAPC', fix=div_fix(False), avoid=(0, 2), rnd=False),
    F('muldiv', 'idiv', 'rm', 'bwdq', undef='OSZAPC', fix=div_fix(True), avoid=(0, 2), rnd=False),
]


# ---- bits: bt*, bit scans and counts, byte swaps, setcc/cmovcc, flag instructions ----
def bt_fix(v, rng):
    """A register bit offset into memory stays within the scratch data."""
    if v.inst.ops[0][0] == 'm' and v.inst.ops[1][0] == 'r':
        v.set_op(1, rng.choice([0, 1, 63, 64, 127, 255, -1, -64, -128, rng.randrange(-128, 256)]))


CCS = 'o no b ae e ne be a s ns p np l ge le g'.split()
ZCC = 'O NO B NB Z NZ BE NBE S NS P NP L NL LE NLE'.split()
CC_READS = ['O', 'O', 'C', 'C', 'Z', 'Z', 'CZ', 'CZ', 'S', 'S', 'P', 'P', 'SO', 'SO', 'SZO', 'SZO']
BT = dict(sets='C', undef='OSAP', fix=bt_fix, memoff=24, rnd=False)
FORMS += [
    F('bits', 'bt', 'rm,r | rm,c', 'wdq', **BT),
    F('bits', 'bts', 'rm,r | rm,c', 'wdq', **BT),
    F('bits', 'btr', 'rm,r | rm,c', 'wdq', **BT),
    F('bits', 'btc', 'rm,r | rm,c', 'wdq', **BT),
    F('bits', 'bsf', 'r,rm', 'wdq', sets='Z', undef='OSAPC'),
    F('bits', 'bsr', 'r,rm', 'wdq', sets='Z', undef='OSAPC'),
    F('bits', 'tzcnt', 'r,rm', 'wdq', sets='ZC', undef='OSAP'),
    F('bits', 'lzcnt', 'r,rm', 'wdq', sets='ZC', undef='OSAP'),
    F('bits', 'popcnt', 'r,rm', 'wdq', sets='OSZAPC'),
    F('bits', 'bswap', 'r', 'dq'),
    F('bits', 'movbe', 'r,m | m,r', 'wdq'),
    F('bits', 'clc', '', sets='C'), F('bits', 'stc', '', sets='C'),
    F('bits', 'cmc', '', sets='C', reads='C'),
    F('bits', 'cld', '', df=True), F('bits', 'std', '', df=True),
    F('bits', 'lahf', '', reads='SZAPC'), F('bits', 'sahf', '', sets='SZAPC'),
] + [F('bits', 'set' + cc, 'rm:b', 'b', reads=CC_READS[n], zydis='SET' + ZCC[n])
     for n, cc in enumerate(CCS)] + [
    F('bits', 'cmov' + cc, 'r,rm', 'wdq', reads=CC_READS[n], zydis='CMOV' + ZCC[n])
    for n, cc in enumerate(CCS)]


# ---- atomic: xchg, xadd, cmpxchg*, lock prefixes ----
def cmpxchg_fix(v, rng):
    """Half of the vectors compare equal (accumulator = destination)."""
    if rng.random() < 0.5:
        v.set_reg(0, v.op(0), v.size)


def cmpxchg8_fix(v, rng):
    size = 16 if v.inst.form.mnem.endswith('16b') else 8
    if rng.random() < 0.5:
        half = size // 2
        off = v.inst.ops[0][1]
        v.set_mem(off, v.reg(0, half), half)
        v.set_mem(off + half, v.reg(2, half), half)


LOCKED = 'add adc sub sbb and or xor'.split()
FORMS += [
    F('atomic', 'xchg', 'r,rm | m,r', 'bwdq'),
    F('atomic', 'xadd', 'rm,r', 'bwdq', sets=ARITH),
    F('atomic', 'cmpxchg', 'rm,r', 'bwdq', sets=ARITH, fix=cmpxchg_fix, avoid=(0,)),
    F('atomic', 'lock xadd', 'm,r', 'bwdq', sets=ARITH, zydis='XADD'),
    F('atomic', 'lock cmpxchg', 'm,r', 'bwdq', sets=ARITH, fix=cmpxchg_fix, avoid=(0,),
      zydis='CMPXCHG'),
    F('atomic', 'lock cmpxchg8b', 'm:q', 'q', sets='Z', fix=cmpxchg8_fix, avoid=(0, 1, 2, 3),
      zydis='CMPXCHG8B'),
    F('atomic', 'lock cmpxchg16b', 'm:o', 'q', sets='Z', fix=cmpxchg8_fix, avoid=(0, 1, 2, 3),
      memoff=16, zydis='CMPXCHG16B'),
] + [F('atomic', 'lock ' + m, 'm,r | m,i', 'bwdq', sets=ARITH if m in ('add', 'adc', 'sub', 'sbb')
       else 'OSZPC', undef='' if m in ('add', 'adc', 'sub', 'sbb') else 'A',
       reads='C' if m in ('adc', 'sbb') else '', zydis=m.upper()) for m in LOCKED] + [
    F('atomic', 'lock ' + m, 'm', 'bwdq', sets={'inc': 'OSZAP', 'dec': 'OSZAP', 'neg': ARITH,
                                                 'not': ''}[m], zydis=m.upper())
    for m in ('inc', 'dec', 'neg', 'not')]


# ---- string: rsi/rdi into the scratch memory, small rcx, DF both ways ----
def string_fix(v, rng):
    v.vec['regs'][6] = 'dt_mem + %d' % rng.randrange(32, 41)
    v.vec['regs'][7] = 'dt_mem + %d' % rng.randrange(32, 41)
    v.set_reg(1, rng.randrange(0, 5))
    if rng.random() < 0.3:  # scas/cmps: make equal bytes likely
        for k in range(0, 64, 8):
            v.set_mem(k, 0x4141414141414141, 8)
        v.set_reg(0, 0x4141414141414141)


STR = dict(fix=string_fix, avoid=(1, 6, 7), df=True, rnd=False)
FORMS += [
    F('string', p + m + s, '', 'q', zydis=m.upper() + s.upper(),
      sets=ARITH if m in ('cmps', 'scas') and p != '' or m in ('cmps', 'scas') else '',
      reads='Z' if p in ('repe ', 'repne ') else '', **STR)
    for m in ('movs', 'stos', 'lods', 'cmps', 'scas') for s in 'bwdq'
    for p in (['', 'rep '] if m in ('movs', 'stos', 'lods') else ['', 'repe ', 'repne '])
]


# ---- sse: integer, moves, shuffles (xmm forms; MMX forms are not generated) ----
# 'x' is an xmm register, 'xm' an xmm register or memory (m128 unless sized), 'u8' an imm8.
SSE_XX = '''paddb paddw paddd paddq psubb psubw psubd psubq paddsb paddsw paddusb paddusw psubsb
psubsw psubusb psubusw pmullw pmulhw pmulhuw pmuludq pmaddwd pmaddubsw pmulhrsw pavgb pavgw
psadbw pmulld pmuldq pcmpeqb pcmpeqw pcmpeqd pcmpgtb pcmpgtw pcmpgtd pcmpeqq pcmpgtq pminub
pmaxub pminsw pmaxsw pminsb pmaxsb pminuw pmaxuw pminsd pmaxsd pminud pmaxud pabsb pabsw pabsd
psignb psignw psignd phaddw phaddd phaddsw phsubw phsubd phsubsw punpcklbw punpcklwd punpckldq
punpckhbw punpckhwd punpckhdq punpcklqdq punpckhqdq unpcklps unpckhps unpcklpd unpckhpd
packsswb packssdw packuswb packusdw pshufb phminposuw movshdup movsldup pand pandn por pxor
andps andnps orps xorps andpd andnpd orpd xorpd movaps movups movapd movupd movdqa movdqu
psllw pslld psllq psrlw psrld psrlq psraw psrad'''.split()
SSE_XXI = 'palignr pshufd pshufhw pshuflw pblendw blendps blendpd shufps shufpd mpsadbw'.split()
FORMS += [F('sse', m, 'x,xm', 'q') for m in SSE_XX] + [
    F('sse', m, 'x,xm,u8', 'q') for m in SSE_XXI] + [
    F('sse', m, 'x,xm,xmm0', 'q') for m in ('pblendvb', 'blendvps', 'blendvpd')] + [
    F('sse', m, 'x,xm:' + sz, 'q') for m, sz in (
        ('pmovzxbw', 'q'), ('pmovzxbd', 'd'), ('pmovzxbq', 'w'), ('pmovzxwd', 'q'),
        ('pmovzxwq', 'd'), ('pmovzxdq', 'q'), ('pmovsxbw', 'q'), ('pmovsxbd', 'd'),
        ('pmovsxbq', 'w'), ('pmovsxwd', 'q'), ('pmovsxwq', 'd'), ('pmovsxdq', 'q'),
        ('movddup', 'q'))] + [F('sse', 'insertps', 'x,xm:d,u8', 'q')] + [
    F('sse', m, 'x,u8', 'q', zydis=m.upper())
    for m in ('psllw', 'pslld', 'psllq', 'psrlw', 'psrld', 'psrlq', 'psraw', 'psrad', 'pslldq',
              'psrldq')] + [
    F('sse', 'movd', 'x,rm:d | rm:d,x', 'q'),
    F('sse', 'movq', 'x,rm:q | rm:q,x | x,x | m:q,x', 'q'),
    F('sse', 'movss', 'x,x | x,m:d | m:d,x', 'q', zydis='MOVSS'),
    F('sse', 'movsd', 'x,x | x,m:q | m:q,x', 'q', zydis='MOVSD'),
    F('sse', 'movlps', 'x,m:q | m:q,x', 'q'), F('sse', 'movhps', 'x,m:q | m:q,x', 'q'),
    F('sse', 'movlpd', 'x,m:q | m:q,x', 'q'), F('sse', 'movhpd', 'x,m:q | m:q,x', 'q'),
    F('sse', 'movhlps', 'x,x', 'q'), F('sse', 'movlhps', 'x,x', 'q'),
    F('sse', 'pmovmskb', 'r:d,x', 'q'), F('sse', 'movmskps', 'r:d,x', 'q'),
    F('sse', 'movmskpd', 'r:d,x', 'q'),
    F('sse', 'ptest', 'x,xm', 'q', sets='OSZAPC'),
    F('sse', 'pinsrb', 'x,r:d,u8 | x,m:b,u8', 'q'), F('sse', 'pinsrw', 'x,r:d,u8 | x,m:w,u8', 'q'),
    F('sse', 'pinsrd', 'x,rm:d,u8', 'q'), F('sse', 'pinsrq', 'x,rm:q,u8', 'q'),
    F('sse', 'pextrb', 'r:d,x,u8 | m:b,x,u8', 'q'), F('sse', 'pextrw', 'r:d,x,u8 | m:w,x,u8', 'q'),
    F('sse', 'pextrd', 'rm:d,x,u8', 'q'), F('sse', 'pextrq', 'rm:q,x,u8', 'q'),
    F('sse', 'extractps', 'rm:d,x,u8', 'q'),
    F('sse', 'crc32', 'r:d,rm:b | r:d,rm:w | r:d,rm:d | r:q,rm:b | r:q,rm:q', 'q'),
    F('sse', 'pcmpistri', 'x,xm,u8', 'q', sets='OSZAPC'),
    F('sse', 'pcmpistrm', 'x,xm,u8', 'q', sets='OSZAPC'),
    F('sse', 'pcmpestri', 'x,xm,u8', 'q', sets='OSZAPC', fix=lambda v, r: (
        v.set_reg(0, r.choice([0, 1, 5, 8, 16, 17, -1, -20])),
        v.set_reg(2, r.choice([0, 3, 8, 15, 16, 100, -3])))),
    F('sse', 'pcmpestrm', 'x,xm,u8', 'q', sets='OSZAPC', fix=lambda v, r: (
        v.set_reg(0, r.choice([0, 1, 5, 8, 16, 17, -1, -20])),
        v.set_reg(2, r.choice([0, 3, 8, 15, 16, 100, -3])))),
]

# ---- ssefp: arithmetic, compares, conversions, MXCSR (random MXCSR in every vector) ----
# (rcpps/rsqrtps/rcpss/rsqrtss are approximations that differ between implementations.)
FP_X = '''addps addpd subps subpd mulps mulpd divps divpd minps minpd maxps maxpd sqrtps sqrtpd
addsubps addsubpd haddps haddpd hsubps hsubpd cvtdq2ps cvtps2dq cvttps2dq
cvtpd2dq cvttpd2dq cvtpd2ps'''.split()
FP_S = {'ss': 'd', 'sd': 'q'}
FORMS += [F('ssefp', m, 'x,xm', 'q') for m in FP_X] + [
    F('ssefp', m + t, 'x,xm:' + sz, 'q')
    for m in ('add', 'sub', 'mul', 'div', 'min', 'max', 'sqrt') for t, sz in FP_S.items()] + [
    F('ssefp', 'cvtss2sd', 'x,xm:d', 'q'), F('ssefp', 'cvtsd2ss', 'x,xm:q', 'q'),
    F('ssefp', 'cvtps2pd', 'x,xm:q', 'q'), F('ssefp', 'cvtdq2pd', 'x,xm:q', 'q'),
    F('ssefp', 'cmpps', 'x,xm,u8', 'q'), F('ssefp', 'cmppd', 'x,xm,u8', 'q'),
    F('ssefp', 'cmpss', 'x,xm:d,u8', 'q'), F('ssefp', 'cmpsd', 'x,xm:q,u8', 'q', zydis='CMPSD'),
    F('ssefp', 'roundps', 'x,xm,u8', 'q'), F('ssefp', 'roundpd', 'x,xm,u8', 'q'),
    F('ssefp', 'roundss', 'x,xm:d,u8', 'q'), F('ssefp', 'roundsd', 'x,xm:q,u8', 'q'),
    F('ssefp', 'dpps', 'x,xm,u8', 'q'), F('ssefp', 'dppd', 'x,xm,u8', 'q'),
    F('ssefp', 'comiss', 'x,xm:d', 'q', sets='OSZAPC'),
    F('ssefp', 'ucomiss', 'x,xm:d', 'q', sets='OSZAPC'),
    F('ssefp', 'comisd', 'x,xm:q', 'q', sets='OSZAPC'),
    F('ssefp', 'ucomisd', 'x,xm:q', 'q', sets='OSZAPC'),
    F('ssefp', 'cvtsi2ss', 'x,rm:d | x,rm:q', 'q'), F('ssefp', 'cvtsi2sd', 'x,rm:d | x,rm:q', 'q'),
    F('ssefp', 'cvtss2si', 'r:d,xm:d | r:q,xm:d', 'q'),
    F('ssefp', 'cvttss2si', 'r:d,xm:d | r:q,xm:d', 'q'),
    F('ssefp', 'cvtsd2si', 'r:d,xm:q | r:q,xm:q', 'q'),
    F('ssefp', 'cvttsd2si', 'r:d,xm:q | r:q,xm:q', 'q'),
    F('ssefp', 'stmxcsr', 'm:d', 'q'),
]


# ---- x87: the whole FPU state (fxrstor/fxsave) per vector; random FCW rounding and
# precision, TOP and tags; st(i) hold float64 edge values and full extended values.
# Transcendentals (fsin, fcos, fptan, fpatan, f2xm1, fyl2x, fyl2xp1, fsincos) are left out:
# their last-bit results are implementation-specific.
def fldcw_fix(v, rng):
    """Keep every exception masked in a control word loaded from memory."""
    v.set_op(0, v.op(0) | 0x3f)


X87A = dict(fsw_defined=False)
FORMS += [
    F('x87', m, 'st,sti | sti,st | m:d | m:q', 'q', **X87A)
    for m in ('fadd', 'fsub', 'fsubr', 'fmul', 'fdiv', 'fdivr')] + [
    F('x87', m + 'p', 'sti,st', 'q', **X87A)
    for m in ('fadd', 'fsub', 'fsubr', 'fmul', 'fdiv', 'fdivr')] + [
    F('x87', 'fi' + m, 'm:w | m:d', 'q', **X87A)
    for m in ('add', 'sub', 'subr', 'mul', 'div', 'divr')] + [
    F('x87', 'fld', 'm:d | m:q | m:t | sti', 'q', **X87A),
    F('x87', 'fst', 'm:d | m:q | sti', 'q', **X87A),
    F('x87', 'fstp', 'm:d | m:q | m:t | sti', 'q', **X87A),
    F('x87', 'fild', 'm:w | m:d | m:q', 'q', **X87A),
    F('x87', 'fist', 'm:w | m:d', 'q', **X87A),
    F('x87', 'fistp', 'm:w | m:d | m:q', 'q', **X87A),
    F('x87', 'fisttp', 'm:w | m:d | m:q', 'q', **X87A),
    F('x87', 'fxch', 'sti', 'q', **X87A),
    F('x87', 'ffree', 'sti', 'q', **X87A),
    F('x87', 'fcom', 'sti | m:d | m:q', 'q'), F('x87', 'fcomp', 'sti | m:d | m:q', 'q'),
    F('x87', 'fucom', 'sti', 'q'), F('x87', 'fucomp', 'sti', 'q'),
    F('x87', 'ficom', 'm:w | m:d', 'q'), F('x87', 'ficomp', 'm:w | m:d', 'q'),
    F('x87', 'fcompp', '', 'q'), F('x87', 'fucompp', '', 'q'),
    F('x87', 'ftst', '', 'q'), F('x87', 'fxam', '', 'q'),
    F('x87', 'fprem', '', 'q'), F('x87', 'fprem1', '', 'q'),
    F('x87', 'fcomi', 'st,sti', 'q', sets='OSZAPC', **X87A),
    F('x87', 'fcomip', 'st,sti', 'q', sets='OSZAPC', **X87A),
    F('x87', 'fucomi', 'st,sti', 'q', sets='OSZAPC', **X87A),
    F('x87', 'fucomip', 'st,sti', 'q', sets='OSZAPC', **X87A),
    # fnstsw would copy undefined condition bits into a GPR in random sequences
    F('x87', 'fnstsw', 'ax | m:w', 'q', rnd=False), F('x87', 'fnstcw', 'm:w', 'q'),
    F('x87', 'fldcw', 'm:w', 'q', fix=fldcw_fix, rnd=False, **X87A),
    F('x87', 'fnclex', '', 'q'),
] + [F('x87', m, '', 'q', **X87A) for m in (
    'fchs', 'fabs', 'fsqrt', 'frndint', 'fscale', 'fxtract', 'fld1', 'fldz', 'fldpi', 'fldl2e',
    'fldl2t', 'fldlg2', 'fldln2', 'fincstp', 'fdecstp')] + [
    F('x87', 'fcmov' + cc, 'st,sti', 'q', reads=rd, zydis='FCMOV' + z, **X87A)
    for cc, z, rd in (('b', 'B', 'C'), ('e', 'E', 'Z'), ('be', 'BE', 'CZ'), ('u', 'U', 'P'),
                      ('nb', 'NB', 'C'), ('ne', 'NE', 'Z'), ('nbe', 'NBE', 'CZ'),
                      ('nu', 'NU', 'P'))]
