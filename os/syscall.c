// SPDX-License-Identifier: GPL-2.0-or-later
/* Syscall dispatch through the table in syscalls.def, with XBT_STRACE output. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "../core/gmem.h"
#include "../core/log.h"
#include "smc.h"
#include "syscall.h"

const struct syscall_desc syscall_table[X86_NR_SYSCALLS] = {
#define SC(nr, nm, handler, ar) [nr] = { .name = #nm, .fn = handler, .args = ar },
#define NOSYS(nr, nm, why) [nr] = { .name = #nm, .args = "", .reason = why },
#include "syscalls.def"
#undef SC
#undef NOSYS
};

static int fmt_arg(char *buf, int size, char kind, uint64_t v)
{
	char s[48];
	long n;

	switch (kind) {
	case 'i':
		return log_format(buf, size, "%ld", (long)(int)v);
	case 'u':
		return log_format(buf, size, "%lu", (unsigned long)v);
	case 'o': {
		/* octal, for modes and open flags (log_format has no %o) */
		char o[24];
		int k = sizeof(o) - 1;

		o[k] = 0;
		do {
			o[--k] = (char)('0' + (v & 7));
			v >>= 3;
		} while (v && k > 1);
		o[--k] = '0';
		return log_format(buf, size, "%s", o + k);
	}
	case 's':
		n = strncpy_from_guest(s, v, sizeof(s));
		if (n == -EFAULT)
			return log_format(buf, size, "0x%lx", (unsigned long)v);
		return log_format(buf, size, "\"%s\"%s", s, n < 0 ? "..." : "");
	default:
		return log_format(buf, size, "0x%lx", (unsigned long)v);
	}
}

static void strace_enter(long nr, const struct syscall_desc *d, const uint64_t *a, char *buf,
			 int size)
{
	int n = log_format(buf, size, "%s(", d && d->name ? d->name : "?");

	if (!d || !d->name)
		n += log_format(buf + n, size - n, "nr=%ld", nr);
	for (int i = 0; d && d->args && d->args[i] && i < 6 && n < size - 1; i++) {
		if (i)
			n += log_format(buf + n, size - n, ", ");
		n += fmt_arg(buf + n, size - n, d->args[i], a[i]);
	}
	log_format(buf + n, size - n, ")");
}

void syscall_dispatch(struct os_thread *t)
{
	struct x86_cpu *cpu = &t->cpu;
	uint64_t nr = cpu->regs[X86_RAX];
	uint64_t a[6] = { cpu->regs[X86_RDI], cpu->regs[X86_RSI], cpu->regs[X86_RDX],
			  cpu->regs[X86_R10], cpu->regs[X86_R8], cpu->regs[X86_R9] };
	const struct syscall_desc *d = nr < X86_NR_SYSCALLS ? &syscall_table[nr] : NULL;
	char line[512];
	long r;

	if (os_opts.strace)
		strace_enter((long)nr, d, a, line, sizeof(line));
	if (d && d->fn) {
		t->sys_nr = (long)nr;
		r = d->fn(t, a);
		/* the kernel may have met a write-protected code page (smc.c) */
		if (r == -EFAULT && smc_unprotect_all())
			r = d->fn(t, a);
	} else {
		static unsigned char warned[X86_NR_SYSCALLS];

		if (!d || !warned[nr]) {
			xbt_msg("warning: syscall %ld (%s) unsupported: %s -> ENOSYS", (long)nr,
				d && d->name ? d->name : "unknown",
				d && d->reason ? d->reason : "not an x86_64 syscall");
			if (d)
				warned[nr] = 1;
		}
		r = -ENOSYS;
	}
	if (os_opts.strace)
		log_write(LOG_SYS, LOG_INFO, "%s = %ld%s%s", line, r, r < 0 && r > -4096 ? " " : "",
			  r < 0 && r > -4096 ? strerrorname_np((int)-r) ?: "" : "");
	cpu->regs[X86_RAX] = (uint64_t)r;
}
