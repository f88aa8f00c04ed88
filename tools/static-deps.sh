#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Prepare what a fully static xbt links against, in a build-local directory
# (nothing is committed, nothing installed system-wide):
#  - libZydis.a: Debian ships no static Zydis, so the decoder part of Debian's
#    own zydis source package (apt-get source) is compiled with the target's gcc;
#  - for aarch64: LLVM's static archives from llvm-19-dev:arm64, which is not
#    multi-arch installable, unpacked with apt-get download + dpkg -x.
#   tools/static-deps.sh ARCH OUTDIR CC
set -euo pipefail
arch=$1 out=$2 cc=$3
mkdir -p "$out"
out=$(cd "$out" && pwd)
cache=${XBT_STATIC_CACHE:-$(dirname "$out")/static-cache}
mkdir -p "$cache"

# ---- Zydis decoder from Debian's source package ----
if [ ! -f "$out/libZydis.a" ]; then
	src=$(ls -d "$cache"/zyantific-zydis-* 2>/dev/null | head -1 || true)
	if [ -z "$src" ]; then
		(cd "$cache" && apt-get source --download-only -q zydis > /dev/null) || {
			echo "static-deps: cannot fetch the zydis source package (make deps adds deb-src)" >&2
			exit 1
		}
		tar -C "$cache" -xzf "$cache"/zydis_*.orig.tar.gz
		src=$(ls -d "$cache"/zyantific-zydis-* | head -1)
	fi
	mkdir -p "$out/zydis"
	for f in Decoder DecoderData MetaInfo Mnemonic Register SharedData Utils Zydis Segment; do
		$cc -O2 -DZYDIS_STATIC_BUILD -DZYCORE_STATIC_BUILD -I"$src/include" -I"$src/src" \
			-c -o "$out/zydis/$f.o" "$src/src/$f.c"
	done
	ar rcs "$out/libZydis.a" "$out"/zydis/*.o
fi

# ---- LLVM static archives ----
if [ "$arch" = aarch64 ] && [ "$(uname -m)" != aarch64 ]; then
	if [ ! -d "$cache/llvm-arm64/usr/lib/llvm-19/lib" ]; then
		(cd "$cache" && apt-get download -q llvm-19-dev:arm64 > /dev/null)
		dpkg -x "$cache"/llvm-19-dev_*_arm64.deb "$cache/llvm-arm64"
	fi
	echo "$cache/llvm-arm64/usr/lib/llvm-19/lib" > "$out/llvm-libdir"
	llvm-config-19 --link-static --libs orcjit aarch64 > "$out/llvm-libs"
else
	echo "/usr/lib/llvm-19/lib" > "$out/llvm-libdir"
	llvm-config-19 --link-static --libs orcjit native > "$out/llvm-libs"
fi
echo "static-deps: ready in $out"
