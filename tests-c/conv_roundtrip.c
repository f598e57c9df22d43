/* strtod(snprintf("%.17g", x)) gives back x's exact bits, for random
 * doubles (random bit patterns: every exponent, subnormals included) —
 * two million natively, one million under qemu-user (no vDSO there),
 * where the emulation is slower. Also %.9g for floats through strtof. */
#include "check.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/auxv.h>

static unsigned long long s = 0x243f6a8885a308d3ULL;
static unsigned long long next(void)
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}

int main(void)
{
	long n = getauxval(AT_SYSINFO_EHDR) ? 2000000 : 1000000;
	char buf[64];
	for (long i = 0; i < n; i++) {
		unsigned long long bits = next();
		if (((bits >> 52) & 0x7ff) == 0x7ff)
			continue; /* inf/nan: no round trip of the payload */
		double x, y;
		memcpy(&x, &bits, sizeof x);
		int len = snprintf(buf, sizeof buf, "%.17g", x);
		CHECK(len > 0 && len < (int)sizeof buf);
		char *end;
		y = strtod(buf, &end);
		CHECK(*end == 0);
		if (memcmp(&x, &y, sizeof x) != 0) {
			t_puts(2, buf);
			t_puts(2, "\n");
			CHECK(!"round trip changed the bits");
		}
		unsigned int fb = (unsigned int)bits;
		if (((fb >> 23) & 0xff) == 0xff)
			continue;
		float f, g;
		memcpy(&f, &fb, sizeof f);
		snprintf(buf, sizeof buf, "%.9g", (double)f);
		g = strtof(buf, &end);
		CHECK(*end == 0 && memcmp(&f, &g, sizeof f) == 0);
	}
	return 0;
}
