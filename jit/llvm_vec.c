// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The LLVM tier's inline lowering of hot SSE/MMX integer helpers: instead of a call,
 * generic LLVM vector IR on cpu->xmm[] (no target intrinsics: the same IR serves the
 * AArch64 host). Bit-exact with the helpers in sse_int.c/sse_shuf.c, which remain the
 * interpreter's implementation. SSE floating point: llvm_vecfp.c.
 */
#include "llvm_vec.h"

/* The helpers lowered here (sse_int.c, sse_shuf.c). */
#define SSE_VOP(m, f) extern const struct ir_helper h_sse_##m;
#include "sse_vops.def"
#undef SSE_VOP
extern const struct ir_helper h_sse_psll, h_sse_psrl, h_sse_psra, h_sse_pslldq, h_sse_psrldq,
	h_sse_movmskps, h_sse_movmskpd;

/* ---- toolkit (shared with llvm_vecfp.c) ---- */

void vx_init(struct vx *x, LLVMBuilderRef b, LLVMValueRef cpu, struct llvm_vec_fn *vf)
{
	x->vf = vf;
	x->b = b;
	x->cpu = cpu;
	x->fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(b));
	x->mod = LLVMGetGlobalParent(x->fn);
	x->ctx = LLVMGetModuleContext(x->mod);
	x->i1 = LLVMInt1TypeInContext(x->ctx);
	x->i8 = LLVMInt8TypeInContext(x->ctx);
	x->i32 = LLVMInt32TypeInContext(x->ctx);
	x->i64 = LLVMInt64TypeInContext(x->ctx);
	x->f32 = LLVMFloatTypeInContext(x->ctx);
	x->f64 = LLVMDoubleTypeInContext(x->ctx);
	x->ptr = LLVMPointerTypeInContext(x->ctx, 0);
}

LLVMTypeRef vx_int(struct vx *x, unsigned bytes)
{
	return LLVMIntTypeInContext(x->ctx, bytes * 8);
}

/* nl lanes of ty (nl == 1: ty itself). */
LLVMTypeRef vx_vec(LLVMTypeRef ty, unsigned nl)
{
	return nl == 1 ? ty : LLVMVectorType(ty, nl);
}

/* A vector of n bytes as lanes of lb bytes. */
static LLVMTypeRef lanes(struct vx *x, unsigned lb, unsigned n)
{
	return LLVMVectorType(vx_int(x, lb), n / lb);
}

/* An integer constant, truncated to ty's width. */
LLVMValueRef vx_c(LLVMTypeRef ty, uint64_t v)
{
	unsigned w = LLVMGetIntTypeWidth(ty);

	return LLVMConstInt(ty, w < 64 ? v & ((1ULL << w) - 1) : v, 0);
}

/* A constant of (vector) type ty with every lane v. */
LLVMValueRef vx_splat(LLVMTypeRef ty, uint64_t v)
{
	LLVMValueRef e[64];
	unsigned nl;

	if (LLVMGetTypeKind(ty) != LLVMVectorTypeKind)
		return vx_c(ty, v);
	nl = LLVMGetVectorSize(ty);
	for (unsigned k = 0; k < nl; k++)
		e[k] = vx_c(LLVMGetElementType(ty), v);
	return LLVMConstVector(e, nl);
}

static LLVMValueRef field(struct vx *x, uint64_t off)
{
	LLVMValueRef idx = vx_c(x->i64, off);

	return LLVMBuildGEP2(x->b, x->i8, x->cpu, &idx, 1, "");
}

/* Bytes of an integer, fp or vector type (0 for others). */
static unsigned type_bytes(LLVMTypeRef ty)
{
	switch (LLVMGetTypeKind(ty)) {
	case LLVMIntegerTypeKind: return LLVMGetIntTypeWidth(ty) / 8;
	case LLVMFloatTypeKind: return 4;
	case LLVMDoubleTypeKind: return 8;
	case LLVMVectorTypeKind: return LLVMGetVectorSize(ty) * type_bytes(LLVMGetElementType(ty));
	default: return 0;
	}
}

/* Every field access goes through these two: the emitter tracks them for checkpoints. */
static LLVMValueRef load1(struct vx *x, uint64_t off, LLVMTypeRef ty)
{
	LLVMValueRef v = LLVMBuildLoad2(x->b, ty, field(x, off), "");

	llvm_vec_track(x->vf, off, type_bytes(ty), false);
	LLVMSetAlignment(v, 1);
	return v;
}

static void store1(struct vx *x, uint64_t off, LLVMValueRef v)
{
	llvm_vec_track(x->vf, off, type_bytes(LLVMTypeOf(v)), true);
	LLVMSetAlignment(LLVMBuildStore(x->b, v, field(x, off)), 1);
}

