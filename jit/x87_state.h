/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The register stack as the x87 helpers see it: a working copy of the FPU state
 * that is committed at the end of an instruction unless an unmasked exception
 * (IE/DE/ZE) cancels it. Shared by jit/x87_ops.c and jit/x87_env.c.
 */
#ifndef XBT_JIT_X87_STATE_H
#define XBT_JIT_X87_STATE_H

#include "x87_float.h"
#include "x87_ops.h"

struct xc {
	struct x86_cpu *cpu;
	struct x87_state s;
	struct fenv e;
};

static inline void xc_begin(struct xc *x, struct x86_cpu *cpu)
{
	static const unsigned prec[4] = { 24, 64, 53, 64 }; /* PC 01 is reserved */

	x->cpu = cpu;
	x->s = cpu->fpu;
	x->e.rc = (x->s.fcw >> 10) & 3;
	x->e.prec = prec[(x->s.fcw >> 8) & 3];
	x->e.exc = 0;
	x->e.up = false;
	x->e.unmasked = ~x->s.fcw & (FSW_OE | FSW_UE);
}

static inline unsigned xc_phys(const struct xc *x, unsigned i)
{
	return (x->s.top + i) & 7;
}

static inline bool xc_empty(const struct xc *x, unsigned i)
{
	return ((x->s.ftw >> (2 * xc_phys(x, i))) & 3) == 3;
}

static inline struct fx80 xc_get(const struct xc *x, unsigned i)
{
	const struct x87_reg *r = &x->s.st[xc_phys(x, i)];
	struct fx80 v = { r->mant, r->sexp };

	return v;
}

static inline void xc_set(struct xc *x, unsigned i, struct fx80 v)
{
	unsigned p = xc_phys(x, i);

	x->s.st[p].mant = v.m;
	x->s.st[p].sexp = v.se;
	x->s.ftw &= ~(3u << (2 * p));
}

static inline void xc_push(struct xc *x, struct fx80 v)
{
	x->s.top = (x->s.top - 1) & 7;
	xc_set(x, 0, v);
}

static inline void xc_pop(struct xc *x)
{
	x->s.ftw |= 3u << (2 * xc_phys(x, 0));
	x->s.top = (x->s.top + 1) & 7;
}

static inline void xc_cc(struct xc *x, unsigned bits)
{
	x->s.fsw = (uint16_t)((x->s.fsw & ~FSW_CC) | bits);
}

static inline void xc_c1(struct xc *x, bool on)
{
	x->s.fsw = (uint16_t)((x->s.fsw & ~FSW_C1) | (on ? FSW_C1 : 0));
}

/* Stack underflow (C1=0) or overflow (C1=1): IE with SF. */
static inline void xc_stack_fault(struct xc *x, bool overflow)
{
	x->e.exc |= FSW_IE | FSW_SF;
	xc_c1(x, overflow);
}

/* Would an exception raised so far cancel the instruction (unmasked IE/DE/ZE)? */
static inline bool xc_cancelled(const struct xc *x)
{
	return (x->e.exc & ~x->s.fcw & (FSW_IE | FSW_DE | FSW_ZE)) != 0;
}

/* Publish the result: exception flags, ES/B for unmasked ones. */
static inline void xc_commit(struct xc *x)
{
	struct x87_state *f = &x->cpu->fpu;
	unsigned exc = x->e.exc & 0x7f;
	bool unmasked = exc & ~x->s.fcw & 0x3f;

	if (xc_cancelled(x)) {
		/* the operation stops before producing a result: no OE/UE/PE */
		exc &= FSW_IE | FSW_DE | FSW_ZE | FSW_SF;
		f->fsw |= (uint16_t)(exc | FSW_ES | FSW_B);
		if (exc & FSW_SF)
			f->fsw = (uint16_t)((f->fsw & ~FSW_C1) | (x->s.fsw & FSW_C1));
		return;
	}
	x->s.fsw |= (uint16_t)(exc | (unmasked ? FSW_ES | FSW_B : 0));
	*f = x->s;
}

/* si_code for a pending exception, as Linux reports #MF. */
static inline uint64_t x87_pending(const struct x86_cpu *cpu)
{
	unsigned err = cpu->fpu.fsw & ~cpu->fpu.fcw & 0x3f, code = 0;

	if (err & FSW_IE)
		code = 7; /* FPE_FLTINV */
	else if (err & FSW_ZE)
		code = 3; /* FPE_FLTDIV */
	else if (err & FSW_OE)
		code = 4; /* FPE_FLTOVF */
	else if (err & (FSW_DE | FSW_UE))
		code = 5; /* FPE_FLTUND */
	else if (err & FSW_PE)
		code = 6; /* FPE_FLTRES */
	return X87_FAULT_MF | (uint64_t)code << 32;
}

#define X87_WAIT_CHECK(cpu, desc)                                                          \
	do {                                                                               \
		if (!((desc) & XD_NOWAIT) && ((cpu)->fpu.fsw & FSW_ES))                   \
			return x87_pending(cpu);                                           \
	} while (0)

/* fninit: control, status, tags and pointers reset; register contents stay. */
static inline void x87_init(struct x87_state *f)
{
	f->fcw = 0x37f;
	f->fsw = 0;
	f->top = 0;
	f->ftw = 0xffff;
	f->fop = 0;
	f->fip = 0;
	f->fdp = 0;
}

/* Full tag of a register value: 0 valid, 1 zero, 2 special. */
static inline unsigned x87_tag_of(struct fx80 v)
{
	switch (fx_class(v)) {
	case FC_NORMAL:
		return 0;
	case FC_ZERO:
		return 1;
	default:
		return 2;
	}
}

#endif
