#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#include <features.h>
#include <bits/ioctl.h>
#include <bits/winsize.h>
__FERRO_BEGIN_DECLS
int ioctl(int, unsigned long, ...);
__FERRO_END_DECLS
#endif
