#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# binfmt_misc tests in a private instance (a new user namespace, Linux >= 6.7),
# with rules that match only x86_64 programs marked "XBT" in e_ident[9..11], so
# this x86_64 host's own programs are never captured.
#   run.sh --list          the case names
#   run.sh CASE            run one; prints nothing on success, else what went wrong;
#                          exit 77 when the kernel cannot give a private instance
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
O=${XBT_O:-build}
case $O in /*) ;; *) O=$top/$O ;; esac
# The static builds: with F the interpreter must work where its libraries are not.
XBT=$O/x86_64/xbt-static
XBT_A64=$O/aarch64/xbt-static
XBTCTL=$O/x86_64/xbtctl
GUEST=$O/guest/asm/hello_args

cases="xbt_file_capabilities_do_not_reach_guest doctor_reports_each_problem_with_a_fix register_status_unregister runs_marked_program P_preserves_argv0
O_runs_execute_only_program C_setuid_start_is_secure F_works_in_chroot_without_xbt
aarch64_build_as_interpreter_under_qemu"
if [ "${1:-}" = --list ]; then
	echo $cases
	exit 0
fi
name=$1

# sandbox [-u] SCRIPT: run bash SCRIPT as root of a new user+mount namespace with
# its own binfmt_misc mounted at $BM. -u maps uids 0..65535 (needs real root).
sandbox() {
	local idmap=0
	[ "$1" = -u ] && { idmap=1; shift; }
	local script="set -u; BM=/proc/sys/fs/binfmt_misc
mount -t binfmt_misc binfmt_misc \$BM || { echo 'cannot mount binfmt_misc'; exit 77; }
$1"
	if [ $idmap = 0 ]; then
		unshare --user --map-root-user --mount --fork bash -c "$script"
		return
	fi
	[ "$(id -u)" = 0 ] || { echo "needs root for a full uid map"; return 77; }
	local sync
	sync=$(mktemp -u /tmp/xbt-binfmt-sync.XXXXXX)
	mkfifo "$sync"
	unshare --user --mount --fork bash -c "read _ < $sync; $script" &
	local pid=$!
	while [ "$(readlink /proc/$pid/ns/user)" = "$(readlink /proc/self/ns/user)" ]; do
		sleep 0.01
	done
	echo '0 0 65536' > /proc/$pid/uid_map
	echo '0 0 65536' > /proc/$pid/gid_map
	echo go > "$sync"
	wait $pid
	local rc=$?
	rm -f "$sync"
	return $rc
}

work=$(mktemp -d /tmp/xbt-binfmt.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
cp "$GUEST" "$work/marked"
printf 'XBT' | dd of="$work/marked" bs=1 seek=9 conv=notrunc status=none
cd "$work"

# expect_run OUT_FILE WANT_STDOUT WANT_RC
check() {
	local got want=$2 rc=$3 wantrc=$4
	got=$(cat "$1")
	[ "$got" = "$want" ] || echo "stdout: got [$got] want [$want]"
	[ "$rc" = "$wantrc" ] || echo "exit status $rc, want $wantrc"
}

reg="$XBTCTL --dir \$BM register --test-marker"
case $name in
register_status_unregister)
	sandbox "
	$XBTCTL --dir \$BM status > st0; echo rc0=\$? >> st0
	$reg --flags PF --interpreter $XBT > r1 2>&1; echo rc1=\$? >> r1
	$reg --flags PF --interpreter $XBT > r2 2>&1; echo rc2=\$? >> r2
	$XBTCTL --dir \$BM status > st1; echo rc3=\$? >> st1
	$XBTCTL --dir \$BM unregister > u1 2>&1; echo rc4=\$? >> u1
	$XBTCTL --dir \$BM status > st2; echo rc5=\$? >> st2
	$reg --flags XZ --interpreter $XBT > r3 2>&1; echo rc6=\$? >> r3
	" || { echo "sandbox failed"; exit 1; }
	grep -q "xbt-x86_64: not registered" st0 && grep -q "^kernel module: " st0 &&
		grep -q rc0=1 st0 || echo "status before: $(cat st0)"
	grep -q "registered xbt-x86_64: $XBT \[PF\]" r1 && grep -q rc1=0 r1 || echo "register: $(cat r1)"
	grep -q "already registered" r2 && grep -q rc2=1 r2 || echo "second register: $(cat r2)"
	grep -q "registered, enabled" st1 && grep -q "interpreter: $XBT" st1 &&
		grep -q "flags: PF" st1 && grep -q rc3=0 st1 || echo "status: $(cat st1)"
	grep -q rc4=0 u1 || echo "unregister: $(cat u1)"
	grep -q "not registered" st2 && grep -q rc5=1 st2 || echo "status after: $(cat st2)"
	grep -q rc6=2 r3 || echo "bad flags: $(cat r3)"
	;;
doctor_reports_each_problem_with_a_fix)
	sandbox "
	$XBTCTL --dir \$BM doctor > d1; echo rc=\$? >> d1
	$reg --flags PF --interpreter $XBT > /dev/null || exit 1
	$XBTCTL --dir \$BM doctor > d2; echo rc=\$? >> d2
	XBT_ROOTFS=/nonexistent $XBTCTL --dir \$BM doctor > d3; echo rc=\$? >> d3
	" || { echo "sandbox failed"; exit 1; }
	grep -q "^PROBLEM binfmt_misc *xbt not registered" d1 && grep -q "fix: xbtctl register" d1 &&
		grep -q rc=1 d1 || echo "unregistered: $(cat d1)"
	grep -q "^ok *binfmt_misc *registered: $XBT \[PF\]" d2 && grep -q "^0 problem" d2 &&
		grep -q rc=0 d2 || echo "registered: $(cat d2)"
	grep -q "^PROBLEM x86_64 libc" d3 && grep -q "libc6:amd64" d3 &&
		grep -q rc=1 d3 || echo "missing ld.so: $(cat d3)"
	;;
runs_marked_program)
	sandbox "
	$reg --flags F --interpreter $XBT > /dev/null || exit 1
	XBT_STATS=1 ./marked a b > out 2> err; echo \$? > rc
	env XBT_STATS=1 sh -c './marked c' > out2 2> err2; echo \$? > rc2
	" || { echo "sandbox failed"; exit 1; }
	check out "$(printf './marked\na\nb')" "$(cat rc)" 43
	grep -q "jit:info: stats" err || echo "did not run through xbt: $(head -c 200 err)"
	check out2 "$(printf './marked\nc')" "$(cat rc2)" 42
	grep -q "jit:info: stats" err2 || echo "exec from another process not through xbt"
	;;
P_preserves_argv0)
	sandbox "
	$reg --flags PF --interpreter $XBT > /dev/null || exit 1
	bash -c 'exec -a ARGV0 ./marked a' > out 2> err; echo \$? > rc
	" || { echo "sandbox failed"; exit 1; }
	check out "$(printf 'ARGV0\na')" "$(cat rc)" 42
	;;
O_runs_execute_only_program)
	chmod 0711 marked
	sandbox -u "
	$reg --flags O --interpreter $XBT > /dev/null || exit 1
	setpriv --reuid=65534 --regid=65534 --clear-groups ./marked a > out 2> err; echo \$? > rc
	$XBTCTL --dir \$BM unregister > /dev/null
	$reg --flags '' --interpreter $XBT > /dev/null || exit 1
	setpriv --reuid=65534 --regid=65534 --clear-groups ./marked a > out2 2> err2; echo \$? > rc2
	" || { echo "sandbox failed"; exit 1; }
	check out "$(printf './marked\na')" "$(cat rc)" 42
	[ "$(cat rc2)" = 126 ] && grep -q "Permission denied" err2 ||
		echo "without O an execute-only program should fail with 126: $(cat rc2) $(cat err2)"
	;;
C_setuid_start_is_secure)
	cp marked plain
	chmod 4755 marked
	# the same setuid program natively (unmarked) and through xbt (marked)
	cp "$O/guest/guest/creds_status" creds_native
	cp creds_native creds_marked
	printf 'XBT' | dd of=creds_marked bs=1 seek=9 conv=notrunc status=none
	chmod 4755 creds_native creds_marked
	sandbox -u "
	$reg --flags OC --interpreter $XBT > /dev/null || exit 1
	XBT_STATS=1 setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all ./marked a > out 2> err; echo \$? > rc
	XBT_STATS=1 setpriv --reuid=65534 --regid=65534 --clear-groups ./plain a > out2 2> err2; echo \$? > rc2
	setpriv --reuid=65534 --regid=65534 --clear-groups ./creds_native > creds1
	setpriv --reuid=65534 --regid=65534 --clear-groups ./creds_marked > creds2 2> creds2.err
	" || { echo "sandbox failed"; exit 1; }
	check out "$(printf './marked\na')" "$(cat rc)" 42
	grep -q "jit:info: stats" err && echo "setuid start honoured XBT_STATS (not secure)"
	check out2 "$(printf './plain\na')" "$(cat rc2)" 42
	grep -q "jit:info: stats" err2 || echo "plain start ignored XBT_STATS"
	grep -q "^Uid:.*65534.*0.*0" creds1 || echo "native setuid run looks wrong: $(tr '\n' ' ' < creds1)"
	cmp -s creds1 creds2 || echo "setuid credentials differ: native [$(tr '\n' ' ' < creds1)] xbt [$(tr '\n' ' ' < creds2) $(head -c 200 creds2.err)]"
	;;
F_works_in_chroot_without_xbt)
	mkdir root
	cp marked root/marked
	sandbox "
	$reg --flags F --interpreter $XBT > /dev/null || exit 1
	chroot root /marked a > out 2> err; echo \$? > rc
	$XBTCTL --dir \$BM unregister > /dev/null
	$reg --flags '' --interpreter $XBT > /dev/null || exit 1
	chroot root /marked a > out2 2> err2; echo \$? > rc2
	" || { echo "sandbox failed"; exit 1; }
	check out "$(printf '/marked\na')" "$(cat rc)" 42
	[ "$(cat rc2)" != 42 ] || echo "without F the chroot should lack the interpreter"
	;;
xbt_file_capabilities_do_not_reach_guest)
	# An xbt that carries file capabilities must not pass them to its guests.
	[ "$(id -u)" = 0 ] || { echo "needs root for setcap"; exit 77; }
	cp "$XBT" xbt-fcap && chmod 755 xbt-fcap && setcap cap_net_raw+ep xbt-fcap || exit 1
	prog=$O/guest/guest/creds_status
	as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
	$as_nobody "$prog" > native || exit 1
	$as_nobody ./xbt-fcap "$prog" > translated || exit 1
	cmp -s native translated || echo "capabilities differ: native [$(tr '\n' ' ' < native)] xbt [$(tr '\n' ' ' < translated)]"
	;;
aarch64_build_as_interpreter_under_qemu)
	[ -x "$XBT_A64" ] || { echo "no aarch64 build"; exit 1; }
	q=$(command -v qemu-aarch64) || { echo "no qemu-aarch64"; exit 1; }
	ln -s "$XBT_A64" xbt-binfmt-P
	A64_MAGIC='\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00'
	A64_MASK='\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff'
	sandbox "
	printf '%s' ':qemu-aarch64:M::$A64_MAGIC:$A64_MASK:$q:PF' > \$BM/register || exit 1
	$reg --flags PF --interpreter $work/xbt-binfmt-P > /dev/null || exit 1
	bash -c 'exec -a ARGV0 ./marked a' > out 2> err; echo \$? > rc
	" || { echo "sandbox failed"; exit 1; }
	check out "$(printf 'ARGV0\na')" "$(cat rc)" 42
	;;
*)
	echo "unknown case $name"
	exit 1
	;;
esac
