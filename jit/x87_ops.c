// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * x87 instruction helpers: arithmetic, compares, loads, stores and the one-operand
 * and stack-management instructions, on top of the soft-float core.
 */
#include <string.h>

#include "x87_state.h"

static const struct fx80 fx_one = { 1ULL << 63, FX_BIAS };

/* A memory (or integer) operand loaded by fld/fild/fbld as an 80-bit value. */
static struct fx80 load_value(struct xc *x, unsigned src, uint64_t lo, uint64_t hi)
{
	switch (src) {
	case XS_F32:
		return fx_from_f32(&x->e, (uint32_t)lo);
	case XS_F64:
		return fx_from_f64(&x->e, lo);
	case XS_F80:
		return (struct fx80){ lo, (uint16_t)hi };
	case XS_I16:
		return fx_from_i64((int16_t)lo);
	case XS_I32:
		return fx_from_i64((int32_t)lo);
	case XS_I64:
		return fx_from_i64((int64_t)lo);
	case XS_BCD:
		return fx_from_bcd(lo, (uint16_t)hi);
	default:
		return fx_indefinite;
	}
}

/*
 * A memory (or integer) operand of an arithmetic or compare as an 80-bit value. A
 * float32/float64 denormal becomes a normal 80-bit value: *den tells the caller,
 * which reports DE only where the operation looks at the operand (not next to a
 * NaN, not for x/0). A signalling NaN stays signalling, so that the operation's
 * NaN rules (an SNaN loses to a QNaN) and its IE apply.
 */
static struct fx80 operand(struct xc *x, unsigned src, uint64_t lo, uint64_t hi, bool *den)
{
	struct fenv t = x->e;
	struct fx80 v;

	*den = false;
	if (src != XS_F32 && src != XS_F64)
		return load_value(x, src, lo, hi);
	t.exc = 0;
	v = src == XS_F32 ? fx_from_f32(&t, (uint32_t)lo) : fx_from_f64(&t, lo);
	*den = t.exc & FSW_DE;
	if ((t.exc & FSW_IE) && fx_is_nan(fx_class(v)))
		v.m &= ~(1ULL << 62);
	return v;
}

/* DE for a denormal memory operand of an arithmetic or compare with d */
static void mem_denormal(struct xc *x, struct fx80 d, bool den)
{
	enum fclass k = fx_class(d);

	if (den && !fx_is_nan(k) && k != FC_UNSUPP && !(x->e.exc & FSW_ZE))
		x->e.exc |= FSW_DE;
}

static struct fx80 arith(struct fenv *e, unsigned op, struct fx80 d, struct fx80 s)
{
	switch (op) {
	case XA_ADD:
		return fx_add(e, d, s, false);
	case XA_MUL:
		return fx_mul(e, d, s);
	case XA_SUB:
		return fx_add(e, d, s, true);
	case XA_SUBR:
		return fx_add(e, s, d, true);
	case XA_DIV:
		return fx_div(e, d, s);
	default:
		return fx_div(e, s, d);
	}
}

DEFINE_HELPER(h_x87_arith, HF_VEC)
{
	unsigned op = a & 7, src = (a >> 4) & 15, i = (a >> 8) & 7;
	unsigned di = (a & XD_TOSTI) ? i : 0, si = (a & XD_TOSTI) ? 0 : i;
	struct fx80 r;
	struct xc x;

	X87_WAIT_CHECK(cpu, a);
	xc_begin(&x, cpu);
	if (xc_empty(&x, 0) || (src == XS_ST && xc_empty(&x, i))) {
		xc_stack_fault(&x, false);
		r = fx_indefinite;
	} else {
		bool den = false;
		struct fx80 s = src == XS_ST ? xc_get(&x, si) : operand(&x, src, b, c, &den);

		r = arith(&x.e, op, xc_get(&x, di), s);
		mem_denormal(&x, xc_get(&x, di), den);
		xc_c1(&x, x.e.up);
	}
	xc_set(&x, di, r);
	if (a & XD_POP)
		xc_pop(&x);
	xc_commit(&x);
	return 0;
}

