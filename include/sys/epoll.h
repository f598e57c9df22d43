/* <sys/epoll.h>: the Linux event poll. */
#ifndef _SYS_EPOLL_H
#define _SYS_EPOLL_H 1
#include <features.h>
#include <stdint.h>
#include <sys/types.h>
#include <bits/sigset.h>
#include <bits/timespec.h>
#include <bits/epoll.h>

#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef __sigset_t sigset_t;
#endif

#define EPOLLIN 0x001
#define EPOLLPRI 0x002
#define EPOLLOUT 0x004
#define EPOLLERR 0x008
#define EPOLLHUP 0x010
#define EPOLLNVAL 0x020
#define EPOLLRDNORM 0x040
#define EPOLLRDBAND 0x080
#define EPOLLWRNORM 0x100
#define EPOLLWRBAND 0x200
#define EPOLLMSG 0x400
#define EPOLLRDHUP 0x2000
#define EPOLLEXCLUSIVE (1u << 28)
#define EPOLLWAKEUP (1u << 29)
#define EPOLLONESHOT (1u << 30)
#define EPOLLET (1u << 31)

#define EPOLL_CLOEXEC 02000000

#define EPOLL_CTL_ADD 1
#define EPOLL_CTL_DEL 2
#define EPOLL_CTL_MOD 3

union epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
};
typedef union epoll_data epoll_data_t;

/* Packed on x86_64 (12 bytes, as the kernel's); natural elsewhere. */
struct epoll_event {
	uint32_t events;
	epoll_data_t data;
} __FERRO_EPOLL_PACKED;

__FERRO_BEGIN_DECLS
int epoll_create(int);
int epoll_create1(int);
int epoll_ctl(int, int, int, struct epoll_event *);
int epoll_wait(int, struct epoll_event *, int, int);
int epoll_pwait(int, struct epoll_event *, int, int, const sigset_t *);
int epoll_pwait2(int, struct epoll_event *, int, const struct timespec *, const sigset_t *);
__FERRO_END_DECLS
#endif
