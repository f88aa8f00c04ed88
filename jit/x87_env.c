// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * x87 environment and state images: fnstenv/fldenv (28 bytes), fnsave/frstor
 * (108 bytes), fxsave/fxrstor (512 bytes). Guest memory is read or written in one
 * piece before any CPU state changes, so a fault leaves the state untouched.
 */
#include <string.h>

#include "x87_state.h"

#define MXCSR_MASK 0xffffu

static void put16(uint8_t *p, uint16_t v)
{
	memcpy(p, &v, 2);
}

static void put32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static void put64(uint8_t *p, uint64_t v)
{
	memcpy(p, &v, 8);
}

static uint16_t get16(const uint8_t *p)
{
	uint16_t v;

	memcpy(&v, p, 2);
	return v;
}

static uint32_t get32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static uint64_t get64(const uint8_t *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static uint16_t fsw_with_top(const struct x87_state *f)
{
	return (uint16_t)((f->fsw & ~FSW_TOP) | (f->top & 7) << 11);
}

/* The full tag word computed from the register contents (fnstenv/fnsave). */
static uint16_t full_tags(const struct x87_state *f)
{
	uint16_t t = 0;

	for (unsigned p = 0; p < 8; p++) {
		unsigned tag = 3;

		if (((f->ftw >> (2 * p)) & 3) != 3)
			tag = x87_tag_of((struct fx80){ f->st[p].mant, f->st[p].sexp });
		t |= (uint16_t)(tag << (2 * p));
	}
	return t;
}

static uint16_t load_fcw(uint16_t v)
{
	return (uint16_t)((v & 0x1f3f) | 0x40);
}

/* FSW as loaded: TOP apart, ES/B consistent with the control word. */
static void load_fsw(struct x87_state *f, uint16_t v)
{
	f->top = (v >> 11) & 7;
	f->fsw = v & ~(FSW_TOP | FSW_ES | FSW_B);
	if (f->fsw & ~f->fcw & 0x3f)
		f->fsw |= FSW_ES | FSW_B;
}

static void env_image(const struct x87_state *f, uint8_t *p)
{
	put32(p, 0xffff0000u | f->fcw);
	put32(p + 4, 0xffff0000u | fsw_with_top(f));
	put32(p + 8, 0xffff0000u | full_tags(f));
	put32(p + 12, (uint32_t)f->fip);
	put32(p + 16, (uint32_t)(f->fop & 0x7ff) << 16);
	put32(p + 20, (uint32_t)f->fdp);
	put32(p + 24, 0xffff0000u);
}

static void env_load(struct x87_state *f, const uint8_t *p)
{
	uint16_t tags = get16(p + 8);

	f->fcw = load_fcw(get16(p));
	load_fsw(f, get16(p + 4));
	f->ftw = 0;
	for (unsigned r = 0; r < 8; r++)
		if (((tags >> (2 * r)) & 3) == 3)
			f->ftw |= (uint16_t)(3u << (2 * r));
	f->fip = get32(p + 12);
	f->fop = (get32(p + 16) >> 16) & 0x7ff;
	f->fdp = get32(p + 20);
}

static void fxsave_image(const struct x86_cpu *cpu, uint8_t *p, bool rexw)
{
	const struct x87_state *f = &cpu->fpu;
	uint8_t abridged = 0;

	memset(p, 0, 416);
	for (unsigned r = 0; r < 8; r++)
		if (((f->ftw >> (2 * r)) & 3) != 3)
			abridged |= (uint8_t)(1u << r);
	put16(p, f->fcw);
	put16(p + 2, fsw_with_top(f));
	p[4] = abridged;
	put16(p + 6, f->fop);
	if (rexw) {
		put64(p + 8, f->fip);
		put64(p + 16, f->fdp);
	} else {
		put32(p + 8, (uint32_t)f->fip);
		put32(p + 16, (uint32_t)f->fdp);
	}
	put32(p + 24, cpu->mxcsr);
	put32(p + 28, MXCSR_MASK);
	for (unsigned i = 0; i < 8; i++) {
		const struct x87_reg *r = &f->st[(f->top + i) & 7];

		put64(p + 32 + 16 * i, r->mant);
		put16(p + 40 + 16 * i, r->sexp);
	}
	memcpy(p + 160, cpu->xmm, 256);
}

/* Load an fxsave image; -1 (nothing changed) if it sets reserved MXCSR bits (#GP). */
static int fxrstor_image(struct x86_cpu *cpu, const uint8_t *img, bool rexw)
{
	struct x87_state n = cpu->fpu;
	uint32_t mxcsr = get32(img + 24);

	if (mxcsr & ~MXCSR_MASK)
		return -1;
	n.fcw = load_fcw(get16(img));
	load_fsw(&n, get16(img + 2));
	n.ftw = 0;
	for (unsigned r = 0; r < 8; r++)
		if (!(img[4] >> r & 1))
			n.ftw |= (uint16_t)(3u << (2 * r));
	n.fop = get16(img + 6) & 0x7ff;
	n.fip = rexw ? get64(img + 8) : get32(img + 8);
	n.fdp = rexw ? get64(img + 16) : get32(img + 16);
	for (unsigned i = 0; i < 8; i++) {
		struct x87_reg *r = &n.st[(n.top + i) & 7];

		r->mant = get64(img + 32 + 16 * i);
		r->sexp = get16(img + 40 + 16 * i);
	}
	cpu->fpu = n;
	memcpy(cpu->xmm, img + 160, 256);
	cpu->mxcsr = mxcsr;
	return 0;
}

void x86_fxsave(const struct x86_cpu *cpu, uint8_t img[512])
{
	memset(img, 0, 512);
	fxsave_image(cpu, img, true);
}

int x86_fxrstor(struct x86_cpu *cpu, const uint8_t img[512])
{
	return fxrstor_image(cpu, img, true) ? -1 : 0;
}

DEFINE_HELPER(h_x87_env, HF_VEC | HF_MEM)
{
	uint8_t img[512];
	struct x87_state *f = &cpu->fpu, n;
	void *mem = (void *)(uintptr_t)e;

	X87_WAIT_CHECK(cpu, a);
	switch (a & 15) {
	case XE_FNSTENV:
		env_image(f, img);
		memcpy(mem, img, 28);
		f->fcw |= 0x3f; /* all exceptions masked afterwards */
		return 0;
	case XE_FNSAVE:
		env_image(f, img);
		for (unsigned i = 0; i < 8; i++) {
			const struct x87_reg *r = &f->st[(f->top + i) & 7];

			put64(img + 28 + 10 * i, r->mant);
			put16(img + 36 + 10 * i, r->sexp);
		}
		memcpy(mem, img, 108);
		x87_init(f);
		return 0;
	case XE_FLDENV:
	case XE_FRSTOR:
		memcpy(img, mem, (a & 15) == XE_FLDENV ? 28 : 108);
		n = *f;
		env_load(&n, img);
		if ((a & 15) == XE_FRSTOR)
			for (unsigned i = 0; i < 8; i++) {
				struct x87_reg *r = &n.st[(n.top + i) & 7];

				r->mant = get64(img + 28 + 10 * i);
				r->sexp = get16(img + 36 + 10 * i);
			}
		*f = n;
		return 0;
	case XE_FXSAVE:
		fxsave_image(cpu, img, a & XD_REXW);
		memcpy(mem, img, 416);
		return 0;
	case XE_FXRSTOR:
		memcpy(img, mem, 416);
		return fxrstor_image(cpu, img, a & XD_REXW) ? X87_FAULT_GP : 0;
	}
	return 0;
}
