/* Self-checking test helpers: CHECK prints the failing file:line and
 * expression to fd 2 and exits 1. Uses only write/strlen/_exit so it
 * works before stdio exists. */
#ifndef TEST_CHECK_H
#define TEST_CHECK_H
#include <string.h>
#include <unistd.h>

static void t_puts(int fd, const char *s)
{
	(void)!write(fd, s, strlen(s));
}

static void t_putl(int fd, long long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	*--p = 0;
	do
		*--p = '0' + u % 10;
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	t_puts(fd, p);
}

static void t_fail(const char *file, int line, const char *expr)
{
	t_puts(2, file);
	t_puts(2, ":");
	t_putl(2, line);
	t_puts(2, ": check failed: ");
	t_puts(2, expr);
	t_puts(2, "\n");
	_exit(1);
}

#define CHECK(e) ((e) ? (void)0 : t_fail(__FILE__, __LINE__, #e))
/* a == b, printing both values when they differ */
#define CHECK_EQ(a, b)                                                  \
	do {                                                            \
		long long _a = (long long)(a), _b = (long long)(b);     \
		if (_a != _b) {                                         \
			t_puts(2, "  left=");                           \
			t_putl(2, _a);                                  \
			t_puts(2, " right=");                           \
			t_putl(2, _b);                                  \
			t_puts(2, "\n");                                \
			t_fail(__FILE__, __LINE__, #a " == " #b);       \
		}                                                       \
	} while (0)
/* call fails with -1 and the given errno */
#define CHECK_ERR(call, err)                                            \
	do {                                                            \
		errno = 0;                                              \
		long long _r = (long long)(call);                       \
		CHECK_EQ(_r, -1);                                       \
		CHECK_EQ(errno, err);                                   \
	} while (0)
#endif
