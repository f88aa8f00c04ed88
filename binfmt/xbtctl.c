// SPDX-License-Identifier: GPL-2.0-or-later
/* xbtctl: administer xbt — binfmt_misc registration, status and a health check. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "binfmt.h"
#include "doctor.h"
#include "kmodctl.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: xbtctl [--dir DIR] COMMAND [options]\n\n"
		"commands:\n"
		"  register [--flags FLAGS] [--interpreter PATH] [--name NAME] [--test-marker]\n"
		"            register xbt for x86_64 ELF programs (flags from POCF, default %s;\n"
		"            interpreter default: the xbt next to xbtctl; --test-marker matches only\n"
		"            ELFs carrying \"XBT\" in e_ident[9..11], for tests on x86_64 hosts)\n"
		"  unregister [--name NAME]   remove the registration\n"
		"  status [--name NAME]       binfmt_misc mounted? xbt registered, enabled, how?\n"
		"  doctor                     check this machine and print a fix for each problem\n"
		"  line [register options]    print the registration line (for binfmt.d files)\n"
		"  kmod status|load [KO]|unload   the optional /dev/xbt kernel module\n"
		"  help                       this text\n\n"
		"--dir DIR: the binfmt_misc mount (default %s)\n"
		"exit status: 0 ok; 1 the thing asked about is absent or a check failed;\n"
		"2 usage error; 3 permission denied\n",
		BINFMT_DEFAULT_FLAGS, BINFMT_DIR);
}

static const char *default_interpreter(char *buf, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", buf, size - 8);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = 0;
	slash = strrchr(buf, '/');
	strcpy(slash + 1, "xbt");
	return buf;
}

/* The binfmt_misc rule, then the kernel module: reported whatever the rule's state. */
static int rule_status(const char *dir, const char *name)
{
	struct binfmt_entry e;

	binfmt_query(dir, name, &e);
	if (!e.mounted) {
		printf("binfmt_misc: not mounted at %s\n"
		       "  fix: mount -t binfmt_misc binfmt_misc %s\n", dir, dir);
		return 1;
	}
	printf("binfmt_misc: mounted at %s\n", dir);
	if (!e.present) {
		printf("%s: not registered\n  fix: xbtctl register\n", name);
		return 1;
	}
	printf("%s: registered, %s\n", name, e.enabled ? "enabled" : "disabled");
	printf("  interpreter: %s\n  flags: %s\n", e.interpreter, e.flags[0] ? e.flags : "(none)");
	if (access(e.interpreter, X_OK))
		printf("  warning: interpreter %s is not executable here (%s)%s\n", e.interpreter,
		       strerror(errno), strchr(e.flags, 'F') ? "; F keeps the opened file" : "");
	return e.enabled ? 0 : 1;
}

static int cmd_status(const char *dir, const char *name)
{
	int r = rule_status(dir, name);

	doctor_kmod_line(stdout);
	return r;
}

