/* <sys/timex.h>: the kernel clock's discipline (Linux). struct timex has
   the kernel's 64-bit-time layout on every arch (glibc's _TIME_BITS=64
   one on i386). */
#ifndef _SYS_TIMEX_H
#define _SYS_TIMEX_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timeval.h>

#if __SIZEOF_LONG__ == 8
# define __FERRO_TXLONG long
# define __FERRO_TXPAD
#else
# define __FERRO_TXLONG long long
# define __FERRO_TXPAD int : 32;
#endif

struct timex {
	unsigned int modes;
	__FERRO_TXPAD
	__FERRO_TXLONG offset;
	__FERRO_TXLONG freq;
	__FERRO_TXLONG maxerror;
	__FERRO_TXLONG esterror;
	int status;
	__FERRO_TXPAD
	__FERRO_TXLONG constant;
	__FERRO_TXLONG precision;
	__FERRO_TXLONG tolerance;
	struct timeval time;
	__FERRO_TXLONG tick;
	__FERRO_TXLONG ppsfreq;
	__FERRO_TXLONG jitter;
	int shift;
	__FERRO_TXPAD
	__FERRO_TXLONG stabil;
	__FERRO_TXLONG jitcnt;
	__FERRO_TXLONG calcnt;
	__FERRO_TXLONG errcnt;
	__FERRO_TXLONG stbcnt;
	int tai;
	int : 32; int : 32; int : 32; int : 32;
	int : 32; int : 32; int : 32; int : 32;
	int : 32; int : 32; int : 32;
};
#undef __FERRO_TXLONG
#undef __FERRO_TXPAD

#define ADJ_OFFSET 0x0001
#define ADJ_FREQUENCY 0x0002
#define ADJ_MAXERROR 0x0004
#define ADJ_ESTERROR 0x0008
#define ADJ_STATUS 0x0010
#define ADJ_TIMECONST 0x0020
#define ADJ_TAI 0x0080
#define ADJ_SETOFFSET 0x0100
#define ADJ_MICRO 0x1000
#define ADJ_NANO 0x2000
#define ADJ_TICK 0x4000
#define ADJ_OFFSET_SINGLESHOT 0x8001
#define ADJ_OFFSET_SS_READ 0xa001

#define MOD_OFFSET ADJ_OFFSET
#define MOD_FREQUENCY ADJ_FREQUENCY
#define MOD_MAXERROR ADJ_MAXERROR
#define MOD_ESTERROR ADJ_ESTERROR
#define MOD_STATUS ADJ_STATUS
#define MOD_TIMECONST ADJ_TIMECONST
#define MOD_CLKB ADJ_TICK
#define MOD_CLKA ADJ_OFFSET_SINGLESHOT
#define MOD_TAI ADJ_TAI
#define MOD_MICRO ADJ_MICRO
#define MOD_NANO ADJ_NANO

#define STA_PLL 0x0001
#define STA_PPSFREQ 0x0002
#define STA_PPSTIME 0x0004
#define STA_FLL 0x0008
#define STA_INS 0x0010
#define STA_DEL 0x0020
#define STA_UNSYNC 0x0040
#define STA_FREQHOLD 0x0080
#define STA_PPSSIGNAL 0x0100
#define STA_PPSJITTER 0x0200
#define STA_PPSWANDER 0x0400
#define STA_PPSERROR 0x0800
#define STA_CLOCKERR 0x1000
#define STA_NANO 0x2000
#define STA_MODE 0x4000
#define STA_CLK 0x8000
#define STA_RONLY (STA_PPSSIGNAL | STA_PPSJITTER | STA_PPSWANDER | \
		   STA_PPSERROR | STA_CLOCKERR | STA_NANO | STA_MODE | STA_CLK)

#define TIME_OK 0
#define TIME_INS 1
#define TIME_DEL 2
#define TIME_OOP 3
#define TIME_WAIT 4
#define TIME_ERROR 5
#define TIME_BAD TIME_ERROR
#define MAXTC 6

#define NTP_API 4

/* glibc's struct ntptimeval: the time (64-bit on every arch) and the
   clock's error estimates. */
struct ntptimeval {
	struct timeval time;
	long maxerror;
	long esterror;
	long tai;
	long __glibc_reserved1;
	long __glibc_reserved2;
	long __glibc_reserved3;
	long __glibc_reserved4;
};

__FERRO_BEGIN_DECLS
int ntp_gettime(struct ntptimeval *);
int ntp_gettimex(struct ntptimeval *);
int adjtimex(struct timex *);
int ntp_adjtime(struct timex *);
int clock_adjtime(clockid_t, struct timex *);
__FERRO_END_DECLS
#endif
