/* <sys/dir.h>: the historical name of <dirent.h>. */
#ifndef _SYS_DIR_H
#define _SYS_DIR_H 1
#include <dirent.h>
#define direct dirent
#endif
