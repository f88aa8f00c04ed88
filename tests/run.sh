#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The test harness: runs every suite for each given build (default: x86_64 and
# aarch64, the latter under qemu-aarch64), two cases at a time, one line per
# case, then "N passed, N failed, N skipped". Exit 1 on any failure.
#   tests/run.sh [ARCH...]          TESTS=<regex> selects cases by name
set -u
cd "$(dirname "$0")/.."
O=${XBT_O:-build}
export XBT_O=$O
arches=("$@")
[ ${#arches[@]} -eq 0 ] && arches=(x86_64 aarch64)
work=$(mktemp -d /tmp/xbt-tests.XXXXXX)
trap 'rm -rf "$work"' EXIT
filter=${TESTS:-.}

{
	for arch in "${arches[@]}"; do
		[ -x $O/$arch/xbt ] || { echo "skip $arch no-build"; continue; }
		for u in $O/$arch/unit/*; do
			[ -x "$u" ] && echo "unit $arch ${u##*/}"
		done
		for c in $(tests/cli.sh --list); do
			echo "cli $arch $c"
		done
		for a in $O/guest/asm/*; do
			[ -x "$a" ] || continue
			for mode in default step1 jit; do
				echo "asm $arch ${a##*/} $mode"
			done
		done
		for g in $O/guest/guest/*; do
			[ -x "$g" ] || continue
			# jit compiles every block of a glibc program with LLVM; under qemu-aarch64
			# LLVM itself is emulated (minutes per program), so there only asm and
			# diff cases run fully compiled. The host seccomp filter can only be
			# loaded natively (qemu-user refuses it).
			modes="default step1"
			[ "$arch" = x86_64 ] && modes="$modes jit seccomp"
			for mode in $modes; do
				echo "guest $arch ${g##*/} $mode"
			done
		done
		# Go guests exist only where go is installed (make deps): reported as SKIP otherwise.
		for s in tests/guest/go/*.go; do
			s=${s##*/}
			[ -x "$O/guest/guest/${s%.go}" ] || echo "guest $arch ${s%.go} default"
		done
		for d in $O/guest/${XBT_DIFF_DIR:-diff}/*; do
			[ -f "$d" ] && [ -x "$d" ] || continue
			modes="default step1"
			# jit mode compiles every block with LLVM: only the suite with few blocks,
			# and the SSE suites (the LLVM tier inlines SSE helpers: jit/llvm_vec*.c;
			# under qemu-aarch64 LLVM is emulated: sse and ssefp take minutes there).
			case ${d##*/} in
			jitmix | ssemix) modes="default step1 jit" ;;
			sse | ssefp) [ "$arch" = x86_64 ] && modes="default step1 jit" ;;
			esac
			for mode in $modes; do
				echo "diff $arch ${d##*/} $mode"
			done
		done
		if [ "$arch" = x86_64 ]; then
			for c in $(tests/binfmt/run.sh --list); do
				echo "binfmt $arch $c"
			done
		fi
		while IFS= read -r line; do
			case $line in '#'* | '') continue ;; esac
			echo "prog $arch ${line%%:*} default"
			[ "$arch" = x86_64 ] && echo "prog $arch ${line%%:*} seccomp"
		done < tests/programs.txt
	done
} | grep -E -- "$filter" > "$work/cases"

ncpu=$(nproc 2>/dev/null || echo 2)
xargs -P "$ncpu" -L 1 tests/case.sh < "$work/cases" | tee "$work/results"

pass=$(grep -c '^PASS' "$work/results")
fail=$(grep -c '^FAIL' "$work/results")
skip=$(grep -c '^SKIP' "$work/results")
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
