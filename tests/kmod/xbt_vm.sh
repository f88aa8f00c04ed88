# SPDX-License-Identifier: GPL-2.0-or-later
# In the VM (busybox sh, /dev/xbt loaded; see tests/kmod/run.sh): run each static
# x86_64 guest test under xbt with XBT_KMOD=off and XBT_KMOD=require; both must
# give the same stdout and exit status, and those of the native run (exp/).
# Then the guest signal benchmark in both modes.
#   sh xbt.sh ARCH TEST...
arch=$1
shift
cd /xbt || exit 1
fail=0
run() { # mode test
	XBT_KMOD=$1 timeout 120 ./xbt "./$2" < /dev/null > "/tmp/$2.$1.out" 2> "/tmp/$2.$1.err"
	echo $? > "/tmp/$2.$1.st"
}
for t in "$@"; do
	run off "$t"
	run require "$t"
	st_off=$(cat "/tmp/$t.off.st")
	st_req=$(cat "/tmp/$t.require.st")
	why=
	cmp -s "/tmp/$t.off.out" "/tmp/$t.require.out" || why="$why stdout differs;"
	[ "$st_off" = "$st_req" ] || why="$why status off=$st_off require=$st_req;"
	if [ -e "exp/$t.st" ]; then
		cmp -s "/tmp/$t.off.out" "exp/$t.exp" || why="$why stdout differs from native;"
		[ "$st_off" = "$(cat "exp/$t.st")" ] || why="$why status native=$(cat "exp/$t.st");"
	fi
	if [ -z "$why" ]; then
		echo "PASS xbt/$t: XBT_KMOD=off and require: same stdout and status ($st_off)"
	else
		echo "FAIL xbt/$t:$why"
		diff "/tmp/$t.off.out" "/tmp/$t.require.out" | head -5
		tail -n 3 "/tmp/$t.off.err" "/tmp/$t.require.err"
		fail=1
	fi
done

# require really took the doorbell path: signals were dequeued from it.
t=signal_async_delivery_and_masks
if [ -x "./$t" ]; then
	XBT_LOG=sig:debug XBT_KMOD=require timeout 120 ./xbt "./$t" < /dev/null > /dev/null 2> /tmp/dbg.err
	n=$(grep -c 'dequeued from the doorbell' /tmp/dbg.err)
	r=$(grep -c 'takes the doorbell path' /tmp/dbg.err)
	if [ "$n" -gt 0 ] && [ "$r" -gt 0 ]; then
		echo "PASS xbt/doorbell path: $r thread(s) registered, $n signals dequeued with XBT_KMOD=require"
	else
		echo "FAIL xbt/doorbell path: $r thread(s) registered, $n signals dequeued with XBT_KMOD=require"
		tail -n 5 /tmp/dbg.err
		fail=1
	fi
	XBT_LOG=sig:debug XBT_KMOD=off timeout 120 ./xbt "./$t" < /dev/null > /dev/null 2> /tmp/dbg.err
	if grep -q 'doorbell' /tmp/dbg.err; then
		echo "FAIL xbt/userspace path: XBT_KMOD=off used the module"
		fail=1
	else
		echo "PASS xbt/userspace path: XBT_KMOD=off leaves the module alone"
	fi
fi

# Alternating, twice: the VM shares a loaded machine.
for m in off require off require; do
	XBT_KMOD=$m timeout 120 ./xbt ./guest_sigbench 500 < /dev/null ||
		echo "bench: $arch XBT_KMOD=$m guest_sigbench failed ($?)"
done
exit $fail
