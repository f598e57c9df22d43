#ifndef _DIRENT_H
#define _DIRENT_H
#include <features.h>
#include <bits/alltypes.h>
typedef struct DIR DIR;
struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};
#define _DIRENT_HAVE_D_RECLEN
#define _DIRENT_HAVE_D_OFF
#define _DIRENT_HAVE_D_TYPE
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#define DT_WHT 14
__FERRO_BEGIN_DECLS
DIR *opendir(const char *);
DIR *fdopendir(int);
int closedir(DIR *);
struct dirent *readdir(DIR *);
int readdir_r(DIR *__restrict, struct dirent *__restrict, struct dirent **__restrict);
void rewinddir(DIR *);
void seekdir(DIR *, long);
long telldir(DIR *);
int dirfd(DIR *);
int scandir(const char *, struct dirent ***, int (*)(const struct dirent *),
	    int (*)(const struct dirent **, const struct dirent **));
int scandirat(int, const char *, struct dirent ***, int (*)(const struct dirent *),
	      int (*)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **, const struct dirent **);
int versionsort(const struct dirent **, const struct dirent **);
#ifdef __FERRO_USE_GNU
ssize_t getdents64(int, void *, size_t);
int getdents(int, struct dirent *, size_t);
#endif
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define dirent64 dirent
# define readdir64 readdir
# define readdir64_r readdir_r
# define scandir64 scandir
# define scandirat64 scandirat
# define alphasort64 alphasort
# define versionsort64 versionsort
#endif
#endif
