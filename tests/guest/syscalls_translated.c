// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Checks the results and struct layouts of translated syscalls (stat, epoll_event,
 * open flags, uname, clocks, pipes, fork/wait, execve of itself, /proc/self/exe,
 * getdents64, ...). Prints one deterministic line per check; compared with native.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int fails;

static void check(const char *what, int ok)
{
	printf("%-40s %s\n", what, ok ? "ok" : "FAIL");
	if (!ok)
		fails++;
}

/* The x86_64 kernel struct stat, read through the raw syscall. */
struct kstat {
	unsigned long dev, ino, nlink;
	unsigned mode, uid, gid, pad0;
	unsigned long rdev;
	long size, blksize, blocks;
	unsigned long atime, atime_ns, mtime, mtime_ns, ctime, ctime_ns;
	long unused[3];
};

static void test_stat(const char *dir)
{
	char path[4096];
	struct kstat ks;
	struct stat st;
	int fd;

	snprintf(path, sizeof(path), "%s/file", dir);
	fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0640);
	check("open O_CREAT", fd >= 0);
	check("write 1000 bytes", write(fd, memset(malloc(1000), 'x', 1000), 1000) == 1000);
	struct timespec ts[2] = { { 1000000000, 123456789 }, { 1500000000, 987654321 } };
	check("futimens", futimens(fd, ts) == 0);
	close(fd);
	check("sizeof(struct stat) == 144", sizeof(struct stat) == 144);
	memset(&ks, 0xaa, sizeof(ks));
	check("raw stat", syscall(SYS_stat, path, &ks) == 0);
	check("stat size", ks.size == 1000);
	check("stat mode", (ks.mode & 07777) == 0640 && S_ISREG(ks.mode));
	check("stat nlink", ks.nlink == 1);
	check("stat uid/gid", ks.uid == getuid() && ks.gid == getgid());
	check("stat mtime", ks.mtime == 1500000000 && ks.mtime_ns == 987654321);
	check("stat atime", ks.atime == 1000000000 && ks.atime_ns == 123456789);
	check("stat blksize", ks.blksize > 0 && ks.blocks >= 0);
	check("stat unused zero", !ks.unused[0] && !ks.unused[1] && !ks.unused[2] && !ks.pad0);
	check("fstat == stat", !stat(path, &st) && st.st_ino == ks.ino && st.st_dev == ks.dev);
	check("lstat symlink", !symlink("file", strcat(strcpy(path, dir), "/link")) &&
				       !lstat(path, &st) && S_ISLNK(st.st_mode) && st.st_size == 4);
	check("stat follows symlink", !stat(path, &st) && st.st_size == 1000);
	check("fstatat AT_SYMLINK_NOFOLLOW",
	      !fstatat(AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW) && S_ISLNK(st.st_mode));
	struct statx sx;
	check("statx size", !statx(AT_FDCWD, path, 0, STATX_SIZE, &sx) && sx.stx_size == 1000);
	check("stat ENOENT", stat("/nonexistent/x", &st) == -1 && errno == ENOENT);
	struct statfs sf;
	check("statfs", !statfs(dir, &sf) && sf.f_bsize > 0 && sf.f_namelen >= 255);
	char buf[64];
	ssize_t n = readlink(path, buf, sizeof(buf));
	check("readlink", n == 4 && !memcmp(buf, "file", 4));
}

