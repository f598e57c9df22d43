/* setkey and encrypt (X/Open DES block functions): FIPS 46-3 known
 * answers, deciphering back, the parity bits ignored. Debian's glibc and
 * libcrypt no longer offer these two for new programs, so against glibc
 * the test only says so. */
#define _XOPEN_SOURCE 700
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

static void to_bits(unsigned long long v, char out[64])
{
	for (int i = 0; i < 64; i++)
		out[i] = (v >> (63 - i)) & 1;
}

static unsigned long long from_bits(const char in[64])
{
	unsigned long long v = 0;
	for (int i = 0; i < 64; i++) {
		CHECK(in[i] == 0 || in[i] == 1);
		v = v << 1 | (unsigned long long)in[i];
	}
	return v;
}

int main(void)
{
#ifdef AGAINST_GLIBC
	t_puts(2, "crypt_des_block: glibc has no setkey/encrypt to link; skipped\n");
	return 0;
#else
	char key[64], block[64];
	/* the textbook example: key 133457799BBCDFF1 */
	to_bits(0x133457799BBCDFF1ull, key);
	setkey(key);
	to_bits(0x0123456789ABCDEFull, block);
	encrypt(block, 0);
	CHECK(from_bits(block) == 0x85E813540F0AB405ull);
	encrypt(block, 1);
	CHECK(from_bits(block) == 0x0123456789ABCDEFull);

	/* key 0, plaintext 0; then the same key with every parity bit set */
	to_bits(0, key);
	setkey(key);
	to_bits(0, block);
	encrypt(block, 0);
	CHECK(from_bits(block) == 0x8CA64DE9C1B123A7ull);
	to_bits(0x0101010101010101ull, key);
	setkey(key);
	to_bits(0, block);
	encrypt(block, 0);
	CHECK(from_bits(block) == 0x8CA64DE9C1B123A7ull);

	/* only the low bit of each byte counts */
	to_bits(0x133457799BBCDFF1ull, key);
	for (int i = 0; i < 64; i++)
		key[i] = (char)(key[i] | '0');
	setkey(key);
	to_bits(0x85E813540F0AB405ull, block);
	encrypt(block, 1);
	CHECK(from_bits(block) == 0x0123456789ABCDEFull);
	return 0;
#endif
}
