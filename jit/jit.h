/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The JIT's public interface: guest code in, an exit reason out. jit/ knows
 * nothing about Linux; the run loop in os/ handles each exit and calls back in.
 */
#ifndef XBT_JIT_JIT_H
#define XBT_JIT_JIT_H

#include "../core/cpu.h"

enum jit_exit {
	JIT_EXIT_SYSCALL = 1, /* `syscall`: rip is past it, number in rax */
	JIT_EXIT_FAULT,       /* guest exception: exit_sig/exit_code/exit_addr set, rip at the insn */
	JIT_EXIT_SIGNAL,      /* cpu->pending was set: deliver at this safe point */
};

/* Guest-visible exception kinds reported with JIT_EXIT_FAULT (cpu->exit_sig). */
enum jit_sig {
	JIT_SIGILL = 4,
	JIT_SIGTRAP = 5,
	JIT_SIGBUS = 7,
	JIT_SIGFPE = 8,
	JIT_SIGSEGV = 11,
};

/* x86 trap numbers, stored in cpu->exit_err for the signal frame's trapno. */
enum x86_trap {
	X86_TRAP_DE = 0, X86_TRAP_DB = 1, X86_TRAP_BP = 3, X86_TRAP_UD = 6,
	X86_TRAP_GP = 13, X86_TRAP_PF = 14, X86_TRAP_MF = 16, X86_TRAP_XF = 19,
};

struct jit_options {
	int max_block_insns;  /* 1 = one instruction per block (XBT_BLOCK_INSNS) */
	int dump_ir;          /* XBT_DUMP_IR: print each translated block */
	int stats;            /* XBT_STATS */
	int perfmap;          /* XBT_PERFMAP: compiled code named in /tmp/perf-PID.map */
	int tier;             /* XBT_JIT: 0 off (interpreter only), 1 on, 2 only (compile everything) */
	unsigned threshold;   /* XBT_JIT_THRESHOLD: executions before a block is compiled */
	int no_thread_after_fork; /* forked children stay interpreted (xbt runs under an emulator) */
	int tso;              /* XBT_TSO: enum jit_tso */
	/* Called (without JIT locks) for the guest code of each block translated. */
	void (*code_hook)(uint64_t start, uint64_t end);
};

extern struct jit_options jit_opts;

/*
 * x86's memory order (TSO) on a weakly ordered host: guest loads are followed by
 * an acquire fence and guest stores preceded by a release fence. auto: from the
 * moment a second guest thread starts (code translated before is dropped);
 * strict: always; off: never. Hosts that are TSO themselves need nothing.
 */
enum jit_tso { TSO_AUTO, TSO_STRICT, TSO_OFF };
extern int jit_tso_active;     /* fences are emitted and executed now */
extern const int jit_host_weak; /* the host may reorder memory accesses */
static inline bool jit_tso_fences(void)
{
	return jit_host_weak && __atomic_load_n(&jit_tso_active, __ATOMIC_RELAXED);
}
/* A guest thread is about to start a second host thread (clone). */
void jit_threads_started(void);

int jit_init(void);
/* Run guest code from cpu->rip until something the OS layer must handle. */
enum jit_exit jit_run(struct x86_cpu *cpu);
/* Run the one instruction at cpu->rip from a translation that is neither cached nor
 * reported to code_hook; 0 when it completed without an exit. */
int jit_step_uncached(struct x86_cpu *cpu);
/*
 * A host SIGSEGV/SIGBUS on a guest access, before its recovery jump: note whether
 * the fault hit compiled code (uc: the handler's ucontext_t), which is then run
 * again from its last checkpoint (jit/llvm_fnmap.c). Async-signal-safe with respect
 * to the faulting thread.
 */
void jit_fault_context(const void *uc);
/* Drop translations of guest code in [start, start+len) (munmap, mprotect, SMC). */
void jit_invalidate(gaddr_t start, uint64_t len);
/* A fresh CPU state as after execve (x86_64 ABI defaults: FCW 0x37f, MXCSR 0x1f80). */
void jit_cpu_reset(struct x86_cpu *cpu);
void jit_print_stats(void);

/* RFLAGS with the lazy arithmetic flags materialised, and the way back. */
uint64_t x86_get_eflags(const struct x86_cpu *cpu);
void x86_set_eflags(struct x86_cpu *cpu, uint64_t flags);

/* The 512-byte fxsave (64-bit) image of the x87/SSE state, as in a signal frame's
 * fpstate, and the way back (-1 and no change if MXCSR has reserved bits set). */
void x86_fxsave(const struct x86_cpu *cpu, uint8_t img[512]);
int x86_fxrstor(struct x86_cpu *cpu, const uint8_t img[512]);

/* CPUID as the guest sees it: leaf/subleaf in, eax..edx out. */
void x86_cpuid(uint32_t leaf, uint32_t sub, uint32_t out[4]);
/* AT_HWCAP / AT_HWCAP2 values consistent with CPUID. */
uint64_t x86_hwcap(void);
uint64_t x86_hwcap2(void);

#endif
