#ifndef _PTY_H
#define _PTY_H
/* openpty, forkpty (BSD; in libc.a, libutil.a is empty). */
#include <features.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <bits/alltypes.h>
__FERRO_BEGIN_DECLS
int openpty(int *, int *, char *, const struct termios *, const struct winsize *);
pid_t forkpty(int *, char *, const struct termios *, const struct winsize *);
__FERRO_END_DECLS
#endif
