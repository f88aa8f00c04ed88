#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Command-line behaviour of xbt. `cli.sh --list` names the cases;
# `cli.sh CASE XBT...` runs one and prints nothing on success.
set -u
cases="not_elf_is_126 foreign_elf_is_126 missing_file_is_127 truncated_elf_is_126 no_program_is_usage help_exits_0"
cases="$cases truncated_segment_is_126 bad_phdr_count_is_126 missing_interpreter_is_127 not_executable_type_is_126"
cases="$cases script_runs_its_interpreter_under_xbt script_missing_interpreter_is_127"
cases="$cases perfmap_names_compiled_code tier_long_block_gets_hot_sooner"
cases="$cases tier_region_members_not_queued_again"
if [ "${1:-}" = --list ]; then
	echo $cases
	exit 0
fi
case=$1
shift
tmp=$(mktemp -d /tmp/xbt-cli.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
expect() { # want_rc want_msg_regex cmd...
	local want=$1 msg=$2
	shift 2
	"$@" > "$tmp/out" 2> "$tmp/err"
	local rc=$?
	[ $rc = "$want" ] || echo "exit status $rc, want $want"
	if [ -n "$msg" ] && ! grep -Eq "$msg" "$tmp/err"; then
		echo "stderr lacks /$msg/: $(head -c 200 "$tmp/err")"
	fi
	[ "$(wc -l < "$tmp/err")" -le 1 ] || echo "more than one line on stderr"
}
queued_exactly() { # n asm_test xbt...: the test queues exactly n jobs for LLVM
	local n=$1 t=$2
	shift 2
	XBT_STATS=1 XBT_JIT_THRESHOLD=16000 "$@" ${XBT_O:-build}/guest/asm/$t > "$tmp/out" 2> "$tmp/err" ||
		echo "exit status $?: $(head -c 200 "$tmp/out")"
	local q=$(grep -o 'llvm: queued=[0-9]*' "$tmp/err")
	[ "$q" = "llvm: queued=$n" ] || echo "want queued=$n, got '$q'"
}
case $case in
not_elf_is_126)
	echo "just text" > "$tmp/f"
	expect 126 "^xbt: .*: not an ELF file$" "$@" "$tmp/f" ;;
foreign_elf_is_126)
	printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000\267\000' > "$tmp/f"
	head -c 200 /dev/zero >> "$tmp/f"
	expect 126 "^xbt: .*: not an x86_64 ELF" "$@" "$tmp/f" ;;
missing_file_is_127)
	expect 127 "^xbt: $tmp/nope: No such file" "$@" "$tmp/nope" ;;
truncated_elf_is_126)
	head -c 100 ${XBT_O:-build}/guest/asm/hello_args > "$tmp/f"
	expect 126 "^xbt: .*(truncated|bad)" "$@" "$tmp/f" ;;
no_program_is_usage)
	"$@" > /dev/null 2>&1
	[ $? = 2 ] || echo "want exit 2 without a program" ;;
help_exits_0)
	"$@" --help > "$tmp/out" 2>&1 || echo "--help failed"
	grep -q "^usage: xbt" "$tmp/out" || echo "--help prints no usage" ;;
truncated_segment_is_126)
	# headers intact, PT_LOAD data cut off
	head -c 3000 ${XBT_O:-build}/guest/guest/hello_argv_env > "$tmp/f"
	expect 126 "^xbt: .*: bad or truncated PT_LOAD" "$@" "$tmp/f" ;;
bad_phdr_count_is_126)
	cp ${XBT_O:-build}/guest/guest/hello_argv_env "$tmp/f"
	printf '\377\377' | dd of="$tmp/f" bs=1 seek=56 conv=notrunc 2> /dev/null # e_phnum
	expect 126 "^xbt: .*: bad program header table" "$@" "$tmp/f" ;;
missing_interpreter_is_127)
	expect 127 "^xbt: .*: program interpreter .* not found \(install libc6:amd64" \
		"$@" --rootfs "$tmp/empty-root" ${XBT_O:-build}/guest/guest/hello_argv_env.dyn ;;
not_executable_type_is_126)
	cp ${XBT_O:-build}/guest/guest/hello_argv_env "$tmp/f"
	printf '\001' | dd of="$tmp/f" bs=1 seek=16 conv=notrunc 2> /dev/null # e_type = ET_REL
	expect 126 "^xbt: .*: not an executable ELF" "$@" "$tmp/f" ;;
script_runs_its_interpreter_under_xbt)
	# "#!" resolved like execve: the x86_64 guest program (hello_argv_env) gets the
	# script's optional argument, the script's path, then the arguments
	printf '#!%s  one-arg \necho not run\n' "$PWD/${XBT_O:-build}/guest/guest/hello_argv_env" > "$tmp/s"
	chmod +x "$tmp/s"
	expect 14 "" "$@" "$tmp/s" two # hello_argv_env exits with argc + 10
	grep -q "argv\[1\]=one-arg" "$tmp/out" && grep -q "argv\[2\]=$tmp/s" "$tmp/out" &&
		grep -q "argv\[3\]=two" "$tmp/out" || echo "argv not as execve gives it: $(head -c 300 "$tmp/out")" ;;
script_missing_interpreter_is_127)
	printf '#!/nonexistent/interp\n' > "$tmp/s"
	chmod +x "$tmp/s"
	expect 127 "^xbt: .*: No such file or directory$" "$@" "$tmp/s" ;;
perfmap_names_compiled_code)
	# XBT_PERFMAP=1: every compiled block in /tmp/perf-PID.map, "START SIZE name" in hex.
	# The map is named after xbt's pid: run it without the timeout wrapper, so that
	# $! is that pid (an emulator in front of xbt runs it in the same process).
	[ "$1" = timeout ] && shift 2
	XBT_JIT=only XBT_PERFMAP=1 "$@" ${XBT_O:-build}/guest/asm/alu_imm_sign_extend > "$tmp/out" 2> "$tmp/err" &
	pid=$!
	wait $pid
	map=/tmp/perf-$pid.map
	if [ ! -s "$map" ]; then
		echo "no $map"
	else
		bad=$(grep -cEv '^[0-9a-f]+ [0-9a-f]+ xbt_[0-9a-f]+_[0-9]+$' "$map")
		[ "$bad" = 0 ] || echo "$bad malformed lines in $map: $(head -3 "$map")"
		[ "$(wc -l < "$map")" -ge 2 ] || echo "only $(wc -l < "$map") blocks named"
		rm -f "$map"
	fi ;;
tier_long_block_gets_hot_sooner)
	# 4000 runs of a short block and of a 64-instruction one: only the long one reaches
	# the default threshold (16000), its runs weighted by its length
	queued_exactly 1 tier_long_block_gets_hot_sooner "$@" ;;
tier_region_members_not_queued_again)
	queued_exactly 1 tier_region_members_not_queued_again "$@" ;;
*)
	echo "unknown case $case" ;;
esac
