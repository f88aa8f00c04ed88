/* SPDX-License-Identifier: GPL-2.0-or-later */
/* binfmt_misc: the registration line for x86_64 ELF programs, register/unregister/status. */
#ifndef XBT_BINFMT_BINFMT_H
#define XBT_BINFMT_BINFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define BINFMT_DIR "/proc/sys/fs/binfmt_misc"
#define BINFMT_NAME "xbt-x86_64"
#define BINFMT_DEFAULT_FLAGS "POCF"

struct binfmt_rule {
	const char *name;        /* entry name (BINFMT_NAME) */
	const char *interpreter; /* absolute path of xbt */
	const char *flags;       /* subset of "POCF" */
	bool test_marker;        /* match only ELFs marked "XBT" in e_ident[EI_PAD] (tests) */
};

/* Build ":name:M:0:magic:mask:interpreter:flags" with \xHH escapes; 0 or -EINVAL. */
int binfmt_line(const struct binfmt_rule *r, char *buf, size_t size);
/* Write the rule to DIR/register; 0 or -errno. */
int binfmt_register(const char *dir, const struct binfmt_rule *r);
/* Remove entry NAME (echo -1 > DIR/NAME); 0 or -errno. */
int binfmt_unregister(const char *dir, const char *name);

struct binfmt_entry {
	bool mounted, present, enabled;
	char interpreter[4096];
	char flags[16];
};
/* Read DIR/NAME; 0 even when absent (see fields). */
int binfmt_query(const char *dir, const char *name, struct binfmt_entry *e);

#endif
