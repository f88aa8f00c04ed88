#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Kernel module tests: build kmod/ against Debian's amd64 and arm64 kernels, boot
# each in a VM (tools from ../shared/tools/vm) and run the module tests there.
#   tests/kmod/run.sh [amd64|arm64]...      XBT_KMOD_ROUNDS: kick stress rounds (3000)
# Prints one PASS/FAIL line per architecture; exit 1 on failure, 77 if the VM tools
# are missing.
set -u
cd "$(dirname "$0")/../.."
vm=${XBT_VM_TOOL:-../shared/tools/vm/vm-test.sh}
[ -x "$vm" ] || [ -f "$vm" ] || { echo "SKIP kmod: $vm not found"; exit 77; }
out=${XBT_O:-build}/kmod
mkdir -p "$out"
[ $# -gt 0 ] || set -- amd64 arm64
rounds=${XBT_KMOD_ROUNDS:-3000}
rc=0
cc_for() { case $1 in amd64) echo gcc ;; arm64) echo aarch64-linux-gnu-gcc ;; esac; }

for arch in "$@"; do
	cc=$(cc_for "$arch")
	for t in kmod_test identity_test kmod_bench; do
		$cc -static -O2 -Wall -o "$out/$t.$arch" tests/kmod/$t.c os/safe_syscall.S -lpthread || exit 1
	done
	cp "$out/identity_test.$arch" "$out/identity_test"
	cat > "$out/kmod.sh" <<-SH
	/xbt/kmod_test.$arch $rounds || exit 1
	if [ -e /xbt/identity_test.amd64 ]; then g=/xbt/identity_test.amd64; else g=/xbt/identity_test; fi
	/xbt/identity_test setup \$g || exit 1
	/xbt/kmod_bench.$arch
	SH
	extra=(-f "$out/kmod_test.$arch" -f "$out/identity_test" -f "$out/kmod_bench.$arch")
	[ "$arch" = arm64 ] && extra+=(-f "$out/identity_test.amd64")
	[ "$arch" = arm64 ] && [ ! -e "$out/identity_test.amd64" ] &&
		gcc -static -O2 -o "$out/identity_test.amd64" tests/kmod/identity_test.c
	log=$out/vm-$arch.log
	if XBT_VM_WORK=/tmp/xbt-vm-$arch-$$ bash "$vm" -t 900 -o "$out/console-$arch.log" \
		"${extra[@]}" "$arch" kmod "$out/kmod.sh" > "$log" 2>&1; then
		echo "PASS kmod/$arch: $(grep -c '^PASS' "$log") checks in the VM"
		grep -a '^bench:' "$out/console-$arch.log" | sed "s/^/  $arch /"
	else
		echo "FAIL kmod/$arch: $(grep -E '^FAIL|vm-test:' "$log" | head -5 | tr '\n' ' ')"
		rc=1
	fi
	rm -rf /tmp/xbt-vm-$arch-$$
done
exit $rc
