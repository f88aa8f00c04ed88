// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * The ORC LLJIT instance: batches of lowered blocks become one module, optimised
 * with a fixed pass pipeline, compiled and looked up; one resource tracker per
 * module so that a unit can be removed when its guest code is invalidated.
 * Called from one thread at a time (tier.c's compile thread, or the guest thread
 * in XBT_JIT=only mode).
 */
#include <stdio.h>
#include <stdlib.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "../core/log.h"
#include "jit.h"
#include "llvm_int.h"

/*
 * Chosen by measurement (qsort/fib/sieve workloads, XBT_JIT=only and on): this
 * short function pipeline (SROA promotes the state and temporary allocas) ran
 * as fast as default<O1> at lower compile cost; codegen level Less compiled
 * faster than Default with no measurable loss.
 */
#define PIPELINE "function(sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg,gvn,dse,simplifycfg)"
/*
 * XBT_JIT=only compiles every block, cold or not, synchronously: there compile
 * speed matters most (test suites under qemu-aarch64), so the minimal pipeline
 * and FastISel. The lowering is the same; only the optimisation differs.
 */
#define PIPELINE_ONLY "function(sroa,simplifycfg)"
static bool fast_mode;

struct llvm_unit {
	LLVMOrcResourceTrackerRef rt;
	struct llvm_fnmap *maps; /* where its functions are (llvm_fnmap.c) */
};

static LLVMOrcLLJITRef jit;
static LLVMTargetMachineRef tm; /* for the pass pipeline */
static LLVMOrcThreadSafeContextRef tsc;
static char *triple;
static unsigned long seq;
static int init_state; /* 0 not yet, 1 ready, -1 failed */

static void init_targets(void)
{
#ifdef __aarch64__
	LLVMInitializeAArch64TargetInfo();
	LLVMInitializeAArch64Target();
	LLVMInitializeAArch64TargetMC();
	LLVMInitializeAArch64AsmPrinter();
#else
	LLVMInitializeX86TargetInfo();
	LLVMInitializeX86Target();
	LLVMInitializeX86TargetMC();
	LLVMInitializeX86AsmPrinter();
	LLVMInitializeX86AsmParser(); /* inline asm (llvm_vecfp_x86.c) */
#endif
}

static int report(const char *what, LLVMErrorRef err)
{
	char *msg = LLVMGetErrorMessage(err);

	log_err(LOG_JIT, "llvm: %s: %s", what, msg);
	LLVMDisposeErrorMessage(msg);
	return -1;
}

static LLVMTargetMachineRef make_tm(LLVMTargetRef target)
{
	char *cpu = LLVMGetHostCPUName(), *feat = LLVMGetHostCPUFeatures();
	LLVMTargetMachineRef m;

	m = LLVMCreateTargetMachine(target, triple, cpu, feat,
				    fast_mode ? LLVMCodeGenLevelNone : LLVMCodeGenLevelLess,
				    LLVMRelocDefault, LLVMCodeModelJITDefault);
	LLVMDisposeMessage(cpu);
	LLVMDisposeMessage(feat);
	return m;
}

int llvm_init(void)
{
	LLVMOrcLLJITBuilderRef builder;
	LLVMOrcDefinitionGeneratorRef gen;
	LLVMTargetRef target;
	LLVMErrorRef err;
	char *msg;

	if (init_state)
		return init_state > 0 ? 0 : -1;
	init_state = -1;
	fast_mode = jit_opts.tier == 2; /* TIER_ONLY */
	init_targets();
	triple = LLVMGetDefaultTargetTriple();
	if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
		log_err(LOG_JIT, "llvm: target %s: %s", triple, msg);
		LLVMDisposeMessage(msg);
		return -1;
	}
	tm = make_tm(target);
	builder = LLVMOrcCreateLLJITBuilder();
	LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
		builder, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(make_tm(target)));
	err = LLVMOrcCreateLLJIT(&jit, builder);
	if (err)
		return report("create LLJIT", err);
	/* nothing external is referenced today (helpers are absolute addresses), but
	 * codegen may call libc (memcpy) or compiler-rt style routines */
	err = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
		&gen, LLVMOrcLLJITGetGlobalPrefix(jit), NULL, NULL);
	if (err)
		return report("process symbols", err);
	LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(jit), gen);
	tsc = LLVMOrcCreateNewThreadSafeContext();
	llvm_fnmap_init(jit);
	init_state = 1;
	return 0;
}

