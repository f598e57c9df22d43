/* <sys/sendfile.h>: copy between descriptors inside the kernel (Linux). */
#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
ssize_t sendfile(int, int, off_t *, size_t);
__FERRO_END_DECLS
/* The large-file name: off_t is 64-bit on every arch. */
#ifdef __FERRO_USE_LARGEFILE64
# define sendfile64 sendfile
#endif
#endif
