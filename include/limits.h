/*
 * limits.h - sizes of integer types (C17 5.2.4.2.1) and, outside strict
 * ISO C mode, the POSIX limits for Linux.  Part of ferrolibc.
 */
#ifndef _LIMITS_H
#define _LIMITS_H 1

#include <features.h>

/* ------------------------------------------------------------------ */
/* ISO C                                                               */

#define CHAR_BIT __CHAR_BIT__

#define SCHAR_MAX __SCHAR_MAX__
#define SCHAR_MIN (-SCHAR_MAX - 1)
#define UCHAR_MAX (SCHAR_MAX * 2 + 1)

#ifdef __CHAR_UNSIGNED__
# define CHAR_MIN 0
# define CHAR_MAX UCHAR_MAX
#else
# define CHAR_MIN SCHAR_MIN
# define CHAR_MAX SCHAR_MAX
#endif

#define SHRT_MAX __SHRT_MAX__
#define SHRT_MIN (-SHRT_MAX - 1)
#define USHRT_MAX (SHRT_MAX * 2 + 1)

#define INT_MAX __INT_MAX__
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX (INT_MAX * 2U + 1U)

#define LONG_MAX __LONG_MAX__
#define LONG_MIN (-LONG_MAX - 1L)
#define ULONG_MAX (LONG_MAX * 2UL + 1UL)

#if defined(__FERRO_USE_ISOC99) || defined(__LONG_LONG_MAX__)
# define LLONG_MAX __LONG_LONG_MAX__
# define LLONG_MIN (-LLONG_MAX - 1LL)
# define ULLONG_MAX (LLONG_MAX * 2ULL + 1ULL)
#endif

/* Maximum bytes in a multibyte character, for any supported locale. */
#define MB_LEN_MAX 16

/* C23 width macros (also outside strict modes). */
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L) \
    || !defined(__STRICT_ANSI__)
# define CHAR_WIDTH __CHAR_BIT__
# define SCHAR_WIDTH __CHAR_BIT__
# define UCHAR_WIDTH __CHAR_BIT__
# define SHRT_WIDTH (__SIZEOF_SHORT__ * __CHAR_BIT__)
# define USHRT_WIDTH (__SIZEOF_SHORT__ * __CHAR_BIT__)
# define INT_WIDTH (__SIZEOF_INT__ * __CHAR_BIT__)
# define UINT_WIDTH (__SIZEOF_INT__ * __CHAR_BIT__)
# define LONG_WIDTH (__SIZEOF_LONG__ * __CHAR_BIT__)
# define ULONG_WIDTH (__SIZEOF_LONG__ * __CHAR_BIT__)
# define LLONG_WIDTH (__SIZEOF_LONG_LONG__ * __CHAR_BIT__)
# define ULLONG_WIDTH (__SIZEOF_LONG_LONG__ * __CHAR_BIT__)
# define BOOL_WIDTH 1
#endif

/* ------------------------------------------------------------------ */
/* POSIX                                                               */

#if defined(__FERRO_USE_POSIX) || defined(__FERRO_USE_DEFAULT) \
    || defined(__FERRO_USE_XOPEN)

/* Minimum acceptable values required by POSIX (<limits.h> "Minimum
   Values"). */