DEFINE_HELPER(h_x87_com, HF_VEC)
{
	static const unsigned fsw_cc[4] = { FSW_C0, FSW_C3, 0, FSW_C3 | FSW_C2 | FSW_C0 };
	static const unsigned efl[4] = { X86_CF, X86_ZF, 0, X86_ZF | X86_PF | X86_CF };
	unsigned src = (a >> 4) & 15, i = (a >> 8) & 7;
	int r = 3;
	struct xc x;

	X87_WAIT_CHECK(cpu, a);
	xc_begin(&x, cpu);
	if (xc_empty(&x, 0) || (src == XS_ST && xc_empty(&x, i))) {
		xc_stack_fault(&x, false);
	} else {
		bool den = false;
		struct fx80 s = src == XS_ST ? xc_get(&x, i) : operand(&x, src, b, c, &den);

		r = fx_compare(&x.e, xc_get(&x, 0), s, a & XD_QUIET);
		mem_denormal(&x, xc_get(&x, 0), den);
		if (!(a & XD_COMI))
			xc_c1(&x, false); /* fcomi leaves C1 alone */
	}
	if (!(a & XD_COMI))
		xc_cc(&x, fsw_cc[r]);
	if (a & (XD_POP | XD_POP2))
		xc_pop(&x);
	if (a & XD_POP2)
		xc_pop(&x);
	xc_commit(&x);
	return efl[r];
}

DEFINE_HELPER(h_x87_load, HF_VEC)
{
	static const int konst[] = { -1, -1, 0, 1, 2, 3, 4 }; /* z 1 pi l2e l2t lg2 ln2 */
	unsigned src = (a >> 4) & 15, i = (a >> 8) & 7;
	struct fx80 v;
	struct xc x;

	X87_WAIT_CHECK(cpu, a);
	xc_begin(&x, cpu);
	if (src == XS_ST) {
		if (xc_empty(&x, i)) {
			/* underflow wins over overflow: C1 = 0, indefinite pushed */
			xc_stack_fault(&x, false);
			xc_push(&x, fx_indefinite);
			xc_commit(&x);
			return 0;
		}
		v = xc_get(&x, i);
	} else if (src == XS_CONST) {
		v = i == 0 ? fx_make(0, 0, 0) : i == 1 ? fx_one : fx_const(&x.e, konst[i]);
	} else if (xc_empty(&x, 7)) {
		v = load_value(&x, src, b, c); /* not converted (no DE/IE) on overflow */
	}
	xc_c1(&x, false);
	if (!xc_empty(&x, 7)) {
		xc_stack_fault(&x, true);
		v = fx_indefinite;
	}
	xc_push(&x, v);
	xc_commit(&x);
	return 0;
}

