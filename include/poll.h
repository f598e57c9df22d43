#ifndef _POLL_H
#define _POLL_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/timespec.h>

#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200
#ifdef __FERRO_USE_GNU
#define POLLMSG 0x400
#define POLLREMOVE 0x1000
#define POLLRDHUP 0x2000
#endif

typedef unsigned long nfds_t;

struct pollfd {
	int fd;
	short events;
	short revents;
};

__FERRO_BEGIN_DECLS
int poll(struct pollfd *, nfds_t, int);
#ifdef __FERRO_USE_GNU
#include <bits/sigset.h>
#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef __sigset_t sigset_t;
#endif
int ppoll(struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
#endif
__FERRO_END_DECLS
#endif
