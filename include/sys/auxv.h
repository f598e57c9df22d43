#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H
#include <features.h>
#include <elf.h>
__FERRO_BEGIN_DECLS
unsigned long getauxval(unsigned long);
__FERRO_END_DECLS
#endif