DEFINE_HELPER(h_x87_store, HF_VEC | HF_MEM)
{
	unsigned fmt = (a >> 4) & 15, i = (a >> 8) & 7, n = 0;
	uint8_t buf[10];
	uint64_t lo = 0;
	uint16_t hi = 0;
	struct fx80 v;
	struct xc x;
	bool ok = true;

	X87_WAIT_CHECK(cpu, a);
	xc_begin(&x, cpu);
	xc_c1(&x, false);
	if (xc_empty(&x, 0)) {
		xc_stack_fault(&x, false);
		ok = false;
		v = fx_indefinite;
	} else {
		v = xc_get(&x, 0);
	}
	switch (fmt) {
	case XS_ST:
		xc_set(&x, i, v);
		break;
	case XS_F32:
		n = 4;
		lo = ok ? fx_to_f32(&x.e, v) : 0xffc00000u;
		break;
	case XS_F64:
		n = 8;
		lo = ok ? fx_to_f64(&x.e, v) : 0xfff8000000000000ULL;
		break;
	case XS_F80:
		n = 10;
		lo = v.m;
		hi = v.se;
		break;
	case XS_I16:
	case XS_I32:
	case XS_I64:
		n = fmt == XS_I16 ? 2 : fmt == XS_I32 ? 4 : 8;
		lo = ok ? (uint64_t)fx_to_int(&x.e, v, n, a & XD_TRUNC) : 1ULL << (8 * n - 1);
		break;
	case XS_BCD:
		n = 10;
		if (!ok || !fx_to_bcd(&x.e, v, &lo, &hi)) {
			lo = 0xC000000000000000ULL;
			hi = 0xffff;
		}
		break;
	}
	if (fmt != XS_ST)
		xc_c1(&x, x.e.up);
	if (x.e.exc & x.e.unmasked & (FSW_OE | FSW_UE)) {
		/* unmasked overflow/underflow of a float store: nothing stored, no pop */
		cpu->fpu.fsw |= (uint16_t)((x.e.exc & (FSW_OE | FSW_UE)) | FSW_ES | FSW_B);
		return 0;
	}
	if (n && !xc_cancelled(&x)) {
		memcpy(buf, &lo, 8);
		memcpy(buf + 8, &hi, 2);
		memcpy((void *)(uintptr_t)e, buf, n); /* may fault: no state changed yet */
	}
	if (a & XD_POP)
		xc_pop(&x);
	xc_commit(&x);
	return 0;
}

/* fxam condition codes: C3 C2 C0 by class, C1 = sign */
static unsigned fxam(struct xc *x)
{
	struct fx80 v = xc_get(x, 0);
	unsigned cc = FX_SIGN(v) ? FSW_C1 : 0;

	if (xc_empty(x, 0))
		return cc | FSW_C3 | FSW_C0;
	switch (fx_class(v)) {
	case FC_UNSUPP:
		return cc;
	case FC_QNAN:
	case FC_SNAN:
		return cc | FSW_C0;
	case FC_NORMAL:
		return cc | FSW_C2;
	case FC_INF:
		return cc | FSW_C2 | FSW_C0;
	case FC_ZERO:
		return cc | FSW_C3;
	default:
		return cc | FSW_C3 | FSW_C2;
	}
}

/* fxtract: st0 = exponent, then push the significand */
static void fxtract(struct xc *x)
{
	struct fx80 v = xc_get(x, 0), ex, sig;
	enum fclass k = fx_class(v);
	int e;
	uint64_t m;

	switch (k) {
	case FC_UNSUPP:
		x->e.exc |= FSW_IE;
		ex = sig = fx_indefinite;
		break;
	case FC_QNAN:
	case FC_SNAN:
		ex = sig = fx_nan2(&x->e, v, v);
		break;
	case FC_INF:
		ex = fx_make(0, 0x7fff, 1ULL << 63);
		sig = v;
		break;
	case FC_ZERO:
		x->e.exc |= FSW_ZE;
		ex = fx_make(1, 0x7fff, 1ULL << 63);
		sig = v;
		break;
	default:
		if (k == FC_DENORMAL)
			x->e.exc |= FSW_DE;
		fx_unpack(v, &e, &m);
		ex = fx_from_i64(e);
		sig = fx_make(FX_SIGN(v), FX_BIAS, m);
		break;
	}
	xc_set(x, 0, ex);
	xc_push(x, sig);
}

/* One-operand instructions replacing st0 (fsqrt, frndint, f2xm1, fsin, fcos). */
static void unary(struct xc *x, unsigned op)
{
	struct fx80 v = xc_get(x, 0), r, c;

	switch (op) {
	case XM_FSQRT:
		r = fx_sqrt(&x->e, v);
		break;
	case XM_FRNDINT:
		r = fx_rndint(&x->e, v);
		break;
	case XM_F2XM1:
		r = fx_f2xm1(&x->e, v);
		break;
	default:
		if (!fx_sincos(&x->e, v, &r, &c, op == XM_FCOS ? 2 : 1)) {
			xc_cc(x, FSW_C2);
			return;
		}
		if (op == XM_FCOS)
			r = c;
		xc_cc(x, 0);
		break;
	}
	xc_c1(x, x->e.up);
	xc_set(x, 0, r);
}

