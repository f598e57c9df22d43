/* The login record shared by <utmp.h> and <utmpx.h>: glibc's layout per
   arch (x86_64 and riscv64 keep a 32-bit session and time in the record;
   i386, with 64-bit time, and aarch64 store a long and a struct timeval). */
#ifndef _BITS_UTMP_H
#define _BITS_UTMP_H 1
#include <bits/alltypes.h>
#include <bits/timeval.h>
#include <stdint.h>

#define UT_LINESIZE 32
#define UT_NAMESIZE 32
#define UT_HOSTSIZE 256

#define EMPTY 0
#define RUN_LVL 1
#define BOOT_TIME 2
#define NEW_TIME 3
#define OLD_TIME 4
#define INIT_PROCESS 5
#define LOGIN_PROCESS 6
#define USER_PROCESS 7
#define DEAD_PROCESS 8

#if defined(__x86_64__) || (defined(__riscv) && __riscv_xlen == 64)
# define __FERRO_UT_SESSION int32_t ut_session;
# define __FERRO_UT_TV struct { int32_t tv_sec; int32_t tv_usec; } ut_tv;
#else
# define __FERRO_UT_SESSION long ut_session;
# define __FERRO_UT_TV struct timeval ut_tv;
#endif

#define __FERRO_UT_FIELDS(exit_type) \
	short ut_type; \
	pid_t ut_pid; \
	char ut_line[UT_LINESIZE]; \
	char ut_id[4]; \
	char ut_user[UT_NAMESIZE]; \
	char ut_host[UT_HOSTSIZE]; \
	exit_type ut_exit; \
	__FERRO_UT_SESSION \
	__FERRO_UT_TV \
	int32_t ut_addr_v6[4]; \
	char __glibc_reserved[20];
#endif
