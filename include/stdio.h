#ifndef _STDIO_H
#define _STDIO_H
/* Streams (FILE and its functions) and the path calls; printf has its
 * own section. */
#include <features.h>
#include <bits/size_t.h>
#include <bits/null.h>
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#ifdef __FERRO_USE_GNU
#define SEEK_DATA 3
#define SEEK_HOLE 4
#endif
#define EOF (-1)

/* ==== streams (FILE, buffering, I/O, positioning, temporary files) ==== */
#ifndef __FERRO_DEFINED_FILE
#define __FERRO_DEFINED_FILE
typedef struct _IO_FILE FILE;
#endif
typedef struct {
	long long __pos;
	int __state[2];
} fpos_t;
#if defined(__FERRO_USE_POSIX)
#include <bits/alltypes.h>
#endif
#define BUFSIZ 8192
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define FOPEN_MAX 16
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
#define P_tmpdir "/tmp"
#endif
__FERRO_BEGIN_DECLS
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

FILE *fopen(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT);
FILE *freopen(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
	      FILE *__FERRO_RESTRICT);
int fclose(FILE *);
int fflush(FILE *);
int setvbuf(FILE *__FERRO_RESTRICT, char *__FERRO_RESTRICT, int, size_t);
void setbuf(FILE *__FERRO_RESTRICT, char *__FERRO_RESTRICT);
size_t fread(void *__FERRO_RESTRICT, size_t, size_t, FILE *__FERRO_RESTRICT);
size_t fwrite(const void *__FERRO_RESTRICT, size_t, size_t,
	      FILE *__FERRO_RESTRICT);
int fgetc(FILE *);
int getc(FILE *);
int getchar(void);
char *fgets(char *__FERRO_RESTRICT, int, FILE *__FERRO_RESTRICT);
#if (defined(__cplusplus) && __cplusplus < 201402L) || \
    (!defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L))
/* removed in C11 and C++14; declared for older standards only, as glibc */
char *gets(char *);
#endif
int fputc(int, FILE *);
int putc(int, FILE *);
int putchar(int);
int fputs(const char *__FERRO_RESTRICT, FILE *__FERRO_RESTRICT);
int puts(const char *);
int ungetc(int, FILE *);
int fseek(FILE *, long, int);
long ftell(FILE *);
void rewind(FILE *);
int fgetpos(FILE *__FERRO_RESTRICT, fpos_t *__FERRO_RESTRICT);
int fsetpos(FILE *, const fpos_t *);
int feof(FILE *);
int ferror(FILE *);
void clearerr(FILE *);
void perror(const char *);
int remove(const char *);
FILE *tmpfile(void);
char *tmpnam(char *);
#if defined(__FERRO_USE_POSIX)
FILE *fdopen(int, const char *);
FILE *popen(const char *, const char *);
int pclose(FILE *);
int fileno(FILE *);
int fseeko(FILE *, off_t, int);
off_t ftello(FILE *);
ssize_t getline(char **__FERRO_RESTRICT, size_t *__FERRO_RESTRICT,
		FILE *__FERRO_RESTRICT);
ssize_t getdelim(char **__FERRO_RESTRICT, size_t *__FERRO_RESTRICT, int,
		 FILE *__FERRO_RESTRICT);
FILE *fmemopen(void *__FERRO_RESTRICT, size_t, const char *__FERRO_RESTRICT);
FILE *open_memstream(char **, size_t *);
void flockfile(FILE *);
int ftrylockfile(FILE *);
void funlockfile(FILE *);
int getc_unlocked(FILE *);
int getchar_unlocked(void);
int putc_unlocked(int, FILE *);
int putchar_unlocked(int);
#endif
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_DEFAULT)
char *tempnam(const char *, const char *);
#endif
#if defined(__FERRO_USE_DEFAULT)
void setbuffer(FILE *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t);
void setlinebuf(FILE *);
int fgetc_unlocked(FILE *);
int fputc_unlocked(int, FILE *);
int fflush_unlocked(FILE *);
size_t fread_unlocked(void *__FERRO_RESTRICT, size_t, size_t,
		      FILE *__FERRO_RESTRICT);
size_t fwrite_unlocked(const void *__FERRO_RESTRICT, size_t, size_t,
		       FILE *__FERRO_RESTRICT);
void clearerr_unlocked(FILE *);
int feof_unlocked(FILE *);
int ferror_unlocked(FILE *);
int fileno_unlocked(FILE *);
#endif
#if defined(__FERRO_USE_GNU)
/* GNU custom streams */
typedef ssize_t cookie_read_function_t(void *, char *, size_t);
typedef ssize_t cookie_write_function_t(void *, const char *, size_t);
typedef int cookie_seek_function_t(void *, off64_t *, int);
typedef int cookie_close_function_t(void *);
typedef struct _IO_cookie_io_functions_t {
	cookie_read_function_t *read;
	cookie_write_function_t *write;
	cookie_seek_function_t *seek;
	cookie_close_function_t *close;
} cookie_io_functions_t;
int fpurge(FILE *);
char *fgetln(FILE *, size_t *);
FILE *fopencookie(void *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
		  cookie_io_functions_t);