/* fsincos / fptan: replace st0 and push a second result */
static void unary_push(struct xc *x, unsigned op)
{
	struct fx80 v = xc_get(x, 0), r1, r2;
	bool ok;

	if (!xc_empty(x, 7)) {
		xc_stack_fault(x, true);
		xc_set(x, 0, fx_indefinite);
		xc_push(x, fx_indefinite);
		return;
	}
	if (op == XM_FSINCOS) {
		ok = fx_sincos(&x->e, v, &r1, &r2, 3);
	} else {
		ok = fx_tan(&x->e, v, &r1);
		r2 = fx_one;
		if (ok && fx_is_nan(fx_class(r1)))
			r2 = r1;
		else if (ok && r1.m == fx_indefinite.m && r1.se == fx_indefinite.se)
			r2 = r1;
	}
	if (!ok) {
		xc_cc(x, FSW_C2);
		return;
	}
	xc_cc(x, x->e.up ? FSW_C1 : 0);
	xc_set(x, 0, r1);
	xc_push(x, r2);
}

/* Two-operand instructions on st0 and st1 (fscale, fprem, fpatan, fyl2x...). */
static void binary(struct xc *x, unsigned op)
{
	struct fx80 a = xc_get(x, 0), b = xc_get(x, 1), r;
	unsigned q;
	bool partial;

	switch (op) {
	case XM_FSCALE:
		r = fx_scale(&x->e, a, b);
		xc_c1(x, x->e.up);
		xc_set(x, 0, r);
		return;
	case XM_FPREM:
	case XM_FPREM1:
		r = fx_prem(&x->e, a, b, op == XM_FPREM1, &q, &partial);
		if (fx_is_nan(fx_class(r)))
			x->s.fsw &= ~(FSW_C2 | FSW_C1); /* invalid or NaN: C0, C3 unchanged */
		else
			xc_cc(x, (partial ? FSW_C2 : 0) | (q & 4 ? FSW_C0 : 0) | (q & 2 ? FSW_C3 : 0) |
				      (q & 1 ? FSW_C1 : 0));
		xc_set(x, 0, r);
		return;
	case XM_FPATAN:
		r = fx_atan2(&x->e, b, a);
		break;
	case XM_FYL2X:
		r = fx_yl2x(&x->e, b, a);
		break;
	default:
		r = fx_yl2xp1(&x->e, b, a);
		break;
	}
	xc_c1(x, x->e.up);
	xc_set(x, 1, r);
	xc_pop(x);
}

