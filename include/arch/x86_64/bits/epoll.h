#ifndef _BITS_EPOLL_H
#define _BITS_EPOLL_H
/* x86_64: struct epoll_event is packed, as the kernel's. */
#define __FERRO_EPOLL_PACKED __attribute__((__packed__))
#endif
