#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H
#include <features.h>
#include <bits/alltypes.h>
#ifdef __FERRO_USE_DEFAULT
#include <sys/select.h>
#endif
#endif