DEFINE_HELPER(h_x87_misc, HF_VEC)
{
	unsigned op = a & 0xff, i = (a >> 8) & 7;
	struct fx80 v;
	struct xc x;

	X87_WAIT_CHECK(cpu, a);
	xc_begin(&x, cpu);
	switch (op) {
	case XM_FNSTSW:
		return (x.s.fsw & ~FSW_TOP) | (x.s.top & 7) << 11;
	case XM_FNCLEX:
		cpu->fpu.fsw &= ~(0xff | FSW_B);
		return 0;
	case XM_FNINIT:
	case XM_EMMS:
		if (op == XM_FNINIT)
			x87_init(&cpu->fpu);
		cpu->fpu.ftw = 0xffff;
		return 0;
	case XM_FNOP:
		return 0;
	case XM_FLDCW:
		x.s.fcw = (uint16_t)((b & 0x1f3f) | 0x40);
		x.s.fsw &= ~(FSW_ES | FSW_B);
		if (x.s.fsw & ~x.s.fcw & 0x3f)
			x.s.fsw |= FSW_ES | FSW_B;
		cpu->fpu = x.s;
		return 0;
	case XM_FFREE:
	case XM_FFREEP:
		x.s.ftw |= 3u << (2 * xc_phys(&x, i));
		if (op == XM_FFREEP)
			xc_pop(&x);
		xc_c1(&x, false); /* as the hardware does */
		break;
	case XM_FINCSTP:
	case XM_FDECSTP:
		x.s.top = (x.s.top + (op == XM_FINCSTP ? 1 : 7)) & 7;
		xc_c1(&x, false);
		break;
	case XM_FXAM:
		xc_cc(&x, fxam(&x));
		break;
	case XM_FXCH:
		xc_c1(&x, false);
		if (xc_empty(&x, 0) || xc_empty(&x, i)) {
			xc_stack_fault(&x, false);
			if (xc_empty(&x, 0))
				xc_set(&x, 0, fx_indefinite);
			if (xc_empty(&x, i))
				xc_set(&x, i, fx_indefinite);
		}
		v = xc_get(&x, 0);
		xc_set(&x, 0, xc_get(&x, i));
		xc_set(&x, i, v);
		break;
	case XM_FCMOV:
		/* C1 unchanged unless the stack underflows */
		if (xc_empty(&x, 0) || xc_empty(&x, i)) {
			xc_stack_fault(&x, false);
			xc_set(&x, 0, fx_indefinite);
		} else if (a & XD_COND) {
			xc_set(&x, 0, xc_get(&x, i));
		}
		break;
	default:
		/* Everything else works on st0 (and st1 for two-operand forms). */
		if (xc_empty(&x, 0) ||
		    ((op == XM_FSCALE || op == XM_FPREM || op == XM_FPREM1 || op == XM_FPATAN ||
		      op == XM_FYL2X || op == XM_FYL2XP1) && xc_empty(&x, 1))) {
			x.s.fsw &= ~FSW_C2; /* C0 and C3 stay, as on the CPU */
			xc_stack_fault(&x, false);
			if (op == XM_FTST || op == XM_FXTRACT || op == XM_FSINCOS || op == XM_FPTAN) {
				if (op == XM_FTST) {
					xc_cc(&x, FSW_C3 | FSW_C2 | FSW_C0);
				} else {
					/* underflow wins: the push happens, C1 = 0 */
					xc_set(&x, 0, fx_indefinite);
					xc_push(&x, fx_indefinite);
				}
			} else if (op == XM_FPATAN || op == XM_FYL2X || op == XM_FYL2XP1) {
				xc_set(&x, 1, fx_indefinite);
				xc_pop(&x);
			} else if (op != XM_FCHS && op != XM_FABS) {
				xc_set(&x, 0, fx_indefinite);
			} else {
				xc_set(&x, 0, fx_indefinite);
			}
			break;
		}
		switch (op) {
		case XM_FCHS:
		case XM_FABS:
			v = xc_get(&x, 0);
			v.se = op == XM_FCHS ? v.se ^ 0x8000 : v.se & 0x7fff;
			xc_set(&x, 0, v);
			xc_c1(&x, false);
			break;
		case XM_FTST: {
			static const unsigned cc[4] = { FSW_C0, FSW_C3, 0, FSW_C3 | FSW_C2 | FSW_C0 };

			xc_cc(&x, cc[fx_compare(&x.e, xc_get(&x, 0), fx_make(0, 0, 0), false)]);
			break;
		}
		case XM_FXTRACT:
			xc_c1(&x, false);
			if (!xc_empty(&x, 7)) {
				xc_stack_fault(&x, true);
				xc_set(&x, 0, fx_indefinite);
				xc_push(&x, fx_indefinite);
			} else {
				fxtract(&x);
			}
			break;
		case XM_FSQRT:
		case XM_FRNDINT:
		case XM_F2XM1:
		case XM_FSIN:
		case XM_FCOS:
			unary(&x, op);
			break;
		case XM_FSINCOS:
		case XM_FPTAN:
			unary_push(&x, op);
			break;
		default:
			binary(&x, op);
			break;
		}
		break;
	}
	xc_commit(&x);
	return 0;
}