static void test_flags(const char *dir)
{
	char path[4096];
	int fd, fl;

	fd = open(dir, O_RDONLY | O_DIRECTORY);
	check("open O_DIRECTORY on dir", fd >= 0);
	close(fd);
	snprintf(path, sizeof(path), "%s/file", dir);
	check("open O_DIRECTORY on file -> ENOTDIR",
	      open(path, O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
	snprintf(path, sizeof(path), "%s/link", dir);
	check("open O_NOFOLLOW on symlink -> ELOOP",
	      open(path, O_RDONLY | O_NOFOLLOW) == -1 && errno == ELOOP);
	fd = open(path, O_RDWR | O_APPEND | O_NONBLOCK);
	fl = fcntl(fd, F_GETFL);
	/* O_LARGEFILE (x86 0100000) is left out: qemu-user does not report it. */
	printf("F_GETFL flags %#o\n", fl & ~0100000);
	check("F_GETFL O_RDWR|O_APPEND|O_NONBLOCK", (fl & ~0100000) == (O_RDWR | O_APPEND | O_NONBLOCK));
	check("F_SETFL clear O_APPEND", !fcntl(fd, F_SETFL, O_NONBLOCK) &&
						!(fcntl(fd, F_GETFL) & O_APPEND));
	check("F_GETFD cloexec off", fcntl(fd, F_GETFD) == 0);
	check("F_SETFD cloexec", !fcntl(fd, F_SETFD, FD_CLOEXEC) && fcntl(fd, F_GETFD) == 1);
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 10, .l_len = 20 };
	check("F_SETLK", !fcntl(fd, F_SETLK, &lk));
	lk.l_type = F_RDLCK;
	check("F_GETLK own lock -> unlocked", !fcntl(fd, F_GETLK, &lk) && lk.l_type == F_UNLCK);
	int d = fcntl(fd, F_DUPFD_CLOEXEC, 50);
	check("F_DUPFD_CLOEXEC", d >= 50 && fcntl(d, F_GETFD) == FD_CLOEXEC);
	close(d);
	close(fd);
}

static void test_dirs(const char *dir)
{
	char path[4096];
	int fd, n, seen = 0;
	char buf[4096];

	snprintf(path, sizeof(path), "%s/sub", dir);
	check("mkdir", !mkdir(path, 0755));
	check("mkdir EEXIST", mkdir(path, 0755) == -1 && errno == EEXIST);
	fd = open(dir, O_RDONLY | O_DIRECTORY);
	while ((n = syscall(SYS_getdents64, fd, buf, sizeof(buf))) > 0) {
		for (int off = 0; off < n;) {
			unsigned short reclen = *(unsigned short *)(buf + off + 16);
			const char *name = buf + off + 19;
			unsigned char type = buf[off + 18];

			if (!strcmp(name, "file") && type == DT_REG)
				seen |= 1;
			if (!strcmp(name, "link") && type == DT_LNK)
				seen |= 2;
			if (!strcmp(name, "sub") && type == DT_DIR)
				seen |= 4;
			off += reclen;
		}
	}
	close(fd);
	check("getdents64 names and types", seen == 7);
	DIR *dp = opendir(dir);
	int cnt = 0;
	while (readdir(dp))
		cnt++;
	closedir(dp);
	check("readdir count", cnt == 5);
	char p2[4096];
	snprintf(p2, sizeof(p2), "%s/sub2", dir);
	check("rename", !rename(path, p2) && access(p2, F_OK) == 0 && access(path, F_OK) == -1);
	check("rmdir", !rmdir(p2));
	snprintf(path, sizeof(path), "%s/file", dir);
	snprintf(p2, sizeof(p2), "%s/hard", dir);
	struct stat st;
	check("link nlink 2", !link(path, p2) && !stat(path, &st) && st.st_nlink == 2);
	check("unlink", !unlink(p2) && !stat(path, &st) && st.st_nlink == 1);
	check("chmod", !chmod(path, 0600) && !stat(path, &st) && (st.st_mode & 0777) == 0600);
	check("truncate", !truncate(path, 10) && !stat(path, &st) && st.st_size == 10);
	check("access W_OK", access(path, W_OK) == 0);
	char cwd[4096];
	check("chdir/getcwd", !chdir(dir) && getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, dir));
	check("relative open", (fd = open("file", O_RDONLY)) >= 0);
	check("lseek end", lseek(fd, 0, SEEK_END) == 10);
	check("pread", pread(fd, buf, 4, 2) == 4 && !memcmp(buf, "xxxx", 4));
	close(fd);
	check("chdir /", !chdir("/"));
}

