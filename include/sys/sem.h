/* <sys/sem.h>: System V semaphores (POSIX XSI). */
#ifndef _SYS_SEM_H
#define _SYS_SEM_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <sys/ipc.h>

#define SEM_UNDO 0x1000
#define GETPID 11
#define GETVAL 12
#define GETALL 13
#define GETNCNT 14
#define GETZCNT 15
#define SETVAL 16
#define SETALL 17
#ifdef __FERRO_USE_GNU
# define SEM_STAT 18
# define SEM_INFO 19
# define SEM_STAT_ANY 20
#endif

struct semid_ds {
	struct ipc_perm sem_perm;
	time_t sem_otime;
#ifdef __x86_64__
	unsigned long __glibc_reserved1;
#endif
	time_t sem_ctime;
#ifdef __x86_64__
	unsigned long __glibc_reserved2;
#endif
	unsigned long sem_nsems;
	unsigned long __glibc_reserved3;
	unsigned long __glibc_reserved4;
};

struct sembuf {
	unsigned short sem_num;
	short sem_op;
	short sem_flg;
};

#ifdef __FERRO_USE_GNU
struct seminfo {
	int semmap;
	int semmni;
	int semmns;
	int semmnu;
	int semmsl;
	int semopm;
	int semume;
	int semusz;
	int semvmx;
	int semaem;
};
#endif

__FERRO_BEGIN_DECLS
int semget(key_t, int, int);
int semop(int, struct sembuf *, size_t);
int semctl(int, int, int, ...);
#ifdef __FERRO_USE_GNU
int semtimedop(int, struct sembuf *, size_t, const struct timespec *);
#endif
__FERRO_END_DECLS
#endif
