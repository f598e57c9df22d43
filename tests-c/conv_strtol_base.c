/* The integer strto* functions with an unsupported base (below 0, 1, or
 * above 36): no conversion is performed, so the value is 0 and *endptr is
 * nptr (C17 7.22.1.4p7: "If the subject sequence ... does not have the
 * expected form, no conversion is performed; the value of nptr is stored
 * in the object pointed to by endptr"), errno is EINVAL (POSIX strtol:
 * "[EINVAL] The value of base is not supported"). musl does the same;
 * glibc returns 0 with EINVAL but leaves *endptr unwritten. A NULL endptr
 * is fine, and a valid base neither sets errno nor moves *endptr wrongly. */
// GLIBC: differs (glibc leaves *endptr unwritten for an unsupported base; C17 7.22.1.4p7, POSIX strtol EINVAL)
#include "check.h"
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

/* Each function, its result widened to long long (0 expected). */
static long long call(int k, const char *s, char **e, int base)
{
	switch (k) {
	case 0: return strtol(s, e, base);
	case 1: return strtoll(s, e, base);
	case 2: return (long long)strtoul(s, e, base);
	case 3: return (long long)strtoull(s, e, base);
	case 4: return strtoimax(s, e, base);
	default: return (long long)strtoumax(s, e, base);
	}
}

int main(void)
{
	static const char *const in[] = {"123", "  -0x12z", "", "zz", "  "};
	static const int bad[] = {-1, 1, 37, 38, 100, -36, INT_MIN, INT_MAX};
	char sentinel;
	for (int k = 0; k < 6; k++) {
		for (unsigned i = 0; i < sizeof in / sizeof *in; i++) {
			for (unsigned j = 0; j < sizeof bad / sizeof *bad; j++) {
				char *e = &sentinel;
				errno = 0;
				CHECK_EQ(call(k, in[i], &e, bad[j]), 0);
				CHECK_EQ(errno, EINVAL);
				CHECK(e == in[i]);
				errno = 0;
				CHECK_EQ(call(k, in[i], NULL, bad[j]), 0);
				CHECK_EQ(errno, EINVAL);
			}
		}
		/* the valid extremes still convert, errno untouched */
		char *e = &sentinel;
		const char *s = "123";
		errno = 0;
		CHECK_EQ(call(k, s, &e, 36), 1 * 36 * 36 + 2 * 36 + 3);
		CHECK(e == s + 3);
		CHECK_EQ(call(k, s, &e, 2), 1);
		CHECK(e == s + 1);
		CHECK_EQ(call(k, s, &e, 0), 123);
		CHECK(e == s + 3);
		CHECK_EQ(errno, 0);
	}
	/* an invalid base does not depend on the text: errno was 0 before */
	char *e = &sentinel;
	errno = ERANGE;
	CHECK_EQ(strtol("99999999999999999999999", &e, 1), 0);
	CHECK_EQ(errno, EINVAL);
	return 0;
}
