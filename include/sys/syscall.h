#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H
/* __NR_* and SYS_* for this arch (checked against linux-raw-sys). */
#include <bits/syscall.h>
#endif
