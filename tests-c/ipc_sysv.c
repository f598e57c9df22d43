/* System V IPC: shared memory, semaphores and message queues end to end,
 * with their IPC_STAT records (times are now's, also past 2038-safe
 * 64-bit time_t on i386), errors, ftok, and glibc's layouts. */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <sys/auxv.h>
#include "check.h"

/* qemu-user's own IPC translation loses what it does not convert: on
 * i386 the times' high words (the runner without a vDSO is qemu's), on
 * aarch64 and riscv64 (always under qemu here) msg_lrpid */
static int times_ok(void)
{
#ifdef __i386__
	return getauxval(AT_SYSINFO_EHDR) != 0;
#else
	return 1;
#endif
}
#if defined(__aarch64__) || defined(__riscv)
# define LRPID_OK 0
#else
# define LRPID_OK 1
#endif

#if __SIZEOF_LONG__ == 8
_Static_assert(sizeof(struct ipc_perm) == 48, "ipc_perm");
_Static_assert(sizeof(struct shmid_ds) == 112, "shmid_ds");
_Static_assert(sizeof(struct msqid_ds) == 120, "msqid_ds");
_Static_assert(offsetof(struct shmid_ds, shm_nattch) == 88, "nattch");
_Static_assert(offsetof(struct msqid_ds, msg_lspid) == 96, "lspid");
# ifdef __x86_64__
_Static_assert(sizeof(struct semid_ds) == 104 && offsetof(struct semid_ds, sem_ctime) == 64, "semid_ds");
# else
_Static_assert(sizeof(struct semid_ds) == 88 && offsetof(struct semid_ds, sem_ctime) == 56, "semid_ds");
# endif
_Static_assert(sizeof(struct shminfo) == 72 && sizeof(struct shm_info) == 48, "info");
#else
_Static_assert(sizeof(struct ipc_perm) == 36, "ipc_perm");
_Static_assert(sizeof(struct shmid_ds) == 84 && offsetof(struct shmid_ds, shm_atime) == 40, "shmid_ds");
_Static_assert(sizeof(struct semid_ds) == 64 && offsetof(struct semid_ds, sem_nsems) == 52, "semid_ds");
_Static_assert(sizeof(struct msqid_ds) == 88 && offsetof(struct msqid_ds, msg_qnum) == 64, "msqid_ds");
_Static_assert(sizeof(struct shminfo) == 36 && sizeof(struct shm_info) == 24, "info");
#endif
_Static_assert(sizeof(time_t) == 8, "time_t");
_Static_assert(offsetof(struct ipc_perm, mode) == 20 && offsetof(struct ipc_perm, __seq) == 24, "perm");
_Static_assert(sizeof(struct sembuf) == 6 && sizeof(struct seminfo) == 40 && sizeof(struct msginfo) == 32, "small");
_Static_assert(IPC_CREAT == 01000 && IPC_EXCL == 02000 && IPC_NOWAIT == 04000, "flags");
_Static_assert(IPC_RMID == 0 && IPC_SET == 1 && IPC_STAT == 2 && IPC_INFO == 3, "cmds");
_Static_assert(SHM_RDONLY == 010000 && SHM_RND == 020000 && SHM_LOCK == 11 && SHM_STAT == 13, "shm");
_Static_assert(SEM_UNDO == 0x1000 && GETVAL == 12 && SETALL == 17 && SEM_STAT_ANY == 20, "sem");
_Static_assert(MSG_NOERROR == 010000 && MSG_EXCEPT == 020000 && MSG_STAT == 11, "msg");

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
};

