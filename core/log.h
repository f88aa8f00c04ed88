/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Logging by category and level (XBT_LOG=jit:debug,sys:info), async-signal-safe. */
#ifndef XBT_CORE_LOG_H
#define XBT_CORE_LOG_H

#include <stdarg.h>

enum log_cat { LOG_CORE, LOG_LOADER, LOG_JIT, LOG_SYS, LOG_SIG, LOG_NCAT };
enum log_level { LOG_ERROR, LOG_WARN, LOG_INFO, LOG_DEBUG };

/* Parse XBT_LOG-style text ("jit:debug,sys:info" or "debug"); 0 or -EINVAL. */
int log_configure(const char *spec);
/* Duplicate fd 2 so that guest close(2) does not silence xbt. */
void log_init(void);
int log_fd(void);
extern int log_levels[LOG_NCAT];

void log_write(enum log_cat cat, enum log_level lvl, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Format into buf like snprintf (subset: d i u x p s c ld lu lx llx zu %%), signal safe. */
int log_vformat(char *buf, int size, const char *fmt, va_list ap);
int log_format(char *buf, int size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#define log_enabled(cat, lvl) (log_levels[cat] >= (lvl))
#define xlog(cat, lvl, ...)                                   \
	do {                                                  \
		if (log_enabled(cat, lvl))                    \
			log_write(cat, lvl, __VA_ARGS__);     \
	} while (0)
#define log_err(cat, ...) xlog(cat, LOG_ERROR, __VA_ARGS__)
#define log_warn(cat, ...) xlog(cat, LOG_WARN, __VA_ARGS__)
#define log_info(cat, ...) xlog(cat, LOG_INFO, __VA_ARGS__)
#define log_debug(cat, ...) xlog(cat, LOG_DEBUG, __VA_ARGS__)

/* Print "xbt: <msg>" unconditionally (user-facing errors). */
void xbt_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
