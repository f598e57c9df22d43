/* pthread_cleanup_push/pop: handlers run innermost first, pop(0) removes
 * without running and pop(non-zero) runs; pthread_exit runs the pushed
 * handlers (innermost first, with their arguments) and then the
 * thread-specific data destructors; the GNU _np forms that make the type
 * deferred for their scope; the record layout glibc declares. */
#define _GNU_SOURCE
#include "check.h"
#include <pthread.h>
#include <stddef.h>
// LIBS: -lpthread
// STDOUT: ok\n

_Static_assert(sizeof(struct _pthread_cleanup_buffer) == 4 * sizeof(void *), "size");
_Static_assert(offsetof(struct _pthread_cleanup_buffer, __arg) == sizeof(void *), "arg");
_Static_assert(offsetof(struct _pthread_cleanup_buffer, __canceltype) == 2 * sizeof(void *),
	       "canceltype");
_Static_assert(offsetof(struct _pthread_cleanup_buffer, __prev) == 3 * sizeof(void *), "prev");

static char log_[32];
static int n;

static void rec(void *arg)
{
	log_[n++] = *(const char *)arg;
	log_[n] = 0;
}

static pthread_key_t key;

static void dtor(void *v)
{
	rec(v);
}

static void *exits(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_setspecific(key, "D"), 0);
	pthread_cleanup_push(rec, "a");
	pthread_cleanup_push(rec, "b");
	pthread_cleanup_push(rec, "c");
	pthread_exit((void *)7);
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	return 0;
}

static void *pops(void *arg)
{
	(void)arg;
	pthread_cleanup_push(rec, "1");
	pthread_cleanup_push(rec, "2");
	pthread_cleanup_push(rec, "3");
	pthread_cleanup_pop(1);
	pthread_cleanup_pop(0);
	pthread_cleanup_push(rec, "4");
	pthread_cleanup_pop(5);
	pthread_cleanup_pop(1);
	return (void *)8;
}

static void *returns(void *arg)
{
	(void)arg;
	/* Popped before returning: nothing runs at the thread's end. */
	pthread_cleanup_push(rec, "x");
	pthread_cleanup_pop(0);
	return (void *)9;
}

static void *defer_np(void *arg)
{
	int t = -1;
	(void)arg;
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, 0), 0);
	pthread_cleanup_push_defer_np(rec, "d");
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &t), 0);
	/* Inside the scope the type was deferred. */
	CHECK_EQ(t, PTHREAD_CANCEL_DEFERRED);
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, 0), 0);
	pthread_cleanup_pop_restore_np(1);
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &t), 0);
	/* Restored to asynchronous at the pop. */
	CHECK_EQ(t, PTHREAD_CANCEL_ASYNCHRONOUS);
	return 0;
}

static void *cancelled(void *arg)
{
	(void)arg;
	CHECK_EQ(pthread_setspecific(key, "E"), 0);
	pthread_cleanup_push(rec, "p");
	pthread_cleanup_push(rec, "q");
	pthread_cancel(pthread_self());
	pthread_testcancel();
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	return 0;
}

static const char *run(void *(*fn)(void *), void *want)
{
	pthread_t t;
	void *res;
	n = 0;
	log_[0] = 0;
	CHECK_EQ(pthread_create(&t, 0, fn, 0), 0);
	CHECK_EQ(pthread_join(t, &res), 0);
	CHECK(res == want);
	return log_;
}

int main(void)
{
	CHECK_EQ(pthread_key_create(&key, dtor), 0);
	CHECK(strcmp(run(exits, (void *)7), "cbaD") == 0);
	CHECK(strcmp(run(pops, (void *)8), "341") == 0);
	CHECK(strcmp(run(returns, (void *)9), "") == 0);
	CHECK(strcmp(run(defer_np, 0), "d") == 0);
	CHECK(strcmp(run(cancelled, PTHREAD_CANCELED), "qpE") == 0);

	/* In the initial thread too. */
	n = 0;
	pthread_cleanup_push(rec, "m");
	pthread_cleanup_push(rec, "n");
	pthread_cleanup_pop(1);
	pthread_cleanup_pop(1);
	CHECK(strcmp(log_, "nm") == 0);

	t_puts(1, "ok\n");
	return 0;
}
