#ifndef _BITS_EPOLL_H
#define _BITS_EPOLL_H
/* riscv64: struct epoll_event keeps its natural layout. */
#define __FERRO_EPOLL_PACKED 
#endif
