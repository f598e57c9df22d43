#ifndef _SYS_VFS_H
#define _SYS_VFS_H
/* <sys/vfs.h>: the old name of <sys/statfs.h>. */
#include <sys/statfs.h>
#endif
