/* A TLS segment far larger than the runtime's static area (64 KiB of
 * .tbss plus initialised data) and a 4096-aligned variable: the block
 * comes from the mmap path and must still be laid out as the linker
 * assumed. */
#include "check.h"
#include <stdint.h>

#define BIG (64 * 1024)
__thread unsigned char big[BIG];
__thread int init_after = 0x5a5a5a5a;
__thread _Alignas(4096) char page_aligned[100] = "pg";
__thread int init_before[4] = {1, 2, 3, 4};
static __thread unsigned long zero_after[32];

int main(void)
{
	CHECK_EQ((uintptr_t)page_aligned % 4096, 0);
	CHECK_EQ(page_aligned[0], 'p');
	CHECK_EQ(page_aligned[1], 'g');
	CHECK_EQ(page_aligned[99], 0);
	CHECK_EQ(init_after, 0x5a5a5a5a);
	CHECK_EQ(init_before[0] + init_before[3], 5);
	for (int i = 0; i < BIG; i++)
		if (big[i] != 0)
			CHECK_EQ(big[i], 0);
	for (int i = 0; i < 32; i++)
		CHECK_EQ(zero_after[i], 0);
	/* write everything, read it back */
	for (int i = 0; i < BIG; i++)
		big[i] = (unsigned char)(i * 7);
	for (int i = 0; i < 32; i++)
		zero_after[i] = i;
	for (int i = 0; i < BIG; i++)
		if (big[i] != (unsigned char)(i * 7))
			CHECK_EQ(big[i], (unsigned char)(i * 7));
	CHECK_EQ(init_after, 0x5a5a5a5a);
	CHECK_EQ(init_before[1], 2);
	CHECK_EQ(page_aligned[0], 'p');
	CHECK_EQ(zero_after[31], 31);
	/* the variables do not overlap */
	uintptr_t b = (uintptr_t)big, p = (uintptr_t)page_aligned;
	CHECK(p + 100 <= b || b + BIG <= p);
	return 0;
}
