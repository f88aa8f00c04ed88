// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * xbtctl doctor: page size, virtual address bits, binfmt_misc, the x86_64 program
 * interpreter under the rootfs, privileges (libcap). One line per check; each
 * problem comes with a one-line fix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/capability.h>
#include <sys/stat.h>
#include <unistd.h>

#include "binfmt.h"
#include "doctor.h"
#include "kmodctl.h"

static int problems;

static void ok(FILE *out, const char *what, const char *detail)
{
	fprintf(out, "ok      %-16s %s\n", what, detail);
}

static void bad(FILE *out, const char *what, const char *detail, const char *fix)
{
	fprintf(out, "PROBLEM %-16s %s\n        fix: %s\n", what, detail, fix);
	problems++;
}

/* Highest user address in use by this process: a lower bound on the VA size. */
static int va_bits(void)
{
	unsigned long lo, hi, top = 0;
	char line[512];
	FILE *f = fopen("/proc/self/maps", "re");
	int bits = 0;

	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && hi > top && hi < (1UL << 63))
			top = hi;
	fclose(f);
	while (bits < 64 && (1UL << bits) < top)
		bits++;
	return bits;
}

void doctor_kmod_line(FILE *out)
{
	kmodctl_status(out);
}

int doctor_run(FILE *out, const char *dir, const char *name)
{
	const char *rootfs = getenv("XBT_ROOTFS");
	char buf[4200];
	long page = sysconf(_SC_PAGESIZE);
	struct binfmt_entry e;
	cap_t caps;
	int bits = va_bits();

	problems = 0;
	snprintf(buf, sizeof(buf), "%ld bytes", page);
	if (page == 4096)
		ok(out, "page size", buf);
	else
		bad(out, "page size", buf,
		    "xbt maps guest pages of 4 KiB; use a 4K-page kernel (e.g. linux-image-arm64, not -16k/-64k)");

	snprintf(buf, sizeof(buf), ">= %d bits in use", bits);
	ok(out, "address space", buf);

	binfmt_query(dir, name, &e);
	if (!e.mounted)
		bad(out, "binfmt_misc", "not mounted", "mount -t binfmt_misc binfmt_misc " BINFMT_DIR);
	else if (!e.present)
		bad(out, "binfmt_misc", "xbt not registered", "xbtctl register");
	else if (!e.enabled)
		bad(out, "binfmt_misc", "xbt registered but disabled",
		    "echo 1 > " BINFMT_DIR "/" BINFMT_NAME);
	else {
		snprintf(buf, sizeof(buf), "registered: %s [%s]", e.interpreter, e.flags);
		ok(out, "binfmt_misc", buf);
	}

	snprintf(buf, sizeof(buf), "%s/lib64/ld-linux-x86-64.so.2",
		 rootfs && *rootfs && strcmp(rootfs, "/") ? rootfs : "");
	if (!access(buf, R_OK))
		ok(out, "x86_64 libc", buf);
	else
		bad(out, "x86_64 libc", "no program interpreter for dynamic x86_64 programs",
		    "dpkg --add-architecture amd64 && apt-get update && apt-get install libc6:amd64 "
		    "(or set XBT_ROOTFS to an x86_64 root)");

	caps = cap_get_proc();
	if (caps) {
		cap_flag_value_t v = CAP_CLEAR;

		cap_get_flag(caps, CAP_SYS_ADMIN, CAP_EFFECTIVE, &v);
		cap_free(caps);
		if (v == CAP_SET)
			ok(out, "privileges", "CAP_SYS_ADMIN: can register with binfmt_misc");
		else
			fprintf(out, "note    %-16s %s\n", "privileges",
				"no CAP_SYS_ADMIN: registering needs root (sudo xbtctl register)");
	}
	doctor_kmod_line(out);
	fprintf(out, "%d problem(s)\n", problems);
	return problems;
}
