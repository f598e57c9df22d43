#ifndef _BITS_PTHREADTYPES_H
#define _BITS_PTHREADTYPES_H
/* The pthread types (<sys/types.h>, <pthread.h>, <signal.h>): opaque
 * storage of glibc's size and alignment per arch; all-zero is the static
 * initialiser's value but for the kinds of the _NP mutexes. */
#include <bits/pthreadsize.h>
typedef unsigned long pthread_t;
typedef unsigned int pthread_key_t;
typedef int pthread_once_t;
typedef volatile int pthread_spinlock_t;
typedef union { char __size[__SIZEOF_PTHREAD_ATTR_T]; long __align; } pthread_attr_t;
typedef union { char __size[__SIZEOF_PTHREAD_MUTEX_T]; long __align; } pthread_mutex_t;
typedef union { char __size[__SIZEOF_PTHREAD_MUTEXATTR_T]; int __align; } pthread_mutexattr_t;
typedef union { char __size[__SIZEOF_PTHREAD_COND_T]; long __align; } pthread_cond_t;
typedef union { char __size[__SIZEOF_PTHREAD_CONDATTR_T]; int __align; } pthread_condattr_t;
typedef union { char __size[__SIZEOF_PTHREAD_RWLOCK_T]; long __align; } pthread_rwlock_t;
typedef union { char __size[__SIZEOF_PTHREAD_RWLOCKATTR_T]; long __align; } pthread_rwlockattr_t;
typedef union { char __size[__SIZEOF_PTHREAD_BARRIER_T]; long __align; } pthread_barrier_t;
typedef union { char __size[__SIZEOF_PTHREAD_BARRIERATTR_T]; int __align; } pthread_barrierattr_t;
#endif
