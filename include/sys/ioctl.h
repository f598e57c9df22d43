#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#include <features.h>
#include <bits/ioctl.h>
struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};
__FERRO_BEGIN_DECLS
int ioctl(int, unsigned long, ...);
__FERRO_END_DECLS
#endif
