// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of shifts, rotates, shld/shrd. */
#include "lift.h"

const struct lift_entry lift_tab_shift[] = {
	{ 0, NULL }
};
