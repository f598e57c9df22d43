#ifndef _PTHREAD_H
#define _PTHREAD_H
/* POSIX threads. Part of ferrolibc. */
#include <features.h>
#include <bits/alltypes.h>
#include <bits/pthreadtypes.h>
#include <sched.h>
#include <time.h>

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1
#define PTHREAD_INHERIT_SCHED 0
#define PTHREAD_EXPLICIT_SCHED 1
#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1
#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL
#ifdef __FERRO_USE_GNU
# define PTHREAD_MUTEX_TIMED_NP PTHREAD_MUTEX_NORMAL
# define PTHREAD_MUTEX_RECURSIVE_NP PTHREAD_MUTEX_RECURSIVE
# define PTHREAD_MUTEX_ERRORCHECK_NP PTHREAD_MUTEX_ERRORCHECK
# define PTHREAD_MUTEX_ADAPTIVE_NP 3
# define PTHREAD_MUTEX_FAST_NP PTHREAD_MUTEX_TIMED_NP
#endif

#define PTHREAD_MUTEX_STALLED 0
#define PTHREAD_MUTEX_ROBUST 1
#ifdef __FERRO_USE_GNU
# define PTHREAD_MUTEX_STALLED_NP PTHREAD_MUTEX_STALLED
# define PTHREAD_MUTEX_ROBUST_NP PTHREAD_MUTEX_ROBUST
#endif

#define PTHREAD_PRIO_NONE 0
#define PTHREAD_PRIO_INHERIT 1
#define PTHREAD_PRIO_PROTECT 2

#define PTHREAD_ONCE_INIT 0

#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *) -1)
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)

/* The kind word sits at offset 16 (64-bit arches) or 12 (i386), as in
 * glibc. */
#if __SIZEOF_POINTER__ == 8
# define __FERRO_MUTEX_INIT(k) { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, k } }
#else
# define __FERRO_MUTEX_INIT(k) { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, k } }
#endif
#define PTHREAD_MUTEX_INITIALIZER { { 0 } }
#ifdef __FERRO_USE_GNU
# define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP __FERRO_MUTEX_INIT(1)
# define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP __FERRO_MUTEX_INIT(2)
# define PTHREAD_ADAPTIVE_MUTEX_INITIALIZER_NP __FERRO_MUTEX_INIT(3)
#endif
#define PTHREAD_COND_INITIALIZER { { 0 } }
#define PTHREAD_RWLOCK_INITIALIZER { { 0 } }

__FERRO_BEGIN_DECLS
int pthread_create(pthread_t *__FERRO_RESTRICT, const pthread_attr_t *__FERRO_RESTRICT,
		   void *(*)(void *), void *__FERRO_RESTRICT);
int pthread_join(pthread_t, void **);
int pthread_detach(pthread_t);
__FERRO_NORETURN void pthread_exit(void *);
pthread_t pthread_self(void);
int pthread_equal(pthread_t, pthread_t);
int pthread_once(pthread_once_t *, void (*)(void));

int pthread_cancel(pthread_t);
int pthread_setcancelstate(int, int *);
int pthread_setcanceltype(int, int *);
void pthread_testcancel(void);

/* A cleanup handler's record; the push/pop macros keep it on the
 * caller's stack (glibc's layout). */
struct _pthread_cleanup_buffer {
	void (*__routine)(void *);
	void *__arg;
	int __canceltype;
	struct _pthread_cleanup_buffer *__prev;
};
void _pthread_cleanup_push(struct _pthread_cleanup_buffer *, void (*)(void *), void *);
void _pthread_cleanup_pop(struct _pthread_cleanup_buffer *, int);
#define pthread_cleanup_push(routine, arg) \
	do { \
		struct _pthread_cleanup_buffer __ferro_cb; \
		_pthread_cleanup_push(&__ferro_cb, (routine), (arg));
#define pthread_cleanup_pop(execute) \
		_pthread_cleanup_pop(&__ferro_cb, (execute)); \
	} while (0)
#ifdef __FERRO_USE_GNU
void _pthread_cleanup_push_defer(struct _pthread_cleanup_buffer *, void (*)(void *), void *);
void _pthread_cleanup_pop_restore(struct _pthread_cleanup_buffer *, int);
# define pthread_cleanup_push_defer_np(routine, arg) \
	do { \
		struct _pthread_cleanup_buffer __ferro_cb; \
		_pthread_cleanup_push_defer(&__ferro_cb, (routine), (arg));
# define pthread_cleanup_pop_restore_np(execute) \
		_pthread_cleanup_pop_restore(&__ferro_cb, (execute)); \
	} while (0)
