#ifndef _SCHED_H
#define _SCHED_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/sched_param.h>
#include <bits/timespec.h>
#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#ifdef __FERRO_USE_GNU
/* clone/unshare/setns flags */
# define CSIGNAL 0x000000ff
# define CLONE_NEWTIME 0x00000080
# define CLONE_VM 0x00000100
# define CLONE_FS 0x00000200
# define CLONE_FILES 0x00000400
# define CLONE_SIGHAND 0x00000800
# define CLONE_PIDFD 0x00001000
# define CLONE_PTRACE 0x00002000
# define CLONE_VFORK 0x00004000
# define CLONE_PARENT 0x00008000
# define CLONE_THREAD 0x00010000
# define CLONE_NEWNS 0x00020000
# define CLONE_SYSVSEM 0x00040000
# define CLONE_SETTLS 0x00080000
# define CLONE_PARENT_SETTID 0x00100000
# define CLONE_CHILD_CLEARTID 0x00200000
# define CLONE_DETACHED 0x00400000
# define CLONE_UNTRACED 0x00800000
# define CLONE_CHILD_SETTID 0x01000000
# define CLONE_NEWCGROUP 0x02000000
# define CLONE_NEWUTS 0x04000000
# define CLONE_NEWIPC 0x08000000
# define CLONE_NEWUSER 0x10000000
# define CLONE_NEWPID 0x20000000
# define CLONE_NEWNET 0x40000000
# define CLONE_IO 0x80000000
# define SCHED_BATCH 3
# define SCHED_IDLE 5
# define SCHED_RESET_ON_FORK 0x40000000
#endif

#ifdef __FERRO_USE_GNU
/* CPU sets: glibc's 1024-bit mask of unsigned long words. */
# define CPU_SETSIZE 1024
# define __NCPUBITS (8 * sizeof(unsigned long))
typedef struct {
	unsigned long __bits[CPU_SETSIZE / (8 * __SIZEOF_LONG__)];
} cpu_set_t;
# define __CPUELT(c) ((c) / __NCPUBITS)
# define __CPUMASK(c) (1UL << ((c) % __NCPUBITS))
# define CPU_ZERO_S(sz, s) __builtin_memset((s), 0, (sz))
# define CPU_SET_S(c, sz, s) \
	((size_t)(c) / 8 < (sz) ? (((unsigned long *)((s)->__bits))[__CPUELT(c)] |= __CPUMASK(c)) : 0)
# define CPU_CLR_S(c, sz, s) \
	((size_t)(c) / 8 < (sz) ? (((unsigned long *)((s)->__bits))[__CPUELT(c)] &= ~__CPUMASK(c)) : 0)
# define CPU_ISSET_S(c, sz, s) \
	((size_t)(c) / 8 < (sz) ? (((const unsigned long *)((s)->__bits))[__CPUELT(c)] & __CPUMASK(c)) != 0 : 0)
# define CPU_COUNT_S(sz, s) __sched_cpucount((sz), (s))
# define CPU_EQUAL_S(sz, a, b) (__builtin_memcmp((a), (b), (sz)) == 0)
# define CPU_ZERO(s) CPU_ZERO_S(sizeof(cpu_set_t), s)
# define CPU_SET(c, s) CPU_SET_S(c, sizeof(cpu_set_t), s)
# define CPU_CLR(c, s) CPU_CLR_S(c, sizeof(cpu_set_t), s)
# define CPU_ISSET(c, s) CPU_ISSET_S(c, sizeof(cpu_set_t), s)
# define CPU_COUNT(s) CPU_COUNT_S(sizeof(cpu_set_t), s)
# define CPU_EQUAL(a, b) CPU_EQUAL_S(sizeof(cpu_set_t), a, b)
#endif

__FERRO_BEGIN_DECLS
int sched_yield(void);
#ifdef __FERRO_USE_GNU
int sched_setaffinity(pid_t, size_t, const cpu_set_t *);
int __sched_cpucount(size_t, const cpu_set_t *);
int sched_getaffinity(pid_t, size_t, cpu_set_t *);
#endif
int sched_get_priority_max(int);
int sched_get_priority_min(int);
int sched_setscheduler(pid_t, int, const struct sched_param *);
int sched_getscheduler(pid_t);
int sched_setparam(pid_t, const struct sched_param *);
int sched_getparam(pid_t, struct sched_param *);
int sched_rr_get_interval(pid_t, struct timespec *);
#ifdef __FERRO_USE_GNU
int clone(int (*)(void *), void *, int, void *, ...);
int unshare(int);
int setns(int, int);
#endif
#ifdef __FERRO_USE_GNU
int sched_getcpu(void);
int getcpu(unsigned int *, unsigned int *);
#endif
__FERRO_END_DECLS
#endif
