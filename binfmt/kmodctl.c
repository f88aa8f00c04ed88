// SPDX-License-Identifier: GPL-2.0-or-later
/* xbtctl kmod status|load|unload: the optional /dev/xbt module (kmod/uapi.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../kmod/uapi.h"
#include "kmodctl.h"

int kmodctl_status(FILE *out)
{
	struct xbt_query q;
	int fd = open(XBT_DEV_PATH, O_RDWR | O_CLOEXEC);

	if (fd < 0) {
		fprintf(out, "kernel module: not loaded (%s: %s); optional, xbt uses its userspace path\n",
			XBT_DEV_PATH, strerror(errno));
		return 1;
	}
	if (ioctl(fd, XBT_IOC_QUERY, &q)) {
		fprintf(out, "kernel module: %s does not answer the feature query (%s)\n",
			XBT_DEV_PATH, strerror(errno));
		close(fd);
		return 1;
	}
	close(fd);
	fprintf(out, "kernel module: loaded, interface version %u%s, features:%s%s%s%s\n", q.version,
		q.version == XBT_UAPI_VERSION ? "" : " (xbt expects another version: not used)",
		q.features & XBT_FEAT_DOORBELL ? " doorbell" : "",
		q.features & XBT_FEAT_KICK ? " kick" : "",
		q.features & XBT_FEAT_RING ? " ring" : "",
		q.features & XBT_FEAT_IDENTITY ? " identity" : "");
	if (q.version == XBT_UAPI_VERSION)
		fprintf(out, "kernel module: guest signals take the %s path\n",
			(q.features & (XBT_FEAT_DOORBELL | XBT_FEAT_KICK | XBT_FEAT_RING)) ==
					(XBT_FEAT_DOORBELL | XBT_FEAT_KICK | XBT_FEAT_RING) ?
				"doorbell (blocked host signals, kick)" :
				"userspace (host handlers)");
	return q.version == XBT_UAPI_VERSION ? 0 : 1;
}

int kmodctl_load(const char *path)
{
	pid_t pid;
	int fd, st;

	if (path) {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			return -errno;
		if (syscall(SYS_finit_module, fd, "", 0)) {
			int e = errno;

			close(fd);
			return -e;
		}
		close(fd);
		return 0;
	}
	pid = fork();
	if (pid < 0)
		return -errno;
	if (!pid) {
		execlp("modprobe", "modprobe", "xbt", (char *)NULL);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) < 0)
		return -errno;
	return WIFEXITED(st) && !WEXITSTATUS(st) ? 0 : -ENOENT;
}

int kmodctl_unload(void)
{
	return syscall(SYS_delete_module, "xbt", O_NONBLOCK) ? -errno : 0;
}
