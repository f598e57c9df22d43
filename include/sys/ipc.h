/* <sys/ipc.h>: System V IPC keys and permissions (POSIX XSI), glibc's
   layout on every arch. */
#ifndef _SYS_IPC_H
#define _SYS_IPC_H 1
#include <features.h>
#include <bits/alltypes.h>

#define IPC_CREAT 01000
#define IPC_EXCL 02000
#define IPC_NOWAIT 04000
#define IPC_RMID 0
#define IPC_SET 1
#define IPC_STAT 2
#ifdef __FERRO_USE_GNU
# define IPC_INFO 3
#endif
#define IPC_PRIVATE ((key_t)0)

struct ipc_perm {
	key_t __key;
	uid_t uid;
	gid_t gid;
	uid_t cuid;
	gid_t cgid;
	mode_t mode;
	unsigned short __seq;
	unsigned short __pad2;
	unsigned long __glibc_reserved1;
	unsigned long __glibc_reserved2;
};

__FERRO_BEGIN_DECLS
key_t ftok(const char *, int);
__FERRO_END_DECLS
#endif