#endif
int pthread_kill(pthread_t, int);
int pthread_getcpuclockid(pthread_t, clockid_t *);
int pthread_setschedparam(pthread_t, int, const struct sched_param *);
int pthread_getschedparam(pthread_t, int *__FERRO_RESTRICT, struct sched_param *__FERRO_RESTRICT);
int pthread_setschedprio(pthread_t, int);
int pthread_atfork(void (*)(void), void (*)(void), void (*)(void));

int pthread_attr_init(pthread_attr_t *);
int pthread_attr_destroy(pthread_attr_t *);
int pthread_attr_setdetachstate(pthread_attr_t *, int);
int pthread_attr_getdetachstate(const pthread_attr_t *, int *);
int pthread_attr_setstacksize(pthread_attr_t *, size_t);
int pthread_attr_getstacksize(const pthread_attr_t *__FERRO_RESTRICT, size_t *__FERRO_RESTRICT);
int pthread_attr_setguardsize(pthread_attr_t *, size_t);
int pthread_attr_getguardsize(const pthread_attr_t *__FERRO_RESTRICT, size_t *__FERRO_RESTRICT);
int pthread_attr_setstack(pthread_attr_t *, void *, size_t);
int pthread_attr_getstack(const pthread_attr_t *__FERRO_RESTRICT, void **__FERRO_RESTRICT,
			  size_t *__FERRO_RESTRICT);
int pthread_attr_setscope(pthread_attr_t *, int);
int pthread_attr_getscope(const pthread_attr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_attr_setinheritsched(pthread_attr_t *, int);
int pthread_attr_getinheritsched(const pthread_attr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_attr_setschedpolicy(pthread_attr_t *, int);
int pthread_attr_getschedpolicy(const pthread_attr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_attr_setschedparam(pthread_attr_t *__FERRO_RESTRICT,
			       const struct sched_param *__FERRO_RESTRICT);
int pthread_attr_getschedparam(const pthread_attr_t *__FERRO_RESTRICT,
			       struct sched_param *__FERRO_RESTRICT);

int pthread_mutex_init(pthread_mutex_t *__FERRO_RESTRICT, const pthread_mutexattr_t *__FERRO_RESTRICT);
int pthread_mutex_destroy(pthread_mutex_t *);
int pthread_mutex_lock(pthread_mutex_t *);
int pthread_mutex_trylock(pthread_mutex_t *);
int pthread_mutex_unlock(pthread_mutex_t *);
int pthread_mutex_timedlock(pthread_mutex_t *__FERRO_RESTRICT, const struct timespec *__FERRO_RESTRICT);
int pthread_mutex_clocklock(pthread_mutex_t *__FERRO_RESTRICT, clockid_t,
			    const struct timespec *__FERRO_RESTRICT);
int pthread_mutexattr_init(pthread_mutexattr_t *);
int pthread_mutexattr_destroy(pthread_mutexattr_t *);
int pthread_mutexattr_settype(pthread_mutexattr_t *, int);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *, int);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *, int);
int pthread_mutexattr_setrobust(pthread_mutexattr_t *, int);
int pthread_mutexattr_getrobust(const pthread_mutexattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_mutex_consistent(pthread_mutex_t *);
int pthread_mutexattr_setprioceiling(pthread_mutexattr_t *, int);
int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_mutex_setprioceiling(pthread_mutex_t *__FERRO_RESTRICT, int, int *__FERRO_RESTRICT);
int pthread_mutex_getprioceiling(const pthread_mutex_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);

int pthread_cond_init(pthread_cond_t *__FERRO_RESTRICT, const pthread_condattr_t *__FERRO_RESTRICT);
int pthread_cond_destroy(pthread_cond_t *);
int pthread_cond_signal(pthread_cond_t *);
int pthread_cond_broadcast(pthread_cond_t *);
int pthread_cond_wait(pthread_cond_t *__FERRO_RESTRICT, pthread_mutex_t *__FERRO_RESTRICT);
int pthread_cond_timedwait(pthread_cond_t *__FERRO_RESTRICT, pthread_mutex_t *__FERRO_RESTRICT,
			   const struct timespec *__FERRO_RESTRICT);
int pthread_cond_clockwait(pthread_cond_t *__FERRO_RESTRICT, pthread_mutex_t *__FERRO_RESTRICT,
			   clockid_t, const struct timespec *__FERRO_RESTRICT);
int pthread_condattr_init(pthread_condattr_t *);
int pthread_condattr_destroy(pthread_condattr_t *);
int pthread_condattr_setclock(pthread_condattr_t *, clockid_t);
int pthread_condattr_getclock(const pthread_condattr_t *__FERRO_RESTRICT, clockid_t *__FERRO_RESTRICT);
int pthread_condattr_setpshared(pthread_condattr_t *, int);
int pthread_condattr_getpshared(const pthread_condattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);

int pthread_rwlock_init(pthread_rwlock_t *__FERRO_RESTRICT, const pthread_rwlockattr_t *__FERRO_RESTRICT);
int pthread_rwlock_destroy(pthread_rwlock_t *);
int pthread_rwlock_rdlock(pthread_rwlock_t *);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *__FERRO_RESTRICT, const struct timespec *__FERRO_RESTRICT);
int pthread_rwlock_clockrdlock(pthread_rwlock_t *__FERRO_RESTRICT, clockid_t,
			       const struct timespec *__FERRO_RESTRICT);
int pthread_rwlock_wrlock(pthread_rwlock_t *);
int pthread_rwlock_trywrlock(pthread_rwlock_t *);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *__FERRO_RESTRICT, const struct timespec *__FERRO_RESTRICT);
int pthread_rwlock_clockwrlock(pthread_rwlock_t *__FERRO_RESTRICT, clockid_t,
			       const struct timespec *__FERRO_RESTRICT);
