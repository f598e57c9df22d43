/* <sys/eventfd.h>: the Linux event counter descriptor. */
#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H 1
#include <features.h>
#include <stdint.h>

#define EFD_SEMAPHORE 00000001
#define EFD_CLOEXEC 02000000
#define EFD_NONBLOCK 00004000

typedef uint64_t eventfd_t;

__FERRO_BEGIN_DECLS
int eventfd(unsigned int, int);
int eventfd_read(int, eventfd_t *);
int eventfd_write(int, eventfd_t);
__FERRO_END_DECLS
#endif
