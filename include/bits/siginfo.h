#ifndef _BITS_SIGINFO_H
#define _BITS_SIGINFO_H
/* siginfo_t with glibc's layout: 128 bytes; three ints (plus a pad int on
 * 64-bit arches) then the union of per-signal fields. Shared by
 * <signal.h> and <sys/wait.h>. */
#include <bits/alltypes.h>
#ifndef __FERRO_DEFINED_sigval
#define __FERRO_DEFINED_sigval
union sigval {
	int sival_int;
	void *sival_ptr;
};
typedef union sigval __sigval_t;
#endif
#ifndef __FERRO_DEFINED_siginfo_t
#define __FERRO_DEFINED_siginfo_t
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
#if __SIZEOF_POINTER__ == 8
	int __pad0;
#endif
	union {
		long _pad[(128 - (__SIZEOF_POINTER__ == 8 ? 16 : 12)) / sizeof(long)];
		struct {
			pid_t si_pid;
			uid_t si_uid;
		} _kill;
		struct {
			int si_tid;
			int si_overrun;
			union sigval si_sigval;
		} _timer;
		struct {
			pid_t si_pid;
			uid_t si_uid;
			union sigval si_sigval;
		} _rt;
		struct {
			pid_t si_pid;
			uid_t si_uid;
			int si_status;
			clock_t si_utime;
			clock_t si_stime;
		} _sigchld;
		struct {
			void *si_addr;
			short si_addr_lsb;
			union {
				struct {
					void *_lower;
					void *_upper;
				} _addr_bnd;
				unsigned si_pkey;
			} _bounds;
		} _sigfault;
		struct {
			long si_band;
			int si_fd;
		} _sigpoll;
		struct {
			void *_call_addr;
			int _syscall;
			unsigned _arch;
		} _sigsys;
	} _sifields;
} siginfo_t;
#define si_pid _sifields._kill.si_pid
#define si_uid _sifields._kill.si_uid
#define si_timerid _sifields._timer.si_tid
#define si_overrun _sifields._timer.si_overrun
#define si_status _sifields._sigchld.si_status
#define si_utime _sifields._sigchld.si_utime
#define si_stime _sifields._sigchld.si_stime
#define si_value _sifields._rt.si_sigval
#define si_int _sifields._rt.si_sigval.sival_int
#define si_ptr _sifields._rt.si_sigval.sival_ptr
#define si_addr _sifields._sigfault.si_addr
#define si_addr_lsb _sifields._sigfault.si_addr_lsb
#define si_lower _sifields._sigfault._bounds._addr_bnd._lower
#define si_upper _sifields._sigfault._bounds._addr_bnd._upper
#define si_pkey _sifields._sigfault._bounds.si_pkey
#define si_band _sifields._sigpoll.si_band
#define si_fd _sifields._sigpoll.si_fd
#define si_call_addr _sifields._sigsys._call_addr
#define si_syscall _sifields._sigsys._syscall
#define si_arch _sifields._sigsys._arch
#endif
#endif
