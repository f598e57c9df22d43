/* <sys/ptrace.h>: process tracing (Linux), with glibc's request names
   (PTRACE_PEEKUSER …), enums, PT_* aliases and structures. */
#ifndef _SYS_PTRACE_H
#define _SYS_PTRACE_H 1
#include <features.h>
#include <stdint.h>

enum __ptrace_request {
	PTRACE_TRACEME = 0,
#define PT_TRACE_ME PTRACE_TRACEME
	PTRACE_PEEKTEXT = 1,
#define PT_READ_I PTRACE_PEEKTEXT
	PTRACE_PEEKDATA = 2,
#define PT_READ_D PTRACE_PEEKDATA
	PTRACE_PEEKUSER = 3,
#define PT_READ_U PTRACE_PEEKUSER
	PTRACE_POKETEXT = 4,
#define PT_WRITE_I PTRACE_POKETEXT
	PTRACE_POKEDATA = 5,
#define PT_WRITE_D PTRACE_POKEDATA
	PTRACE_POKEUSER = 6,
#define PT_WRITE_U PTRACE_POKEUSER
	PTRACE_CONT = 7,
#define PT_CONTINUE PTRACE_CONT
	PTRACE_KILL = 8,
#define PT_KILL PTRACE_KILL
	PTRACE_SINGLESTEP = 9,
#define PT_STEP PTRACE_SINGLESTEP
#if defined(__x86_64__) || defined(__i386__) || defined(__riscv)
	PTRACE_GETREGS = 12,
#define PT_GETREGS PTRACE_GETREGS
	PTRACE_SETREGS = 13,
#define PT_SETREGS PTRACE_SETREGS
	PTRACE_GETFPREGS = 14,
#define PT_GETFPREGS PTRACE_GETFPREGS
	PTRACE_SETFPREGS = 15,
#define PT_SETFPREGS PTRACE_SETFPREGS
#endif
	PTRACE_ATTACH = 16,
#define PT_ATTACH PTRACE_ATTACH
	PTRACE_DETACH = 17,
#define PT_DETACH PTRACE_DETACH
#if defined(__x86_64__) || defined(__i386__) || defined(__riscv)
	PTRACE_GETFPXREGS = 18,
#define PT_GETFPXREGS PTRACE_GETFPXREGS
	PTRACE_SETFPXREGS = 19,
#define PT_SETFPXREGS PTRACE_SETFPXREGS
#endif
	PTRACE_SYSCALL = 24,
#define PT_SYSCALL PTRACE_SYSCALL
#if defined(__x86_64__) || defined(__i386__)
	PTRACE_GET_THREAD_AREA = 25,
#define PT_GET_THREAD_AREA PTRACE_GET_THREAD_AREA
	PTRACE_SET_THREAD_AREA = 26,
#define PT_SET_THREAD_AREA PTRACE_SET_THREAD_AREA
	PTRACE_ARCH_PRCTL = 30,
#define PT_ARCH_PRCTL PTRACE_ARCH_PRCTL
#endif
#if defined(__x86_64__) || defined(__i386__) || defined(__aarch64__)
	PTRACE_SYSEMU = 31,
#define PT_SYSEMU PTRACE_SYSEMU
	PTRACE_SYSEMU_SINGLESTEP = 32,
#define PT_SYSEMU_SINGLESTEP PTRACE_SYSEMU_SINGLESTEP
#endif
#if defined(__x86_64__) || defined(__i386__)
	PTRACE_SINGLEBLOCK = 33,
#define PT_STEPBLOCK PTRACE_SINGLEBLOCK
#endif
#ifdef __aarch64__
	PTRACE_PEEKMTETAGS = 33,
#define PT_PEEKMTETAGS PTRACE_PEEKMTETAGS
	PTRACE_POKEMTETAGS = 34,
#define PT_POKEMTETAGS PTRACE_POKEMTETAGS
#endif
	PTRACE_SETOPTIONS = 0x4200,
#define PT_SETOPTIONS PTRACE_SETOPTIONS
	PTRACE_GETEVENTMSG = 0x4201,
#define PT_GETEVENTMSG PTRACE_GETEVENTMSG
	PTRACE_GETSIGINFO = 0x4202,
#define PT_GETSIGINFO PTRACE_GETSIGINFO
	PTRACE_SETSIGINFO = 0x4203,
#define PT_SETSIGINFO PTRACE_SETSIGINFO
	PTRACE_GETREGSET = 0x4204,
	PTRACE_SETREGSET = 0x4205,
	PTRACE_SEIZE = 0x4206,
	PTRACE_INTERRUPT = 0x4207,
	PTRACE_LISTEN = 0x4208,
	PTRACE_PEEKSIGINFO = 0x4209,
	PTRACE_GETSIGMASK = 0x420a,
	PTRACE_SETSIGMASK = 0x420b,
	PTRACE_SECCOMP_GET_FILTER = 0x420c,
	PTRACE_SECCOMP_GET_METADATA = 0x420d,
	PTRACE_GET_SYSCALL_INFO = 0x420e,
	PTRACE_GET_RSEQ_CONFIGURATION = 0x420f
};

