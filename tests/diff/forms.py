# SPDX-License-Identifier: GPL-2.0-or-later
# The instruction forms the differential test knows, one line per form, grouped by
# family (the lift table that implements them). gen.py tests a form only when its
# Zydis mnemonic is registered in a lift table (so families join as they land).
#
# F(family, mnemonic, operands, sizes, sets=, undef=, reads=, zydis=, rnd=)
#   operands  alternatives separated by '|', operands by ',': r (register), m (memory),
#             rm (both), i (immediate of the operand size; imm32 for 64-bit), i8 (imm8,
#             sign-extended), i64 (mov's imm64), cl, 1; ':b/w/d/q' fixes an operand's size
#             (movzx r, rm:b). An empty string: no operands (cbw).
#   sizes     operand sizes to expand: b w d q (8/16/32/64 bits)
#   sets      flags written with a defined value (O S Z A P C); undef: flags the SDM
#             leaves undefined; reads: flags read. A callable flags(size, imm) may
#             return (sets, undef) for count-dependent cases.
#   zydis     Zydis mnemonic(s) when they differ from the assembler's (cbw..cqo, jcc)
#   rnd       usable in random sequences (no stack/control flow, no faults)


class F:
    def __init__(self, family, mnem, operands, sizes='q', sets='', undef='', reads='',
                 zydis=None, rnd=True, flags=None):
        self.family = family
        self.mnem = mnem
        self.alts = [a.strip() for a in operands.split('|')]
        self.sizes = sizes
        self.sets = sets
        self.undef = undef
        self.reads = reads
        self.zydis = (zydis or mnem).upper().split()
        self.rnd = rnd
        self.flags = flags

    def flag_effect(self, size, imm):
        if self.flags:
            return self.flags(size, imm)
        return self.sets, self.undef


ARITH = 'OSZAPC'
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
