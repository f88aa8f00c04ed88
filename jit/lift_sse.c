// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of SSE to SSE4.2 moves and integer operations (also their MMX forms). */
#include "lift.h"

const struct lift_entry lift_tab_sse[] = {
	{ 0, NULL }
};
