// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Code on pages that stay writable is rewritten and must run as rewritten:
 * a function whose immediate is patched between calls (thousands of times, so
 * translated and compiled code is replaced), an instruction that patches a later
 * instruction of its own straight-line block, and code bytes written into the
 * page by the kernel (read from a pipe) after the old code ran.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int fails;

static void check(const char *what, long got, long want)
{
	if (got != want) {
		printf("FAIL %s: %ld, want %ld\n", what, got, want);
		fails++;
	}
}

/* mov eax, imm32; ret */
static void gen_ret_imm(uint8_t *p, uint32_t imm)
{
	p[0] = 0xb8;
	memcpy(p + 1, &imm, 4);
	p[5] = 0xc3;
}

int main(void)
{
	uint8_t *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
			     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int (*f)(void) = (int (*)(void))(void *)page;
	int (*g)(void) = (int (*)(void))(void *)(page + 64);
	uint8_t code[6];
	int fd[2];

	if (page == MAP_FAILED)
		return 2;
	/* 1. patch the immediate between calls */
	gen_ret_imm(page, 0);
	for (uint32_t i = 0; i < 5000; i++) {
		memcpy(page + 1, &i, 4);
		check("patched immediate", f(), (long)i);
		if (fails)
			break;
	}
	/* 2. xor eax, eax; mov byte [rip + 1], 0x2a; mov al, 0; ret:
	 * the second instruction rewrites the third's immediate */
	static const uint8_t smc[] = { 0x31, 0xc0, 0xc6, 0x05, 1, 0, 0, 0, 0x2a, 0xb0, 0x00, 0xc3 };
	memcpy(page + 64, smc, sizeof(smc));
	for (int i = 0; i < 2000 && !fails; i++) {
		page[64 + 10] = (uint8_t)i; /* undo the previous call's patch */
		check("instruction patched by the one before it", g(), 0x2a);
	}
	/* 3. the kernel writes new code into the page after the old code ran */
	gen_ret_imm(page, 111);
	check("before read", f(), 111);
	gen_ret_imm(code, 222);
	if (pipe(fd) || write(fd[1], code, sizeof(code)) != sizeof(code))
		return 2;
	check("read into a code page", read(fd[0], page, sizeof(code)), sizeof(code));
	check("code read from a pipe", f(), 222);
	printf("%s: self-modifying code on writable pages\n", fails ? "FAIL" : "PASS");
	return fails != 0;
}
