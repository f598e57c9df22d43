/* <sys/shm.h>: System V shared memory (POSIX XSI). */
#ifndef _SYS_SHM_H
#define _SYS_SHM_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <sys/ipc.h>

#define SHM_RDONLY 010000
#define SHM_RND 020000
#define SHM_REMAP 040000
#define SHM_EXEC 0100000
#define SHM_LOCK 11
#define SHM_UNLOCK 12
#ifdef __FERRO_USE_GNU
# define SHM_STAT 13
# define SHM_INFO 14
# define SHM_STAT_ANY 15
# define SHM_DEST 01000
# define SHM_LOCKED 02000
# define SHM_HUGETLB 04000
# define SHM_NORESERVE 010000
# define SHM_HUGE_SHIFT 26
# define SHM_HUGE_MASK 0x3f
# define SHM_HUGE_64KB (16 << SHM_HUGE_SHIFT)
# define SHM_HUGE_512KB (19 << SHM_HUGE_SHIFT)
# define SHM_HUGE_1MB (20 << SHM_HUGE_SHIFT)
# define SHM_HUGE_8MB (23 << SHM_HUGE_SHIFT)
# define SHM_HUGE_16MB (24 << SHM_HUGE_SHIFT)
# define SHM_HUGE_32MB (25 << SHM_HUGE_SHIFT)
# define SHM_HUGE_256MB (28 << SHM_HUGE_SHIFT)
# define SHM_HUGE_512MB (29 << SHM_HUGE_SHIFT)
# define SHM_HUGE_1GB (30 << SHM_HUGE_SHIFT)
# define SHM_HUGE_2GB (31 << SHM_HUGE_SHIFT)
# define SHM_HUGE_16GB (34U << SHM_HUGE_SHIFT)
#endif

__FERRO_BEGIN_DECLS
int getpagesize(void);
__FERRO_END_DECLS
#define SHMLBA (getpagesize())

typedef unsigned long shmatt_t;

struct shmid_ds {
	struct ipc_perm shm_perm;
	size_t shm_segsz;
	time_t shm_atime;
	time_t shm_dtime;
	time_t shm_ctime;
	pid_t shm_cpid;
	pid_t shm_lpid;
	shmatt_t shm_nattch;
	unsigned long __glibc_reserved5;
	unsigned long __glibc_reserved6;
};

#ifdef __FERRO_USE_GNU
struct shminfo {
	unsigned long shmmax;
	unsigned long shmmin;
	unsigned long shmmni;
	unsigned long shmseg;
	unsigned long shmall;
	unsigned long __glibc_reserved1;
	unsigned long __glibc_reserved2;
	unsigned long __glibc_reserved3;
	unsigned long __glibc_reserved4;
};

struct shm_info {
	int used_ids;
	unsigned long shm_tot;
	unsigned long shm_rss;
	unsigned long shm_swp;
	unsigned long swap_attempts;
	unsigned long swap_successes;
};
#endif

__FERRO_BEGIN_DECLS
int shmget(key_t, size_t, int);
void *shmat(int, const void *, int);
int shmdt(const void *);
int shmctl(int, int, struct shmid_ds *);
__FERRO_END_DECLS
#endif
