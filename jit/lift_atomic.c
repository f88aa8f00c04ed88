// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of xchg, cmpxchg, cmpxchg8b/16b, xadd. */
#include "lift.h"

const struct lift_entry lift_tab_atomic[] = {
	{ 0, NULL }
};
