#ifndef _SYS_STAT_H
#define _SYS_STAT_H
/* The stat family (struct stat per arch) comes with the file-system
 * issue; this header declares what is implemented today. */
#include <features.h>
#include <bits/alltypes.h>
#include <bits/statmode.h>
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)
__FERRO_BEGIN_DECLS
int mkdir(const char *, mode_t);
int mkdirat(int, const char *, mode_t);
int chmod(const char *, mode_t);
int fchmod(int, mode_t);
mode_t umask(mode_t);
__FERRO_END_DECLS
#endif
