// SPDX-License-Identifier: GPL-2.0-or-later
/* Lifting of bt*, bsf/bsr, lzcnt/tzcnt/popcnt, bswap, setcc, cmovcc, flag instructions. */
#include "lift.h"

const struct lift_entry lift_tab_bits[] = {
	{ 0, NULL }
};
