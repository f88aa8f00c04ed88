// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of cpuid, rdtsc, xgetbv, fences, pause and other system instructions. */
#include "lift.h"

const struct lift_entry lift_tab_system[] = {
	{ 0, NULL }
};