/* Bytes of a vector type, 0 for others: 8- and 16-byte vectors go as 64-bit halves. */
static unsigned vec_bytes(LLVMTypeRef ty)
{
	return LLVMGetTypeKind(ty) == LLVMVectorTypeKind ? type_bytes(ty) : 0;
}

/*
 * A field of struct x86_cpu. The lifter reads and writes xmm registers and vtmp as
 * 64-bit halves; the same accesses here let LLVM forward stores to loads (a 16-byte
 * load of two 8-byte stores would go through memory, and stall store forwarding).
 */
LLVMValueRef vx_load(struct vx *x, uint64_t off, LLVMTypeRef ty)
{
	unsigned n = vec_bytes(ty);
	LLVMValueRef v;

	if (n == 8)
		return vx_bc(x, load1(x, off, x->i64), ty);
	if (n != 16)
		return load1(x, off, ty);
	v = LLVMGetUndef(LLVMVectorType(x->i64, 2));
	for (unsigned h = 0; h < 2; h++)
		v = LLVMBuildInsertElement(x->b, v, load1(x, off + 8 * h, x->i64),
					   vx_c(x->i32, h), "");
	return vx_bc(x, v, ty);
}

void vx_store(struct vx *x, uint64_t off, LLVMValueRef v)
{
	unsigned n = vec_bytes(LLVMTypeOf(v));

	if (n == 8) {
		store1(x, off, vx_bc(x, v, x->i64));
		return;
	}
	if (n != 16) {
		store1(x, off, v);
		return;
	}
	v = vx_bc(x, v, LLVMVectorType(x->i64, 2));
	for (unsigned h = 0; h < 2; h++)
		store1(x, off + 8 * h, LLVMBuildExtractElement(x->b, v, vx_c(x->i32, h), ""));
}

LLVMValueRef vx_bc(struct vx *x, LLVMValueRef v, LLVMTypeRef ty)
{
	return LLVMBuildBitCast(x->b, v, ty, "");
}

/* An overloaded intrinsic on type ty. */
LLVMValueRef vx_intr(struct vx *x, const char *name, LLVMTypeRef ty, LLVMValueRef *args,
		     unsigned nargs)
{
	return llvm_intr(x->mod, x->b, name, ty, args, nargs);
}

/* shufflevector a, b with constant lane indices (into a:b). */
static LLVMValueRef shuf(struct vx *x, LLVMValueRef a, LLVMValueRef b, const unsigned *idx,
			 unsigned n)
{
	LLVMValueRef m[64];

	for (unsigned k = 0; k < n; k++)
		m[k] = vx_c(x->i32, idx[k]);
	return LLVMBuildShuffleVector(x->b, a, b, LLVMConstVector(m, n), "");
}

/* All lanes of a <nl x i1> (or an i1) true. */
LLVMValueRef vx_all(struct vx *x, LLVMValueRef c)
{
	LLVMTypeRef ty = LLVMTypeOf(c);
	unsigned nl;

	if (LLVMGetTypeKind(ty) != LLVMVectorTypeKind)
		return c;
	nl = LLVMGetVectorSize(ty);
	c = vx_bc(x, c, vx_int1(x, nl));
	return LLVMBuildICmp(x->b, LLVMIntEQ, c, LLVMConstAllOnes(LLVMTypeOf(c)), "");
}

LLVMTypeRef vx_int1(struct vx *x, unsigned bits)
{
	return LLVMIntTypeInContext(x->ctx, bits);
}

/* The helper call itself: the slow path. */
LLVMValueRef vx_call(struct vx *x, const struct ir_helper *h, LLVMValueRef *args)
{
	LLVMTypeRef at[5] = { x->ptr, x->i64, x->i64, x->i64, x->i64 };
	LLVMTypeRef fty = LLVMFunctionType(x->i64, at, 5, 0);
	LLVMValueRef a[5] = { x->cpu, args[0], args[1], args[2], args[3] };
	LLVMValueRef f = LLVMConstIntToPtr(vx_c(x->i64, (uint64_t)(uintptr_t)h->fn), x->ptr);

	LLVMValueRef call = LLVMBuildCall2(x->b, fty, f, a, 5, "");

	if (x->vf->host_fp)
		llvm_mark_call(call, "xbt-fp");
	return call;
}

/* A branch to t when ok, else to the cold slow path f. */
void vx_cold_br(struct vx *x, LLVMValueRef ok, LLVMBasicBlockRef t, LLVMBasicBlockRef f)
{
	LLVMValueRef br = LLVMBuildCondBr(x->b, ok, t, f), w[3];

	/* !{!"branch_weights", i32 1000, i32 1} */
	w[0] = LLVMMDStringInContext(x->ctx, "branch_weights", 14);
	w[1] = vx_c(x->i32, 1000);
	w[2] = vx_c(x->i32, 1);
	LLVMSetMetadata(br, LLVMGetMDKindIDInContext(x->ctx, "prof", 4),
			LLVMMDNodeInContext(x->ctx, w, 3));
}

