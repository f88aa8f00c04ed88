/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The x86_64 signal frame as the kernel builds it (arch/x86/kernel/signal.c,
 * arch/x86/include/uapi/asm/sigcontext.h, uapi/asm-generic/ucontext.h).
 */
#ifndef XBT_OS_SIGFRAME_H
#define XBT_OS_SIGFRAME_H

#include <stddef.h>

#include "os.h"
#include "x86_abi.h"

/* The generic 128-byte siginfo, with the fields xbt fills in. */
struct x86_siginfo {
	int32_t si_signo;
	int32_t si_errno;
	int32_t si_code;
	int32_t pad0;
	union {
		struct { int32_t pid; uint32_t uid; uint64_t value; } kill; /* SI_USER, SI_QUEUE, rt */
		struct { uint64_t addr; uint16_t addr_lsb; } fault;          /* SIGSEGV, SIGBUS, ... */
		struct { int32_t pid; uint32_t uid; int32_t status; int32_t pad; int64_t utime, stime; } chld;
		struct { int32_t tid; int32_t overrun; uint64_t value; } timer;
		uint8_t raw[112];
	} u;
};
_Static_assert(sizeof(struct x86_siginfo) == 128, "siginfo is 128 bytes");

struct x86_sigcontext {
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp, rip, eflags;
	uint16_t cs, gs, fs, ss;
	uint64_t err, trapno, oldmask, cr2;
	uint64_t fpstate; /* guest pointer to the 512-byte fxsave image, or 0 */
	uint64_t reserved1[8];
};
_Static_assert(sizeof(struct x86_sigcontext) == 256, "sigcontext is 256 bytes");

struct x86_ucontext {
	uint64_t uc_flags;
	uint64_t uc_link;
	struct x86_stack uc_stack;
	struct x86_sigcontext uc_mcontext;
	uint64_t uc_sigmask;
};
_Static_assert(offsetof(struct x86_ucontext, uc_mcontext) == 40, "uc_mcontext at 40");
_Static_assert(offsetof(struct x86_ucontext, uc_sigmask) == 296, "uc_sigmask at 296");

struct x86_rt_sigframe {
	uint64_t pretcode; /* sa_restorer: the handler's return address */
	struct x86_ucontext uc;
	struct x86_siginfo info;
	/* the fxsave image follows, 64-byte aligned */
};

#define X86_UC_SIGCONTEXT_SS 0x2
#define X86_UC_STRICT_RESTORE_SS 0x4
#define X86_FPSTATE_BYTES 512
#define X86_REDZONE 128
#define X86_USER_CS 0x33
#define X86_USER_DS 0x2b

/*
 * Build the frame for sig on the guest stack (or the alternate stack) and point
 * the CPU at the handler. 0, or -EFAULT if the stack cannot take the frame.
 */
int sigframe_setup(struct os_thread *t, int sig, const struct x86_sigaction *act,
		   const struct x86_siginfo *info, uint64_t oldmask);
/* rt_sigreturn: restore the state saved in the frame at rsp - 8. */
int sigframe_restore(struct os_thread *t);

#endif
