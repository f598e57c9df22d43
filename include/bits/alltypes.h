#ifndef _BITS_ALLTYPES_H
#define _BITS_ALLTYPES_H
/* The POSIX types shared by several headers; each guarded so a header may
 * pull this in freely. off_t and time_t are 64-bit on every arch. */
#include <bits/size_t.h>
#ifndef __FERRO_DEFINED_ssize_t
#define __FERRO_DEFINED_ssize_t
typedef __PTRDIFF_TYPE__ ssize_t;
#endif
typedef long long off_t;
typedef long long off64_t;
typedef long long loff_t;
typedef int pid_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef unsigned mode_t;
typedef unsigned long long dev_t;
typedef unsigned long long ino_t;
typedef unsigned long long ino64_t;
/* glibc's per-arch widths: x86 keeps the old long ones, the generic
 * 64-bit ABI (aarch64, riscv64) has 32-bit nlink_t and blksize_t. */
#if defined(__x86_64__)
typedef unsigned long nlink_t;
#else
typedef unsigned int nlink_t;
#endif
typedef long long time_t;
typedef long long blkcnt_t;
typedef long long blkcnt64_t;
#if defined(__x86_64__) || defined(__i386__)
typedef long blksize_t;
#else
typedef int blksize_t;
#endif
typedef unsigned long long fsblkcnt_t;
typedef unsigned long long fsfilcnt_t;
typedef long suseconds_t;
typedef unsigned useconds_t;
typedef int id_t;
typedef int key_t;
typedef int clockid_t;
typedef void *timer_t;
typedef long clock_t;
typedef char *caddr_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned int uint;
typedef unsigned short ushort;
typedef unsigned long ulong;
#endif