/*
 * The fast path ends at the builder's block with its results out[]; slow (the other
 * side of a cold branch) calls the helper. After the join out[] are stored from phis
 * of the fast results and what the helper left there, reloaded: so that LLVM knows
 * the fields' values after the join and forwards them to later loads instead of going
 * through memory. The helper's return value, or 0.
 */
LLVMValueRef vx_slow_join(struct vx *x, LLVMBasicBlockRef slow, const struct ir_helper *h,
			  LLVMValueRef *args, const struct vx_out *out, unsigned nout)
{
	LLVMBasicBlockRef join = LLVMAppendBasicBlockInContext(x->ctx, x->fn, "vjoin"), bbs[2];
	LLVMValueRef inc[2], phi, ret, reload[2];

	bbs[0] = LLVMGetInsertBlock(x->b);
	LLVMBuildBr(x->b, join);
	LLVMPositionBuilderAtEnd(x->b, slow);
	ret = vx_call(x, h, args);
	if (x->vf->mxcsr) /* the helper may have set flags: the cached MXCSR (llvm_vecfp.c) */
		LLVMBuildStore(x->b, vx_load(x, X86_CPU_OFF(mxcsr), x->i32), x->vf->mxcsr);
	BUG_ON(nout > ARRAY_SIZE(reload));
	for (unsigned k = 0; k < nout; k++) /* the helper wrote them: not a first read */
		llvm_vec_track(x->vf, out[k].off, type_bytes(LLVMTypeOf(out[k].v)), true);
	for (unsigned k = 0; k < nout; k++)
		reload[k] = vx_load(x, out[k].off, LLVMTypeOf(out[k].v));
	bbs[1] = LLVMGetInsertBlock(x->b);
	LLVMBuildBr(x->b, join);
	LLVMPositionBuilderAtEnd(x->b, join);
	for (unsigned k = 0; k < nout; k++) { /* phis first */
		inc[0] = out[k].v;
		inc[1] = reload[k];
		reload[k] = LLVMBuildPhi(x->b, LLVMTypeOf(out[k].v), "");
		LLVMAddIncoming(reload[k], inc, bbs, 2);
	}
	inc[0] = vx_c(x->i64, 0);
	inc[1] = ret;
	phi = LLVMBuildPhi(x->b, x->i64, "");
	LLVMAddIncoming(phi, inc, bbs, 2);
	for (unsigned k = 0; k < nout; k++)
		vx_store(x, out[k].off, reload[k]);
	return phi;
}

/* Unless ok, call the helper: the fast path's results out[] are computed already. */
LLVMValueRef vx_guard(struct vx *x, LLVMValueRef ok, const struct ir_helper *h, LLVMValueRef *args,
		      const struct vx_out *out, unsigned nout)
{
	LLVMBasicBlockRef slow = LLVMAppendBasicBlockInContext(x->ctx, x->fn, "vslow");
	LLVMBasicBlockRef fast = LLVMAppendBasicBlockInContext(x->ctx, x->fn, "vfast");

	vx_cold_br(x, ok, fast, slow);
	LLVMPositionBuilderAtEnd(x->b, fast);
	return vx_slow_join(x, slow, h, args, out, nout);
}

/* ---- lane-wise integer operations: (dst off, src off, imm, n) ---- */

enum vkind {
	VK_BIN,    /* LLVM binary opcode */
	VK_INTR,   /* two-operand intrinsic (saturation, min/max) */
	VK_CMPGT,
	VK_MULH,   /* p: signed */
	VK_MULDQ,  /* pmuludq (p = 0), pmuldq (p = 1) */
	VK_MADDWD,
	VK_AVG,
	VK_SADBW,
	VK_ABS,
	VK_SIGN,
	VK_UNPACK, /* p: high half */
	VK_PACK,   /* p: unsigned result */
	VK_PSHUFD, VK_PSHUFLW, VK_PSHUFHW, VK_PSHUFW, VK_SHUFPS, VK_SHUFPD, VK_PALIGNR,
	VK_BLEND,  /* lb-byte lanes chosen by imm bits */
	VK_MOVDUP, /* p: 0 movddup, 1 movsldup, 2 movshdup */
	VK_PMOVX,  /* lb: source lane, p: destination lane bytes | 0x10 signed */
	VK_PSHUFB, /* the host's byte table lookup (pshufb, tbl) */
};

struct vop_low {
	const struct ir_helper *h;
	unsigned char kind, lb; /* lane bytes */
	short p;                /* opcode, intrinsic index or variant */
	const char *intr;
};

