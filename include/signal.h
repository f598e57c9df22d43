#ifndef _SIGNAL_H
#define _SIGNAL_H
/* <signal.h>: glibc's types and layouts. sigset_t is 128 bytes; signals
 * 32 and 33 are reserved for the libc (as in glibc), so SIGRTMIN is 34
 * and is asked of the library at run time, as glibc's is. */
#include <features.h>

typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);

#define SIG_ERR ((__sighandler_t)-1)
#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31

__FERRO_BEGIN_DECLS
__sighandler_t signal(int, __sighandler_t);
int raise(int);
__FERRO_END_DECLS

#ifdef __FERRO_USE_POSIX
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <bits/sigset.h>
#include <bits/stack_t.h>
#include <bits/signal.h>
#include <bits/pthreadtypes.h>

#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef __sigset_t sigset_t;
#endif

#define _NSIG 65
#define SIGRTMIN (__libc_current_sigrtmin())
#define SIGRTMAX (__libc_current_sigrtmax())

#include <bits/sigevent.h>

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int __pad[128 / sizeof(int) - (__SIZEOF_POINTER__ == 8 ? 4 : 3)];
		struct {
			pid_t si_pid;
			uid_t si_uid;
		} __kill;
		struct {
			int si_tid;
			int si_overrun;
			union sigval si_sigval;
		} __timer;
		struct {
			pid_t si_pid;
			uid_t si_uid;
			union sigval si_sigval;
		} __rt;
		struct {
			pid_t si_pid;
			uid_t si_uid;
			int si_status;
			long si_utime;
			long si_stime;
		} __sigchld;
		struct {
			void *si_addr;
			short si_addr_lsb;
			union {
				struct {
					void *__lower;
					void *__upper;
				} __addr_bnd;
				unsigned int __pkey;
			} __bounds;
		} __sigfault;
		struct {
			long si_band;
			int si_fd;
		} __sigpoll;
		struct {
			void *__call_addr;
			int __syscall;
			unsigned int __arch;
		} __sigsys;
	} __si_fields;
} siginfo_t;

#define si_pid __si_fields.__kill.si_pid
#define si_uid __si_fields.__kill.si_uid
#define si_timerid __si_fields.__timer.si_tid
#define si_overrun __si_fields.__timer.si_overrun
#define si_status __si_fields.__sigchld.si_status
#define si_utime __si_fields.__sigchld.si_utime
#define si_stime __si_fields.__sigchld.si_stime
#define si_value __si_fields.__rt.si_sigval
#define si_int __si_fields.__rt.si_sigval.sival_int
#define si_ptr __si_fields.__rt.si_sigval.sival_ptr
#define si_addr __si_fields.__sigfault.si_addr
#define si_addr_lsb __si_fields.__sigfault.si_addr_lsb
#define si_lower __si_fields.__sigfault.__bounds.__addr_bnd.__lower
#define si_upper __si_fields.__sigfault.__bounds.__addr_bnd.__upper
#define si_pkey __si_fields.__sigfault.__bounds.__pkey
#define si_band __si_fields.__sigpoll.si_band
#define si_fd __si_fields.__sigpoll.si_fd
#define si_call_addr __si_fields.__sigsys.__call_addr
#define si_syscall __si_fields.__sigsys.__syscall
#define si_arch __si_fields.__sigsys.__arch

