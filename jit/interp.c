// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Tier 0: executes xbt IR directly. Mechanical by design: all x86 knowledge is in
 * the lifter. Guest memory is accessed in place (identity mapping); a host fault
 * is turned into a guest fault by jit_run's recovery point.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/log.h"
#include "interp.h"
#include "jit.h"

void interp_prepare(struct ir_block *b)
{
	unsigned *pos = b->nlabels ? calloc(b->nlabels, sizeof(*pos)) : NULL;

	BUG_ON(b->nlabels && !pos);
	for (unsigned k = 0; k < b->n; k++)
		if (b->insns[k].op == IR_LABEL)
			pos[b->insns[k].imm] = k;
	for (unsigned k = 0; k < b->n; k++)
		if (b->insns[k].op == IR_BR || b->insns[k].op == IR_BRC)
			b->insns[k].imm = pos[b->insns[k].imm];
	free(pos);
}

static inline uint64_t ld(uint64_t addr, unsigned size)
{
	switch (size) {
	case 1: return *(volatile uint8_t *)(uintptr_t)addr;
	case 2: { uint16_t v; memcpy(&v, (void *)(uintptr_t)addr, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, (void *)(uintptr_t)addr, 4); return v; }
	default: { uint64_t v; memcpy(&v, (void *)(uintptr_t)addr, 8); return v; }
	}
}

static inline void st(uint64_t addr, unsigned size, uint64_t v)
{
	switch (size) {
	case 1: *(volatile uint8_t *)(uintptr_t)addr = (uint8_t)v; break;
	case 2: { uint16_t x = (uint16_t)v; memcpy((void *)(uintptr_t)addr, &x, 2); break; }
	case 4: { uint32_t x = (uint32_t)v; memcpy((void *)(uintptr_t)addr, &x, 4); break; }
	default: memcpy((void *)(uintptr_t)addr, &v, 8); break;
	}
}

static inline uint64_t mask(unsigned size)
{
	return size >= 8 ? ~0ULL : (1ULL << (size * 8)) - 1;
}

static inline uint64_t sext(uint64_t v, unsigned size)
{
	switch (size) {
	case 1: return (uint64_t)(int64_t)(int8_t)v;
	case 2: return (uint64_t)(int64_t)(int16_t)v;
	case 4: return (uint64_t)(int64_t)(int32_t)v;
	default: return v;
	}
}

static inline int cmp(unsigned cc, uint64_t a, uint64_t b)
{
	switch (cc) {
	case IRC_EQ: return a == b;
	case IRC_NE: return a != b;
	case IRC_LTU: return a < b;
	case IRC_LEU: return a <= b;
	case IRC_GTU: return a > b;
	case IRC_GEU: return a >= b;
	case IRC_LT: return (int64_t)a < (int64_t)b;
	case IRC_LE: return (int64_t)a <= (int64_t)b;
	case IRC_GT: return (int64_t)a > (int64_t)b;
	default: return (int64_t)a >= (int64_t)b;
	}
}

#define ATOMIC_OP(fn, sz, p, v)                                                           \
	((sz) == 1 ? fn((uint8_t *)(p), (uint8_t)(v), __ATOMIC_SEQ_CST) :                  \
	 (sz) == 2 ? fn((uint16_t *)(p), (uint16_t)(v), __ATOMIC_SEQ_CST) :                \
	 (sz) == 4 ? fn((uint32_t *)(p), (uint32_t)(v), __ATOMIC_SEQ_CST) :                \
		     fn((uint64_t *)(p), (uint64_t)(v), __ATOMIC_SEQ_CST))