#define BIN(m, lb, opc) { &h_sse_##m, VK_BIN, lb, opc, NULL }
#define INTR(m, lb, name) { &h_sse_##m, VK_INTR, lb, 0, name }
#define K(m, kind, lb, p) { &h_sse_##m, kind, lb, p, NULL }

static const struct vop_low vops[] = {
	BIN(PADDB, 1, LLVMAdd), BIN(PADDW, 2, LLVMAdd), BIN(PADDD, 4, LLVMAdd), BIN(PADDQ, 8, LLVMAdd),
	BIN(PSUBB, 1, LLVMSub), BIN(PSUBW, 2, LLVMSub), BIN(PSUBD, 4, LLVMSub), BIN(PSUBQ, 8, LLVMSub),
	BIN(PMULLW, 2, LLVMMul), BIN(PMULLD, 4, LLVMMul),
	INTR(PADDSB, 1, "llvm.sadd.sat"), INTR(PADDSW, 2, "llvm.sadd.sat"),
	INTR(PADDUSB, 1, "llvm.uadd.sat"), INTR(PADDUSW, 2, "llvm.uadd.sat"),
	INTR(PSUBSB, 1, "llvm.ssub.sat"), INTR(PSUBSW, 2, "llvm.ssub.sat"),
	INTR(PSUBUSB, 1, "llvm.usub.sat"), INTR(PSUBUSW, 2, "llvm.usub.sat"),
	INTR(PMINUB, 1, "llvm.umin"), INTR(PMAXUB, 1, "llvm.umax"),
	INTR(PMINSW, 2, "llvm.smin"), INTR(PMAXSW, 2, "llvm.smax"),
	INTR(PMINSB, 1, "llvm.smin"), INTR(PMAXSB, 1, "llvm.smax"),
	INTR(PMINUW, 2, "llvm.umin"), INTR(PMAXUW, 2, "llvm.umax"),
	INTR(PMINSD, 4, "llvm.smin"), INTR(PMAXSD, 4, "llvm.smax"),
	INTR(PMINUD, 4, "llvm.umin"), INTR(PMAXUD, 4, "llvm.umax"),
	K(PCMPGTB, VK_CMPGT, 1, 0), K(PCMPGTW, VK_CMPGT, 2, 0), K(PCMPGTD, VK_CMPGT, 4, 0),
	K(PCMPGTQ, VK_CMPGT, 8, 0),
	K(PMULHW, VK_MULH, 2, 1), K(PMULHUW, VK_MULH, 2, 0),
	K(PMULUDQ, VK_MULDQ, 8, 0), K(PMULDQ, VK_MULDQ, 8, 1),
	K(PMADDWD, VK_MADDWD, 2, 0),
	K(PAVGB, VK_AVG, 1, 0), K(PAVGW, VK_AVG, 2, 0),
	K(PSADBW, VK_SADBW, 1, 0),
	K(PABSB, VK_ABS, 1, 0), K(PABSW, VK_ABS, 2, 0), K(PABSD, VK_ABS, 4, 0),
	K(PSIGNB, VK_SIGN, 1, 0), K(PSIGNW, VK_SIGN, 2, 0), K(PSIGND, VK_SIGN, 4, 0),
	K(PUNPCKLBW, VK_UNPACK, 1, 0), K(PUNPCKLWD, VK_UNPACK, 2, 0),
	K(PUNPCKLDQ, VK_UNPACK, 4, 0), K(PUNPCKLQDQ, VK_UNPACK, 8, 0),
	K(PUNPCKHBW, VK_UNPACK, 1, 1), K(PUNPCKHWD, VK_UNPACK, 2, 1),
	K(PUNPCKHDQ, VK_UNPACK, 4, 1), K(PUNPCKHQDQ, VK_UNPACK, 8, 1),
	K(UNPCKLPS, VK_UNPACK, 4, 0), K(UNPCKHPS, VK_UNPACK, 4, 1),
	K(UNPCKLPD, VK_UNPACK, 8, 0), K(UNPCKHPD, VK_UNPACK, 8, 1),
	K(PACKSSWB, VK_PACK, 2, 0), K(PACKUSWB, VK_PACK, 2, 1),
	K(PACKSSDW, VK_PACK, 4, 0), K(PACKUSDW, VK_PACK, 4, 1),
	K(PSHUFD, VK_PSHUFD, 4, 0), K(PSHUFLW, VK_PSHUFLW, 2, 0), K(PSHUFHW, VK_PSHUFHW, 2, 0),
	K(PSHUFW, VK_PSHUFW, 2, 0), K(SHUFPS, VK_SHUFPS, 4, 0), K(SHUFPD, VK_SHUFPD, 8, 0),
	K(PALIGNR, VK_PALIGNR, 1, 0), K(PSHUFB, VK_PSHUFB, 1, 0),
	K(PBLENDW, VK_BLEND, 2, 0), K(BLENDPS, VK_BLEND, 4, 0), K(BLENDPD, VK_BLEND, 8, 0),
	K(MOVDDUP, VK_MOVDUP, 8, 0), K(MOVSLDUP, VK_MOVDUP, 4, 1), K(MOVSHDUP, VK_MOVDUP, 4, 2),
	K(PMOVZXBW, VK_PMOVX, 1, 2), K(PMOVZXBD, VK_PMOVX, 1, 4), K(PMOVZXBQ, VK_PMOVX, 1, 8),
	K(PMOVZXWD, VK_PMOVX, 2, 4), K(PMOVZXWQ, VK_PMOVX, 2, 8), K(PMOVZXDQ, VK_PMOVX, 4, 8),
	K(PMOVSXBW, VK_PMOVX, 1, 0x12), K(PMOVSXBD, VK_PMOVX, 1, 0x14), K(PMOVSXBQ, VK_PMOVX, 1, 0x18),
	K(PMOVSXWD, VK_PMOVX, 2, 0x14), K(PMOVSXWQ, VK_PMOVX, 2, 0x18), K(PMOVSXDQ, VK_PMOVX, 4, 0x18),
};

