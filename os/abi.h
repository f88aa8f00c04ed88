/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Conversions between the x86_64 guest ABI (x86_abi.h) and the host's structs and flags. */
#ifndef XBT_OS_ABI_H
#define XBT_OS_ABI_H

#include <sys/stat.h>
#include <sys/statfs.h>

#include "x86_abi.h"

/* open(2)/fcntl(F_GETFL) flags; bits neither side knows pass unchanged */
int abi_open_flags_to_host(uint64_t x86);
uint64_t abi_open_flags_to_x86(int host);
/* mmap flags; -EINVAL (negative) when a flag has no host equivalent */
long abi_mmap_flags_to_host(uint64_t x86);
void abi_stat_to_x86(struct x86_stat *d, const struct stat *s);
void abi_statfs_to_x86(struct x86_statfs *d, const struct statfs *s);

#endif
