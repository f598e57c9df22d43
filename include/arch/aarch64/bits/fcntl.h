#ifndef _BITS_FCNTL_H
#define _BITS_FCNTL_H
#define O_DIRECTORY 040000
#define O_NOFOLLOW 0100000
#define O_DIRECT 0200000
#define O_LARGEFILE 0
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#endif
