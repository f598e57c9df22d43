#ifndef _STDIO_EXT_H
#define _STDIO_EXT_H
/* Stream introspection (glibc/Solaris extensions). */
#include <stdio.h>
#define FSETLOCKING_QUERY 0
#define FSETLOCKING_INTERNAL 1
#define FSETLOCKING_BYCALLER 2
__FERRO_BEGIN_DECLS
size_t __fbufsize(FILE *);
int __freading(FILE *);
int __fwriting(FILE *);
int __freadable(FILE *);
int __fwritable(FILE *);
int __flbf(FILE *);
size_t __fpending(FILE *);
void __fpurge(FILE *);
void _flushlbf(void);
int __fsetlocking(FILE *, int);
__FERRO_END_DECLS
#endif