/* Wider lanes (zero- or sign-extended) of the same count. */
static LLVMValueRef ext(struct vx *x, LLVMValueRef v, unsigned lb, bool sign)
{
	LLVMTypeRef ty = LLVMVectorType(vx_int(x, lb), LLVMGetVectorSize(LLVMTypeOf(v)));

	return sign ? LLVMBuildSExt(x->b, v, ty, "") : LLVMBuildZExt(x->b, v, ty, "");
}

/* Lane i of the result takes lane sel(i) of d:s (s lanes numbered from nl). */
static LLVMValueRef blend_imm(struct vx *x, LLVMValueRef d, LLVMValueRef s, unsigned nl,
			      unsigned imm)
{
	unsigned idx[16];

	for (unsigned i = 0; i < nl; i++)
		idx[i] = (imm >> i & 1) ? nl + i : i;
	return shuf(x, d, s, idx, nl);
}

static LLVMValueRef pack(struct vx *x, const struct vop_low *v, LLVMValueRef d, LLVMValueRef s,
			 unsigned nl)
{
	unsigned bits = v->lb * 4, idx[16];
	LLVMTypeRef ty = LLVMTypeOf(d);
	int64_t lo = v->p ? 0 : -(1LL << (bits - 1));
	int64_t hi = v->p ? (1LL << bits) - 1 : (1LL << (bits - 1)) - 1;
	LLVMValueRef lov = vx_splat(ty, (uint64_t)lo), hiv = vx_splat(ty, (uint64_t)hi), args[2];
	LLVMTypeRef nty = LLVMVectorType(vx_int(x, v->lb / 2), nl);
	LLVMValueRef r[2] = { d, s };

	for (int k = 0; k < 2; k++) {
		args[0] = r[k];
		args[1] = lov;
		r[k] = vx_intr(x, "llvm.smax", ty, args, 2);
		args[0] = r[k];
		args[1] = hiv;
		r[k] = LLVMBuildTrunc(x->b, vx_intr(x, "llvm.smin", ty, args, 2), nty, "");
	}
	for (unsigned i = 0; i < 2 * nl; i++)
		idx[i] = i;
	return shuf(x, r[0], r[1], idx, 2 * nl);
}

