#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H
/* POSIX unnamed semaphores. Part of ferrolibc. */
#include <features.h>
#include <sys/types.h>
#include <time.h>

typedef union { char __size[__SIZEOF_SEM_T]; long __align; } sem_t;
#define SEM_FAILED ((sem_t *) 0)

__FERRO_BEGIN_DECLS
int sem_init(sem_t *, int, unsigned int);
int sem_destroy(sem_t *);
int sem_wait(sem_t *);
int sem_trywait(sem_t *);
int sem_timedwait(sem_t *__FERRO_RESTRICT, const struct timespec *__FERRO_RESTRICT);
int sem_clockwait(sem_t *__FERRO_RESTRICT, clockid_t, const struct timespec *__FERRO_RESTRICT);
int sem_post(sem_t *);
int sem_getvalue(sem_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
sem_t *sem_open(const char *, int, ...);
int sem_close(sem_t *);
int sem_unlink(const char *);
__FERRO_END_DECLS
#endif
