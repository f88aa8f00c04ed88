// SPDX-License-Identifier: GPL-2.0-or-later
/* Detecting a binfmt_misc start and its flags (see invoke.h). */
#include <errno.h>
#include <string.h>
#include <sys/auxv.h>

#include "invoke.h"

#define X86_AT_FLAGS_PRESERVE_ARGV0 1 /* binfmt_misc P: include/uapi/linux/binfmts.h */

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

int invoke_detect(int argc, char **argv, struct invocation *inv)
{
	unsigned long flags = getauxval(AT_FLAGS), fd;
	bool preserve;

	memset(inv, 0, sizeof(*inv));
	inv->execfd = -1;
	inv->secure = getauxval(AT_SECURE) != 0;
	errno = 0;
	fd = getauxval(AT_EXECFD);
	if (!errno)
		inv->execfd = (int)fd;
	preserve = (flags & X86_AT_FLAGS_PRESERVE_ARGV0) || (argc > 0 && ends_with(argv[0], "-binfmt-P"));
	inv->binfmt = preserve || inv->execfd >= 0;
	if (!inv->binfmt || argc < 2)
		return 1;
	/* argv = [interpreter, filename, (original argv[0] if P), args...] */
	inv->path = argv[1];
	if (preserve && argc >= 3) {
		inv->argv = argv + 2;
		inv->argc = argc - 2;
	} else {
		inv->argv = argv + 1;
		inv->argc = argc - 1;
	}
	return 0;
}
