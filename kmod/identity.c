// SPDX-License-Identifier: GPL-2.0
/*
 * Guest identity: other processes should see the x86_64 program, not xbt, in
 * /proc/PID/exe and /proc/PID/cmdline, and exec("/proc/self/exe") should run
 * the guest again. Userspace cannot do it (PR_SET_MM_EXE_FILE refuses while
 * the translator is mapped). To avoid a spoofing primitive the module installs
 * only a file it recorded itself: a binfmt handler ahead of binfmt_misc notes
 * bprm->file for x86_64 ELF programs (and declines them with -ENOEXEC, so
 * binfmt_misc still starts xbt); XBT_IOC_SET_IDENTITY installs that file once,
 * for that mm only, mirroring replace_mm_exe_file() of Linux 6.1.
 */
#include <linux/binfmts.h>
#include <linux/elf.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/sched/mm.h>
#include <linux/spinlock.h>

#include "xbt.h"

#define XBT_RECORDS 64

struct exec_record {
	struct mm_struct *mm; /* mmgrab'ed: the pointer cannot be reused while recorded */
	struct file *file;
	u64 seq;
};

static struct exec_record records[XBT_RECORDS];
static DEFINE_SPINLOCK(records_lock);
static u64 records_seq;

static bool is_x86_64_elf(const struct linux_binprm *bprm)
{
	const struct elf64_hdr *eh = (const struct elf64_hdr *)bprm->buf;

	return !memcmp(eh->e_ident, ELFMAG, SELFMAG) && eh->e_ident[EI_CLASS] == ELFCLASS64 &&
	       eh->e_ident[EI_DATA] == ELFDATA2LSB &&
	       le16_to_cpu(eh->e_machine) == EM_X86_64 &&
	       (le16_to_cpu(eh->e_type) == ET_EXEC || le16_to_cpu(eh->e_type) == ET_DYN);
}

static void drop_record(struct exec_record *r, struct mm_struct **mm, struct file **file)
{
	*mm = r->mm;
	*file = r->file;
	r->mm = NULL;
	r->file = NULL;
}

static int record_exec(struct linux_binprm *bprm)
{
	struct exec_record *slot = NULL;
	struct mm_struct *old_mm = NULL;
	struct file *old_file = NULL;
	unsigned int i;

	if (!bprm->mm || !is_x86_64_elf(bprm))
		return -ENOEXEC;
	spin_lock(&records_lock);
	for (i = 0; i < XBT_RECORDS; i++) {
		/* Only the first x86_64 file of an exec counts: an x86_64 xbt (test
		 * setups on amd64) must not replace the program it runs. */
		if (records[i].mm == bprm->mm)
			goto out;
	}
	for (i = 0; i < XBT_RECORDS && !slot; i++)
		if (!records[i].mm)
			slot = &records[i];
	for (i = 0; i < XBT_RECORDS && !slot; i++)
		if (!atomic_read(&records[i].mm->mm_users))
			slot = &records[i]; /* that process is gone */
	if (!slot) {
		slot = &records[0];
		for (i = 1; i < XBT_RECORDS; i++)
			if (records[i].seq < slot->seq)
				slot = &records[i];
	}
	if (slot->mm)
		drop_record(slot, &old_mm, &old_file);
	mmgrab(bprm->mm);
	slot->mm = bprm->mm;
	slot->file = get_file(bprm->file);
	slot->seq = ++records_seq;
out:
	spin_unlock(&records_lock);
	if (old_mm) {
		mmdrop(old_mm);
		fput(old_file);
	}
	return -ENOEXEC; /* let binfmt_misc start xbt */
}

static struct linux_binfmt xbt_binfmt = {
	.module = THIS_MODULE,
	.load_binary = record_exec,
};

long xbt_identity_set(const struct xbt_identity *id)
{
	struct mm_struct *mm = current->mm, *rec_mm = NULL;
	struct file *file = NULL, *old;
	unsigned int i;

	if (!mm)
		return -EINVAL;
	if (id->arg_start > id->arg_end)
		return -EINVAL;
	spin_lock(&records_lock);
	for (i = 0; i < XBT_RECORDS; i++)
		if (records[i].mm == mm)
			drop_record(&records[i], &rec_mm, &file);
	spin_unlock(&records_lock);
	if (!file)
		return -ENOENT; /* nothing recorded for this process, or already installed */
	mmdrop(rec_mm);

	if (id->arg_start || id->arg_end) {
		spin_lock(&mm->arg_lock);
		if (id->arg_start < mm->arg_start || id->arg_end > mm->arg_end) {
			spin_unlock(&mm->arg_lock);
			fput(file);
			return -EINVAL; /* shrink only */
		}
		mm->arg_start = id->arg_start;
		mm->arg_end = id->arg_end;
		spin_unlock(&mm->arg_lock);
	}
	/* replace_mm_exe_file() without its "old file still mapped" refusal. */
	if (deny_write_access(file)) {
		fput(file);
		return -EACCES;
	}
	old = xchg(&mm->exe_file, file); /* our reference moves into the mm */
	if (old) {
		mmap_read_lock(mm);
		allow_write_access(old);
		fput(old);
		mmap_read_unlock(mm);
	}
	return 0;
}

int xbt_identity_init(void)
{
	insert_binfmt(&xbt_binfmt); /* ahead of binfmt_misc */
	return 0;
}

void xbt_identity_exit(void)
{
	unsigned int i;

	unregister_binfmt(&xbt_binfmt);
	for (i = 0; i < XBT_RECORDS; i++) {
		if (records[i].mm) {
			mmdrop(records[i].mm);
			fput(records[i].file);
			records[i].mm = NULL;
		}
	}
}
