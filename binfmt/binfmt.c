// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * binfmt_misc registration for x86_64 ELF executables and PIEs. The rule matches
 * ELF64, little-endian, EV_CURRENT, any OSABI/ABI version, e_type EXEC or DYN and
 * e_machine EM_X86_64 (Documentation/admin-guide/binfmt-misc.rst).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "binfmt.h"

/* e_ident[0..15], e_type (2 bytes), e_machine (2 bytes). */
static const unsigned char magic[20] = {
	0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0,
};
static const unsigned char mask[20] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff,
};

static int put_hex(char *buf, size_t size, size_t *n, const unsigned char *b, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		int w = snprintf(buf + *n, size - *n, "\\x%02x", b[i]);

		if (w < 0 || (size_t)w >= size - *n)
			return -EINVAL;
		*n += w;
	}
	return 0;
}

int binfmt_line(const struct binfmt_rule *r, char *buf, size_t size)
{
	unsigned char m[20];
	size_t n = 0;
	int w;

	if (!r->interpreter || r->interpreter[0] != '/' || strchr(r->interpreter, ':') ||
	    strspn(r->flags, "POCF") != strlen(r->flags))
		return -EINVAL;
	memcpy(m, magic, sizeof(m));
	if (r->test_marker)
		memcpy(m + 9, "XBT", 3); /* bytes 9..11 are EI_PAD, ignored by the kernel */
	w = snprintf(buf, size, ":%s:M:0:", r->name);
	if (w < 0 || (size_t)w >= size)
		return -EINVAL;
	n = w;
	if (put_hex(buf, size, &n, m, sizeof(m)))
		return -EINVAL;
	if (n + 1 >= size)
		return -EINVAL;
	buf[n++] = ':';
	if (put_hex(buf, size, &n, mask, sizeof(mask)))
		return -EINVAL;
	w = snprintf(buf + n, size - n, ":%s:%s", r->interpreter, r->flags);
	if (w < 0 || (size_t)w >= size - n)
		return -EINVAL;
	return 0;
}

static int write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC), r = 0;

	if (fd < 0)
		return -errno;
	if (write(fd, s, strlen(s)) != (ssize_t)strlen(s))
		r = -errno;
	close(fd);
	return r;
}

int binfmt_register(const char *dir, const struct binfmt_rule *r)
{
	char line[8192], path[4096];

	if (binfmt_line(r, line, sizeof(line)))
		return -EINVAL;
	snprintf(path, sizeof(path), "%s/register", dir);
	return write_file(path, line);
}

int binfmt_unregister(const char *dir, const char *name)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return write_file(path, "-1");
}

int binfmt_query(const char *dir, const char *name, struct binfmt_entry *e)
{
	char path[4096], line[4096 + 32];
	struct stat st;
	FILE *f;

	memset(e, 0, sizeof(*e));
	snprintf(path, sizeof(path), "%s/register", dir);
	e->mounted = !stat(path, &st);
	if (!e->mounted)
		return 0;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "re");
	if (!f)
		return 0;
	e->present = true;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = 0;
		if (!strcmp(line, "enabled"))
			e->enabled = true;
		else if (!strncmp(line, "interpreter ", 12))
			snprintf(e->interpreter, sizeof(e->interpreter), "%.4000s", line + 12);
		else if (!strncmp(line, "flags: ", 7))
			snprintf(e->flags, sizeof(e->flags), "%.15s", line + 7);
	}
	fclose(f);
	return 0;
}
