// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * execve from the guest. An x86_64 ELF re-enters xbt (the xbt binary found at start
 * through /proc/self/exe) with the guest's argv[0]; "#!" scripts are resolved here
 * as the kernel does (so an x86_64 interpreter also runs under xbt); anything else
 * (host-native programs) is handed to the host kernel unchanged.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/log.h"
#include "sys.h"

#define MAX_ARG_STRLEN (32 * 4096) /* Linux's limit for one argument string */
#define MAX_ARGS (1 << 17)
#define MAX_INTERP_DEPTH 4

static char xbt_path[PATH_MAX];

int exec_init(const char *argv0)
{
	ssize_t n = readlink("/proc/self/exe", xbt_path, sizeof(xbt_path) - 1);

	if (n > 0) {
		xbt_path[n] = 0;
		/* A rebuilt binary shows as "path (deleted)": the path is still the right one. */
		char *d = strstr(xbt_path, " (deleted)");

		if (d && !d[10])
			*d = 0;
		return 0;
	}
	if (argv0 && realpath(argv0, xbt_path))
		return 0;
	return -ENOENT;
}

/* Copy a NULL-terminated guest array of strings; NULL array is an empty one. */
static long copy_strv(gaddr_t g, char ***out, int *count)
{
	char **v = NULL, *buf = NULL;
	int n = 0;
	long r = 0;

	*out = NULL;
	*count = 0;
	if (!g)
		goto done_empty;
	buf = malloc(MAX_ARG_STRLEN);
	if (!buf)
		return -ENOMEM;
	for (;;) {
		uint64_t p;

		if (n >= MAX_ARGS) {
			r = -E2BIG;
			goto fail;
		}
		if (copy_from_guest(&p, g + 8 * (uint64_t)n, 8)) {
			r = -EFAULT;
			goto fail;
		}
		char **nv = realloc(v, (n + 2) * sizeof(*v));

		if (!nv) {
			r = -ENOMEM;
			goto fail;
		}
		v = nv;
		v[n] = NULL;
		if (!p)
			break;
		r = strncpy_from_guest(buf, p, MAX_ARG_STRLEN);
		if (r < 0) {
			r = r == -EFAULT ? -EFAULT : -E2BIG;
			goto fail;
		}
		v[n] = strdup(buf);
		if (!v[n]) {
			r = -ENOMEM;
			goto fail;
		}
		n++;
	}
	free(buf);
	*out = v;
	*count = n;
	return 0;
done_empty:
	v = calloc(1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	*out = v;
	return 0;
fail:
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
	free(buf);
	return r;
}

static void free_strv(char **v)
{
	for (int i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

/* Parse "#!interp [arg]" like fs/binfmt_script.c; 0 or -ENOEXEC. */
static int parse_shebang(char *hdr, size_t n, char **interp, char **arg)
{
	char *p, *end;

	hdr[n < 256 ? n : 255] = 0;
	end = strchr(hdr, '\n');
	if (!end)
		end = hdr + strlen(hdr);
	*end = 0;
	p = hdr + 2;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return -ENOEXEC;
	*interp = p;
	while (*p && *p != ' ' && *p != '\t')
		p++;
	*arg = NULL;
	if (*p) {
		*p++ = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		for (char *e = p + strlen(p); e > p && (e[-1] == ' ' || e[-1] == '\t'); e--)
			e[-1] = 0;
		if (*p)
			*arg = p;
	}
	return 0;
}

static void runner_prefix(char **v, int *n)
{
	static char buf[PATH_MAX];
	const char *r = getenv("XBT_RUNNER");
	char *save, *w;

	/* Testing aid: an emulator to start xbt with (e.g. qemu-aarch64 without binfmt_misc). */
	if (!r || !*r)
		return;
	snprintf(buf, sizeof(buf), "%s", r);
	for (w = strtok_r(buf, " ", &save); w && *n < 4; w = strtok_r(NULL, " ", &save))
		v[(*n)++] = w;
}

static long exec_file(struct os_thread *t, const char *file, char **argv, int argc, char **envp,
		      int depth)
{
	unsigned char hdr[256];
	ssize_t n;
	int fd;

	fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (faccessat(AT_FDCWD, file, X_OK, AT_EACCESS)) {
		close(fd);
		return -EACCES;
	}
	n = pread(fd, hdr, sizeof(hdr) - 1, 0);
	close(fd);
	if (n < 0)
		return -errno;
	if (n >= 2 && hdr[0] == '#' && hdr[1] == '!') {
		char *interp, *arg, **nv;
		int k = 0;
		long r;

		if (depth >= MAX_INTERP_DEPTH)
			return -ELOOP;
		if (parse_shebang((char *)hdr, (size_t)n, &interp, &arg))
			return -ENOEXEC;
		nv = calloc(argc + 4, sizeof(*nv));
		if (!nv)
			return -ENOMEM;
		nv[k++] = interp;
		if (arg)
			nv[k++] = arg;
		nv[k++] = (char *)file;
		for (int i = 1; i < argc; i++)
			nv[k++] = argv[i];
		nv[k] = NULL;
		r = exec_file(t, interp, nv, k, envp, depth + 1);
		free(nv);
		return r;
	}
	if (n >= (ssize_t)sizeof(Elf64_Ehdr) && !memcmp(hdr, ELFMAG, SELFMAG) &&
	    hdr[EI_CLASS] == ELFCLASS64 && ((Elf64_Ehdr *)hdr)->e_machine == EM_X86_64) {
		char **nv = calloc(argc + 16, sizeof(*nv));
		int k = 0;

		if (!nv)
			return -ENOMEM;
		runner_prefix(nv, &k);
		nv[k++] = xbt_path;
		nv[k++] = "--exec-reentry";
		nv[k++] = "--argv0";
		nv[k++] = argc ? argv[0] : "";
		if (strcmp(os_opts.rootfs, "/")) {
			nv[k++] = "--rootfs";
			nv[k++] = (char *)os_opts.rootfs;
		}
		if (os_opts.strace)
			nv[k++] = "--strace";
		nv[k++] = "--";
		nv[k++] = (char *)file;
		for (int i = 1; i < argc; i++)
			nv[k++] = argv[i];
		nv[k] = NULL;
		log_info(LOG_SYS, "execve %s: x86_64, re-entering xbt %s", file, xbt_path);
		/* The runner (if any) is looked up in PATH like a shell would. */
		execvpe(nv[0], nv, envp);
		int e = errno;

		free(nv);
		return -e;
	}
	/* Host-native program or something the kernel decides about (ENOEXEC). */
	execve(file, argv, envp);
	return -errno;
}

long exec_script(const char *file, char **argv, int argc)
{
	unsigned char hdr[2];
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : pread(fd, hdr, 2, 0);

	if (fd >= 0)
		close(fd);
	if (n != 2 || hdr[0] != '#' || hdr[1] != '!')
		return -ENOEXEC;
	return exec_file(NULL, file, argv, argc, environ, 0);
}

long exec_guest(struct os_thread *t, int dirfd, const char *path, gaddr_t gargv, gaddr_t genvp,
		int flags)
{
	char file[PATH_MAX + 64];
	char **argv, **envp;
	int argc, envc;
	long r;

	if (flags & ~(X86_AT_EMPTY_PATH | X86_AT_SYMLINK_NOFOLLOW))
		return -EINVAL;
	if (sys_is_self_exe(path)) {
		snprintf(file, sizeof(file), "%s", t->proc->exe);
	} else if (!*path) {
		if (!(flags & X86_AT_EMPTY_PATH))
			return -ENOENT;
		snprintf(file, sizeof(file), "/proc/self/fd/%d", dirfd);
	} else if (path[0] != '/' && dirfd != AT_FDCWD) {
		snprintf(file, sizeof(file), "/proc/self/fd/%d/%s", dirfd, path);
	} else {
		snprintf(file, sizeof(file), "%s", path);
	}
	if (flags & X86_AT_SYMLINK_NOFOLLOW) {
		struct stat st;

		if (!lstat(file, &st) && S_ISLNK(st.st_mode))
			return -ELOOP;
	}
	r = copy_strv(gargv, &argv, &argc);
	if (r)
		return r;
	r = copy_strv(genvp, &envp, &envc);
	if (r) {
		free_strv(argv);
		return r;
	}
	signal_exec_mask(t, true);
	r = exec_file(t, file, argv, argc, envp, 0);
	signal_exec_mask(t, false);
	free_strv(argv);
	free_strv(envp);
	return r;
}
