#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H
#include <features.h>
#include <bits/alltypes.h>
#define GRND_NONBLOCK 0x01
#define GRND_RANDOM 0x02
#define GRND_INSECURE 0x04
__FERRO_BEGIN_DECLS
ssize_t getrandom(void *, size_t, unsigned int);
int getentropy(void *, size_t);
__FERRO_END_DECLS
#endif