static void test_io(void)
{
	int p[2], q[2];
	char buf[32];

	check("pipe", !pipe(p));
	struct iovec iov[2] = { { "ab", 2 }, { "cde", 3 } };
	check("writev", writev(p[1], iov, 2) == 5);
	check("read pipe", read(p[0], buf, sizeof(buf)) == 5 && !memcmp(buf, "abcde", 5));
	check("pipe2 O_CLOEXEC", !pipe2(q, O_CLOEXEC | O_NONBLOCK) && fcntl(q[0], F_GETFD) == 1 &&
					 (fcntl(q[0], F_GETFL) & O_NONBLOCK));
	check("read empty nonblock -> EAGAIN", read(q[0], buf, 1) == -1 && errno == EAGAIN);
	check("dup2", dup2(p[1], 40) == 40 && write(40, "z", 1) == 1 && read(p[0], buf, 1) == 1 &&
			      buf[0] == 'z');
	check("dup3 O_CLOEXEC", dup3(p[1], 41, O_CLOEXEC) == 41 && fcntl(41, F_GETFD) == 1);
	check("close", !close(40) && !close(41) && close(41) == -1 && errno == EBADF);

	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1122334455667788ULL };
	check("sizeof(struct epoll_event) == 12", sizeof(struct epoll_event) == 12);
	check("epoll_ctl ADD", !epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
	struct epoll_event out[4];
	memset(out, 0, sizeof(out));
	check("epoll_wait none", epoll_wait(ep, out, 4, 0) == 0);
	check("write", write(p[1], "x", 1) == 1);
	struct epoll_event q2[2] = { 0 };
	ev.data.u64 = 0;
	check("epoll_ctl ADD second", !epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &(struct epoll_event){
									 .events = EPOLLIN, .data.u64 = 7 }));
	check("write q", write(q[1], "y", 1) == 1);
	int n = epoll_wait(ep, q2, 2, 1000);
	check("epoll_wait two events", n == 2);
	int found = 0;
	for (int i = 0; i < n; i++) {
		if (q2[i].data.u64 == 0x1122334455667788ULL && q2[i].events == EPOLLIN)
			found |= 1;
		if (q2[i].data.u64 == 7 && q2[i].events == EPOLLIN)
			found |= 2;
	}
	check("epoll_event data round trip", found == 3);
	close(ep);

	struct pollfd pf[2] = { { p[0], POLLIN, 0 }, { q[1], POLLOUT, 0 } };
	check("poll", poll(pf, 2, 100) == 2 && pf[0].revents == POLLIN && pf[1].revents == POLLOUT);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	struct timeval tv = { 1, 0 };
	check("select", select(p[0] + 1, &rs, NULL, NULL, &tv) == 1 && FD_ISSET(p[0], &rs));
	int sv[2];
	check("socketpair", !socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	/* SCM_RIGHTS: pass p[0] over the socket. */
	char c = 'm';
	struct iovec siov = { &c, 1 };
	union {
		char b[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} u;
	struct msghdr mh = { .msg_iov = &siov, .msg_iovlen = 1, .msg_control = u.b,
			     .msg_controllen = sizeof(u.b) };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&mh);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &p[0], sizeof(int));
	check("sendmsg SCM_RIGHTS", sendmsg(sv[0], &mh, 0) == 1);
	memset(u.b, 0, sizeof(u.b));
	c = 0;
	check("recvmsg SCM_RIGHTS", recvmsg(sv[1], &mh, 0) == 1 && c == 'm');
	cm = CMSG_FIRSTHDR(&mh);
	int got = -1;
	if (cm && cm->cmsg_type == SCM_RIGHTS)
		memcpy(&got, CMSG_DATA(cm), sizeof(int));
	check("received fd reads the pipe", got >= 0 && read(got, buf, 1) == 1 && buf[0] == 'x');
}

