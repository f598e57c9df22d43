/* <sys/io.h>: I/O-port permissions and the port instructions (x86 only:
   installed for x86_64 and i386, as glibc has it only there). */
#ifndef _SYS_IO_H
#define _SYS_IO_H 1
#include <bits/io_x86.h>
#endif