#define _POSIX_AIO_LISTIO_MAX 2
#define _POSIX_AIO_MAX 1
#define _POSIX_ARG_MAX 4096
#define _POSIX_CHILD_MAX 25
#define _POSIX_DELAYTIMER_MAX 32
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_LINK_MAX 8
#define _POSIX_LOGIN_NAME_MAX 9
#define _POSIX_MAX_CANON 255
#define _POSIX_MAX_INPUT 255
#define _POSIX_MQ_OPEN_MAX 8
#define _POSIX_MQ_PRIO_MAX 32
#define _POSIX_NAME_MAX 14
#define _POSIX_NGROUPS_MAX 8
#define _POSIX_OPEN_MAX 20
#define _POSIX_PATH_MAX 256
#define _POSIX_PIPE_BUF 512
#define _POSIX_RE_DUP_MAX 255
#define _POSIX_RTSIG_MAX 8
#define _POSIX_SEM_NSEMS_MAX 256
#define _POSIX_SEM_VALUE_MAX 32767
#define _POSIX_SIGQUEUE_MAX 32
#define _POSIX_SSIZE_MAX 32767
#define _POSIX_SS_REPL_MAX 4
#define _POSIX_STREAM_MAX 8
#define _POSIX_SYMLINK_MAX 255
#define _POSIX_SYMLOOP_MAX 8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX 128
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_TIMER_MAX 32
#define _POSIX_TTY_NAME_MAX 9
#define _POSIX_TZNAME_MAX 6
#define _POSIX_CLOCKRES_MIN 20000000

#define _POSIX2_BC_BASE_MAX 99
#define _POSIX2_BC_DIM_MAX 2048
#define _POSIX2_BC_SCALE_MAX 99
#define _POSIX2_BC_STRING_MAX 1000
#define _POSIX2_CHARCLASS_NAME_MAX 14
#define _POSIX2_COLL_WEIGHTS_MAX 2
#define _POSIX2_EXPR_NEST_MAX 32
#define _POSIX2_LINE_MAX 2048
#define _POSIX2_RE_DUP_MAX 255

#define _XOPEN_IOV_MAX 16
#define _XOPEN_NAME_MAX 255
#define _XOPEN_PATH_MAX 1024

/* Linux values. Limits that vary at run time (OPEN_MAX, CHILD_MAX,
   PAGESIZE, ...) are deliberately left undefined; use sysconf(). */
#define ARG_MAX 131072
#define PATH_MAX 4096
#define NAME_MAX 255
#define PIPE_BUF 4096
#define MAX_CANON 255
#define MAX_INPUT 255
#define XATTR_NAME_MAX 255
#define XATTR_SIZE_MAX 65536
#define XATTR_LIST_MAX 65536
#define IOV_MAX 1024
#define HOST_NAME_MAX 255
#define LOGIN_NAME_MAX 256
#define TTY_NAME_MAX 32
#define NGROUPS_MAX 65536
#define LINE_MAX 4096
#define SYMLOOP_MAX 40
#define FILESIZEBITS 64
#define AIO_PRIO_DELTA_MAX 20
#define RTSIG_MAX 32
#define MQ_PRIO_MAX 32768
#define DELAYTIMER_MAX 0x7fffffff
#define SEM_VALUE_MAX 0x7fffffff
#define SEM_NSEMS_MAX 256

#define PTHREAD_KEYS_MAX 1024
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#if defined(__aarch64__)
# define PTHREAD_STACK_MIN 131072
#else
# define PTHREAD_STACK_MIN 16384
#endif

#define BC_BASE_MAX 99
#define BC_DIM_MAX 2048
#define BC_SCALE_MAX 99
#define BC_STRING_MAX 1000
#define CHARCLASS_NAME_MAX 14
#define COLL_WEIGHTS_MAX 2
#define EXPR_NEST_MAX 32
#define RE_DUP_MAX 255

#define NL_ARGMAX 9
#define NL_LANGMAX 32
#define NL_MSGMAX 32767
#define NL_SETMAX 255
#define NL_TEXTMAX 2048
#define NZERO 20

/* ssize_t has the width of ptrdiff_t on every supported target. */
#define SSIZE_MAX __PTRDIFF_MAX__

#define LONG_BIT (__SIZEOF_LONG__ * __CHAR_BIT__)
#define WORD_BIT (__SIZEOF_INT__ * __CHAR_BIT__)

/* Linux extended-attribute limits. */
#define XATTR_NAME_MAX 255
#define XATTR_SIZE_MAX 65536
#define XATTR_LIST_MAX 65536

#endif /* POSIX */

#endif /* _LIMITS_H */
