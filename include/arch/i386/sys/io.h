/* <sys/io.h>: I/O-port permissions (x86 only: installed for x86_64 and
   i386, as glibc has it only there). */
#ifndef _SYS_IO_H
#define _SYS_IO_H 1
#include <features.h>

__FERRO_BEGIN_DECLS
int ioperm(unsigned long, unsigned long, int);
int iopl(int);
__FERRO_END_DECLS
#endif
