/* SPDX-License-Identifier: GPL-2.0-or-later */
/* binfmt_misc: registration line, status. */
#ifndef XBT_BINFMT_BINFMT_H
#define XBT_BINFMT_BINFMT_H

#include <stdio.h>

#define BINFMT_DIR "/proc/sys/fs/binfmt_misc"
#define BINFMT_NAME "xbt-x86_64"

/* Print the binfmt_misc state and xbt's entry; 0 if xbt is registered and enabled. */
int binfmt_status(FILE *out);

#endif
