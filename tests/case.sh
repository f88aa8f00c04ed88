#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Run one test case: KIND ARCH NAME [MODE]; prints one PASS/FAIL/SKIP line.
set -u
kind=$1 arch=$2 name=$3 mode=${4:-default}
cd "$(dirname "$0")/.."
O=${XBT_O:-build}
export XBT_O=$O
id="$arch/$kind/$name${4:+[$mode]}"
T=${XBT_TEST_TIMEOUT:-120}
case $arch in
aarch64) RUN=(qemu-aarch64); export XBT_RUNNER=qemu-aarch64 ;; # execve re-enters xbt through it
*) RUN=() ;;
esac
XBT=(timeout "$T" "${RUN[@]}" "$PWD/$O/$arch/xbt")
envmode=()
[ "$mode" = step1 ] && envmode=(XBT_BLOCK_INSNS=1)
[ "$mode" = jit ] && envmode=(XBT_JIT=only XBT_JIT_THRESHOLD=1) # every block compiled by LLVM
[ "$mode" = seccomp ] && envmode=(XBT_SECCOMP=on) # the host filter, forced on
out=$(mktemp -d /tmp/xbt-case.XXXXXX)
trap 'rm -rf "$out"' EXIT

report() { # status detail
	if [ "$1" = PASS ]; then
		echo "PASS $id"
	else
		echo "$1 $id: $2"
	fi
}

# LLVM refused a translation (the block silently stays with the interpreter): a bug.
llvm_refused() { # xbt's stderr file
	grep -m1 "jit:error: llvm" "$1"
}

# Compare a native run with an xbt run of the same command line.
differential() { # cmd...
	(cd "$out" && timeout "$T" "$@" > native.out 2> native.err < /dev/null)
	nrc=$?
	(cd "$out" && env "${envmode[@]}" "${XBT[@]}" "$@" > xbt.out 2> xbt.err < /dev/null)
	xrc=$?
	if [ $nrc != $xrc ]; then
		report FAIL "exit status native=$nrc xbt=$xrc; $(head -c 300 "$out/xbt.err" | tr '\n' ' ')"
	elif ! cmp -s "$out/native.out" "$out/xbt.out"; then
		report FAIL "stdout differs: $(diff "$out/native.out" "$out/xbt.out" | head -5 | tr '\n' ' ')"
	elif llvm_refused "$out/xbt.err" > /dev/null; then
		report FAIL "$(llvm_refused "$out/xbt.err")"
	else
		report PASS
	fi
}

case $kind in
unit)
	timeout "$T" "${RUN[@]}" "$O/$arch/unit/$name" > "$out/log" 2>&1
	rc=$?
	if [ $rc = 0 ]; then
		report PASS
	elif [ $rc = 77 ]; then
		report SKIP "$(tail -1 "$out/log")"
	else
		report FAIL "$(tail -3 "$out/log" | tr '\n' ' ')"
	fi
	;;
cli)
	r=$(tests/cli.sh "$name" "${XBT[@]}" 2>&1)
	if [ -z "$r" ]; then report PASS; else report FAIL "$r"; fi
	;;
asm)
	bin=$PWD/$O/guest/asm/$name
	if [ "$name" = hello_args ]; then
		differential "$bin" one "two words" ""
	else
		# A *_compiled case is about compiled code: by default its loop must outlast
		# the compile (a faster interpreter once made one finish first, untested).
		must_compile=false
		[[ $name == *_compiled && $mode == default ]] && must_compile=true &&
			envmode+=(XBT_STATS=1)
		# Self-checking: must exit 0 natively and under xbt.
		if ! timeout "$T" "$bin" > "$out/native" 2>&1; then
			report FAIL "fails natively: $(head -c 200 "$out/native")"
		elif env "${envmode[@]}" "${XBT[@]}" "$bin" > "$out/xbt" 2>&1; then
			if llvm_refused "$out/xbt" > /dev/null; then
				report FAIL "$(llvm_refused "$out/xbt")"
			elif $must_compile && ! grep -q "llvm: .* published=[1-9]" "$out/xbt"; then
				report FAIL "nothing compiled: the loop ended first; $(grep -o 'published=[0-9]*' "$out/xbt")"
			else
				report PASS
			fi
		else
			report FAIL "exit $?: $(head -c 300 "$out/xbt" | tr '\n' ' ')"
		fi
	fi
	;;
guest)
	if [ ! -x "$O/guest/guest/$name" ] && [ -f "tests/guest/go/$name.go" ]; then
		report SKIP "go not installed: 'make deps' installs golang-go"
	else
		differential "$PWD/$O/guest/guest/$name"
	fi
	;;
diff)
	# Differential instruction test (tests/diff): identical records natively and under xbt.
	bin=$PWD/$O/guest/${XBT_DIFF_DIR:-diff}/$name
	timeout "$T" "$bin" > "$out/native" 2> "$out/native.err"
	nrc=$?
	env "${envmode[@]}" "${XBT[@]}" "$bin" > "$out/xbt" 2> "$out/xbt.err"
	xrc=$?
	if [ $nrc != 0 ]; then
		report FAIL "fails natively (exit $nrc)"
	elif [ $xrc = 0 ] && cmp -s "$out/native" "$out/xbt"; then
		rm -f "$bin.$arch.$mode.fail"
		report PASS
	else
		log=$bin.$arch.$mode.fail
		python3 tests/diff/compare.py "$bin.cases" "$out/native" "$out/xbt" --max 20 > "$log"
		report FAIL "exit $xrc; $(head -c 300 "$out/xbt.err" | tr '\n' ' ')$(head -2 "$log" | cut -c1-400 | tr '\n' ' ')... (all: $log)"
	fi
	;;
binfmt)
	r=$(tests/binfmt/run.sh "$name" 2>&1)
	rc=$?
	if [ $rc = 77 ]; then report SKIP "$r"
	elif [ -z "$r" ] && [ $rc = 0 ]; then report PASS
	else report FAIL "$(echo "$r" | head -5 | tr '\n' ' ')"; fi
	;;
prog)
	line=$(grep -E "^$name:" tests/programs.txt | head -1)
	cmd=${line#*:}
	# "[timeout=N]" before the command: programs that start slowly without the JIT's help
	if [[ $cmd =~ ^\ *\[timeout=([0-9]+)\]\ (.*)$ ]]; then
		T=${BASH_REMATCH[1]}
		cmd=${BASH_REMATCH[2]}
		XBT=(timeout "$T" "${RUN[@]}" "$PWD/$O/$arch/xbt")
	fi
	eval "set -- $cmd"
	if ! command -v "$1" > /dev/null; then
		report SKIP "$1 not installed"
	else
		set -- "$(command -v "$1")" "${@:2}"
		differential "$@"
	fi
	;;
*)
	report FAIL "unknown test kind $kind"
	;;
esac