/* The result of operation v on d and s (n bytes each), any vector type of n bytes. */
static LLVMValueRef vop_emit(struct vx *x, const struct vop_low *v, LLVMValueRef d,
			     LLVMValueRef s, unsigned imm, unsigned n)
{
	LLVMBuilderRef B = x->b;
	unsigned nl = n / v->lb, idx[32];
	LLVMTypeRef ty = lanes(x, v->lb, n);
	LLVMValueRef args[2], t, u, zero = LLVMConstNull(ty);

	d = vx_bc(x, d, ty);
	s = vx_bc(x, s, ty);
	switch (v->kind) {
	case VK_BIN:
		return LLVMBuildBinOp(B, (LLVMOpcode)v->p, d, s, "");
	case VK_INTR:
		args[0] = d;
		args[1] = s;
		return vx_intr(x, v->intr, ty, args, 2);
	case VK_CMPGT:
		return LLVMBuildSExt(B, LLVMBuildICmp(B, LLVMIntSGT, d, s, ""), ty, "");
	case VK_MULH:
		t = LLVMBuildMul(B, ext(x, d, 4, v->p), ext(x, s, 4, v->p), "");
		t = LLVMBuildLShr(B, t, vx_splat(LLVMTypeOf(t), 16), "");
		return LLVMBuildTrunc(B, t, ty, "");
	case VK_MULDQ:
		if (v->p) {
			t = LLVMBuildAShr(B, LLVMBuildShl(B, d, vx_splat(ty, 32), ""), vx_splat(ty, 32), "");
			u = LLVMBuildAShr(B, LLVMBuildShl(B, s, vx_splat(ty, 32), ""), vx_splat(ty, 32), "");
		} else {
			t = LLVMBuildAnd(B, d, vx_splat(ty, 0xffffffffu), "");
			u = LLVMBuildAnd(B, s, vx_splat(ty, 0xffffffffu), "");
		}
		return LLVMBuildMul(B, t, u, "");
	case VK_MADDWD:
		t = LLVMBuildMul(B, ext(x, d, 4, true), ext(x, s, 4, true), "");
		for (unsigned i = 0; i < nl / 2; i++)
			idx[i] = 2 * i, idx[nl / 2 + i] = 2 * i + 1;
		u = shuf(x, t, t, idx + nl / 2, nl / 2);
		t = shuf(x, t, t, idx, nl / 2);
		return LLVMBuildAdd(B, t, u, "");
	case VK_AVG:
		t = LLVMBuildAdd(B, ext(x, d, 2 * v->lb, false), ext(x, s, 2 * v->lb, false), "");
		t = LLVMBuildAdd(B, t, vx_splat(LLVMTypeOf(t), 1), "");
		t = LLVMBuildLShr(B, t, vx_splat(LLVMTypeOf(t), 1), "");
		return LLVMBuildTrunc(B, t, ty, "");
	case VK_SADBW: {
		LLVMValueRef r = LLVMConstNull(LLVMVectorType(x->i64, n / 8));

		t = LLVMBuildSub(B, ext(x, d, 2, false), ext(x, s, 2, false), "");
		args[0] = t;
		args[1] = LLVMConstInt(x->i1, 0, 0);
		t = vx_intr(x, "llvm.abs", LLVMTypeOf(t), args, 2);
		for (unsigned g = 0; g < n / 8; g++) {
			for (unsigned k = 0; k < 8; k++)
				idx[k] = 8 * g + k;
			u = shuf(x, t, t, idx, 8);
			u = vx_intr(x, "llvm.vector.reduce.add", LLVMTypeOf(u), &u, 1);
			r = LLVMBuildInsertElement(B, r, LLVMBuildZExt(B, u, x->i64, ""),
						   vx_c(x->i32, g), "");
		}
		return r;
	}
	case VK_ABS:
		args[0] = s;
		args[1] = LLVMConstInt(x->i1, 0, 0);
		return vx_intr(x, "llvm.abs", ty, args, 2);
	case VK_SIGN:
		t = LLVMBuildSelect(B, LLVMBuildICmp(B, LLVMIntSLT, s, zero, ""), LLVMBuildNeg(B, d, ""),
				    d, "");
		return LLVMBuildSelect(B, LLVMBuildICmp(B, LLVMIntEQ, s, zero, ""), zero, t, "");
	case VK_UNPACK:
		for (unsigned i = 0; i < nl / 2; i++) {
			idx[2 * i] = (v->p ? nl / 2 : 0) + i;
			idx[2 * i + 1] = nl + idx[2 * i];
		}
		return shuf(x, d, s, idx, nl);
	case VK_PACK:
		return pack(x, v, d, s, nl);
	case VK_PSHUFD:
	case VK_PSHUFW:
		for (unsigned i = 0; i < 4; i++)
			idx[i] = (imm >> (2 * i)) & 3;
		return shuf(x, s, s, idx, 4);
	case VK_PSHUFLW:
	case VK_PSHUFHW: {
		unsigned base = v->kind == VK_PSHUFHW ? 4 : 0;

		for (unsigned i = 0; i < 8; i++)
			idx[i] = i;
		for (unsigned i = 0; i < 4; i++)
			idx[base + i] = base + ((imm >> (2 * i)) & 3);
		return shuf(x, s, s, idx, 8);
	}
	case VK_SHUFPS:
		idx[0] = imm & 3;
		idx[1] = (imm >> 2) & 3;
		idx[2] = 4 + ((imm >> 4) & 3);
		idx[3] = 4 + ((imm >> 6) & 3);
		return shuf(x, d, s, idx, 4);
	case VK_SHUFPD:
		idx[0] = imm & 1;
		idx[1] = 2 + ((imm >> 1) & 1);
		return shuf(x, d, s, idx, 2);
	case VK_PALIGNR: {
		/* t = s:d (s low), then zeros: byte imm + i */
		LLVMValueRef cat;

		for (unsigned i = 0; i < 2 * n; i++)
			idx[i] = i;
		cat = shuf(x, s, d, idx, 2 * n);
		for (unsigned i = 0; i < n; i++)
			idx[i] = imm + i < 2 * n ? imm + i : 2 * n;
		return shuf(x, cat, LLVMConstNull(LLVMTypeOf(cat)), idx, n);
	}
	case VK_BLEND:
		return blend_imm(x, d, s, nl, imm);
	case VK_MOVDUP:
		for (unsigned i = 0; i < nl; i++)
			idx[i] = v->p == 0 ? 0 : v->p == 1 ? i & ~1u : i | 1;
		return shuf(x, s, s, idx, nl);
	case VK_PSHUFB: {
#ifdef __x86_64__
		static const char name[] = "llvm.x86.ssse3.pshuf.b.128";
		unsigned id = LLVMLookupIntrinsicID(name, sizeof(name) - 1);

		if (!__builtin_cpu_supports("ssse3"))
			return NULL; /* the helper */
		args[0] = d;
		args[1] = s;
		return LLVMBuildCall2(B, LLVMIntrinsicGetType(x->ctx, id, NULL, 0),
				      LLVMGetIntrinsicDeclaration(x->mod, id, NULL, 0), args, 2, "");
#else
		/* tbl: an index of 16 or more gives 0; x86's bit 7 keeps it out of range */
		args[0] = d;
		args[1] = LLVMBuildAnd(B, s, vx_splat(ty, 0x8f), "");
		return vx_intr(x, "llvm.aarch64.neon.tbl1", ty, args, 2);
#endif
	}
	case VK_PMOVX: {
		unsigned db = v->p & 0xf, m = 16 / db;

		for (unsigned i = 0; i < m; i++)
			idx[i] = i;
		t = shuf(x, s, s, idx, m);
		return ext(x, t, db, v->p & 0x10);
	}
	}
	return NULL;
}