static void test_tty(void)
{
	struct termios tio, tio2;
	struct winsize ws = { 24, 80, 0, 0 }, ws2;
	int m, s;

	int p[2];

	check("TCGETS on a pipe -> ENOTTY", !pipe(p) && tcgetattr(p[0], &tio) == -1 && errno == ENOTTY);
	close(p[0]);
	close(p[1]);
	m = posix_openpt(O_RDWR | O_NOCTTY);
	check("posix_openpt", m >= 0);
	check("grantpt/unlockpt (TIOCSPTLCK)", !grantpt(m) && !unlockpt(m));
	check("ptsname (TIOCGPTN)", ptsname(m) && !strncmp(ptsname(m), "/dev/pts/", 9));
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	check("open slave", s >= 0);
	check("isatty", isatty(s) == 1);
	check("tcgetattr (TCGETS)", !tcgetattr(s, &tio));
	tio.c_lflag &= ~(ICANON | ECHO);
	tio.c_cc[VMIN] = 3;
	tio.c_cc[VTIME] = 7;
	check("tcsetattr (TCSETS)", !tcsetattr(s, TCSANOW, &tio));
	check("termios round trip", !tcgetattr(s, &tio2) && !(tio2.c_lflag & (ICANON | ECHO)) &&
					    tio2.c_cc[VMIN] == 3 && tio2.c_cc[VTIME] == 7 &&
					    tio2.c_cflag == tio.c_cflag && tio2.c_iflag == tio.c_iflag);
	check("TIOCSWINSZ/TIOCGWINSZ", !ioctl(s, TIOCSWINSZ, &ws) && !ioctl(m, TIOCGWINSZ, &ws2) &&
					       ws2.ws_row == 24 && ws2.ws_col == 80);
	int n = -1;
	check("write to master, FIONREAD on slave",
	      write(m, "ab", 2) == 2 && !usleep(20000) && !ioctl(s, FIONREAD, &n) && n == 2);
	close(s);
	close(m);
}

static void test_misc(void)
{
	struct utsname u;
	struct timespec a, b;
	struct rlimit rl;

	check("uname machine x86_64", !uname(&u) && !strcmp(u.machine, "x86_64"));
	check("clock monotonic", !clock_gettime(CLOCK_MONOTONIC, &a) && !clock_gettime(CLOCK_MONOTONIC, &b) &&
					 (b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec)));
	struct timespec sl = { 0, 1000000 };
	check("nanosleep", !nanosleep(&sl, NULL));
	time_t t1 = time(NULL);
	check("time", t1 > 1600000000);
	check("getrlimit NOFILE", !getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur > 0);
	check("getpid == gettid", getpid() == gettid());
	check("getppid", getppid() > 0);
	unsigned char rnd[16];
	check("getrandom", getrandom(rnd, sizeof(rnd), 0) == 16);
	void *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	check("mmap anon", m != MAP_FAILED && ((char *)m)[100] == 0);
	((char *)m)[5000] = 1;
	check("mprotect", !mprotect(m, 4096, PROT_READ) && !mprotect(m, 4096, PROT_READ | PROT_WRITE));
	void *m2 = mremap(m, 8192, 3 * 4096, MREMAP_MAYMOVE);
	check("mremap keeps data", m2 != MAP_FAILED && ((char *)m2)[5000] == 1);
	check("munmap", !munmap(m2, 3 * 4096));
	void *br = sbrk(0);
	check("sbrk grows", sbrk(65536) == br && sbrk(0) == (char *)br + 65536);
	memset(br, 1, 65536);
	struct sigaction sa = { 0 }, old;
	sa.sa_handler = SIG_IGN;
	check("sigaction SIGPIPE ignore", !sigaction(SIGPIPE, &sa, &old) && old.sa_handler == SIG_DFL);
	check("sigaction old is ignore", !sigaction(SIGPIPE, NULL, &old) && old.sa_handler == SIG_IGN);
	int p[2];
	check("write to closed pipe -> EPIPE", !pipe(p) && !close(p[0]) && write(p[1], "x", 1) == -1 &&
						     errno == EPIPE);
	sigset_t s, o;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	check("sigprocmask", !sigprocmask(SIG_BLOCK, &s, NULL) && !sigprocmask(SIG_SETMASK, NULL, &o) &&
				     sigismember(&o, SIGUSR1));
	check("umask", umask(022) >= 0 && umask(022) == 022);
}

