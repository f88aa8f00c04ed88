// SPDX-License-Identifier: GPL-2.0-or-later
/* xbtctl: administer xbt (binfmt_misc registration and status). */
#include <stdio.h>
#include <string.h>

#include "binfmt.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: xbtctl COMMAND\n\n"
		   "commands:\n"
		   "  status    is binfmt_misc mounted, is xbt registered (and how)\n"
		   "  help      this text\n\n"
		   "exit status: 0 ok, 1 the queried thing is absent/failed, 2 usage error\n");
}

int main(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "help") || !strcmp(argv[1], "--help")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (!strcmp(argv[1], "status"))
		return binfmt_status(stdout);
	fprintf(stderr, "xbtctl: unknown command '%s' (try --help)\n", argv[1]);
	return 2;
}
