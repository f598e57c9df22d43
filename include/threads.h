#ifndef _THREADS_H
#define _THREADS_H
/* C11 threads. Part of ferrolibc. */
#include <features.h>
#include <bits/alltypes.h>
#include <bits/pthreadsize.h>
#include <time.h>

#if !defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 202311L)
# define thread_local _Thread_local
#endif
#define TSS_DTOR_ITERATIONS 4
#define ONCE_FLAG_INIT { 0 }

typedef unsigned long thrd_t;
typedef int (*thrd_start_t)(void *);
typedef union { char __size[__SIZEOF_PTHREAD_MUTEX_T]; long __align; } mtx_t;
typedef union { char __size[__SIZEOF_PTHREAD_COND_T]; long __align; } cnd_t;
typedef unsigned int tss_t;
typedef void (*tss_dtor_t)(void *);
typedef struct { int __data; } once_flag;

enum { thrd_success = 0, thrd_busy = 1, thrd_error = 2, thrd_nomem = 3, thrd_timedout = 4 };
enum { mtx_plain = 0, mtx_recursive = 1, mtx_timed = 2 };

__FERRO_BEGIN_DECLS
int thrd_create(thrd_t *, thrd_start_t, void *);
int thrd_join(thrd_t, int *);
int thrd_detach(thrd_t);
__FERRO_NORETURN void thrd_exit(int);
thrd_t thrd_current(void);
int thrd_equal(thrd_t, thrd_t);
int thrd_sleep(const struct timespec *, struct timespec *);
void thrd_yield(void);
int mtx_init(mtx_t *, int);
int mtx_lock(mtx_t *);
int mtx_timedlock(mtx_t *__FERRO_RESTRICT, const struct timespec *__FERRO_RESTRICT);
int mtx_trylock(mtx_t *);
int mtx_unlock(mtx_t *);
void mtx_destroy(mtx_t *);
int cnd_init(cnd_t *);
int cnd_signal(cnd_t *);
int cnd_broadcast(cnd_t *);
int cnd_wait(cnd_t *, mtx_t *);
int cnd_timedwait(cnd_t *__FERRO_RESTRICT, mtx_t *__FERRO_RESTRICT, const struct timespec *__FERRO_RESTRICT);
void cnd_destroy(cnd_t *);
int tss_create(tss_t *, tss_dtor_t);
void *tss_get(tss_t);
int tss_set(tss_t, void *);
void tss_delete(tss_t);
void call_once(once_flag *, void (*)(void));
__FERRO_END_DECLS
#endif
