/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xbtctl doctor: checks of this machine, each problem with a one-line fix. */
#ifndef XBT_BINFMT_DOCTOR_H
#define XBT_BINFMT_DOCTOR_H

#include <stdio.h>

/* Run all checks; returns the number of problems found. */
int doctor_run(FILE *out, const char *binfmt_dir, const char *name);
/* One line about the /dev/xbt kernel module. */
void doctor_kmod_line(FILE *out);

#endif