/* si_code: who sent it */
#define SI_ASYNCNL (-60)
#define SI_DETHREAD (-7)
#define SI_TKILL (-6)
#define SI_SIGIO (-5)
#define SI_ASYNCIO (-4)
#define SI_MESGQ (-3)
#define SI_TIMER (-2)
#define SI_QUEUE (-1)
#define SI_USER 0
#define SI_KERNEL 0x80
/* si_code: why the kernel sent it */
#define ILL_ILLOPC 1
#define ILL_ILLOPN 2
#define ILL_ILLADR 3
#define ILL_ILLTRP 4
#define ILL_PRVOPC 5
#define ILL_PRVREG 6
#define ILL_COPROC 7
#define ILL_BADSTK 8
#define ILL_BADIADDR 9
#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7
#define FPE_FLTSUB 8
#define FPE_FLTUNK 14
#define FPE_CONDTRAP 15
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define SEGV_BNDERR 3
#define SEGV_PKUERR 4
#define SEGV_ACCADI 5
#define SEGV_ADIDERR 6
#define SEGV_ADIPERR 7
#define SEGV_MTEAERR 8
#define SEGV_MTESERR 9
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define BUS_OBJERR 3
#define BUS_MCEERR_AR 4
#define BUS_MCEERR_AO 5
#define TRAP_BRKPT 1
#define TRAP_TRACE 2
#define TRAP_BRANCH 3
#define TRAP_HWBKPT 4
#define TRAP_UNK 5
#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6
#define POLL_IN 1
#define POLL_OUT 2
#define POLL_MSG 3
#define POLL_ERR 4
#define POLL_PRI 5
#define POLL_HUP 6


struct sigaction {
	union {
		__sighandler_t sa_handler;
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
#define SA_INTERRUPT 0x20000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND
#define SA_STACK SA_ONSTACK
#endif

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#define SS_ONSTACK 1
#define SS_DISABLE 2

__FERRO_BEGIN_DECLS
int kill(pid_t, int);
int sigaction(int, const struct sigaction *__FERRO_RESTRICT, struct sigaction *__FERRO_RESTRICT);
int sigprocmask(int, const sigset_t *__FERRO_RESTRICT, sigset_t *__FERRO_RESTRICT);
int pthread_sigmask(int, const sigset_t *__FERRO_RESTRICT, sigset_t *__FERRO_RESTRICT);
int pthread_kill(pthread_t, int);
int sigpending(sigset_t *);
int sigsuspend(const sigset_t *);
int sigwait(const sigset_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int sigwaitinfo(const sigset_t *__FERRO_RESTRICT, siginfo_t *__FERRO_RESTRICT);
int sigtimedwait(const sigset_t *__FERRO_RESTRICT, siginfo_t *__FERRO_RESTRICT,
		 const struct timespec *__FERRO_RESTRICT);
int sigqueue(pid_t, int, const union sigval);
int sigemptyset(sigset_t *);
int sigfillset(sigset_t *);
int sigaddset(sigset_t *, int);
int sigdelset(sigset_t *, int);
int sigismember(const sigset_t *, int);
void psignal(int, const char *);
void psiginfo(const siginfo_t *, const char *);
int __libc_current_sigrtmin(void);
int __libc_current_sigrtmax(void);
__FERRO_END_DECLS
#endif /* POSIX */

#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
#include <sys/ucontext.h>
#define SIG_HOLD ((__sighandler_t)2)
__FERRO_BEGIN_DECLS
int killpg(pid_t, int);
int sigaltstack(const stack_t *__FERRO_RESTRICT, stack_t *__FERRO_RESTRICT);
int siginterrupt(int, int);
__sighandler_t sigset(int, __sighandler_t);
int sighold(int);
int sigrelse(int);
int sigignore(int);
int sigpause(int);
__sighandler_t bsd_signal(int, __sighandler_t);
__FERRO_END_DECLS
#endif

#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
#define NSIG _NSIG
typedef __sighandler_t sig_t;
typedef union sigval sigval_t;
#endif

#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
/* The BSD mask calls (glibc keeps them, deprecated): signals 1-32 as the
   bits of an int. */
#define sigmask(sig) ((int)(1u << ((sig) - 1)))
__FERRO_BEGIN_DECLS
int sigblock(int);
int sigsetmask(int);
int siggetmask(void);
__FERRO_END_DECLS
#endif

#ifdef __FERRO_USE_GNU
typedef __sighandler_t sighandler_t;
__FERRO_BEGIN_DECLS
int sigisemptyset(const sigset_t *);
int sigandset(sigset_t *, const sigset_t *, const sigset_t *);
int sigorset(sigset_t *, const sigset_t *, const sigset_t *);
__FERRO_END_DECLS
#endif
#endif
