#ifndef _BITS_STAT_H
#define _BITS_STAT_H
#include <bits/stat_generic.h>
#endif
