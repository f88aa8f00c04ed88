/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The guest CPU state: x86_64 user-mode registers, lazy flags, SSE and x87.
 * Every backend (interpreter, LLVM) addresses fields by offset, so the layout is
 * fixed and asserted below.
 */
#ifndef XBT_CORE_CPU_H
#define XBT_CORE_CPU_H

#include "types.h"

enum x86_gpr {
	X86_RAX, X86_RCX, X86_RDX, X86_RBX, X86_RSP, X86_RBP, X86_RSI, X86_RDI,
	X86_R8, X86_R9, X86_R10, X86_R11, X86_R12, X86_R13, X86_R14, X86_R15,
};

/* RFLAGS bits. */
#define X86_CF 0x0001u
#define X86_PF 0x0004u
#define X86_AF 0x0010u
#define X86_ZF 0x0040u
#define X86_SF 0x0080u
#define X86_TF 0x0100u
#define X86_IF 0x0200u
#define X86_DF 0x0400u
#define X86_OF 0x0800u
#define X86_AC 0x40000u
#define X86_ID 0x200000u
#define X86_ARITH_FLAGS (X86_CF | X86_PF | X86_AF | X86_ZF | X86_SF | X86_OF)

union x86_xmm {
	uint8_t b[16];
	uint16_t w[8];
	uint32_t d[4];
	uint64_t q[2];
	int8_t sb[16];
	int16_t sw[8];
	int32_t sd[4];
	int64_t sq[2];
	float f[4];
	double fd[2];
} __attribute__((aligned(16)));

/* One x87 register as in the fxsave image: 64-bit significand, sign+exponent. */
struct x87_reg {
	uint64_t mant;
	uint16_t sexp;
	uint16_t pad[3];
};

struct x87_state {
	struct x87_reg st[8]; /* physical registers R0..R7; MMX aliases .mant */
	uint16_t fcw;         /* control word */
	uint16_t fsw;         /* status word, TOP kept separately in top */
	uint16_t ftw;         /* full tag word, 2 bits per physical register */
	uint16_t fop;
	uint32_t top;
	uint32_t pad;
	uint64_t fip, fdp;
};

/*
 * Lazy flags: the last flag-setting operation is recorded as cc_op plus operands
 * and only materialised when read (jit/flags.c). cc_op values live in jit/flags.h.
 */
struct x86_cpu {
	uint64_t regs[16];
	uint64_t rip;
	uint64_t cc_op;
	uint64_t cc_dst;
	uint64_t cc_src;
	uint64_t cc_src2;
	uint64_t eflags; /* non-arithmetic flags (DF, ID, AC, ...); arithmetic ones when cc_op is EFLAGS */
	int64_t df;      /* +1 or -1: string direction, mirrors eflags.DF */
	uint64_t fs_base;
	uint64_t gs_base;
	uint64_t insn_rip; /* start of the guest instruction being executed (precise faults) */
	union x86_xmm xmm[16];
	union x86_xmm vtmp[2]; /* scratch: 128-bit memory operands are loaded here */
	uint32_t mxcsr;
	uint32_t pad0;
	struct x87_state fpu;

	/* Exit information filled in by the JIT for the OS layer. */
	uint64_t exit_addr; /* fault address, or rip of the offending instruction */
	int32_t exit_sig;   /* host-independent signal number for JIT_EXIT_FAULT */
	int32_t exit_code;  /* si_code */
	uint64_t exit_err;  /* x86 error code / trap number (for sigcontext) */

	/* Set asynchronously (signal handler or kernel module); polled at safe points. */
	volatile uint32_t pending;
	uint32_t pad1;
	void *os; /* the OS layer's per-thread state */
	void *jmp_cache; /* this thread's indirect-branch table (jit/reclaim.h) */
	/* Byte distance from &pending to the word safe points poll (x86_cpu_poll):
	 * 0 polls pending itself; with /dev/xbt, the thread's doorbell ring word. */
	int64_t poll_delta;
};

/* A signal waits: the poll of every safe point (JIT loop, LLVM code, rep helpers). */
static inline uint32_t x86_cpu_poll(const struct x86_cpu *cpu)
{
	return *(const volatile uint32_t *)((const char *)&cpu->pending + cpu->poll_delta);
}

#define X86_CPU_OFF(f) offsetof(struct x86_cpu, f)
#define X86_GPR_OFF(r) (X86_CPU_OFF(regs) + 8 * (r))
#define X86_XMM_OFF(n) (X86_CPU_OFF(xmm) + 16 * (n))

BUILD_BUG_ON(X86_CPU_OFF(regs) != 0);
BUILD_BUG_ON(X86_CPU_OFF(rip) != 128);
BUILD_BUG_ON(X86_CPU_OFF(cc_op) != 136);
BUILD_BUG_ON(X86_CPU_OFF(eflags) != 168);
BUILD_BUG_ON(X86_CPU_OFF(xmm) % 16 != 0);
BUILD_BUG_ON(sizeof(struct x87_reg) != 16);

#endif