/* PTRACE_SETOPTIONS options */
enum __ptrace_setoptions {
	PTRACE_O_TRACESYSGOOD = 0x00000001,
	PTRACE_O_TRACEFORK = 0x00000002,
	PTRACE_O_TRACEVFORK = 0x00000004,
	PTRACE_O_TRACECLONE = 0x00000008,
	PTRACE_O_TRACEEXEC = 0x00000010,
	PTRACE_O_TRACEVFORKDONE = 0x00000020,
	PTRACE_O_TRACEEXIT = 0x00000040,
	PTRACE_O_TRACESECCOMP = 0x00000080,
	PTRACE_O_EXITKILL = 0x00100000,
	PTRACE_O_SUSPEND_SECCOMP = 0x00200000,
	PTRACE_O_MASK = 0x003000ff
};

/* the events of PTRACE_GETEVENTMSG */
enum __ptrace_eventcodes {
	PTRACE_EVENT_FORK = 1,
	PTRACE_EVENT_VFORK = 2,
	PTRACE_EVENT_CLONE = 3,
	PTRACE_EVENT_EXEC = 4,
	PTRACE_EVENT_VFORK_DONE = 5,
	PTRACE_EVENT_EXIT = 6,
	PTRACE_EVENT_SECCOMP = 7,
	PTRACE_EVENT_STOP = 128
};

/* PTRACE_GET_SYSCALL_INFO's op */
enum __ptrace_get_syscall_info_op {
	PTRACE_SYSCALL_INFO_NONE = 0,
	PTRACE_SYSCALL_INFO_ENTRY = 1,
	PTRACE_SYSCALL_INFO_EXIT = 2,
	PTRACE_SYSCALL_INFO_SECCOMP = 3
};

struct __ptrace_peeksiginfo_args {
	uint64_t off;
	uint32_t flags;
	int32_t nr;
};

enum __ptrace_peeksiginfo_flags {
	PTRACE_PEEKSIGINFO_SHARED = (1 << 0)
};

struct __ptrace_seccomp_metadata {
	uint64_t filter_off;
	uint64_t flags;
};

struct __ptrace_syscall_info {
	uint8_t op;
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	__extension__ union {
		struct {
			uint64_t nr;
			uint64_t args[6];
		} entry;
		struct {
			int64_t rval;
			uint8_t is_error;
		} exit;
		struct {
			uint64_t nr;
			uint64_t args[6];
			uint32_t ret_data;
		} seccomp;
	};
};

struct __ptrace_rseq_configuration {
	uint64_t rseq_abi_pointer;
	uint32_t rseq_abi_size;
	uint32_t signature;
	uint32_t flags;
	uint32_t pad;
};

__FERRO_BEGIN_DECLS
long ptrace(enum __ptrace_request, ...);
__FERRO_END_DECLS
#endif
