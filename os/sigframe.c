// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Building and restoring the x86_64 rt_sigframe, as linux/arch/x86/kernel/signal.c
 * does for a CPU with FXSR but no XSAVE (the model xbt presents):
 *   sp -= 128 (red zone); on SA_ONSTACK switch to the alternate stack;
 *   fpstate = round_down(sp - 512, 64) (fxsave image);
 *   frame = round_down(fpstate - sizeof(rt_sigframe), 16) - 8;
 * then rdi = sig, rsi = &frame->info, rdx = &frame->uc, rsp = frame, rip = handler,
 * with DF/TF/RF cleared and the FPU in its initial state for the handler.
 */
#include <errno.h>
#include <string.h>

#include "../core/gmem.h"
#include "../jit/jit.h"
#include "sigframe.h"

/* Flags rt_sigreturn may change (FIX_EFLAGS of the kernel). */
#define X86_FIX_EFLAGS                                                                     \
	(X86_AC | X86_OF | X86_DF | X86_TF | X86_SF | X86_ZF | X86_AF | X86_PF | X86_CF | \
	 0x10000u /* RF */)

static bool on_altstack(const struct os_thread *t, uint64_t sp)
{
	return t->ss_size && sp > t->ss_sp && sp - t->ss_sp <= t->ss_size;
}

static int altstack_flags(const struct os_thread *t, uint64_t sp)
{
	if (!t->ss_size)
		return X86_SS_DISABLE;
	return on_altstack(t, sp) ? X86_SS_ONSTACK : 0;
}

static void fpu_reset(struct x86_cpu *c)
{
	memset(&c->fpu, 0, sizeof(c->fpu));
	c->fpu.fcw = 0x37f;
	c->fpu.ftw = 0xffff;
	c->mxcsr = 0x1f80;
	memset(c->xmm, 0, sizeof(c->xmm));
}

int sigframe_setup(struct os_thread *t, int sig, const struct x86_sigaction *act,
		   const struct x86_siginfo *info, uint64_t oldmask)
{
	struct x86_cpu *c = &t->cpu;
	uint64_t sp = c->regs[X86_RSP] - X86_REDZONE, fp, frame;
	bool nested = on_altstack(t, c->regs[X86_RSP]);
	struct x86_rt_sigframe f;
	struct x86_sigcontext *sc = &f.uc.uc_mcontext;
	uint8_t fx[X86_FPSTATE_BYTES];

	if ((act->flags & X86_SA_ONSTACK) && altstack_flags(t, sp) == 0)
		sp = t->ss_sp + t->ss_size;
	fp = ALIGN_DOWN(sp - X86_FPSTATE_BYTES, 64);
	frame = ALIGN_DOWN(fp - sizeof(f), 16) - 8;
	if (nested && !on_altstack(t, frame))
		return -EFAULT; /* would overflow the alternate stack */

	memset(&f, 0, sizeof(f));
	f.pretcode = act->restorer;
	f.uc.uc_flags = X86_UC_SIGCONTEXT_SS | X86_UC_STRICT_RESTORE_SS;
	f.uc.uc_stack.ss_sp = t->ss_sp;
	f.uc.uc_stack.ss_flags = altstack_flags(t, c->regs[X86_RSP]);
	f.uc.uc_stack.ss_size = t->ss_size;
	sc->r8 = c->regs[X86_R8];
	sc->r9 = c->regs[X86_R9];
	sc->r10 = c->regs[X86_R10];
	sc->r11 = c->regs[X86_R11];
	sc->r12 = c->regs[X86_R12];
	sc->r13 = c->regs[X86_R13];
	sc->r14 = c->regs[X86_R14];
	sc->r15 = c->regs[X86_R15];
	sc->rdi = c->regs[X86_RDI];
	sc->rsi = c->regs[X86_RSI];
	sc->rbp = c->regs[X86_RBP];
	sc->rbx = c->regs[X86_RBX];
	sc->rdx = c->regs[X86_RDX];
	sc->rax = c->regs[X86_RAX];
	sc->rcx = c->regs[X86_RCX];
	sc->rsp = c->regs[X86_RSP];
	sc->rip = c->rip;
	sc->eflags = x86_get_eflags(c);
	sc->cs = X86_USER_CS;
	sc->ss = X86_USER_DS;
	if (info->si_signo == sig && (sig == X86_SIGSEGV || sig == X86_SIGBUS || sig == X86_SIGILL ||
				      sig == X86_SIGFPE || sig == X86_SIGTRAP) && info->si_code > 0) {
		sc->trapno = c->exit_err;
		sc->err = c->exit_err == 14 ? 4 /* user-mode access */ : 0;
		sc->cr2 = c->exit_err == 14 ? info->u.fault.addr : 0;
	}
	sc->oldmask = oldmask;
	sc->fpstate = fp;
	f.uc.uc_sigmask = oldmask;
	f.info = *info;
	x86_fxsave(c, fx);
	if (copy_to_guest(fp, fx, sizeof(fx)) || copy_to_guest(frame, &f, sizeof(f)))
		return -EFAULT;

	c->regs[X86_RDI] = (uint64_t)sig;
	c->regs[X86_RSI] = frame + offsetof(struct x86_rt_sigframe, info);
	c->regs[X86_RDX] = frame + offsetof(struct x86_rt_sigframe, uc);
	c->regs[X86_RAX] = 0;
	c->regs[X86_RSP] = frame;
	c->rip = act->handler;
	x86_set_eflags(c, sc->eflags & ~(uint64_t)(X86_DF | X86_TF | 0x10000u));
	fpu_reset(c);
	if ((t->ss_flags & (int)X86_SS_AUTODISARM) && on_altstack(t, frame)) {
		t->ss_sp = t->ss_size = 0; /* SS_AUTODISARM: disarmed while the handler runs */
	}
	return 0;
}

