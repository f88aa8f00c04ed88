#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Install everything xbt needs to build and test on Debian 12 (run as root).
# Idempotent: when every package is present it only checks and returns.
set -eu

HOST_PKGS="make gcc g++ pkg-config binutils file
	llvm-19-dev libzydis-dev libzycore-dev libseccomp-dev libcap-dev
	zlib1g-dev libzstd-dev libffi-dev libtinfo-dev libxml2-dev
	gcc-aarch64-linux-gnu g++-aarch64-linux-gnu binutils-aarch64-linux-gnu
	qemu-user
	busybox bash coreutils python3 perl lua5.4 sqlite3 gzip xz-utils
	p7zip-full openssl golang-go
	qemu-system-x86 qemu-system-arm gcc-12 gcc-12-aarch64-linux-gnu cpio kmod
	util-linux libelf1 libssl3"
ARM_PKGS="libc6:arm64 libstdc++6:arm64 libllvm19:arm64 libzydis-dev:arm64
	libzycore-dev:arm64 libseccomp-dev:arm64 libcap-dev:arm64
	zlib1g-dev:arm64 libzstd-dev:arm64 libffi-dev:arm64 libtinfo-dev:arm64
	libxml2-dev:arm64"

# On an arm64 host the x86_64 test guests need a cross compiler and amd64 libc.
if [ "$(uname -m)" = aarch64 ]; then
	HOST_PKGS="$HOST_PKGS gcc-x86-64-linux-gnu libc6:amd64"
	ARM_PKGS=""
	FOREIGN=amd64
else
	FOREIGN=arm64
fi

# The static build compiles Zydis's decoder from Debian's source package.
SRC_LIST=/etc/apt/sources.list.d/xbt-src.sources
need_src=0
[ -f $SRC_LIST ] || need_src=1

missing=""
for p in $HOST_PKGS $ARM_PKGS; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
		grep -q '^install ok installed$' || missing="$missing $p"
done
# The kernel module tests (tests/kmod/run.sh) boot Debian's amd64 and arm64
# kernels with ../shared/tools/vm; fetch them into its cache now.
vm_cache() {
	vm=$(dirname "$0")/../../shared/tools/vm/vm-test.sh
	[ -f "$vm" ] || return 0
	for a in amd64 arm64; do
		bash "$vm" -K $a > /dev/null || { echo "deps: VM kernel cache for $a failed" >&2; exit 1; }
	done
}

if [ -z "$missing" ] && [ $need_src = 0 ]; then
	vm_cache
	echo "deps: all present"
	exit 0
fi
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing:$missing (run 'make deps' as root)" >&2
	exit 1
fi
dpkg --print-foreign-architectures | grep -qx $FOREIGN || dpkg --add-architecture $FOREIGN
if [ $need_src = 1 ]; then
	cat > $SRC_LIST <<-SRC
	Types: deb-src
	URIs: http://deb.debian.org/debian
	Suites: bookworm
	Components: main
	Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
	SRC
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
[ -z "$missing" ] || apt-get install -y -q --no-install-recommends $missing
vm_cache
echo "deps: installed:$missing"
