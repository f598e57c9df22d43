/* <sys/klog.h>: the kernel log buffer (Linux). */
#ifndef _SYS_KLOG_H
#define _SYS_KLOG_H 1
#include <features.h>
__FERRO_BEGIN_DECLS
int klogctl(int, char *, int);
__FERRO_END_DECLS
#endif
