#ifndef _STRINGS_H
#define _STRINGS_H
#include <features.h>
#ifndef __FERRO_DEFINED_size_t
#define __FERRO_DEFINED_size_t
typedef __SIZE_TYPE__ size_t;
#endif
__FERRO_BEGIN_DECLS
int bcmp(const void *, const void *, size_t);
__FERRO_END_DECLS
#endif