/* Forms that exist for mm registers (8 bytes) work there on the low lanes as well. */
static bool vop_ok(const struct vop_low *v, unsigned n)
{
	if (n == 16)
		return true;
	if (n != 8)
		return false;
	switch (v->kind) {
	case VK_PSHUFD: case VK_PSHUFLW: case VK_PSHUFHW: case VK_SHUFPS:
	case VK_SHUFPD: case VK_BLEND: case VK_MOVDUP: case VK_PMOVX: case VK_PSHUFB:
		return false;
	case VK_UNPACK:
		return v->lb < 8;
	default:
		return true;
	}
}

/* Whether the result depends on the destination's old value. */
static bool reads_dst(unsigned kind)
{
	switch (kind) {
	case VK_PSHUFD: case VK_PSHUFW: case VK_PSHUFLW: case VK_PSHUFHW: case VK_MOVDUP:
	case VK_PMOVX: case VK_ABS:
		return false;
	default:
		return true;
	}
}

static LLVMValueRef low_vop(struct vx *x, const struct vop_low *v, const bool *k, const uint64_t *c)
{
	LLVMTypeRef bt;
	LLVMValueRef d, s, r;
	unsigned n = (unsigned)c[3];

	if (!k[0] || !k[1] || !k[2] || !k[3] || !vop_ok(v, n) || (v->kind == VK_PSHUFW && n != 8))
		return NULL;
	bt = LLVMVectorType(x->i8, n);
	/* not loaded when unused: a dead load would count as a read for checkpoints */
	d = reads_dst(v->kind) ? vx_load(x, c[0], bt) : LLVMGetPoison(bt);
	s = vx_load(x, c[1], bt);
	r = vop_emit(x, v, d, s, (unsigned)c[2] & 0xff, n);
	if (!r)
		return NULL; /* the helper after all (the loads are dead) */
	vx_store(x, c[0], vx_bc(x, r, bt));
	return vx_c(x->i64, 0);
}

/* ---- shifts ---- */

/* psll/psrl/psra: (dst off, count, lane bytes, n); counts past the lane width: 0 or sign. */
static LLVMValueRef low_shift(struct vx *x, const struct ir_helper *h, LLVMValueRef *a,
			      const bool *k, const uint64_t *c)
{
	LLVMBuilderRef B = x->b;
	unsigned lb = (unsigned)c[2], n = (unsigned)c[3], bits = lb * 8;
	bool sra = h == &h_sse_psra;
	LLVMTypeRef ty, lt;
	LLVMValueRef v, cnt, big, r;

	if (!k[0] || !k[2] || !k[3] || (n != 8 && n != 16) || (lb != 2 && lb != 4 && lb != 8))
		return NULL;
	ty = lanes(x, lb, n);
	lt = vx_int(x, lb);
	v = vx_load(x, c[0], ty);
	big = LLVMBuildICmp(B, LLVMIntUGE, a[1], vx_c(x->i64, bits), "");
	cnt = LLVMBuildSelect(B, big, vx_c(x->i64, sra ? bits - 1 : 0), a[1], "");
	cnt = LLVMBuildTrunc(B, cnt, lt, "");
	cnt = LLVMBuildInsertElement(B, LLVMGetUndef(ty), cnt, vx_c(x->i32, 0), "");
	{
		unsigned idx[16] = { 0 };

		cnt = shuf(x, cnt, cnt, idx, n / lb);
	}
	if (sra) {
		r = LLVMBuildAShr(B, v, cnt, "");
	} else {
		r = h == &h_sse_psll ? LLVMBuildShl(B, v, cnt, "") : LLVMBuildLShr(B, v, cnt, "");
		r = LLVMBuildSelect(B, big, LLVMConstNull(ty), r, "");
	}
	vx_store(x, c[0], r);
	return vx_c(x->i64, 0);
}

