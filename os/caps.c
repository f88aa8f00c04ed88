// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Capabilities (libcap). xbt runs with the credentials the kernel computed for
 * it: under binfmt_misc's C flag from the guest program (setuid, setgid, file
 * capabilities), otherwise from xbt's own file. If xbt's file carries
 * capabilities (setcap on the interpreter), every guest would inherit them, so
 * at start-up xbt trims its sets to what a native exec of the guest would have
 * produced (the rules of security/commoncap.c, cap_bprm_creds_from_file):
 *   P' = (fP & bounding) | (fI & pI) | pA      (pA only if the file grants nothing)
 *   E' = fE ? P' : pA
 * Root keeps its full sets (the kernel gives root everything on exec).
 */
#include <errno.h>
#include <stdbool.h>
#include <sys/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "../core/log.h"
#include "caps.h"

static bool in_set(cap_t c, cap_value_t v, cap_flag_t which)
{
	cap_flag_value_t f = CAP_CLEAR;

	return c && !cap_get_flag(c, v, which, &f) && f == CAP_SET;
}

static bool ambient(cap_value_t v)
{
	return prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, v, 0, 0) == 1;
}

int caps_restrict_to_guest(int prog_fd)
{
	cap_t cur = cap_get_proc(), file = cap_get_fd(prog_fd), want = NULL;
	bool changed = false, file_e = false;
	int r = 0;

	if (!cur) {
		r = -errno;
		goto out;
	}
	if (geteuid() == 0 || getuid() == 0)
		goto out; /* root: a native exec gives it every capability too */
	want = cap_dup(cur);
	if (!want) {
		r = -errno;
		goto out;
	}
	for (cap_value_t v = 0; v <= CAP_LAST_CAP; v++)
		if (in_set(file, v, CAP_EFFECTIVE))
			file_e = true;
	for (cap_value_t v = 0; v <= CAP_LAST_CAP; v++) {
		bool fp = in_set(file, v, CAP_PERMITTED) && cap_get_bound(v) == 1;
		bool fi = in_set(file, v, CAP_INHERITABLE) && in_set(cur, v, CAP_INHERITABLE);
		bool pa = !file && ambient(v);
		bool perm = fp || fi || pa;
		bool eff = file_e ? perm : pa;
		cap_flag_value_t p = perm ? CAP_SET : CAP_CLEAR, e = eff ? CAP_SET : CAP_CLEAR;

		if (perm != in_set(cur, v, CAP_PERMITTED) || eff != in_set(cur, v, CAP_EFFECTIVE)) {
			if (perm && !in_set(cur, v, CAP_PERMITTED))
				continue; /* cannot add; the kernel decided otherwise (e.g. nosuid) */
			cap_set_flag(want, CAP_PERMITTED, 1, &v, p);
			cap_set_flag(want, CAP_EFFECTIVE, 1, &v, e);
			changed = true;
		}
	}
	if (changed) {
		if (cap_set_proc(want)) {
			r = -errno;
			log_err(LOG_SYS, "cannot drop capabilities the guest must not have: %d", r);
		} else {
			log_info(LOG_SYS, "capabilities trimmed to what the guest program grants");
		}
	}
out:
	cap_free(want);
	cap_free(file);
	cap_free(cur);
	return r;
}
