/* <sys/signalfd.h>: signals read from a descriptor. */
#ifndef _SYS_SIGNALFD_H
#define _SYS_SIGNALFD_H 1
#include <features.h>
#include <stdint.h>
#include <bits/sigset.h>

#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef __sigset_t sigset_t;
#endif

#define SFD_CLOEXEC 02000000
#define SFD_NONBLOCK 00004000

/* What a read returns per signal: 128 bytes on every arch. */
struct signalfd_siginfo {
	uint32_t ssi_signo;
	int32_t ssi_errno;
	int32_t ssi_code;
	uint32_t ssi_pid;
	uint32_t ssi_uid;
	int32_t ssi_fd;
	uint32_t ssi_tid;
	uint32_t ssi_band;
	uint32_t ssi_overrun;
	uint32_t ssi_trapno;
	int32_t ssi_status;
	int32_t ssi_int;
	uint64_t ssi_ptr;
	uint64_t ssi_utime;
	uint64_t ssi_stime;
	uint64_t ssi_addr;
	uint16_t ssi_addr_lsb;
	uint16_t __pad2;
	int32_t ssi_syscall;
	uint64_t ssi_call_addr;
	uint32_t ssi_arch;
	uint8_t __pad[28];
};

__FERRO_BEGIN_DECLS
int signalfd(int, const sigset_t *, int);
__FERRO_END_DECLS
#endif
