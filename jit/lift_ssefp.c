// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of SSE to SSE4.2 floating point: arithmetic, compares, conversions, MXCSR. */
#include "lift.h"

const struct lift_entry lift_tab_ssefp[] = {
	{ 0, NULL }
};
