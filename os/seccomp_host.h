/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The host seccomp filter that confines xbt to what its translations issue. */
#ifndef XBT_OS_SECCOMP_HOST_H
#define XBT_OS_SECCOMP_HOST_H

#include <stdint.h>

enum seccomp_mode { SECCOMP_MODE_DEFAULT, SECCOMP_MODE_ON, SECCOMP_MODE_OFF, SECCOMP_MODE_LOG };

/* Parse XBT_SECCOMP (on|off|log); -1 on a bad value. */
int seccomp_host_parse(const char *v);
/*
 * Install the filter before the first guest instruction. DEFAULT installs it only
 * where that changes nothing for the guest (no_new_privs already set, or
 * CAP_SYS_ADMIN); ON also sets no_new_privs (then the guest cannot gain
 * privileges through setuid programs). Returns 0, or -errno when ON/LOG were
 * asked for and the kernel cannot do it.
 */
int seccomp_host_install(enum seccomp_mode mode);
/*
 * Build the filter for a libseccomp arch token (SCMP_ARCH_*) and write it as
 * PFC text to fd, without loading it (tests, and `xbtctl`-style inspection).
 */
int seccomp_host_export(uint32_t arch, int fd);

#endif
