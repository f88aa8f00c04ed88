#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Enforce the include rules of docs/architecture.md: which directory may include
# which. Prints each violation and exits 1 if there is any.
set -u
cd "$(dirname "$0")/.."
bad=0

# allowed DIR "space separated list of xbt directories it may include"
check() {
	dir=$1
	allowed=$2
	for f in $(find "$dir" -name '*.[ch]' 2>/dev/null); do
		grep -n '#include "' "$f" | while IFS= read -r line; do
			inc=$(echo "$line" | sed 's/.*#include "\([^"]*\)".*/\1/')
			case $inc in
			../*) target=$(echo "$inc" | cut -d/ -f2) ;;
			*) target=$dir ;;
			esac
			ok=0
			for a in $dir $allowed; do
				[ "$a" = "$target" ] && ok=1
			done
			# os/ may use only jit/jit.h and kmod/uapi.h from those layers.
			if [ "$dir" = os ] && [ "$target" = jit ] && [ "$inc" != ../jit/jit.h ]; then
				ok=0
			fi
			case $dir:$target in
			os:kmod | binfmt:kmod) [ "$inc" = ../kmod/uapi.h ] || ok=0 ;;
			esac
			if [ $ok = 0 ]; then
				echo "layer violation: $f: $line"
				echo x >> "$tmp"
			fi
		done
	done
}

tmp=$(mktemp)
check core ""
check loader "core"
check jit "core"
check os "core loader jit kmod"
check binfmt "core kmod"
# LLVM headers only in jit/llvm*.c; no LLVM type in jit.h.
for f in $(grep -l 'llvm-c/' core loader os binfmt jit -r 2>/dev/null); do
	case $f in
	jit/llvm*) ;;
	*) echo "layer violation: $f includes LLVM"; echo x >> "$tmp" ;;
	esac
done
# Zydis stays inside jit/.
for f in $(grep -l 'Zydis' core loader os binfmt -r 2>/dev/null); do
	echo "layer violation: $f uses Zydis"; echo x >> "$tmp"
done
n=$(wc -l < "$tmp")
rm -f "$tmp"
if [ "$n" -gt 0 ]; then
	echo "check-layers: $n violation(s)"
	exit 1
fi
echo "check-layers: ok"
