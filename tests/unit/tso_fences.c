// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The memory-order policy (XBT_TSO) in the LLVM tier's output: on a weakly
 * ordered host with TSO active, every guest load is followed by an acquire fence
 * and every guest store and memory helper is bracketed by fences; with TSO off,
 * or on a host that is TSO itself, there are none.
 */
#include <stdio.h>
#include <string.h>

#include "jit/ir.h"
#include "jit/jit.h"
#include "jit/llvm_int.h"
#include "os/os.h"

struct os_options os_opts; /* linked in with os/ objects; defined by os/main.c in xbt */

static int failures;

static uint64_t mem_helper_fn(struct x86_cpu *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t e)
{
	return a + b + c + e + (cpu != NULL);
}

static const struct ir_helper mem_helper = { "mem_helper", mem_helper_fn, HF_MEM };

static unsigned count(const char *s, const char *what)
{
	unsigned n = 0;

	for (const char *p = s; (p = strstr(p, what)); p += strlen(what))
		n++;
	return n;
}

/* t1 = [rsi]; [rsi + 8] = t1; t3 = mem_helper(t1); exit */
static void emit(bool tso, unsigned *acq, unsigned *rel)
{
	static struct ir_insn code[8];
	static void *chain[2];
	struct llvm_block blk = { .pc = 0x1000, .code = code, .n = 0, .ntemps = 4, .chain = chain };
	LLVMModuleRef mod = LLVMModuleCreateWithName("tso");
	char *text;
	bool host_fp;

	memset(code, 0, sizeof(code));
	code[0] = (struct ir_insn){ .op = IR_INSN, .imm = 0x1000 };
	code[1] = (struct ir_insn){ .op = IR_LDC, .size = 8, .d = 1, .imm = X86_GPR_OFF(X86_RSI) };
	code[2] = (struct ir_insn){ .op = IR_LD, .size = 8, .d = 2, .a = 1 };
	code[3] = (struct ir_insn){ .op = IR_ADD, .size = 8, .d = 3, .a = 1, .flags = IRF_BIMM, .imm = 8 };
	code[4] = (struct ir_insn){ .op = IR_ST, .size = 4, .a = 3, .b = 2 };
	code[5] = (struct ir_insn){ .op = IR_CALL, .d = 3, .a = 2, .imm = (uintptr_t)&mem_helper };
	code[6] = (struct ir_insn){ .op = IR_STC, .size = 8, .a = 3, .imm = X86_GPR_OFF(X86_RAX) };
	code[7] = (struct ir_insn){ .op = IR_EXIT, .imm = 1 };
	blk.n = 8;
	jit_tso_active = tso;
	if (llvm_emit_block(mod, &blk, "f", &host_fp)) {
		printf("FAIL emit\n");
		failures++;
		*acq = *rel = 0;
		return;
	}
	text = LLVMPrintModuleToString(mod);
	*acq = count(text, "fence acquire");
	*rel = count(text, "fence release");
	LLVMDisposeMessage(text);
	LLVMDisposeModule(mod);
}

static void expect(const char *what, unsigned got, unsigned want)
{
	printf("%s %s: %u fences (want %u)\n", got == want ? "ok  " : "FAIL", what, got, want);
	failures += got != want;
}

int main(void)
{
	unsigned acq, rel;

	emit(false, &acq, &rel);
	expect("tso off: acquire", acq, 0);
	expect("tso off: release", rel, 0);
	emit(true, &acq, &rel);
	/* load: acquire after; store: release before; HF_MEM helper: both */
	expect("tso on: acquire", acq, jit_host_weak ? 2 : 0);
	expect("tso on: release", rel, jit_host_weak ? 2 : 0);
	printf("%s (host %s)\n", failures ? "FAIL" : "PASS",
	       jit_host_weak ? "weakly ordered" : "TSO: no fences needed");
	return failures != 0;
}