char *fgets_unlocked(char *__FERRO_RESTRICT, int, FILE *__FERRO_RESTRICT);
int fputs_unlocked(const char *__FERRO_RESTRICT, FILE *__FERRO_RESTRICT);
#endif
__FERRO_END_DECLS
/* ==== end of streams ==== */
/* ==== scanf family ==== */
#if defined(__FERRO_USE_POSIX) && !defined(__FERRO_DEFINED_va_list)
#define __FERRO_DEFINED_va_list
typedef __builtin_va_list va_list;
#endif
__FERRO_BEGIN_DECLS
int fscanf(FILE *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__scanf__, 2, 3);
int scanf(const char *__FERRO_RESTRICT, ...) __FERRO_FORMAT(__scanf__, 1, 2);
int sscanf(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__scanf__, 2, 3);
#if defined(__FERRO_USE_ISOC99)
int vfscanf(FILE *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
	    __builtin_va_list) __FERRO_FORMAT(__scanf__, 2, 0);
int vscanf(const char *__FERRO_RESTRICT, __builtin_va_list)
	__FERRO_FORMAT(__scanf__, 1, 0);
int vsscanf(const char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
	    __builtin_va_list) __FERRO_FORMAT(__scanf__, 2, 0);
#endif
__FERRO_END_DECLS
/* ==== end of scanf family ==== */
/* ---- printf family ---- */
__FERRO_BEGIN_DECLS
int printf(const char *__FERRO_RESTRICT, ...) __FERRO_FORMAT(__printf__, 1, 2);
int fprintf(FILE *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__printf__, 2, 3);
int vprintf(const char *__FERRO_RESTRICT, __builtin_va_list)
	__FERRO_FORMAT(__printf__, 1, 0);
int vfprintf(FILE *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
	     __builtin_va_list) __FERRO_FORMAT(__printf__, 2, 0);
int snprintf(char *__FERRO_RESTRICT, size_t, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__printf__, 3, 4);
int sprintf(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__printf__, 2, 3);
int vsnprintf(char *__FERRO_RESTRICT, size_t, const char *__FERRO_RESTRICT,
	      __builtin_va_list) __FERRO_FORMAT(__printf__, 3, 0);
int vsprintf(char *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
	     __builtin_va_list) __FERRO_FORMAT(__printf__, 2, 0);
#if defined(__FERRO_USE_XOPEN2K8)
int dprintf(int, const char *__FERRO_RESTRICT, ...) __FERRO_FORMAT(__printf__, 2, 3);
int vdprintf(int, const char *__FERRO_RESTRICT, __builtin_va_list)
	__FERRO_FORMAT(__printf__, 2, 0);
#endif
#if defined(__FERRO_USE_GNU)
int asprintf(char **__FERRO_RESTRICT, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__printf__, 2, 3);
int vasprintf(char **__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
	      __builtin_va_list) __FERRO_FORMAT(__printf__, 2, 0);
struct obstack;
int obstack_printf(struct obstack *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, ...)
	__FERRO_FORMAT(__printf__, 2, 3);
int obstack_vprintf(struct obstack *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
		    __builtin_va_list) __FERRO_FORMAT(__printf__, 2, 0);
#endif
__FERRO_END_DECLS
/* ---- end printf family ---- */
__FERRO_BEGIN_DECLS
int rename(const char *, const char *);
#if defined(__FERRO_USE_POSIX)
int renameat(int, const char *, int, const char *);
#endif
#ifdef __FERRO_USE_GNU
# define RENAME_NOREPLACE (1 << 0)
# define RENAME_EXCHANGE (1 << 1)
# define RENAME_WHITEOUT (1 << 2)
int renameat2(int, const char *, int, const char *, unsigned int);
#endif
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_POSIX)
# define L_ctermid 9
char *ctermid(char *);
#endif
#ifdef __FERRO_USE_GNU
/* SUSv2 legacy (glibc declares it only for pre-2001 X/Open; musl under
   _GNU_SOURCE) */
# define L_cuserid 9
char *cuserid(char *);
#endif
#if defined(__FERRO_USE_DEFAULT) || defined(__FERRO_USE_GNU)
int getw(FILE *);
int putw(int, FILE *);
#endif
__FERRO_END_DECLS
/* The large-file names: off_t is 64-bit on every arch, so they are the
   plain ones (libc.a also defines the *64 symbols). */
#ifdef __FERRO_USE_LARGEFILE64
# define fopen64 fopen
# define freopen64 freopen
# define fseeko64 fseeko
# define ftello64 ftello
# define fgetpos64 fgetpos
# define fsetpos64 fsetpos
# define tmpfile64 tmpfile
# define fpos64_t fpos_t
#endif
#endif
