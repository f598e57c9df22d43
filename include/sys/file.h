/* <sys/file.h>: BSD flock. */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H 1
#include <features.h>
#include <fcntl.h>

/* flock operations. */
#define LOCK_SH 1
#define LOCK_EX 2
#define LOCK_NB 4
#define LOCK_UN 8

/* The old BSD names of lseek's whence values. */
#define L_SET 0
#define L_INCR 1
#define L_XTND 2

__FERRO_BEGIN_DECLS
int flock(int, int);
__FERRO_END_DECLS
#endif