static int optimise(LLVMModuleRef mod)
{
	LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err = LLVMRunPasses(mod, fast_mode ? PIPELINE_ONLY : PIPELINE, tm, opts);

	LLVMDisposePassBuilderOptions(opts);
	return err ? report("passes", err) : 0;
}

struct llvm_unit *llvm_compile(struct llvm_block *blocks, unsigned n)
{
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMTargetDataRef td;
	LLVMOrcResourceTrackerRef rt;
	LLVMErrorRef err;
	struct llvm_unit *u;
	struct llvm_fnmap *maps = NULL;
	unsigned long first = seq;
	unsigned ok = 0;
	char name[48], *msg = NULL;

	for (unsigned k = 0; k < n; k++)
		blocks[k].entry = NULL;
	if (llvm_init())
		return NULL;
	ctx = LLVMOrcThreadSafeContextGetContext(tsc);
	mod = LLVMModuleCreateWithNameInContext("xbt", ctx);
	LLVMSetTarget(mod, triple);
	td = LLVMCreateTargetDataLayout(tm);
	LLVMSetModuleDataLayout(mod, td);
	LLVMDisposeTargetData(td);
	for (unsigned k = 0; k < n; k++) {
		snprintf(name, sizeof(name), "xbt_%llx_%lu", (unsigned long long)blocks[k].pc,
			 first + k);
		if (llvm_emit_block(mod, &blocks[k], name, &blocks[k].host_fp) == 0)
			ok++, blocks[k].entry = (llvm_native_fn)1; /* lowered: look it up below */
		else
			log_warn(LOG_JIT, "llvm: block 0x%llx not lowered",
				 (unsigned long long)blocks[k].pc);
	}
	seq += n;
	if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
		log_err(LOG_JIT, "llvm: invalid module: %.500s", msg);
		ok = 0;
	}
	LLVMDisposeMessage(msg);
	if (!ok || optimise(mod)) {
		for (unsigned k = 0; k < n; k++)
			blocks[k].entry = NULL;
		LLVMDisposeModule(mod);
		return NULL;
	}
	llvm_inline_flags(mod);
	if (jit_opts.dump_ir >= 2) { /* XBT_DUMP_IR=2: also the optimised LLVM IR */
		char *text = LLVMPrintModuleToString(mod);

		fputs(text, stderr);
		LLVMDisposeMessage(text);
	}
	rt = LLVMOrcJITDylibCreateResourceTracker(LLVMOrcLLJITGetMainJITDylib(jit));
	err = LLVMOrcLLJITAddLLVMIRModuleWithRT(jit, rt, LLVMOrcCreateNewThreadSafeModule(mod, tsc));
	if (err) {
		LLVMOrcReleaseResourceTracker(rt);
		report("add module", err);
		return NULL;
	}
	for (unsigned k = 0; k < n; k++) {
		LLVMOrcExecutorAddress addr = 0;

		snprintf(name, sizeof(name), "xbt_%llx_%lu", (unsigned long long)blocks[k].pc,
			 first + k);
		if (!blocks[k].entry)
			continue;
		blocks[k].entry = NULL;
		err = LLVMOrcLLJITLookup(jit, &addr, name);
		if (err) {
			report("lookup", err);
			continue;
		}
		if (!maps) /* the first lookup compiled the module and read its functions */
			maps = llvm_fnmap_take();
		blocks[k].entry = (llvm_native_fn)(uintptr_t)addr;
		llvm_fnmap_bind(maps, name, addr, blocks[k].host_fp);
	}
	u = malloc(sizeof(*u));
	BUG_ON(!u);
	u->rt = rt;
	u->maps = maps;
	llvm_fnmap_register(maps); /* before any block is published */
	return u;
}

void llvm_unit_free(struct llvm_unit *u)
{
	LLVMErrorRef err = LLVMOrcResourceTrackerRemove(u->rt);

	if (err)
		report("remove unit", err);
	LLVMOrcReleaseResourceTracker(u->rt);
	llvm_fnmap_unregister(u->maps);
	free(u);
}
