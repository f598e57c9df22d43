#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#define O_DIRECT 040000
#define O_LARGEFILE 0100000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
/* off_t is 64-bit: the locking commands are the kernel's *64 ones. */
#define F_GETLK 12
#define F_SETLK 13
#define F_SETLKW 14
#endif