static void test_proc(const char *self, const char *dir)
{
	char buf[4096];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
	char real[4096];

	buf[n > 0 ? n : 0] = 0;
	check("/proc/self/exe is the program", n > 0 && realpath(self, real) && !strcmp(buf, real));
	pid_t pid = fork();
	if (pid == 0)
		_exit(42);
	int st;
	check("fork + waitpid exit 42", pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
						WEXITSTATUS(st) == 42);
	pid = fork();
	if (pid == 0) {
		char *av[] = { "renamed-argv0", "child", NULL };

		fflush(stdout);
		execv("/proc/self/exe", av);
		_exit(99);
	}
	check("execve of itself", pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
					  WEXITSTATUS(st) == 7);
	char *sav[] = { "renamed-argv0", "child", NULL };
	check("posix_spawn (clone CLONE_VM|CLONE_VFORK)",
	      !posix_spawn(&pid, real, NULL, NULL, sav, environ) && waitpid(pid, &st, 0) == pid &&
		      WIFEXITED(st) && WEXITSTATUS(st) == 7);
	pid = vfork();
	if (pid == 0)
		_exit(3);
	check("vfork", pid > 0 && waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 3);
	/* A "#!" script whose interpreter is this program, with one argument. */
	snprintf(buf, sizeof(buf), "%s/script", dir);
	FILE *f = fopen(buf, "w");
	fprintf(f, "#!%s  script  \n", real);
	fclose(f);
	chmod(buf, 0755);
	pid = fork();
	if (pid == 0) {
		execl(buf, "scriptname", "arg1", (char *)NULL);
		_exit(99);
	}
	check("execve #! script", pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
					  WEXITSTATUS(st) == 8);
	unlink(buf);
	pid = fork();
	if (pid == 0) {
		execl("/nonexistent", "x", (char *)NULL);
		_exit(errno == ENOENT ? 11 : 12);
	}
	check("execve missing -> ENOENT", waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 11);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	check("kill SIGTERM", !kill(pid, SIGTERM) && waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) &&
				      WTERMSIG(st) == SIGTERM);
}

int main(int argc, char **argv)
{
	char dir[] = "/tmp/xbt-sys-XXXXXX";

	if (argc > 1 && !strcmp(argv[1], "child")) {
		/* execve'd child: argv[0] must be what the parent passed. */
		printf("child argv0=%s\n", argv[0]);
		return !strcmp(argv[0], "renamed-argv0") ? 7 : 1;
	}
	if (argc == 4 && !strcmp(argv[1], "script")) {
		/* run as the interpreter of a script: interp, its argument, script, args */
		const char *s = strrchr(argv[2], '/');

		return s && !strcmp(s, "/script") && !strcmp(argv[3], "arg1") ? 8 : 1;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!mkdtemp(dir))
		return 2;
	test_stat(dir);
	test_flags(dir);
	test_dirs(dir);
	test_io();
	test_misc();
	test_tty();
	test_proc(argv[0], dir);
	char cmd[4200];
	snprintf(cmd, sizeof(cmd), "%s/file", dir);
	unlink(cmd);
	snprintf(cmd, sizeof(cmd), "%s/link", dir);
	unlink(cmd);
	rmdir(dir);
	printf("%d failures\n", fails);
	return fails != 0;
}
