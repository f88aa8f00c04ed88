/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The blocking-syscall stub (QEMU's safe_syscall idea, shaped for /dev/xbt):
 *   long xbt_safe_syscall(struct xbt_slot *slot, long nr, long a1, ..., long a6)
 * sets slot->in_syscall, issues a full barrier, returns -EINTR if a signal in
 * slot->wake_mask is already pending, else makes the syscall. A signal that
 * arrives between the check and the syscall instruction is handled by moving
 * the thread from [start, insn] to resume with -EINTR: by the kernel module's
 * kick, or by xbt's host signal handler without the module. The four symbols
 * delimit that window.
 */
#define SLOT_PENDING 0
#define SLOT_WAKE 8
#define SLOT_IN_SYSCALL 16
#define EINTR 4

	.text
	.globl xbt_safe_syscall, xbt_safe_syscall_start, xbt_safe_syscall_insn
	.globl xbt_safe_syscall_resume
	.type xbt_safe_syscall, %function
#if defined(__x86_64__)
xbt_safe_syscall:
	push %rbx
	mov %rdi, %rbx			/* slot, kept across the syscall */
	mov %rsi, %rax			/* nr */
	mov %rdx, %rdi
	mov %rcx, %rsi
	mov %r8, %rdx
	mov %r9, %r10
	mov 16(%rsp), %r8
	mov 24(%rsp), %r9
	movl $1, SLOT_IN_SYSCALL(%rbx)
	mfence
xbt_safe_syscall_start:
	mov SLOT_PENDING(%rbx), %rcx
	and SLOT_WAKE(%rbx), %rcx
	jnz 1f
xbt_safe_syscall_insn:
	syscall
xbt_safe_syscall_resume:
	movl $0, SLOT_IN_SYSCALL(%rbx)
	pop %rbx
	ret
1:	mov $-EINTR, %rax
	jmp xbt_safe_syscall_resume
#elif defined(__aarch64__)
xbt_safe_syscall:
	mov x9, x0			/* slot, kept across the svc */
	mov x8, x1
	mov x0, x2
	mov x1, x3
	mov x2, x4
	mov x3, x5
	mov x4, x6
	mov x5, x7
	mov w10, #1
	str w10, [x9, #SLOT_IN_SYSCALL]
	dmb ish
xbt_safe_syscall_start:
	ldr x10, [x9, #SLOT_PENDING]
	ldr x11, [x9, #SLOT_WAKE]
	tst x10, x11
	b.ne 1f
xbt_safe_syscall_insn:
	svc #0
xbt_safe_syscall_resume:
	str wzr, [x9, #SLOT_IN_SYSCALL]
	ret
1:	mov x0, #-EINTR
	b xbt_safe_syscall_resume
#else
#error "unsupported host architecture"
#endif
	.size xbt_safe_syscall, . - xbt_safe_syscall

#if defined(__x86_64__)
/* The return path of host signal handlers installed with a raw rt_sigaction
 * (x86_64 requires SA_RESTORER; arm64 uses the vDSO's). */
	.globl xbt_host_sigreturn
	.type xbt_host_sigreturn, %function
xbt_host_sigreturn:
	mov $15, %eax			/* rt_sigreturn */
	syscall
	.size xbt_host_sigreturn, . - xbt_host_sigreturn
#endif
	.section .note.GNU-stack, "", %progbits
