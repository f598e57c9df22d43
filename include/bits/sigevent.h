/* union sigval and struct sigevent, for <signal.h> and <aio.h> (which
 * needs the whole struct even in a strict C mode). */
#ifndef _BITS_SIGEVENT_H
#define _BITS_SIGEVENT_H
#include <bits/alltypes.h>

union sigval {
	int sival_int;
	void *sival_ptr;
};

/* struct sigevent (timer_create, mq_notify …): glibc's 64 bytes. */
#define SIGEV_SIGNAL 0
#define SIGEV_NONE 1
#define SIGEV_THREAD 2
#define SIGEV_THREAD_ID 4
typedef struct sigevent {
	union sigval sigev_value;
	int sigev_signo;
	int sigev_notify;
	union {
		int __pad[64 / sizeof(int) - (__SIZEOF_POINTER__ == 8 ? 4 : 3)];
		pid_t __tid;
		struct {
			void (*__function)(union sigval);
			void *__attributes;
		} __sigev_thread;
	} __sigev_un;
} sigevent_t;
#define sigev_notify_function __sigev_un.__sigev_thread.__function
#define sigev_notify_attributes __sigev_un.__sigev_thread.__attributes
#define sigev_notify_thread_id __sigev_un.__tid
#endif
