#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmarks: each workload natively, under xbt and under qemu-x86_64, interleaved,
# RUNS rounds, medians; prints xbt/native and xbt/qemu and their geometric means.
# Times are CPU seconds (user+sys, compile thread included): the machine is shared,
# so wall time mostly measures the neighbours. A workload whose output under xbt
# differs from native is reported, not timed.
#   bench/run.sh [NAME...]     XBT_O=build root, RUNS=5, BENCH_WALL=1 for wall time
set -u
cd "$(dirname "$0")/.."
O=${XBT_O:-build}
ARCH=$(uname -m)
# the static xbt when built: what binfmt_misc runs (no libLLVM.so to load and relocate)
XBT=$PWD/$O/$ARCH/xbt-static
[ -x "$XBT" ] || XBT=$PWD/$O/$ARCH/xbt
BIN=$PWD/$O/bench
RUNS=${RUNS:-5}
QEMU=$(command -v qemu-x86_64 || true)
work=$(mktemp -d /tmp/xbt-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

[ -x "$XBT" ] || { echo "no $XBT: run make O=$O first"; exit 1; }

# Input for the compressors and hashes: deterministic, compressible, 8 MB.
seq 1 1500000 | awk '{ print $1, $1 * 7 % 1000, "line" }' | head -c 8000000 > "$work/input"

# name|command (stdin is $work/input for every run)
workloads=()
for b in "$BIN"/*; do
	[ -x "$b" ] && workloads+=("${b##*/}|$(printf '%q' "$b")")
done
add_prog() { # name cmd...
	command -v "$2" > /dev/null || return 0
	workloads+=("$1|$(printf '%q ' "$(command -v "$2")" "${@:3}")")
}
add_prog true /bin/true
add_prog xz xz -6 -c
add_prog lua lua5.4 -e "local s=0 for i=1,20000000 do s=s+i%7 end print(s)"
add_prog python3 /usr/bin/python3 -c "print(sum(i*i%7 for i in range(3000000)))"
add_prog sqlite3 sqlite3 :memory: "with recursive c(x) as (select 1 union all select x+1 from c where x<2000000) select sum(x%13) from c;"
add_prog sha256 openssl dgst -sha256
# /usr/bin/7z is a shell script: time the program it runs
add_prog 7z /usr/lib/p7zip/7z a -mx3 -si -so -txz dummy

sel=("$@")
selected() { # name
	[ ${#sel[@]} -eq 0 ] && return 0
	for s in "${sel[@]}"; do [ "$s" = "$1" ] && return 0; done
	return 1
}

# run MODE CMD... -> prints seconds, output in $work/out.MODE
run() {
	local mode=$1 tf=$work/time; shift
	local pre=()
	case $mode in
	xbt) pre=("$XBT") ;;
	qemu) pre=("$QEMU") ;;
	esac
	/usr/bin/time -f "%e %U %S" -o "$tf" timeout ${BENCH_TIMEOUT:-120} "${pre[@]}" "$@" \
		< "$work/input" > "$work/out.$mode" 2> /dev/null
	local rc=$?
	if [ "${BENCH_WALL:-0}" = 1 ]; then
		awk -v rc=$rc 'NR == 1 { print rc ? "fail" : $1 }' "$tf"
	else
		awk -v rc=$rc 'END { print rc ? "fail" : $2 + $3 }' "$tf"
	fi
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "n/a" }'; }

echo "xbt: ${XBT#$PWD/}"
printf "%-10s %9s %9s %9s %11s %9s\n" workload native xbt qemu xbt/native xbt/qemu
for w in "${workloads[@]}"; do
	name=${w%%|*}
	cmd=${w#*|}
	selected "$name" || continue
	eval "set -- $cmd"
	tn="" tx="" tq="" bad=""
	for ((r = 0; r < RUNS; r++)); do
		tn+=" $(run native "$@")"
		t=$(run xbt "$@")
		cmp -s "$work/out.native" "$work/out.xbt" || bad="output differs"
		[ "$t" = fail ] && bad="fails under xbt"
		tx+=" $t"
		[ -n "$QEMU" ] && tq+=" $(run qemu "$@")"
		[ -n "$bad" ] && break
	done
	if [ -n "$bad" ]; then
		printf "%-10s %s\n" "$name" "n/a ($bad)"
		continue
	fi
	mn=$(echo $tn | median) mx=$(echo $tx | median) mq=$(echo $tq | median)
	awk -v n="$name" -v a="$mn" -v b="$mx" -v c="$mq" 'BEGIN {
		rn = a > 0 ? b / a : 0; rq = (c > 0 && c != "n/a") ? b / c : 0
		printf "%-10s %9.3f %9.3f %9s %11.2f %9s\n", n, a, b, c, rn, rq ? sprintf("%.2f", rq) : "n/a"
	}' | tee -a "$work/table"
done
awk '$5 > 0 && $1 != "true" { ln += log($5); n++ } $6 > 0 && $1 != "true" { lq += log($6); m++ }
	END { printf "geomean (without true): xbt/native %.2f over %d, xbt/qemu %.2f over %d\n",
		n ? exp(ln / n) : 0, n, m ? exp(lq / m) : 0, m }' "$work/table"
