// SPDX-License-Identifier: GPL-2.0-or-later
/* binfmt_misc queries (registration comes with the transparent-execution work). */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "binfmt.h"

int binfmt_status(FILE *out)
{
	char line[512];
	struct stat st;
	FILE *f;
	int enabled = 0;

	if (stat(BINFMT_DIR "/register", &st)) {
		fprintf(out, "binfmt_misc: not mounted (mount -t binfmt_misc binfmt_misc %s)\n",
			BINFMT_DIR);
		return 1;
	}
	fprintf(out, "binfmt_misc: mounted at %s\n", BINFMT_DIR);
	f = fopen(BINFMT_DIR "/" BINFMT_NAME, "r");
	if (!f) {
		fprintf(out, "xbt: not registered\n");
		return 1;
	}
	while (fgets(line, sizeof(line), f)) {
		if (!strcmp(line, "enabled\n"))
			enabled = 1;
		if (!strncmp(line, "interpreter ", 12) || !strncmp(line, "flags: ", 7))
			fprintf(out, "xbt: %s", line);
	}
	fclose(f);
	fprintf(out, "xbt: %s\n", enabled ? "enabled" : "disabled");
	return enabled ? 0 : 1;
}
