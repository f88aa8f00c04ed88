/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * How xbt was started: by hand (`xbt [options] PROG ARGS`) or by binfmt_misc,
 * whose flags change argv and the aux vector (P: original argv[0] kept, O/C:
 * the program arrives as AT_EXECFD, C: credentials of a setuid program).
 */
#ifndef XBT_OS_INVOKE_H
#define XBT_OS_INVOKE_H

#include <stdbool.h>

struct invocation {
	const char *path;    /* the program as named by the caller (AT_EXECFN for the guest) */
	char **argv;         /* the guest's argv (NULL-terminated) */
	int argc;
	int execfd;          /* AT_EXECFD or -1 */
	bool binfmt;         /* started by binfmt_misc (no xbt options parsed) */
	bool secure;         /* AT_SECURE: setuid/setgid or capabilities gained */
};

/*
 * Work out the invocation from argv and the aux vector. P is detected from
 * AT_FLAGS, or from an interpreter name ending in "-binfmt-P" (needed when xbt
 * itself runs under an emulator that hides AT_FLAGS). Returns the index of the
 * first non-option argument for manual starts (options are parsed by main), or 0
 * for binfmt starts.
 */
int invoke_detect(int argc, char **argv, struct invocation *inv);

#endif
