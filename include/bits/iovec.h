/* struct iovec, shared by <sys/uio.h> and <sys/socket.h>. */
#ifndef _BITS_IOVEC_H
#define _BITS_IOVEC_H 1
#include <bits/size_t.h>
struct iovec {
	void *iov_base;
	size_t iov_len;
};
#endif
