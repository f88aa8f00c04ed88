// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Hello from libc: argv, a few environment variables and the aux vector entries a
 * program can see (AT_PAGESZ, AT_EXECFN basename, 16-byte stack alignment at main).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

int main(int argc, char **argv, char **envp)
{
	const char *fn = (const char *)getauxval(AT_EXECFN);
	const char *base = fn ? strrchr(fn, '/') : NULL;
	int envc = 0;
	volatile char probe __attribute__((aligned(16)));

	printf("hello, world\n");
	printf("argc=%d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d]=%s\n", i, argv[i]);
	for (char **e = envp; *e; e++)
		envc++;
	printf("environment has entries: %s\n", envc > 0 ? "yes" : "no");
	printf("PATH set: %s\n", getenv("PATH") ? "yes" : "no");
	printf("AT_PAGESZ=%lu\n", getauxval(AT_PAGESZ));
	printf("AT_EXECFN basename=%s\n", base ? base + 1 : "(none)");
	printf("AT_RANDOM present: %s\n", getauxval(AT_RANDOM) ? "yes" : "no");
	printf("AT_PHDR present: %s\n", getauxval(AT_PHDR) ? "yes" : "no");
	printf("aligned local: %s\n", ((uintptr_t)&probe & 15) == 0 ? "yes" : "no");
	printf("argv[0] ends with hello_argv_env: %s\n",
	       strstr(argv[0], "hello_argv_env") ? "yes" : "no");
	return argc + 10;
}
