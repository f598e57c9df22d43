// STDOUT: ok\n
/* A program that uses libgcc's unwinder (here _Unwind_Backtrace) links
 * and walks its own frames: libgcc_eh needs _dl_find_object, and static
 * programs register their .eh_frame through crtbeginT.o. */
// CFLAGS: -fasynchronous-unwind-tables
#include "check.h"
#include <unwind.h>

static _Unwind_Reason_Code count(struct _Unwind_Context *c, void *d)
{
	(void)c;
	(*(int *)d)++;
	return _URC_NO_REASON;
}

__attribute__((noinline)) static int inner(void)
{
	int n = 0;
	_Unwind_Backtrace(count, &n);
	return n;
}

__attribute__((noinline)) static int outer(void)
{
	volatile int r = inner();
	return r;
}

int main(void)
{
	int n = outer();
	CHECK(n >= 3);
	t_puts(1, "ok\n");
	return 0;
}
