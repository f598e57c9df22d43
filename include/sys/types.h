#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/pthreadtypes.h>
#ifdef __FERRO_USE_DEFAULT
#include <sys/select.h>
#endif
#endif