static void shm(void)
{
	time_t t0 = time(NULL);
	int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
	CHECK(id >= 0);
	char *a = shmat(id, NULL, 0);
	CHECK(a != (void *)-1);
	char *b = shmat(id, NULL, SHM_RDONLY);
	CHECK(b != (void *)-1 && b != a);
	strcpy(a, "shared text");
	CHECK(strcmp(b, "shared text") == 0);
	struct shmid_ds ds;
	CHECK_EQ(shmctl(id, IPC_STAT, &ds), 0);
	CHECK_EQ(ds.shm_segsz, 10000);
	CHECK_EQ(ds.shm_nattch, 2);
	CHECK_EQ(ds.shm_cpid, getpid());
	CHECK_EQ(ds.shm_lpid, getpid());
	CHECK(!times_ok() || (ds.shm_atime >= t0 && ds.shm_atime <= t0 + 5));
	CHECK(!times_ok() || (ds.shm_ctime >= t0 && ds.shm_ctime <= t0 + 5));
	CHECK_EQ(ds.shm_perm.mode & 0777, 0600);
	CHECK_EQ(ds.shm_perm.uid, geteuid());
	/* a child sees and changes the same memory */
	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		a[0] = 'S';
		_exit(0);
	}
	CHECK(waitpid(p, NULL, 0) == p);
	CHECK(b[0] == 'S');
	/* IPC_SET changes the mode */
	ds.shm_perm.mode = 0640;
	CHECK_EQ(shmctl(id, IPC_SET, &ds), 0);
	CHECK_EQ(shmctl(id, IPC_STAT, &ds), 0);
	CHECK_EQ(ds.shm_perm.mode & 0777, 0640);
	CHECK_EQ(shmdt(b), 0);
	CHECK_EQ(shmctl(id, IPC_STAT, &ds), 0);
	CHECK_EQ(ds.shm_nattch, 1);
	CHECK(!times_ok() || (ds.shm_dtime >= t0));
	errno = 0;
	CHECK_EQ(shmdt(b), -1);
	CHECK_EQ(errno, EINVAL);
	CHECK_EQ(shmctl(id, IPC_RMID, NULL), 0);
	CHECK_EQ(shmdt(a), 0);
	errno = 0;
	CHECK_EQ(shmctl(id, IPC_STAT, &ds), -1);
	CHECK(errno == EINVAL || errno == EIDRM);
	struct shminfo si;
	CHECK(shmctl(0, IPC_INFO, (struct shmid_ds *)&si) >= 0);
	CHECK(si.shmmni > 0 && si.shmmax > 0);
	/* errors */
	errno = 0;
	CHECK(shmat(-1, NULL, 0) == (void *)-1);
	CHECK_EQ(errno, EINVAL);
	errno = 0;
	CHECK_EQ(shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600), -1);
	CHECK_EQ(errno, EINVAL);
}

static void sem(void)
{
	time_t t0 = time(NULL);
	int id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
	CHECK(id >= 0);
	union semun u;
	u.val = 5;
	CHECK_EQ(semctl(id, 1, SETVAL, u), 0);
	CHECK_EQ(semctl(id, 1, GETVAL), 5);
	unsigned short all[3] = {1, 2, 3}, got[3] = {0};
	u.array = all;
	CHECK_EQ(semctl(id, 0, SETALL, u), 0);
	u.array = got;
	CHECK_EQ(semctl(id, 0, GETALL, u), 0);
	CHECK(got[0] == 1 && got[1] == 2 && got[2] == 3);
	struct sembuf ops[2] = {{0, -1, 0}, {2, 4, 0}};
	CHECK_EQ(semop(id, ops, 2), 0);
	CHECK_EQ(semctl(id, 0, GETVAL), 0);
	CHECK_EQ(semctl(id, 2, GETVAL), 7);
	CHECK_EQ(semctl(id, 0, GETPID), getpid());
	/* would block: EAGAIN with IPC_NOWAIT, and after a timeout */
	struct sembuf dec = {0, -1, IPC_NOWAIT};
	errno = 0;
	CHECK_EQ(semop(id, &dec, 1), -1);
	CHECK_EQ(errno, EAGAIN);
	dec.sem_flg = 0;
	struct timespec ts = {0, 50 * 1000 * 1000};
	errno = 0;
	CHECK_EQ(semtimedop(id, &dec, 1, &ts), -1);
	CHECK_EQ(errno, EAGAIN);
	/* another process wakes a waiter */
	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		struct sembuf inc = {0, 1, 0};
		usleep(20000);
		_exit(semop(id, &inc, 1) == 0 ? 0 : 1);
	}
	ts.tv_sec = 5;
	CHECK_EQ(semtimedop(id, &dec, 1, &ts), 0);
	int st;
	CHECK(waitpid(p, &st, 0) == p && WIFEXITED(st) && WEXITSTATUS(st) == 0);
	struct semid_ds ds;
	u.buf = &ds;
	CHECK_EQ(semctl(id, 0, IPC_STAT, u), 0);
	CHECK_EQ(ds.sem_nsems, 3);
	CHECK(!times_ok() || (ds.sem_otime >= t0 && ds.sem_otime <= t0 + 10));
	CHECK(!times_ok() || (ds.sem_ctime >= t0 && ds.sem_ctime <= t0 + 10));
	CHECK_EQ(semctl(id, 0, IPC_RMID), 0);
	errno = 0;
	CHECK_EQ(semctl(id, 0, GETVAL), -1);
	CHECK(errno == EINVAL || errno == EIDRM);
	errno = 0;
	CHECK_EQ(semget(IPC_PRIVATE, -1, IPC_CREAT | 0600), -1);
	CHECK_EQ(errno, EINVAL);
}

