/* The 48-bit LCG family gives glibc's sequences (observed from glibc). */
#include "check.h"
#include <stdlib.h>

int main(void)
{
	int i;
	/* unseeded: X = 0, so the first value is 11 / 2^48 */
	CHECK(drand48() == 11.0 / 281474976710656.0);
	srand48(1);
	static const long l1[3] = {89400484, 976015093, 1792756325};
	for (i = 0; i < 3; i++)
		CHECK_EQ(lrand48(), l1[i]);
	srand48(1);
	static const long m1[3] = {178800969, 1952030186, -709454646};
	for (i = 0; i < 3; i++)
		CHECK_EQ(mrand48(), m1[i]);
	srand48(1);
	CHECK(drand48() == 0x1.5509292a202p-5);
	CHECK(drand48() == 0x1.d16677a98dep-2);
	CHECK(drand48() == 0x1.ab6d29945446p-1);
	/* only the low 32 bits of the seed count */
	srand48((long)0x23456789L);
	CHECK_EQ(lrand48(), 1707919128);
	CHECK_EQ(lrand48(), 174994009);
	unsigned short sv[3] = {1, 2, 3};
	unsigned short *old = seed48(sv);
	CHECK_EQ(old[0], 25464);
	CHECK_EQ(old[1], 25778);
	CHECK_EQ(old[2], 5340);
	CHECK_EQ(lrand48(), 949179875);
	CHECK_EQ(lrand48(), 565063343);
	/* caller-held state, same generator */
	unsigned short x[3] = {0x330e, 1, 0};
	CHECK_EQ(nrand48(x), 89400484);
	CHECK_EQ(nrand48(x), 976015093);
	CHECK_EQ(x[0], 25464);
	CHECK_EQ(x[1], 40426);
	CHECK_EQ(x[2], 29785);
	CHECK(erand48(x) == 0x1.ab6d29945446p-1);
	CHECK_EQ(jrand48(x), 1443049011);
	/* lcong48 changes multiplier and addend for all of them */
	unsigned short p[7] = {1, 2, 3, 5, 0, 0, 7};
	lcong48(p);
	CHECK_EQ(lrand48(), 491525);
	CHECK_EQ(lrand48(), 2457625);
	CHECK_EQ(lrand48(), 12288125);
	unsigned short y[3] = {9, 9, 9};
	CHECK_EQ(nrand48(y), 1474582);
	/* srand48 restores them */
	srand48(5);
	CHECK_EQ(lrand48(), 1127084414);
	for (i = 0; i < 1000; i++) {
		double d = drand48();
		CHECK(d >= 0.0 && d < 1.0);
		long l = lrand48();
		CHECK(l >= 0 && l <= 2147483647L);
		long m = mrand48();
		CHECK(m >= -2147483647L - 1 && m <= 2147483647L);
	}
	return 0;
}