int sigframe_restore(struct os_thread *t)
{
	struct x86_cpu *c = &t->cpu;
	uint64_t frame = c->regs[X86_RSP] - 8;
	struct x86_rt_sigframe f;
	struct x86_sigcontext *sc = &f.uc.uc_mcontext;
	uint8_t fx[X86_FPSTATE_BYTES];

	if (copy_from_guest(&f, frame, sizeof(f)))
		return -EFAULT;
	if (sc->fpstate) {
		if (copy_from_guest(fx, sc->fpstate, sizeof(fx)) || x86_fxrstor(c, fx))
			return -EFAULT;
	} else {
		fpu_reset(c);
	}
	c->regs[X86_R8] = sc->r8;
	c->regs[X86_R9] = sc->r9;
	c->regs[X86_R10] = sc->r10;
	c->regs[X86_R11] = sc->r11;
	c->regs[X86_R12] = sc->r12;
	c->regs[X86_R13] = sc->r13;
	c->regs[X86_R14] = sc->r14;
	c->regs[X86_R15] = sc->r15;
	c->regs[X86_RDI] = sc->rdi;
	c->regs[X86_RSI] = sc->rsi;
	c->regs[X86_RBP] = sc->rbp;
	c->regs[X86_RBX] = sc->rbx;
	c->regs[X86_RDX] = sc->rdx;
	c->regs[X86_RAX] = sc->rax;
	c->regs[X86_RCX] = sc->rcx;
	c->regs[X86_RSP] = sc->rsp;
	c->rip = sc->rip;
	x86_set_eflags(c, (x86_get_eflags(c) & ~(uint64_t)X86_FIX_EFLAGS) |
				  (sc->eflags & X86_FIX_EFLAGS));
	t->sigmask = f.uc.uc_sigmask & ~((1ULL << (X86_SIGKILL - 1)) | (1ULL << (X86_SIGSTOP - 1)));
	/* restore_altstack(): errors are ignored, as in the kernel. */
	if (!on_altstack(t, c->regs[X86_RSP])) {
		if (f.uc.uc_stack.ss_flags & X86_SS_DISABLE) {
			t->ss_sp = t->ss_size = 0;
		} else if (f.uc.uc_stack.ss_size >= X86_MINSIGSTKSZ) {
			t->ss_sp = f.uc.uc_stack.ss_sp;
			t->ss_size = f.uc.uc_stack.ss_size;
		}
	}
	return 0;
}
