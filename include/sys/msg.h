/* <sys/msg.h>: System V message queues (POSIX XSI). */
#ifndef _SYS_MSG_H
#define _SYS_MSG_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <sys/ipc.h>

#define MSG_NOERROR 010000
#ifdef __FERRO_USE_GNU
# define MSG_EXCEPT 020000
# define MSG_COPY 040000
# define MSG_STAT 11
# define MSG_INFO 12
# define MSG_STAT_ANY 13
#endif

typedef unsigned long msgqnum_t;
typedef unsigned long msglen_t;

struct msqid_ds {
	struct ipc_perm msg_perm;
	time_t msg_stime;
	time_t msg_rtime;
	time_t msg_ctime;
	unsigned long __msg_cbytes;
	msgqnum_t msg_qnum;
	msglen_t msg_qbytes;
	pid_t msg_lspid;
	pid_t msg_lrpid;
	unsigned long __glibc_reserved4;
	unsigned long __glibc_reserved5;
};
#define msg_cbytes __msg_cbytes

#ifdef __FERRO_USE_GNU
struct msgbuf {
	long mtype;
	char mtext[1];
};

struct msginfo {
	int msgpool;
	int msgmap;
	int msgmax;
	int msgmnb;
	int msgmni;
	int msgssz;
	int msgtql;
	unsigned short msgseg;
};
#endif

__FERRO_BEGIN_DECLS
int msgget(key_t, int);
int msgsnd(int, const void *, size_t, int);
ssize_t msgrcv(int, void *, size_t, long, int);
int msgctl(int, int, struct msqid_ds *);
__FERRO_END_DECLS
#endif
