// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of mul/imul/div/idiv. */
#include "lift.h"

const struct lift_entry lift_tab_muldiv[] = {
	{ 0, NULL }
};
