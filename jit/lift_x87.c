// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of x87 and MMX. */
#include "lift.h"

const struct lift_entry lift_tab_x87[] = {
	{ 0, NULL }
};
