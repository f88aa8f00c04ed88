// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Logging. Everything here is async-signal-safe: a small formatter writes into a
 * stack buffer and one write(2) goes to a private duplicate of fd 2.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "types.h"

int log_levels[LOG_NCAT] = { LOG_WARN, LOG_WARN, LOG_WARN, LOG_WARN, LOG_WARN };
static int logfd = 2;
static const char *const cat_names[LOG_NCAT] = { "core", "loader", "jit", "sys", "sig" };
static const char *const lvl_names[] = { "error", "warn", "info", "debug" };

int log_fd(void)
{
	return logfd;
}

void log_init(void)
{
	int fd = fcntl(2, F_DUPFD_CLOEXEC, 100);

	if (fd >= 0)
		logfd = fd;
}

static int parse_level(const char *s, size_t n)
{
	for (size_t i = 0; i < ARRAY_SIZE(lvl_names); i++)
		if (strlen(lvl_names[i]) == n && !strncmp(s, lvl_names[i], n))
			return (int)i;
	return -1;
}

int log_configure(const char *spec)
{
	while (spec && *spec) {
		const char *end = strchrnul(spec, ',');
		const char *colon = memchr(spec, ':', end - spec);
		int lvl;

		if (!colon) {
			lvl = parse_level(spec, end - spec);
			if (lvl < 0)
				return -EINVAL;
			for (int c = 0; c < LOG_NCAT; c++)
				log_levels[c] = lvl;
		} else {
			int cat = -1;

			for (int c = 0; c < LOG_NCAT; c++)
				if (strlen(cat_names[c]) == (size_t)(colon - spec) &&
				    !strncmp(spec, cat_names[c], colon - spec))
					cat = c;
			lvl = parse_level(colon + 1, end - colon - 1);
			if (cat < 0 || lvl < 0)
				return -EINVAL;
			log_levels[cat] = lvl;
		}
		spec = *end ? end + 1 : end;
	}
	return 0;
}

static void put(char **p, char *end, char c)
{
	if (*p < end)
		*(*p)++ = c;
}

static void put_num(char **p, char *end, unsigned long long v, int base, int neg)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (neg)
		put(p, end, '-');
	while (n)
		put(p, end, tmp[--n]);
}

int log_vformat(char *buf, int size, const char *fmt, va_list ap)
{
	char *p = buf, *end = buf + size - 1;

	for (; *fmt; fmt++) {
		int lng = 0;

		if (*fmt != '%') {
			put(&p, end, *fmt);
			continue;
		}
		fmt++;
		while (*fmt == 'l' || *fmt == 'z') {
			lng++;
			fmt++;
		}
		switch (*fmt) {
		case 'd':
		case 'i': {
			long long v = lng ? va_arg(ap, long long) : va_arg(ap, int);

			put_num(&p, end, v < 0 ? -(unsigned long long)v : (unsigned long long)v, 10, v < 0);
			break;
		}
		case 'u':
			put_num(&p, end, lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned), 10, 0);
			break;
		case 'x':
			put_num(&p, end, lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned), 16, 0);
			break;
		case 'p':
			put(&p, end, '0');
			put(&p, end, 'x');
			put_num(&p, end, (unsigned long long)(uintptr_t)va_arg(ap, void *), 16, 0);
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);

			for (s = s ? s : "(null)"; *s; s++)
				put(&p, end, *s);
			break;
		}
		case 'c':
			put(&p, end, (char)va_arg(ap, int));
			break;
		case '%':
			put(&p, end, '%');
			break;
		default:
			put(&p, end, '?');
			break;
		}
	}
	*p = 0;
	return (int)(p - buf);
}

int log_format(char *buf, int size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = log_vformat(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

static void write_all(const char *s, int n)
{
	while (n > 0) {
		ssize_t w = write(logfd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= w;
	}
}

void log_write(enum log_cat cat, enum log_level lvl, const char *fmt, ...)
{
	char buf[1024];
	int saved = errno, n;
	va_list ap;

	n = log_format(buf, sizeof(buf), "xbt[%d] %s:%s: ", (int)getpid(), cat_names[cat],
		       lvl_names[lvl]);
	va_start(ap, fmt);
	n += log_vformat(buf + n, sizeof(buf) - n - 1, fmt, ap);
	va_end(ap);
	buf[n++] = '\n';
	write_all(buf, n);
	errno = saved;
}

void xbt_msg(const char *fmt, ...)
{
	char buf[1024];
	int saved = errno, n;
	va_list ap;

	n = log_format(buf, sizeof(buf), "xbt: ");
	va_start(ap, fmt);
	n += log_vformat(buf + n, sizeof(buf) - n - 1, fmt, ap);
	va_end(ap);
	buf[n++] = '\n';
	write_all(buf, n);
	errno = saved;
}

void xbt_bug(const char *file, int line, const char *cond)
{
	xbt_msg("BUG at %s:%d: %s", file, line, cond);
	abort();
}
