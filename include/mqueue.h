/* <mqueue.h>: POSIX message queues. */
#ifndef _MQUEUE_H
#define _MQUEUE_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>
#include <fcntl.h>
#include <signal.h>

__FERRO_BEGIN_DECLS
typedef int mqd_t;

struct mq_attr {
	long mq_flags;
	long mq_maxmsg;
	long mq_msgsize;
	long mq_curmsgs;
	long __pad[4];
};

mqd_t mq_open(const char *, int, ...);
int mq_close(mqd_t);
int mq_unlink(const char *);
int mq_send(mqd_t, const char *, size_t, unsigned int);
int mq_timedsend(mqd_t, const char *, size_t, unsigned int, const struct timespec *);
ssize_t mq_receive(mqd_t, char *, size_t, unsigned int *);
ssize_t mq_timedreceive(mqd_t, char *__FERRO_RESTRICT, size_t, unsigned int *__FERRO_RESTRICT,
			const struct timespec *__FERRO_RESTRICT);
int mq_notify(mqd_t, const struct sigevent *);
int mq_getattr(mqd_t, struct mq_attr *);
int mq_setattr(mqd_t, const struct mq_attr *__FERRO_RESTRICT, struct mq_attr *__FERRO_RESTRICT);
__FERRO_END_DECLS
#endif