static const struct option opts[] = {
	{ "dir", required_argument, NULL, 'd' },
	{ "flags", required_argument, NULL, 'f' },
	{ "interpreter", required_argument, NULL, 'i' },
	{ "name", required_argument, NULL, 'n' },
	{ "test-marker", no_argument, NULL, 't' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* Options into rule/dir; -1 to go on, else the exit status (help or a bad option). */
static int parse_opts(int argc, char **argv, const char *optstring, struct binfmt_rule *rule,
		      const char **dir)
{
	int o;

	while ((o = getopt_long(argc, argv, optstring, opts, NULL)) != -1) {
		switch (o) {
		case 'd': *dir = optarg; break;
		case 'f': rule->flags = optarg; break;
		case 'i': rule->interpreter = optarg; break;
		case 'n': rule->name = optarg; break;
		case 't': rule->test_marker = true; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	return -1;
}

static int cmd_kmod(int argc, char **argv)
{
	int r;

	if (argc >= 1 && !strcmp(argv[0], "status") && argc == 1)
		return kmodctl_status(stdout);
	if (argc >= 1 && !strcmp(argv[0], "load") && argc <= 2) {
		r = kmodctl_load(argc == 2 ? argv[1] : NULL);
		if (r == -EEXIST) {
			printf("kernel module: already loaded\n");
			return 0;
		}
		if (r) {
			fprintf(stderr, "xbtctl: loading the module: %s%s\n", strerror(-r),
				r == -EPERM ? " (needs root / CAP_SYS_MODULE)" :
				argc == 1 ? " (install it with DKMS, or give the .ko path)" : "");
			return r == -EPERM ? 3 : 1;
		}
		return kmodctl_status(stdout);
	}
	if (argc == 1 && !strcmp(argv[0], "unload")) {
		r = kmodctl_unload();
		if (r) {
			fprintf(stderr, "xbtctl: unloading the module: %s%s\n", strerror(-r),
				r == -EWOULDBLOCK || r == -EBUSY ? " (in use by running programs)" :
				r == -ENOENT ? " (not loaded)" : "");
			return r == -EPERM ? 3 : 1;
		}
		printf("kernel module: unloaded\n");
		return 0;
	}
	fprintf(stderr, "usage: xbtctl kmod status|load [MODULE.ko]|unload\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct binfmt_rule rule = { .name = BINFMT_NAME, .flags = BINFMT_DEFAULT_FLAGS };
	const char *dir = BINFMT_DIR, *cmd;
	char interp[PATH_MAX], line[8192];
	int r;

	/* Options may come before the command and after it. */
	r = parse_opts(argc, argv, "+h", &rule, &dir);
	if (r >= 0)
		return r;
	if (optind >= argc) {
		usage(stderr);
		return 2;
	}
	cmd = argv[optind++];
	r = parse_opts(argc, argv, "h", &rule, &dir);
	if (r >= 0)
		return r;
	if (!strcmp(cmd, "kmod"))
		return cmd_kmod(argc - optind, argv + optind);
	if (optind < argc) {
		fprintf(stderr, "xbtctl: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	if (!rule.interpreter)
		rule.interpreter = default_interpreter(interp, sizeof(interp));

	if (!strcmp(cmd, "help")) {
		usage(stdout);
		return 0;
	} else if (!strcmp(cmd, "status")) {
		return cmd_status(dir, rule.name);
	} else if (!strcmp(cmd, "doctor")) {
		return doctor_run(stdout, dir, rule.name) ? 1 : 0;
	} else if (!strcmp(cmd, "line")) {
		if (binfmt_line(&rule, line, sizeof(line))) {
			fprintf(stderr, "xbtctl: bad flags '%s' or interpreter path\n", rule.flags);
			return 2;
		}
		puts(line);
		return 0;
	} else if (!strcmp(cmd, "register")) {
		if (!rule.interpreter || access(rule.interpreter, X_OK)) {
			fprintf(stderr, "xbtctl: interpreter %s: %s\n",
				rule.interpreter ? rule.interpreter : "?", strerror(errno));
			return 1;
		}
		r = binfmt_register(dir, &rule);
		if (r == -EINVAL && binfmt_line(&rule, line, sizeof(line))) {
			fprintf(stderr, "xbtctl: bad flags '%s' (use letters from POCF)\n", rule.flags);
			return 2;
		}
		if (r) {
			fprintf(stderr, "xbtctl: register %s in %s: %s%s\n", rule.name, dir,
				strerror(-r),
				r == -EEXIST ? " (already registered: xbtctl unregister first)" :
				r == -EACCES || r == -EPERM ? " (needs root / CAP_SYS_ADMIN)" :
				r == -ENOENT ? " (binfmt_misc not mounted?)" : "");
			return r == -EACCES || r == -EPERM ? 3 : 1;
		}
		printf("registered %s: %s [%s]\n", rule.name, rule.interpreter, rule.flags);
		return 0;
	} else if (!strcmp(cmd, "unregister")) {
		r = binfmt_unregister(dir, rule.name);
		if (r) {
			fprintf(stderr, "xbtctl: unregister %s: %s\n", rule.name,
				r == -ENOENT ? "not registered" : strerror(-r));
			return r == -EACCES || r == -EPERM ? 3 : 1;
		}
		printf("unregistered %s\n", rule.name);
		return 0;
	}
	fprintf(stderr, "xbtctl: unknown command '%s' (try --help)\n", cmd);
	return 2;
}
