#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# make bench-aarch64: AArch64 instructions executed (a TCG plugin counting every
# instruction qemu-aarch64 runs, deterministic) for the AArch64 build of xbt
# running each x86_64 workload, against the same workload source built natively
# for AArch64. The ratio is the translation's instruction overhead on the target,
# compile thread included; it says nothing about time per instruction.
#   bench/aarch64.sh [NAME...]     XBT_O=build root, XBT_JIT=... passed through
set -u
cd "$(dirname "$0")/.."
O=${XBT_O:-build}
XBT=$PWD/$O/aarch64/xbt
BIN=$PWD/$O/bench
PLUGIN_SRC=${XBT_INSN_PLUGIN:-../shared/tools/binfmt/qemu-insn-count.c}
QEMU=/usr/bin/qemu-aarch64 # the dynamic one: qemu-aarch64-static loads no plugins
work=$(mktemp -d /tmp/xbt-bench-a64.XXXXXX)
trap 'rm -rf "$work"' EXIT

[ -x "$XBT" ] || { echo "no $XBT: run make O=$O ARCH=aarch64 first"; exit 1; }
[ -x "$QEMU" ] || { echo "no $QEMU (qemu-user)"; exit 1; }
[ -f "$PLUGIN_SRC" ] || { echo "no instruction-count plugin source at $PLUGIN_SRC"; exit 1; }
cc -shared -fPIC -O2 -o "$work/icount.so" "$PLUGIN_SRC" || exit 1

# count CMD... -> instructions executed, "fail" when the run fails
count() {
	local log=$work/icount.log
	rm -f "$log"
	timeout "${BENCH_TIMEOUT:-900}" env -u XBT_RUNNER "$QEMU" -plugin "$work/icount.so" \
		-d plugin -D "$log" "$@" > "$work/out" 2> /dev/null || { echo fail; return; }
	sed -n 's/^insns: //p' "$log" | tail -1
}

printf "%-10s %14s %14s %9s\n" workload aarch64-native xbt-aarch64 ratio
for src in bench/src/*.c; do
	name=${src##*/}
	name=${name%.c}
	[ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$name" && continue
	[ -x "$BIN/$name" ] || { echo "$name: no $BIN/$name (make bench builds it)"; continue; }
	aarch64-linux-gnu-gcc -O2 -static -nostdlib -ffreestanding -fno-stack-protector \
		-fno-pie -no-pie -ffp-contract=off -o "$work/$name" "$src" || continue
	n=$(count "$work/$name")
	cp "$work/out" "$work/out.native"
	x=$(count "$XBT" "$BIN/$name")
	if [ "$n" = fail ] || [ "$x" = fail ]; then
		printf "%-10s %s\n" "$name" "n/a (native: $n, xbt: $x)"
		continue
	fi
	cmp -s "$work/out" "$work/out.native" || { printf "%-10s %s\n" "$name" "n/a (output differs)"; continue; }
	awk -v w="$name" -v a="$n" -v b="$x" \
		'BEGIN { printf "%-10s %14.0f %14.0f %9.2f\n", w, a, b, b / a }' | tee -a "$work/table"
done
awk '{ l += log($4); n++ } END { if (n) printf "geomean: xbt-aarch64/native %.2f over %d\n", exp(l / n), n }' \
	"$work/table" 2> /dev/null
