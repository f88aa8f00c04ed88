// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Sockets. Address families, socket types (incl. SOCK_NONBLOCK/CLOEXEC), SOL_SOCKET
 * option numbers and struct msghdr/cmsghdr (SCM_RIGHTS, SCM_CREDENTIALS) are the same
 * on x86_64 and arm64 (asm-generic/socket.h for both; layouts asserted in abi.c), so
 * arguments pass through to the host unchanged.
 */
#include <sys/socket.h>

#include "sys.h"

long sys_socket(struct os_thread *t, const uint64_t *a)
{
	return HOST(socket, (int)a[0], (int)a[1], (int)a[2]);
}

long sys_socketpair(struct os_thread *t, const uint64_t *a)
{
	return HOST(socketpair, (int)a[0], (int)a[1], (int)a[2], a[3]);
}

long sys_bind(struct os_thread *t, const uint64_t *a)
{
	return HOST(bind, (int)a[0], a[1], (int)a[2]);
}

long sys_connect(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(connect, (int)a[0], a[1], (int)a[2]);
}

long sys_listen(struct os_thread *t, const uint64_t *a)
{
	return HOST(listen, (int)a[0], (int)a[1]);
}

long sys_accept(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(accept4, (int)a[0], a[1], a[2], 0);
}

long sys_accept4(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(accept4, (int)a[0], a[1], a[2], (int)a[3]);
}

long sys_sendto(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(sendto, (int)a[0], a[1], a[2], (int)a[3], a[4], (int)a[5]);
}

long sys_recvfrom(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(recvfrom, (int)a[0], a[1], a[2], (int)a[3], a[4], a[5]);
}

long sys_sendmsg(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(sendmsg, (int)a[0], a[1], (int)a[2]);
}

long sys_recvmsg(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(recvmsg, (int)a[0], a[1], (int)a[2]);
}

/* struct mmsghdr is msghdr + unsigned int, padded to 64 bytes on both. */
long sys_sendmmsg(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(sendmmsg, (int)a[0], a[1], (unsigned)a[2], (int)a[3]);
}

long sys_recvmmsg(struct os_thread *t, const uint64_t *a)
{
	return HOST_BLOCK(recvmmsg, (int)a[0], a[1], (unsigned)a[2], (int)a[3], a[4]);
}

long sys_shutdown(struct os_thread *t, const uint64_t *a)
{
	return HOST(shutdown, (int)a[0], (int)a[1]);
}

long sys_getsockname(struct os_thread *t, const uint64_t *a)
{
	return HOST(getsockname, (int)a[0], a[1], a[2]);
}

long sys_getpeername(struct os_thread *t, const uint64_t *a)
{
	return HOST(getpeername, (int)a[0], a[1], a[2]);
}

/*
 * Option values are plain ints or generic structs (linger, timeval, ucred) for the
 * levels programs use; SO_* numbers are asm-generic on both architectures.
 */
long sys_setsockopt(struct os_thread *t, const uint64_t *a)
{
	return HOST(setsockopt, (int)a[0], (int)a[1], (int)a[2], a[3], (int)a[4]);
}

long sys_getsockopt(struct os_thread *t, const uint64_t *a)
{
	return HOST(getsockopt, (int)a[0], (int)a[1], (int)a[2], a[3], a[4]);
}
