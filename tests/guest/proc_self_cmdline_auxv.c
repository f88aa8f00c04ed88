// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * /proc/self/cmdline and /proc/self/auxv show the program's own view: its argv
 * (also after it rewrites argv in place, as setproctitle does) and an auxv that
 * agrees with getauxval() for the entries it has.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

static void print_cmdline(const char *what)
{
	char buf[4096];
	int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf));

	if (fd >= 0)
		close(fd);
	printf("%s: %zd bytes:", what, n);
	for (ssize_t i = 0; i < n; i++)
		putchar(buf[i] ? buf[i] : '|');
	putchar('\n');
}

int main(int argc, char **argv)
{
	static const unsigned long keys[] = { AT_PAGESZ, AT_PHENT, AT_PHNUM, AT_ENTRY, AT_PHDR,
					      AT_UID, AT_EUID, AT_RANDOM, AT_EXECFN, AT_CLKTCK };
	Elf64_auxv_t av[64];
	int fd = open("/proc/self/auxv", O_RDONLY), agree = 0, ended = 0;
	ssize_t n = fd < 0 ? -1 : read(fd, av, sizeof(av));

	print_cmdline("cmdline");
	if (argc > 0 && strlen(argv[0]) >= 4)
		memcpy(argv[0] + strlen(argv[0]) - 4, "XXXX", 4); /* rewrite argv in place */
	print_cmdline("after rewriting argv[0]");
	for (ssize_t i = 0; i < n / (ssize_t)sizeof(av[0]); i++) {
		if (av[i].a_type == AT_NULL) {
			ended = 1;
			break;
		}
		for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
			if (av[i].a_type == keys[k] && av[i].a_un.a_val == getauxval(keys[k]))
				agree++;
	}
	printf("auxv: ends with AT_NULL %d, %d of %zu checked entries agree with getauxval\n",
	       ended, agree, sizeof(keys) / sizeof(keys[0]));
	return 0;
}
