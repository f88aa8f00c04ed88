/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Shared between the SSE/MMX integer and data movement lifter (lift_sse*.c) and its
 * helpers (sse_*.c): operand locations in struct x86_cpu and the helper tables.
 */
#ifndef XBT_JIT_SSE_OPS_H
#define XBT_JIT_SSE_OPS_H

#include "lift.h"

/* Byte offsets of MMX register i (the x87 physical register's significand) and its sexp. */
#define X86_MM_OFF(i) (X86_CPU_OFF(fpu) + offsetof(struct x87_state, st) + 16 * (i))
#define X86_MM_SEXP_OFF(i) (X86_MM_OFF(i) + offsetof(struct x87_reg, sexp))
#define X86_VTMP_OFF X86_CPU_OFF(vtmp)

/* A 128-bit (or, for MMX, 64-bit) lane operand of struct x86_cpu at a byte offset. */
static inline union x86_xmm *sse_at(struct x86_cpu *cpu, uint64_t off)
{
	return (union x86_xmm *)((char *)cpu + off);
}

/*
 * A lane-wise operation on n bytes (16: xmm, 8: mm): d is the destination (read and
 * written), s the source, both copies with everything above n bytes zero.
 */
typedef void sse_vop_fn(struct x86_cpu *cpu, union x86_xmm *d, const union x86_xmm *s,
			unsigned imm, unsigned n);

/* How the generic lifter treats an entry of sse_vops[]. */
#define SV_MM 1     /* also has an MMX (mm register) form */
#define SV_XMM 2    /* has an xmm form */
#define SV_IMM 4    /* takes an imm8 (last operand) */
#define SV_NOALIGN 8 /* m128 operand need not be aligned */

struct sse_vop {
	ZydisMnemonic mnemonic;
	const struct ir_helper *helper; /* (cpu, dst off, src off, imm, n) */
	unsigned flags;
};
extern const struct sse_vop sse_vops[]; /* sse_int.c, ended by a NULL helper */

/* The operation of each entry of sse_vops.def: sse_op_PADDB and so on. */
#define SSE_VOP(m, f) sse_vop_fn sse_op_##m;
#include "sse_vops.def"
#undef SSE_VOP

/* Saturation. */
static inline int8_t sat_s8(int v)
{
	return v > 127 ? 127 : v < -128 ? -128 : v;
}
static inline uint8_t sat_u8(int v)
{
	return v > 255 ? 255 : v < 0 ? 0 : v;
}
static inline int16_t sat_s16(int v)
{
	return v > 32767 ? 32767 : v < -32768 ? -32768 : v;
}
static inline uint16_t sat_u16(int v)
{
	return v > 65535 ? 65535 : v < 0 ? 0 : v;
}

/* Lane-wise: for each lane of field fld, d = expr of a (old d lane) and b (s lane). */
#define SSE_MAP2(fld, expr)                                                        \
	do {                                                                       \
		for (unsigned i_ = 0; i_ < n / sizeof(d->fld[0]); i_++) {          \
			__typeof__(d->fld[0]) a = d->fld[i_], b = s->fld[i_];      \
			(void)a;                                                   \
			d->fld[i_] = (expr);                                       \
		}                                                                  \
	} while (0)

#define SSE_VOP_FN(m)                                                              \
	void sse_op_##m(struct x86_cpu *cpu __unused, union x86_xmm *d,            \
			const union x86_xmm *s __unused, unsigned imm __unused,    \
			unsigned n __unused)

/* Shift helpers: (cpu, dst off, count, lane bytes, n). */
extern const struct ir_helper h_sse_psll, h_sse_psrl, h_sse_psra, h_sse_pslldq, h_sse_psrldq;
/* (cpu, src off, n, -, -) -> mask */
extern const struct ir_helper h_sse_movmskps, h_sse_movmskpd;
/* (cpu, off1, off2, -, -) -> arithmetic flags */
extern const struct ir_helper h_sse_ptest;
/* (cpu, off1 | off2 << 16, imm | rexw << 8, rax, rdx) -> flags | index << 16 */
extern const struct ir_helper h_sse_pcmpestri, h_sse_pcmpestrm, h_sse_pcmpistri,
	h_sse_pcmpistrm;
/* (crc, data, bytes) -> crc */
extern const struct ir_helper h_sse_crc32;

/* Lifter toolkit (lift_sse.c). */
bool sse_reg(ZydisRegister r, size_t *off, unsigned *n, int *mm);
bool sse_op_reg(struct lift_ctx *c, int i, size_t *off, unsigned *n, int *mm);
bool sse_any_mm(struct lift_ctx *c);
void sse_mmx_enter(struct lift_ctx *c);
void sse_mmx_written(struct lift_ctx *c, int mm);
bool sse_align_required(struct lift_ctx *c);
void sse_check_align(struct lift_ctx *c, ir_t addr);
size_t sse_src(struct lift_ctx *c, int i);
void sse_src_halves(struct lift_ctx *c, int i, ir_t *lo, ir_t *hi);

/* lift_sse_int.c */
int lift_sse_vop(struct lift_ctx *c);
int lift_sse_shift(struct lift_ctx *c);
int lift_sse_bytes_shift(struct lift_ctx *c);
int lift_sse_logic(struct lift_ctx *c);
int lift_sse_movmsk(struct lift_ctx *c);
int lift_sse_pcmpeq(struct lift_ctx *c);
int lift_sse_ptest(struct lift_ctx *c);
int lift_sse_pcmpstr(struct lift_ctx *c);
int lift_sse_crc32(struct lift_ctx *c);
int lift_sse_pinsr(struct lift_ctx *c);
int lift_sse_pextr(struct lift_ctx *c);
int lift_sse_maskmov(struct lift_ctx *c);

#endif