static uint64_t do_cmpxchg(uint64_t addr, unsigned size, uint64_t expect, uint64_t nv)
{
	switch (size) {
	case 1: { uint8_t e = (uint8_t)expect; __atomic_compare_exchange_n((uint8_t *)addr, &e, (uint8_t)nv, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	case 2: { uint16_t e = (uint16_t)expect; __atomic_compare_exchange_n((uint16_t *)addr, &e, (uint16_t)nv, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	case 4: { uint32_t e = (uint32_t)expect; __atomic_compare_exchange_n((uint32_t *)addr, &e, (uint32_t)nv, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	default: { uint64_t e = expect; __atomic_compare_exchange_n((uint64_t *)addr, &e, nv, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); return e; }
	}
}

/*
 * x86 allows atomics at any address; AArch64 raises SIGBUS on a misaligned one. Such
 * an access becomes a compare-and-swap loop on the aligned 8-byte word(s) holding it:
 * atomic when the operand lies in one word, word by word across two (a split lock).
 * The words lie in the operand's pages, so faults stay the instruction's own.
 */
static uint64_t rmw_value(enum ir_op op, uint64_t old, uint64_t b, uint64_t c)
{
	switch (op) {
	case IR_XCHG: return b;
	case IR_CMPXCHG: return old == b ? c : old; /* a locked cmpxchg always writes */
	case IR_AADD: return old + b;
	case IR_AAND: return old & b;
	case IR_AOR: return old | b;
	default: return old ^ b;
	}
}

static uint64_t misaligned_rmw(enum ir_op op, uint64_t addr, unsigned size, uint64_t b, uint64_t c)
{
	uint64_t *w = (uint64_t *)(uintptr_t)(addr & ~7ULL);
	unsigned sh = (addr & 7) * 8, lo_bits = 64 - sh;
	uint64_t m = size == 8 ? ~0ULL : (1ULL << (size * 8)) - 1, cur0, cur1, old, nv, n0, n1;

	if ((addr & 7) + size <= 8) {
		cur0 = __atomic_load_n(w, __ATOMIC_SEQ_CST);
		do {
			old = (cur0 >> sh) & m;
			nv = rmw_value(op, old, b & m, c & m) & m;
			n0 = (cur0 & ~(m << sh)) | (nv << sh);
		} while (!__atomic_compare_exchange_n(w, &cur0, n0, 0, __ATOMIC_SEQ_CST,
						      __ATOMIC_SEQ_CST));
		return old;
	}
	/* Across two words: low part in w[0] from bit sh, the rest in w[1]. */
	for (;;) {
		cur0 = __atomic_load_n(&w[0], __ATOMIC_SEQ_CST);
		cur1 = __atomic_load_n(&w[1], __ATOMIC_SEQ_CST);
		old = ((cur0 >> sh) | (cur1 << lo_bits)) & m;
		nv = rmw_value(op, old, b & m, c & m) & m;
		n0 = (cur0 & ((1ULL << sh) - 1)) | (nv << sh);
		n1 = (cur1 & ~(m >> lo_bits)) | (nv >> lo_bits);
		if (!__atomic_compare_exchange_n(&w[0], &cur0, n0, 0, __ATOMIC_SEQ_CST,
						 __ATOMIC_SEQ_CST))
			continue;
		while (!__atomic_compare_exchange_n(&w[1], &cur1, n1, 0, __ATOMIC_SEQ_CST,
						    __ATOMIC_SEQ_CST))
			n1 = (cur1 & ~(m >> lo_bits)) | (nv >> lo_bits);
		return old;
	}
}

static uint64_t atomic_rmw(const struct ir_insn *i, uint64_t a, uint64_t b, uint64_t c)
{
	if (a & (i->size - 1))
		return misaligned_rmw(i->op, a, i->size, b, c);
	switch (i->op) {
	case IR_XCHG: return ATOMIC_OP(__atomic_exchange_n, i->size, a, b);
	case IR_CMPXCHG: return do_cmpxchg(a, i->size, b, c);
	case IR_AADD: return ATOMIC_OP(__atomic_fetch_add, i->size, a, b);
	case IR_AAND: return ATOMIC_OP(__atomic_fetch_and, i->size, a, b);
	case IR_AOR: return ATOMIC_OP(__atomic_fetch_or, i->size, a, b);
	default: return ATOMIC_OP(__atomic_fetch_xor, i->size, a, b);
	}
}

/*
 * Threaded dispatch (computed goto): every op ends with its own indirect jump to the
 * next op's code, which the host predicts per op pair, where a switch shares one.
 */
#define DISPATCH()                                                        \
	do {                                                              \
		a = t[i->a];                                              \
		b = (i->flags & IRF_BIMM) ? i->imm : t[i->b];             \
		goto *ops[i->op];                                         \
	} while (0)
#define NEXT()                 \
	do {                   \
		i++;           \
		DISPATCH();    \
	} while (0)
#define OP(name, expr)         \
	L_##name:              \
		t[i->d] = (expr); \
		NEXT()

int interp_run(struct x86_cpu *cpu, const struct ir_insn *code, unsigned ntemps)
{
	static const void *const ops[IR_NOPS] = {
		[IR_NOP] = &&L_NOP, [IR_INSN] = &&L_INSN, [IR_MOVI] = &&L_MOVI, [IR_MOV] = &&L_MOV,
		[IR_LDC] = &&L_LDC, [IR_STC] = &&L_STC, [IR_LD] = &&L_LD, [IR_ST] = &&L_ST,
		[IR_ADD] = &&L_ADD, [IR_SUB] = &&L_SUB, [IR_MUL] = &&L_MUL, [IR_AND] = &&L_AND,
		[IR_OR] = &&L_OR, [IR_XOR] = &&L_XOR, [IR_SHL] = &&L_SHL, [IR_SHR] = &&L_SHR,
		[IR_SAR] = &&L_SAR, [IR_ROL] = &&L_ROT, [IR_ROR] = &&L_ROT, [IR_NOT] = &&L_NOT,
		[IR_NEG] = &&L_NEG, [IR_ZEXT] = &&L_ZEXT, [IR_SEXT] = &&L_SEXT,
		[IR_MULHU] = &&L_MULHU, [IR_MULHS] = &&L_MULHS, [IR_DIVU] = &&L_DIVU,
		[IR_DIVS] = &&L_DIVS, [IR_REMU] = &&L_REMU, [IR_REMS] = &&L_REMS,
		[IR_SETC] = &&L_SETC, [IR_SEL] = &&L_SEL, [IR_CLZ] = &&L_CLZ, [IR_CTZ] = &&L_CTZ,
		[IR_POPCNT] = &&L_POPCNT, [IR_BSWAP] = &&L_BSWAP, [IR_CALL] = &&L_CALL,
		[IR_XCHG] = &&L_ATOMIC, [IR_CMPXCHG] = &&L_ATOMIC, [IR_AADD] = &&L_ATOMIC,
		[IR_AAND] = &&L_ATOMIC, [IR_AOR] = &&L_ATOMIC, [IR_AXOR] = &&L_ATOMIC,
		[IR_FENCE] = &&L_FENCE, [IR_LABEL] = &&L_NOP, [IR_BR] = &&L_BR, [IR_BRC] = &&L_BRC,
		[IR_GOTO] = &&L_GOTO, [IR_GOTOR] = &&L_GOTOR, [IR_EXIT] = &&L_EXIT,
	};
	uint64_t t[ntemps + 1];
	const struct ir_insn *i = code;
	unsigned char *base = (unsigned char *)cpu;
	uint64_t a, b;

	t[0] = 0;
	DISPATCH();
L_NOP:
	NEXT();
L_INSN:
	cpu->insn_rip = i->imm;
	NEXT();
	OP(MOVI, i->imm);
	OP(MOV, a);
	/* CPU fields by ld/st's fixed sizes: a memcpy of variable size is a slow rep movs */
	OP(LDC, ld((uintptr_t)(base + i->imm), i->size));
L_STC:
	st((uintptr_t)(base + i->imm), i->size, a);
	NEXT();
L_LD:
	t[i->d] = ld(a, i->size);
	if (unlikely(jit_tso_fences()))
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	NEXT();
L_ST:
	if (unlikely(jit_tso_fences()))
		__atomic_thread_fence(__ATOMIC_RELEASE);
	st(a, i->size, t[i->b]);
	NEXT();
	OP(ADD, a + b);
	OP(SUB, a - b);
	OP(MUL, a * b);
	OP(AND, a & b);
	OP(OR, a | b);
	OP(XOR, a ^ b);
	OP(SHL, a << (b & 63));
	OP(SHR, a >> (b & 63));
	OP(SAR, (uint64_t)((int64_t)a >> (b & 63)));
L_ROT: {
	unsigned bits = i->size * 8, n = (unsigned)(b % bits);
	uint64_t m = mask(i->size), v = a & m;

	if (i->op == IR_ROR)
		n = (bits - n) % bits;
	t[i->d] = n ? ((v << n) | (v >> (bits - n))) & m : v;
	NEXT();
}
	OP(NOT, ~a);
	OP(NEG, -a);
	OP(ZEXT, a & mask(i->size));
	OP(SEXT, sext(a, i->size));
	OP(MULHU, (uint64_t)(((unsigned __int128)a * b) >> 64));
	OP(MULHS, (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64));
	OP(DIVU, a / b);
	OP(DIVS, (uint64_t)((int64_t)a / (int64_t)b));
	OP(REMU, a % b);
	OP(REMS, (uint64_t)((int64_t)a % (int64_t)b));
	OP(SETC, (uint64_t)cmp(i->cc, a, b));
	OP(SEL, a ? t[i->b] : t[i->c]);
	OP(CLZ, (uint64_t)__builtin_clzll(a & mask(i->size)) - (64 - i->size * 8));
	OP(CTZ, (uint64_t)__builtin_ctzll(a & mask(i->size)));
	OP(POPCNT, (uint64_t)__builtin_popcountll(a & mask(i->size)));
	OP(BSWAP, i->size == 8 ? __builtin_bswap64(a) :
		  i->size == 4 ? __builtin_bswap32((uint32_t)a) : __builtin_bswap16((uint16_t)a));
L_CALL: {
	const struct ir_helper *h = (const struct ir_helper *)(uintptr_t)i->imm;
	bool fence = (h->flags & HF_MEM) && jit_tso_fences();

	if (unlikely(fence))
		__atomic_thread_fence(__ATOMIC_RELEASE);
	t[i->d] = h->fn(cpu, a, t[i->b], t[i->c], t[i->e]);
	if (unlikely(fence))
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	NEXT();
}
L_ATOMIC:
	t[i->d] = atomic_rmw(i, a, t[i->b], t[i->c]);
	NEXT();
L_FENCE:
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	NEXT();
L_BR:
	i = code + i->imm;
	NEXT();
L_BRC:
	if (a)
		i = code + i->imm;
	NEXT();
L_GOTO:
	cpu->rip = i->imm;
	return i->cc ? INTERP_GOTO1 : INTERP_GOTO0;
L_GOTOR:
	cpu->rip = a;
	return INTERP_GOTOR;
L_EXIT:
	return (int)i->imm;
}