int pthread_rwlock_unlock(pthread_rwlock_t *);
int pthread_rwlockattr_init(pthread_rwlockattr_t *);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *, int);
int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
#if defined(__FERRO_USE_XOPEN) || defined(__FERRO_USE_XOPEN2K)
enum {
	PTHREAD_RWLOCK_PREFER_READER_NP,
	PTHREAD_RWLOCK_PREFER_WRITER_NP,
	PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP,
	PTHREAD_RWLOCK_DEFAULT_NP = PTHREAD_RWLOCK_PREFER_READER_NP
};
int pthread_rwlockattr_setkind_np(pthread_rwlockattr_t *, int);
int pthread_rwlockattr_getkind_np(const pthread_rwlockattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
#endif

int pthread_spin_init(pthread_spinlock_t *, int);
int pthread_spin_destroy(pthread_spinlock_t *);
int pthread_spin_lock(pthread_spinlock_t *);
int pthread_spin_trylock(pthread_spinlock_t *);
int pthread_spin_unlock(pthread_spinlock_t *);

int pthread_barrier_init(pthread_barrier_t *__FERRO_RESTRICT, const pthread_barrierattr_t *__FERRO_RESTRICT,
			 unsigned int);
int pthread_barrier_destroy(pthread_barrier_t *);
int pthread_barrier_wait(pthread_barrier_t *);
int pthread_barrierattr_init(pthread_barrierattr_t *);
int pthread_barrierattr_destroy(pthread_barrierattr_t *);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *, int);
int pthread_barrierattr_getpshared(const pthread_barrierattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);

int pthread_key_create(pthread_key_t *, void (*)(void *));
int pthread_key_delete(pthread_key_t);
void *pthread_getspecific(pthread_key_t);
int pthread_setspecific(pthread_key_t, const void *);
#ifdef __FERRO_USE_XOPEN
int pthread_getconcurrency(void);
int pthread_setconcurrency(int);
#endif

#ifdef __FERRO_USE_GNU
int pthread_tryjoin_np(pthread_t, void **);
int pthread_timedjoin_np(pthread_t, void **, const struct timespec *);
int pthread_clockjoin_np(pthread_t, void **, clockid_t, const struct timespec *);
int pthread_getattr_np(pthread_t, pthread_attr_t *);
int pthread_getattr_default_np(pthread_attr_t *);
int pthread_setattr_default_np(const pthread_attr_t *);
int pthread_setname_np(pthread_t, const char *);
int pthread_getname_np(pthread_t, char *, size_t);
int pthread_setaffinity_np(pthread_t, size_t, const cpu_set_t *);
int pthread_attr_setaffinity_np(pthread_attr_t *, size_t, const cpu_set_t *);
int pthread_attr_getaffinity_np(const pthread_attr_t *, size_t, cpu_set_t *);
int pthread_getaffinity_np(pthread_t, size_t, cpu_set_t *);
#endif
__FERRO_END_DECLS
#endif
