#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Kernel module tests: build kmod/ against Debian's amd64 and arm64 kernels, boot
# each once in a VM (tools from ../shared/tools/vm) and run there:
#  - tests/kmod/kmod_test (ioctls, open/close cycles, doorbell, ring, the kick
#    stress), identity_test, kmod_bench (the stub's fast path);
#  - xbt-static on the static x86_64 guest tests signal_* and threads_* (and
#    tests/kmod/guest_signal_*.c), once with XBT_KMOD=off and once with
#    XBT_KMOD=require: same stdout and exit status as each other and as the
#    native run on this machine;
#  - guest_sigbench under xbt with XBT_KMOD=off and require (numbers only).
#   tests/kmod/run.sh [amd64|arm64]...      XBT_KMOD_ROUNDS: kick stress rounds (3000)
# Needs `make O=$XBT_O check-x86_64 check-aarch64` first (xbt-static, guests).
# Prints PASS/FAIL lines (one per VM check, tests/run.sh style) and "bench:" lines;
# exit 1 on failure, 77 if the VM tools are missing.
set -u
# Started from make (make check): its O= would reach the kernel's Kbuild.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES O
cd "$(dirname "$0")/../.."
vm=${XBT_VM_TOOL:-../shared/tools/vm/vm-test.sh}
[ -x "$vm" ] || [ -f "$vm" ] || { echo "SKIP kmod: $vm not found"; exit 77; }
O=${XBT_O:-build}
out=$O/kmod
mkdir -p "$out"
[ $# -gt 0 ] || set -- amd64 arm64
rounds=${XBT_KMOD_ROUNDS:-3000}
rc=0
results=$(mktemp /tmp/xbt-kmod.XXXXXX)
trap 'rm -f "$results"*' EXIT
cc_for() { case $1 in amd64) echo gcc ;; arm64) echo aarch64-linux-gnu-gcc ;; esac; }
xbt_for() { case $1 in amd64) echo "$O/x86_64/xbt-static" ;; arm64) echo "$O/aarch64/xbt-static" ;; esac; }

# The guest tests (static x86_64) and what they print natively.
guest_cc=gcc
[ "$(uname -m)" = x86_64 ] || guest_cc=x86_64-linux-gnu-gcc
guests=()
for g in "$O"/guest/guest/signal_* "$O"/guest/guest/threads_*; do
	case $g in *.dyn | *.exp | *.st) continue ;; esac
	[ -x "$g" ] && guests+=("$g")
done
if [ ${#guests[@]} -eq 0 ]; then
	echo "FAIL kmod: no guest tests in $O/guest/guest (make O=$O check-x86_64 first)"
	exit 1
fi
# Guest tests of their own here (process-wide signal paths).
for s in tests/kmod/guest_signal_*.c; do
	n=${s##*/}
	$guest_cc -O2 -Wall -static -o "$out/${n%.c}" "$s" -lpthread || exit 1
	guests+=("$out/${n%.c}")
done
mkdir -p "$out/exp"
exp=$(realpath "$out/exp")
if [ "$(uname -m)" = x86_64 ]; then
	for g in "${guests[@]}"; do
		n=${g##*/}
		g=$(realpath "$g")
		(cd /tmp && timeout 120 "$g" < /dev/null > "$exp/$n.exp" 2> /dev/null)
		echo $? > "$exp/$n.st"
	done
fi
$guest_cc -O2 -Wall -static -o "$out/guest_sigbench" tests/kmod/guest_sigbench.c -lpthread || exit 1

for arch in "$@"; do
	{
	cc=$(cc_for "$arch")
	xbt=$(xbt_for "$arch")
	if [ ! -x "$xbt" ]; then
		echo "FAIL kmod/$arch: no $xbt (make O=$O check-x86_64 check-aarch64 first)"
		rc=1
	else
	for t in kmod_test identity_test kmod_bench; do
		$cc -static -O2 -Wall -o "$out/$t.$arch" tests/kmod/$t.c os/safe_syscall.S -lpthread || exit 1
	done
	cp "$out/identity_test.$arch" "$out/identity_test"
	strip -o "$out/xbt" "$xbt" 2> /dev/null || aarch64-linux-gnu-strip -o "$out/xbt" "$xbt" || exit 1
	names=()
	extra=(-f "$out/kmod_test.$arch" -f "$out/identity_test" -f "$out/kmod_bench.$arch"
	       -f "$out/xbt" -f "$out/guest_sigbench" -f "$out/exp")
	for g in "${guests[@]}"; do
		names+=("${g##*/}")
		extra+=(-f "$g")
	done
	[ "$arch" = arm64 ] && extra+=(-f "$out/identity_test.amd64")
	[ "$arch" = arm64 ] && [ ! -e "$out/identity_test.amd64" ] &&
		gcc -static -O2 -o "$out/identity_test.amd64" tests/kmod/identity_test.c
	cat > "$out/kmod.sh" <<-SH
	/xbt/kmod_test.$arch $rounds || exit 1
	exec 3<>/dev/xbt
	if rmmod xbt 2> /dev/null; then echo "FAIL unload while /dev/xbt is open succeeded"; exit 1; fi
	echo "PASS unload while /dev/xbt is open is refused"
	if [ -e /sys/module/xbt ]; then echo "PASS the module is still loaded after the refused unload"; else echo "FAIL the module went away while in use"; fi
	exec 3<&-
	if [ -e /xbt/identity_test.amd64 ]; then g=/xbt/identity_test.amd64; else g=/xbt/identity_test; fi
	/xbt/identity_test setup \$g || exit 1
	/xbt/kmod_bench.$arch
	sh /xbt/xbt.sh $arch ${names[*]}
	SH
	cp tests/kmod/xbt_vm.sh "$out/xbt.sh"
	log=$out/vm-$arch.log
	rm -f "$log" "$out/console-$arch.log"
	t0=$(date +%s)
	if XBT_VM_MEM=${XBT_VM_MEM:-1024} XBT_VM_WORK=/tmp/xbt-vm-$arch-$$ bash "$vm" -t 1200 \
		-o "$out/console-$arch.log" "${extra[@]}" -f "$out/xbt.sh" "$arch" kmod "$out/kmod.sh" \
		> "$log" 2>&1; then
		ok=1
	else
		ok=0
		rc=1
	fi
	secs=$(($(date +%s) - t0))
	# One line per check made in the VM, counted by tests/run.sh's summary.
	grep -a -E '^(PASS|FAIL) ' "$log" | sed "s#^\(PASS\|FAIL\) #\1 kmod/$arch/#"
	if [ $ok = 1 ]; then
		echo "PASS kmod/$arch: VM run (${secs}s)"
	else
		echo "FAIL kmod/$arch: VM run (${secs}s): $(grep -E '^FAIL|vm-test:' "$log" | grep -v 'vm-test: \(kernel\|building\|built\|vermagic\|booting\)' | head -5 | tr '\n' ' ')"
	fi
	grep -a '^bench:' "$out/console-$arch.log" 2> /dev/null | sed "s/^/  $arch /"
	rm -rf /tmp/xbt-vm-$arch-$$
	fi
	} > "$results.$arch"
	cat "$results.$arch" | tee -a "$results"
	rm -f "$results.$arch"
done
echo "$(grep -c '^PASS' "$results") passed, $(grep -c '^FAIL' "$results") failed, 0 skipped"
exit $rc
