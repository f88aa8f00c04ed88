/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xbtctl kmod: the /dev/xbt kernel module's status, loading and unloading. */
#ifndef XBT_BINFMT_KMODCTL_H
#define XBT_BINFMT_KMODCTL_H

#include <stdio.h>

/* Print the module's state; 0 if /dev/xbt answers the feature query. */
int kmodctl_status(FILE *out);
/* Load from a .ko path (finit_module), or by name through modprobe when path is NULL. */
int kmodctl_load(const char *path);
int kmodctl_unload(void);

#endif
