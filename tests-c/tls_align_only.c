/* Only .tbss, no .tdata, with a 128-byte alignment: the image has
 * filesz 0 and the block must still be aligned and zeroed. */
#include "check.h"
#include <stdint.h>

__thread _Alignas(128) long tb[5];
__thread char tc;

int main(void)
{
	CHECK_EQ((uintptr_t)tb % 128, 0);
	for (int i = 0; i < 5; i++)
		CHECK_EQ(tb[i], 0);
	CHECK_EQ(tc, 0);
	tb[4] = -1;
	tc = 'c';
	CHECK_EQ(tb[4], -1);
	CHECK_EQ(tb[3], 0);
	CHECK_EQ(tc, 'c');
	return 0;
}