/* pslldq/psrldq: (dst off, byte count) */
static LLVMValueRef low_bshift(struct vx *x, const struct ir_helper *h, const bool *k,
			       const uint64_t *c)
{
	LLVMTypeRef bt = LLVMVectorType(x->i8, 16);
	unsigned idx[16], cnt = c[1] > 16 ? 16 : (unsigned)c[1];
	LLVMValueRef v;

	if (!k[0] || !k[1])
		return NULL;
	v = vx_load(x, c[0], bt);
	for (unsigned i = 0; i < 16; i++) {
		if (h == &h_sse_pslldq)
			idx[i] = i >= cnt ? i - cnt : 16;
		else
			idx[i] = i + cnt < 16 ? i + cnt : 16;
	}
	vx_store(x, c[0], shuf(x, v, LLVMConstNull(bt), idx, 16));
	return vx_c(x->i64, 0);
}

/* movmskps/movmskpd: (src off) -> the lanes' sign bits */
static LLVMValueRef low_movmsk(struct vx *x, const struct ir_helper *h, const bool *k,
			       const uint64_t *c)
{
	unsigned nl = h == &h_sse_movmskps ? 4 : 2;
	LLVMTypeRef ty = lanes(x, 16 / nl, 16);
	LLVMValueRef v;

	if (!k[0])
		return NULL;
	v = LLVMBuildICmp(x->b, LLVMIntSLT, vx_load(x, c[0], ty), LLVMConstNull(ty), "");
	return LLVMBuildZExt(x->b, vx_bc(x, v, vx_int1(x, nl)), x->i64, "");
}

/* Helpers that leave MXCSR alone, or only set its exception flags (h_ssefp). */
static bool keeps_mxcsr(const struct ir_helper *h)
{
	if (h->flags == HF_PURE || h == &h_ssefp || h == &h_sse_psll || h == &h_sse_psrl ||
	    h == &h_sse_psra || h == &h_sse_pslldq || h == &h_sse_psrldq ||
	    h == &h_sse_movmskps || h == &h_sse_movmskpd)
		return true;
	for (unsigned i = 0; i < ARRAY_SIZE(vops); i++)
		if (vops[i].h == h)
			return true;
	return false;
}

void llvm_vec_scan(struct llvm_vec_fn *vf, const struct ir_insn *code, unsigned n)
{
	const uint64_t mx = X86_CPU_OFF(mxcsr);

	for (unsigned k = 0; k < n; k++) {
		const struct ir_insn *i = &code[k];

		if (i->op == IR_STC && i->imm < mx + 4 && i->imm + i->size > mx)
			vf->mxcsr_written = true;
		if (i->op == IR_LDC && i->imm < mx + 4 && i->imm + i->size > mx)
			vf->mxcsr_read = true;
		if (i->op == IR_CALL && (const struct ir_helper *)(uintptr_t)i->imm == &h_ssefp)
			vf->ssefp = true;
		if (i->op == IR_CALL && !keeps_mxcsr((const struct ir_helper *)(uintptr_t)i->imm))
			vf->mxcsr_written = true;
	}
}

LLVMValueRef llvm_vec_call(LLVMBuilderRef b, LLVMValueRef cpu, struct llvm_vec_fn *vf,
			   const struct ir_helper *h, LLVMValueRef *args, const bool *known,
			   const uint64_t *val)
{
	struct vx x;

	vx_init(&x, b, cpu, vf);
	if (h == &h_ssefp)
		return llvm_vec_ssefp(&x, args, known, val);
	if (h == &h_sse_psll || h == &h_sse_psrl || h == &h_sse_psra)
		return low_shift(&x, h, args, known, val);
	if (h == &h_sse_pslldq || h == &h_sse_psrldq)
		return low_bshift(&x, h, known, val);
	if (h == &h_sse_movmskps || h == &h_sse_movmskpd)
		return low_movmsk(&x, h, known, val);
	for (unsigned i = 0; i < ARRAY_SIZE(vops); i++)
		if (vops[i].h == h)
			return low_vop(&x, &vops[i], known, val);
	return NULL;
}
