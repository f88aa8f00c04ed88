/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Capabilities: the guest gets what a native exec of it would have given. */
#ifndef XBT_OS_CAPS_H
#define XBT_OS_CAPS_H

/*
 * Drop every capability beyond what the kernel would have granted the guest
 * program (open as prog_fd) if it had been exec'ed natively by this caller:
 * everything for root, the program's own file capabilities, else only the
 * ambient set. Capabilities that xbt's own file carries never reach a guest.
 * Returns 0 or -errno.
 */
int caps_restrict_to_guest(int prog_fd);

#endif
