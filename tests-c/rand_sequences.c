/* rand/srand/rand_r/random/srandom/initstate/setstate and the drand48
 * family produce glibc's sequences (numbers observed from glibc). */
#include "check.h"
#include <errno.h>
#include <stdlib.h>

static const long def[5] = {1804289383, 846930886, 1681692777, 1714636915, 1957747793};

int main(void)
{
	int i;
	CHECK_EQ(RAND_MAX, 2147483647);
	/* rand() unseeded is srand(1) */
	for (i = 0; i < 5; i++)
		CHECK_EQ(rand(), def[i]);
	srandom(1);
	for (i = 0; i < 5; i++)
		CHECK_EQ(random(), def[i]);
	srand(42);
	static const long s42[5] = {71876166, 708592740, 1483128881, 907283241, 442951012};
	for (i = 0; i < 5; i++)
		CHECK_EQ(rand(), s42[i]);
	srandom(0); /* 0 acts as 1 */
	for (i = 0; i < 3; i++)
		CHECK_EQ(random(), def[i]);

	/* every state size */
	static char st[5][256];
	static const size_t sz[5] = {8, 32, 64, 128, 256};
	static const long want7[5][5] = {
		{1282168116, 642666333, 712265938, 1486001571, 2131988640},
		{1380991591, 1769076016, 21842418, 334161865, 1367472909},
		{1539280666, 119640454, 760216337, 1561606870, 2107041179},
		{1045618677, 1863967299, 1272579899, 461085871, 21961325},
		{1845920155, 920894829, 126676358, 1994262361, 2007861265},
	};
	for (int k = 0; k < 5; k++) {
		initstate(7, st[k], sz[k]);
		for (i = 0; i < 5; i++)
			CHECK_EQ(random(), want7[k][i]);
	}
	/* 40 bytes is the 32-byte generator; the previous buffer comes back */
	char *o = initstate(1, st[1], 40);
	CHECK(o == st[4]);
	CHECK_EQ(random(), 964237963);
	CHECK_EQ(random(), 406111040);
	CHECK_EQ(random(), 156505215);

	/* switching states keeps each one's position */
	initstate(3, st[2], 64);
	CHECK_EQ(random(), 94477528);
	o = setstate(st[3]);
	CHECK(o == st[2]);
	CHECK_EQ(random(), 1105564443);
	o = setstate(st[2]);
	CHECK(o == st[3]);
	CHECK_EQ(random(), 544374429);

	/* the 8-byte LCG, seed 0 acting as 1, large seeds */
	char s8[8];
	initstate(0, s8, 8);
	CHECK_EQ(random(), 1103527590);
	CHECK_EQ(random(), 377401575);
	initstate(5, s8, 8);
	CHECK_EQ(random(), 1222621274);
	CHECK_EQ(random(), 554244747);
	srandom(0xFFFFFFFFu);
	CHECK_EQ(random(), 1043980748);
	char s128[128];
	initstate(0xFFFFFFFFu, s128, 128);
	CHECK_EQ(random(), 254925627);
	CHECK_EQ(random(), 1205188300);
	initstate(0x80000000u, s128, 128);
	CHECK_EQ(random(), 1336741213);
	CHECK_EQ(random(), 1210407648);

	/* too small */
	char tiny[8];
	errno = 0;
	CHECK(initstate(1, tiny, 7) == NULL);
	CHECK_EQ(errno, EINVAL);

	/* rand_r */
	unsigned s = 1;
	static const int rr1[5] = {476707713, 1186278907, 505671508, 2137716191, 936145377};
	for (i = 0; i < 5; i++)
		CHECK_EQ(rand_r(&s), rr1[i]);
	CHECK_EQ(s, 2111915288u);
	s = 12345;
	CHECK_EQ(rand_r(&s), 1036784229);
	CHECK_EQ(rand_r(&s), 1520991917);
	CHECK_EQ(rand_r(&s), 1373464794);
	return 0;
}
