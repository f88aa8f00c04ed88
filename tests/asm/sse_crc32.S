/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SSE4.2 crc32 (CRC-32C) for 8/16/32/64-bit sources, registers (incl. high-byte) and memory, 32- and 64-bit destinations. */
/* Expected values were recorded on a real x86_64 CPU (SSE4.2). */
#include "check.inc"

/*
 * ACC reg, value: r15 |= reg ^ value (no branch: keeps blocks few and long);
 * ACC_CHECK fails unless every value since the last one matched.
 */
.macro ACC reg, val
	movabs r11, \val
	xor r11, \reg
	or r15, r11
.endm
.macro ACC_CHECK
	CHECK_EQ r15, 0
.endm

	.globl _start
	.text
_start:
	xor r15, r15
	movabs rax, 0xdead000000000000
	movabs rcx, 0x0
	crc32 eax, cl
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x0
	crc32 eax, cx
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x0
	crc32 eax, ecx
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x0
	crc32 rax, cl
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x0
	crc32 rax, rcx
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x0
	crc32 eax, ch
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, byte ptr [rip + L1]
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, word ptr [rip + L1]
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, dword ptr [rip + L1]
	ACC rax, 0x0
	mov eax, 0x0
	crc32 rax, qword ptr [rip + L1]
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x1
	crc32 eax, cl
	ACC rax, 0xf26b8303
	movabs rax, 0xdead000000000000
	movabs rcx, 0x1
	crc32 eax, cx
	ACC rax, 0x13a29877
	movabs rax, 0xdead000000000000
	movabs rcx, 0x1
	crc32 eax, ecx
	ACC rax, 0xdd45aab8
	movabs rax, 0xdead000000000000
	movabs rcx, 0x1
	crc32 rax, cl
	ACC rax, 0xf26b8303
	movabs rax, 0xdead000000000000
	movabs rcx, 0x1
	crc32 rax, rcx
	ACC rax, 0x493c7d27
	movabs rax, 0xdead000000000000
	movabs rcx, 0x1
	crc32 eax, ch
	ACC rax, 0x0
	ACC_CHECK
	mov eax, 0x0
	crc32 eax, byte ptr [rip + L2]
	ACC rax, 0xf26b8303
	mov eax, 0x0
	crc32 eax, word ptr [rip + L2]
	ACC rax, 0x13a29877
	mov eax, 0x0
	crc32 eax, dword ptr [rip + L2]
	ACC rax, 0xdd45aab8
	mov eax, 0x0
	crc32 rax, qword ptr [rip + L2]
	ACC rax, 0x493c7d27
	movabs rax, 0xdead000000000000
	movabs rcx, 0xff
	crc32 eax, cl
	ACC rax, 0xad7d5351
	movabs rax, 0xdead000000000000
	movabs rcx, 0xff
	crc32 eax, cx
	ACC rax, 0xa3e32483
	movabs rax, 0xdead000000000000
	movabs rcx, 0xff
	crc32 eax, ecx
	ACC rax, 0x2803e842
	movabs rax, 0xdead000000000000
	movabs rcx, 0xff
	crc32 rax, cl
	ACC rax, 0xad7d5351
	movabs rax, 0xdead000000000000
	movabs rcx, 0xff
	crc32 rax, rcx
	ACC rax, 0x1f1530a5
	movabs rax, 0xdead000000000000
	movabs rcx, 0xff
	crc32 eax, ch
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, byte ptr [rip + L3]
	ACC rax, 0xad7d5351
	mov eax, 0x0
	crc32 eax, word ptr [rip + L3]
	ACC rax, 0xa3e32483
	mov eax, 0x0
	crc32 eax, dword ptr [rip + L3]
	ACC rax, 0x2803e842
	mov eax, 0x0
	crc32 rax, qword ptr [rip + L3]
	ACC rax, 0x1f1530a5
	movabs rax, 0xdead000000000000
	movabs rcx, 0x8000000000000000
	crc32 eax, cl
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x8000000000000000
	crc32 eax, cx
	ACC rax, 0x0
	ACC_CHECK
	movabs rax, 0xdead000000000000
	movabs rcx, 0x8000000000000000
	crc32 eax, ecx
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x8000000000000000
	crc32 rax, cl
	ACC rax, 0x0
	movabs rax, 0xdead000000000000
	movabs rcx, 0x8000000000000000
	crc32 rax, rcx
	ACC rax, 0x82f63b78
	movabs rax, 0xdead000000000000
	movabs rcx, 0x8000000000000000
	crc32 eax, ch
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, byte ptr [rip + L4]
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, word ptr [rip + L4]
	ACC rax, 0x0
	mov eax, 0x0
	crc32 eax, dword ptr [rip + L4]
	ACC rax, 0x0
	mov eax, 0x0
	crc32 rax, qword ptr [rip + L4]
	ACC rax, 0x82f63b78
	movabs rax, 0xdead000000000000
	movabs rcx, 0x123456789abcdef
	crc32 eax, cl
	ACC rax, 0xbd23943e
	movabs rax, 0xdead000000000000
	movabs rcx, 0x123456789abcdef
	crc32 eax, cx
	ACC rax, 0xe083bf15
	movabs rax, 0xdead000000000000
	movabs rcx, 0x123456789abcdef
	crc32 eax, ecx
	ACC rax, 0x5914342a
	movabs rax, 0xdead000000000000
	movabs rcx, 0x123456789abcdef
	crc32 rax, cl
	ACC rax, 0xbd23943e
	movabs rax, 0xdead000000000000
	movabs rcx, 0x123456789abcdef
	crc32 rax, rcx
	ACC rax, 0xe9986aa9
	movabs rax, 0xdead000000000000
	movabs rcx, 0x123456789abcdef
	crc32 eax, ch
	ACC rax, 0x7ca56a17
	mov eax, 0x0
	crc32 eax, byte ptr [rip + L5]
	ACC rax, 0xbd23943e
	mov eax, 0x0
	crc32 eax, word ptr [rip + L5]
	ACC rax, 0xe083bf15
	ACC_CHECK
	mov eax, 0x0
	crc32 eax, dword ptr [rip + L5]
	ACC rax, 0x5914342a
	mov eax, 0x0
	crc32 rax, qword ptr [rip + L5]
	ACC rax, 0xe9986aa9
	movabs rax, 0xdead000000000000
	movabs rcx, 0xffffffffffffffff
	crc32 eax, cl
	ACC rax, 0xad7d5351
	movabs rax, 0xdead000000000000
	movabs rcx, 0xffffffffffffffff
	crc32 eax, cx
	ACC rax, 0xe9e77d2
	movabs rax, 0xdead000000000000
	movabs rcx, 0xffffffffffffffff
	crc32 eax, ecx
	ACC rax, 0xb798b438
	movabs rax, 0xdead000000000000
	movabs rcx, 0xffffffffffffffff
	crc32 rax, cl
	ACC rax, 0xad7d5351
	movabs rax, 0xdead000000000000
	movabs rcx, 0xffffffffffffffff
	crc32 rax, rcx
	ACC rax, 0xc44ff94d
	movabs rax, 0xdead000000000000
	movabs rcx, 0xffffffffffffffff
	crc32 eax, ch
	ACC rax, 0xad7d5351
	mov eax, 0x0
	crc32 eax, byte ptr [rip + L6]
	ACC rax, 0xad7d5351
	mov eax, 0x0
	crc32 eax, word ptr [rip + L6]
	ACC rax, 0xe9e77d2
	mov eax, 0x0
	crc32 eax, dword ptr [rip + L6]
	ACC rax, 0xb798b438
	mov eax, 0x0
	crc32 rax, qword ptr [rip + L6]
	ACC rax, 0xc44ff94d
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x0
	crc32 eax, cl
	ACC rax, 0xad82acae
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x0
	crc32 eax, cx
	ACC rax, 0xe9e882d
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x0
	crc32 eax, ecx
	ACC rax, 0xb798b438
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x0
	crc32 rax, cl
	ACC rax, 0xad82acae
	ACC_CHECK
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x0
	crc32 rax, rcx
	ACC rax, 0x73d74d75
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x0
	crc32 eax, ch
	ACC rax, 0xad82acae
	mov eax, 0xffffffff
	crc32 eax, byte ptr [rip + L7]
	ACC rax, 0xad82acae
	mov eax, 0xffffffff
	crc32 eax, word ptr [rip + L7]
	ACC rax, 0xe9e882d
	mov eax, 0xffffffff
	crc32 eax, dword ptr [rip + L7]
	ACC rax, 0xb798b438
	mov eax, 0xffffffff
	crc32 rax, qword ptr [rip + L7]
	ACC rax, 0x73d74d75
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x1
	crc32 eax, cl
	ACC rax, 0x5fe92fad
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x1
	crc32 eax, cx
	ACC rax, 0x1d3c105a
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x1
	crc32 eax, ecx
	ACC rax, 0x6add1e80
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x1
	crc32 rax, cl
	ACC rax, 0x5fe92fad
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x1
	crc32 rax, rcx
	ACC rax, 0x3aeb3052
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x1
	crc32 eax, ch
	ACC rax, 0xad82acae
	mov eax, 0xffffffff
	crc32 eax, byte ptr [rip + L8]
	ACC rax, 0x5fe92fad
	mov eax, 0xffffffff
	crc32 eax, word ptr [rip + L8]
	ACC rax, 0x1d3c105a
	mov eax, 0xffffffff
	crc32 eax, dword ptr [rip + L8]
	ACC rax, 0x6add1e80
	mov eax, 0xffffffff
	crc32 rax, qword ptr [rip + L8]
	ACC rax, 0x3aeb3052
	ACC_CHECK
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xff
	crc32 eax, cl
	ACC rax, 0xffffff
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xff
	crc32 eax, cx
	ACC rax, 0xad7dacae
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xff
	crc32 eax, ecx
	ACC rax, 0x9f9b5c7a
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xff
	crc32 rax, cl
	ACC rax, 0xffffff
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xff
	crc32 rax, rcx
	ACC rax, 0x6cc27dd0
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xff
	crc32 eax, ch
	ACC rax, 0xad82acae
	mov eax, 0xffffffff
	crc32 eax, byte ptr [rip + L9]
	ACC rax, 0xffffff
	mov eax, 0xffffffff
	crc32 eax, word ptr [rip + L9]
	ACC rax, 0xad7dacae
	mov eax, 0xffffffff
	crc32 eax, dword ptr [rip + L9]
	ACC rax, 0x9f9b5c7a
	mov eax, 0xffffffff
	crc32 rax, qword ptr [rip + L9]
	ACC rax, 0x6cc27dd0
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x8000000000000000
	crc32 eax, cl
	ACC rax, 0xad82acae
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x8000000000000000
	crc32 eax, cx
	ACC rax, 0xe9e882d
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x8000000000000000
	crc32 eax, ecx
	ACC rax, 0xb798b438
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x8000000000000000
	crc32 rax, cl
	ACC rax, 0xad82acae
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x8000000000000000
	crc32 rax, rcx
	ACC rax, 0xf121760d
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x8000000000000000
	crc32 eax, ch
	ACC rax, 0xad82acae
	ACC_CHECK
	mov eax, 0xffffffff
	crc32 eax, byte ptr [rip + L10]
	ACC rax, 0xad82acae
	mov eax, 0xffffffff
	crc32 eax, word ptr [rip + L10]
	ACC rax, 0xe9e882d
	mov eax, 0xffffffff
	crc32 eax, dword ptr [rip + L10]
	ACC rax, 0xb798b438
	mov eax, 0xffffffff
	crc32 rax, qword ptr [rip + L10]
	ACC rax, 0xf121760d
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x123456789abcdef
	crc32 eax, cl
	ACC rax, 0x10a13890
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x123456789abcdef
	crc32 eax, cx
	ACC rax, 0xee1d3738
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x123456789abcdef
	crc32 eax, ecx
	ACC rax, 0xee8c8012
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x123456789abcdef
	crc32 rax, cl
	ACC rax, 0x10a13890
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x123456789abcdef
	crc32 rax, rcx
	ACC rax, 0x9a4f27dc
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0x123456789abcdef
	crc32 eax, ch
	ACC rax, 0xd127c6b9
	mov eax, 0xffffffff
	crc32 eax, byte ptr [rip + L11]
	ACC rax, 0x10a13890
	mov eax, 0xffffffff
	crc32 eax, word ptr [rip + L11]
	ACC rax, 0xee1d3738
	mov eax, 0xffffffff
	crc32 eax, dword ptr [rip + L11]
	ACC rax, 0xee8c8012
	mov eax, 0xffffffff
	crc32 rax, qword ptr [rip + L11]
	ACC rax, 0x9a4f27dc
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xffffffffffffffff
	crc32 eax, cl
	ACC rax, 0xffffff
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xffffffffffffffff
	crc32 eax, cx
	ACC rax, 0xffff
	ACC_CHECK
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xffffffffffffffff
	crc32 eax, ecx
	ACC rax, 0x0
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xffffffffffffffff
	crc32 rax, cl
	ACC rax, 0xffffff
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xffffffffffffffff
	crc32 rax, rcx
	ACC rax, 0xb798b438
	movabs rax, 0xdead0000ffffffff
	movabs rcx, 0xffffffffffffffff
	crc32 eax, ch
	ACC rax, 0xffffff
	mov eax, 0xffffffff
	crc32 eax, byte ptr [rip + L12]
	ACC rax, 0xffffff
	mov eax, 0xffffffff
	crc32 eax, word ptr [rip + L12]
	ACC rax, 0xffff
	mov eax, 0xffffffff
	crc32 eax, dword ptr [rip + L12]
	ACC rax, 0x0
	mov eax, 0xffffffff
	crc32 rax, qword ptr [rip + L12]
	ACC rax, 0xb798b438
	movabs rax, 0xdead000012345678
	movabs rcx, 0x0
	crc32 eax, cl
	ACC rax, 0xfb533894
	movabs rax, 0xdead000012345678
	movabs rcx, 0x0
	crc32 eax, cx
	ACC rax, 0x55c93830
	movabs rax, 0xdead000012345678
	movabs rcx, 0x0
	crc32 eax, ecx
	ACC rax, 0xfa745634
	movabs rax, 0xdead000012345678
	movabs rcx, 0x0
	crc32 rax, cl
	ACC rax, 0xfb533894
	movabs rax, 0xdead000012345678
	movabs rcx, 0x0
	crc32 rax, rcx
	ACC rax, 0x4a4a6d17
	movabs rax, 0xdead000012345678
	movabs rcx, 0x0
	crc32 eax, ch
	ACC rax, 0xfb533894
	mov eax, 0x12345678
	crc32 eax, byte ptr [rip + L13]
	ACC rax, 0xfb533894
	mov eax, 0x12345678
	crc32 eax, word ptr [rip + L13]
	ACC rax, 0x55c93830
	ACC_CHECK
	mov eax, 0x12345678
	crc32 eax, dword ptr [rip + L13]
	ACC rax, 0xfa745634
	mov eax, 0x12345678
	crc32 rax, qword ptr [rip + L13]
	ACC rax, 0x4a4a6d17
	movabs rax, 0xdead000012345678
	movabs rcx, 0x1
	crc32 eax, cl
	ACC rax, 0x938bb97
	movabs rax, 0xdead000012345678
	movabs rcx, 0x1
	crc32 eax, cx
	ACC rax, 0x466ba047
	movabs rax, 0xdead000012345678
	movabs rcx, 0x1
	crc32 eax, ecx
	ACC rax, 0x2731fc8c
	movabs rax, 0xdead000012345678
	movabs rcx, 0x1
	crc32 rax, cl
	ACC rax, 0x938bb97
	movabs rax, 0xdead000012345678
	movabs rcx, 0x1
	crc32 rax, rcx
	ACC rax, 0x3761030
	movabs rax, 0xdead000012345678
	movabs rcx, 0x1
	crc32 eax, ch
	ACC rax, 0xfb533894
	mov eax, 0x12345678
	crc32 eax, byte ptr [rip + L14]
	ACC rax, 0x938bb97
	mov eax, 0x12345678
	crc32 eax, word ptr [rip + L14]
	ACC rax, 0x466ba047
	mov eax, 0x12345678
	crc32 eax, dword ptr [rip + L14]
	ACC rax, 0x2731fc8c
	mov eax, 0x12345678
	crc32 rax, qword ptr [rip + L14]
	ACC rax, 0x3761030
	movabs rax, 0xdead000012345678
	movabs rcx, 0xff
	crc32 eax, cl
	ACC rax, 0x562e6bc5
	movabs rax, 0xdead000012345678
	movabs rcx, 0xff
	crc32 eax, cx
	ACC rax, 0xf62a1cb3
	movabs rax, 0xdead000012345678
	movabs rcx, 0xff
	crc32 eax, ecx
	ACC rax, 0xd277be76
	movabs rax, 0xdead000012345678
	movabs rcx, 0xff
	crc32 rax, cl
	ACC rax, 0x562e6bc5
	ACC_CHECK
	movabs rax, 0xdead000012345678
	movabs rcx, 0xff
	crc32 rax, rcx
	ACC rax, 0x555f5db2
	movabs rax, 0xdead000012345678
	movabs rcx, 0xff
	crc32 eax, ch
	ACC rax, 0xfb533894
	mov eax, 0x12345678
	crc32 eax, byte ptr [rip + L15]
	ACC rax, 0x562e6bc5
	mov eax, 0x12345678
	crc32 eax, word ptr [rip + L15]
	ACC rax, 0xf62a1cb3
	mov eax, 0x12345678
	crc32 eax, dword ptr [rip + L15]
	ACC rax, 0xd277be76
	mov eax, 0x12345678
	crc32 rax, qword ptr [rip + L15]
	ACC rax, 0x555f5db2
	movabs rax, 0xdead000012345678
	movabs rcx, 0x8000000000000000
	crc32 eax, cl
	ACC rax, 0xfb533894
	movabs rax, 0xdead000012345678
	movabs rcx, 0x8000000000000000
	crc32 eax, cx
	ACC rax, 0x55c93830
	movabs rax, 0xdead000012345678
	movabs rcx, 0x8000000000000000
	crc32 eax, ecx
	ACC rax, 0xfa745634
	movabs rax, 0xdead000012345678
	movabs rcx, 0x8000000000000000
	crc32 rax, cl
	ACC rax, 0xfb533894
	movabs rax, 0xdead000012345678
	movabs rcx, 0x8000000000000000
	crc32 rax, rcx
	ACC rax, 0xc8bc566f
	movabs rax, 0xdead000012345678
	movabs rcx, 0x8000000000000000
	crc32 eax, ch
	ACC rax, 0xfb533894
	mov eax, 0x12345678
	crc32 eax, byte ptr [rip + L16]
	ACC rax, 0xfb533894
	mov eax, 0x12345678
	crc32 eax, word ptr [rip + L16]
	ACC rax, 0x55c93830
	mov eax, 0x12345678
	crc32 eax, dword ptr [rip + L16]
	ACC rax, 0xfa745634
	mov eax, 0x12345678
	crc32 rax, qword ptr [rip + L16]
	ACC rax, 0xc8bc566f
	ACC_CHECK
	movabs rax, 0xdead000012345678
	movabs rcx, 0x123456789abcdef
	crc32 eax, cl
	ACC rax, 0x4670acaa
	movabs rax, 0xdead000012345678
	movabs rcx, 0x123456789abcdef
	crc32 eax, cx
	ACC rax, 0xb54a8725
	movabs rax, 0xdead000012345678
	movabs rcx, 0x123456789abcdef
	crc32 eax, ecx
	ACC rax, 0xa360621e
	movabs rax, 0xdead000012345678
	movabs rcx, 0x123456789abcdef
	crc32 rax, cl
	ACC rax, 0x4670acaa
	movabs rax, 0xdead000012345678
	movabs rcx, 0x123456789abcdef
	crc32 rax, rcx
	ACC rax, 0xa3d207be
	movabs rax, 0xdead000012345678
	movabs rcx, 0x123456789abcdef
	crc32 eax, ch
	ACC rax, 0x87f65283
	mov eax, 0x12345678
	crc32 eax, byte ptr [rip + L17]
	ACC rax, 0x4670acaa
	mov eax, 0x12345678
	crc32 eax, word ptr [rip + L17]
	ACC rax, 0xb54a8725
	mov eax, 0x12345678
	crc32 eax, dword ptr [rip + L17]
	ACC rax, 0xa360621e
	mov eax, 0x12345678
	crc32 rax, qword ptr [rip + L17]
	ACC rax, 0xa3d207be
	movabs rax, 0xdead000012345678
	movabs rcx, 0xffffffffffffffff
	crc32 eax, cl
	ACC rax, 0x562e6bc5
	movabs rax, 0xdead000012345678
	movabs rcx, 0xffffffffffffffff
	crc32 eax, cx
	ACC rax, 0x5b574fe2
	movabs rax, 0xdead000012345678
	movabs rcx, 0xffffffffffffffff
	crc32 eax, ecx
	ACC rax, 0x4dece20c
	movabs rax, 0xdead000012345678
	movabs rcx, 0xffffffffffffffff
	crc32 rax, cl
	ACC rax, 0x562e6bc5
	movabs rax, 0xdead000012345678
	movabs rcx, 0xffffffffffffffff
	crc32 rax, rcx
	ACC rax, 0x8e05945a
	movabs rax, 0xdead000012345678
	movabs rcx, 0xffffffffffffffff
	crc32 eax, ch
	ACC rax, 0x562e6bc5
	ACC_CHECK
	mov eax, 0x12345678
	crc32 eax, byte ptr [rip + L18]
	ACC rax, 0x562e6bc5
	mov eax, 0x12345678
	crc32 eax, word ptr [rip + L18]
	ACC rax, 0x5b574fe2
	mov eax, 0x12345678
	crc32 eax, dword ptr [rip + L18]
	ACC rax, 0x4dece20c
	mov eax, 0x12345678
	crc32 rax, qword ptr [rip + L18]
	ACC rax, 0x8e05945a
	ACC_CHECK
	PASS

	.data
	.balign 16
L1:	.quad 0x0, 0x0
	.balign 16
L2:	.quad 0x1, 0x0
	.balign 16
L3:	.quad 0xff, 0x0
	.balign 16
L4:	.quad 0x8000000000000000, 0x0
	.balign 16
L5:	.quad 0x123456789abcdef, 0x0
	.balign 16
L6:	.quad 0xffffffffffffffff, 0x0
	.balign 16
L7:	.quad 0x0, 0x0
	.balign 16
L8:	.quad 0x1, 0x0
	.balign 16
L9:	.quad 0xff, 0x0
	.balign 16
L10:	.quad 0x8000000000000000, 0x0
	.balign 16
L11:	.quad 0x123456789abcdef, 0x0
	.balign 16
L12:	.quad 0xffffffffffffffff, 0x0
	.balign 16
L13:	.quad 0x0, 0x0
	.balign 16
L14:	.quad 0x1, 0x0
	.balign 16
L15:	.quad 0xff, 0x0
	.balign 16
L16:	.quad 0x8000000000000000, 0x0
	.balign 16
L17:	.quad 0x123456789abcdef, 0x0
	.balign 16
L18:	.quad 0xffffffffffffffff, 0x0
	.balign 16
outbuf:	.zero 32