static void msg(void)
{
	time_t t0 = time(NULL);
	int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	CHECK(id >= 0);
	struct {
		long mtype;
		char mtext[32];
	} m = {2, "two"}, r;
	CHECK_EQ(msgsnd(id, &m, 4, 0), 0);
	m.mtype = 1;
	strcpy(m.mtext, "one!");
	CHECK_EQ(msgsnd(id, &m, 5, 0), 0);
	m.mtype = 3;
	strcpy(m.mtext, "three, a long text");
	CHECK_EQ(msgsnd(id, &m, 19, 0), 0);
	struct msqid_ds ds;
	CHECK_EQ(msgctl(id, IPC_STAT, &ds), 0);
	CHECK_EQ(ds.msg_qnum, 3);
	CHECK_EQ(ds.msg_lspid, getpid());
	CHECK(!times_ok() || (ds.msg_stime >= t0 && ds.msg_stime <= t0 + 5));
	CHECK_EQ(ds.msg_cbytes, 28);
	/* by type: 1 first; then the lowest type <= 2; too long without
	 * MSG_NOERROR is E2BIG, with it cut */
	CHECK_EQ(msgrcv(id, &r, sizeof r.mtext, 1, 0), 5);
	CHECK(r.mtype == 1 && strcmp(r.mtext, "one!") == 0);
	CHECK_EQ(msgrcv(id, &r, sizeof r.mtext, -2, 0), 4);
	CHECK(r.mtype == 2);
	errno = 0;
	CHECK_EQ(msgrcv(id, &r, 5, 0, 0), -1);
	CHECK_EQ(errno, E2BIG);
	CHECK_EQ(msgrcv(id, &r, 5, 0, MSG_NOERROR), 5);
	CHECK(r.mtype == 3 && memcmp(r.mtext, "three", 5) == 0);
	errno = 0;
	CHECK_EQ(msgrcv(id, &r, sizeof r.mtext, 0, IPC_NOWAIT), -1);
	CHECK_EQ(errno, ENOMSG);
	CHECK_EQ(msgctl(id, IPC_STAT, &ds), 0);
	CHECK_EQ(ds.msg_qnum, 0);
	CHECK(!LRPID_OK || ds.msg_lrpid == getpid());
	CHECK(!times_ok() || (ds.msg_rtime >= t0));
	CHECK_EQ(msgctl(id, IPC_RMID, NULL), 0);
	errno = 0;
	CHECK_EQ(msgsnd(id, &m, 4, 0), -1);
	CHECK(errno == EINVAL || errno == EIDRM);
	/* keys: IPC_EXCL on an existing key, a missing key without IPC_CREAT */
	key_t k = ftok("/", 0x5a);
	CHECK(k != -1);
	int a = msgget(k, IPC_CREAT | 0600);
	CHECK(a >= 0);
	errno = 0;
	CHECK_EQ(msgget(k, IPC_CREAT | IPC_EXCL | 0600), -1);
	CHECK_EQ(errno, EEXIST);
	CHECK_EQ(msgget(k, 0600), a);
	CHECK_EQ(msgctl(a, IPC_RMID, NULL), 0);
	errno = 0;
	CHECK_EQ(msgget(k, 0600), -1);
	CHECK_EQ(errno, ENOENT);
}

int main(void)
{
	/* ftok: inode, minor device number and the id's low byte */
	struct stat st;
	CHECK(stat("/tmp", &st) == 0);
	key_t k = ftok("/tmp", 0x141);
	CHECK_EQ(k, (key_t)((st.st_ino & 0xffff) | ((st.st_dev & 0xff) << 16) | (0x41u << 24)));
	errno = 0;
	CHECK_EQ(ftok("/nonexistent/x", 1), -1);
	CHECK_EQ(errno, ENOENT);
	shm();
	sem();
	msg();
	return 0;
}
