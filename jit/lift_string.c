// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of string instructions with rep prefixes. */
#include "lift.h"

const struct lift_entry lift_tab_string[] = {
	{ 0, NULL }
};
