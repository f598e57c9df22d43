/* memcpy, memmove (overlapping both ways), memset, memcmp, bcmp at every
 * source/destination alignment 0-63 and every length 0-300, with the
 * bytes around the destination checked untouched. */
#include "check.h"
#include <strings.h>

#define MAXN 300
#define PAD 64
static unsigned char src[PAD + MAXN + PAD + 64] __attribute__((aligned(64)));
static unsigned char dst[PAD + MAXN + PAD + 64] __attribute__((aligned(64)));
static unsigned char ref[PAD + MAXN + PAD + 64] __attribute__((aligned(64)));
static unsigned char buf[2 * (PAD + MAXN + PAD + 64)] __attribute__((aligned(64)));

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++) {
		seed = seed * 1103515245u + 12345u;
		p[i] = (unsigned char)(seed >> 16);
	}
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

int main(void)
{
	fill(src, sizeof src, 1);
	/* memcpy */
	for (int sa = 0; sa < 64; sa++)
		for (int da = 0; da < 64; da++)
			for (size_t n = 0; n <= MAXN; n++) {
				for (size_t i = 0; i < 2 * PAD + da + n; i++)
					dst[i] = 0xa5;
				unsigned char *r = memcpy(dst + PAD + da, src + sa, n);
				if (r != dst + PAD + da)
					CHECK(!"memcpy return");
				for (size_t i = 0; i < PAD + da; i++)
					if (dst[i] != 0xa5)
						CHECK(!"memcpy wrote before");
				for (size_t i = 0; i < n; i++)
					if (dst[PAD + da + i] != src[sa + i]) {
						t_putl(2, sa), t_putl(2, da), t_putl(2, n);
						CHECK(!"memcpy content");
					}
				for (size_t i = PAD + da + n; i < PAD + da + n + PAD; i++)
					if (dst[i] != 0xa5)
						CHECK(!"memcpy wrote after");
			}
	/* memmove inside one buffer: every src/dst offset pair 0..63 (both
	 * directions of overlap), every length */
	for (int so = 0; so < 64; so++)
		for (int doff = 0; doff < 64; doff++)
			for (size_t n = 0; n <= MAXN; n += (n < 80 ? 1 : 7)) {
				fill(buf, sizeof buf, so * 64 + doff);
				for (size_t i = 0; i < sizeof buf; i++)
					ref[i % sizeof ref] = 0;
				unsigned char *s = buf + PAD + so, *d = buf + PAD + doff;
				for (size_t i = 0; i < n; i++)
					ref[i] = s[i];
				unsigned char before = d[-1], after = d[n];
				CHECK(memmove(d, s, n) == d);
				for (size_t i = 0; i < n; i++)
					if (d[i] != ref[i]) {
						t_putl(2, so), t_putl(2, doff), t_putl(2, n);
						CHECK(!"memmove content");
					}
				CHECK(d[-1] == before || (d - 1 >= s && d - 1 < s + n));
				CHECK(d[n] == after);
			}
	/* large memmoves, both directions, several distances */
	{
		static unsigned char big[3 * 8192 + 128], want[3 * 8192 + 128];
		size_t sizes[] = {257, 511, 1024, 2047, 2048, 4099, 8192};
		int dists[] = {1, 3, 15, 16, 17, 31, 32, 33, 63, 64, 100, 2049};
		for (unsigned si = 0; si < sizeof sizes / sizeof *sizes; si++)
			for (unsigned di = 0; di < sizeof dists / sizeof *dists; di++)
				for (int dir = 0; dir < 2; dir++) {
					size_t n = sizes[si];
					fill(big, sizeof big, si + di);
					unsigned char *s = big + 64 + (dir ? dists[di] : 0);
					unsigned char *d = big + 64 + (dir ? 0 : dists[di]);
					for (size_t i = 0; i < n; i++)
						want[i] = s[i];
					memmove(d, s, n);
					for (size_t i = 0; i < n; i++)
						if (d[i] != want[i])
							CHECK(!"big memmove");
					/* bcopy is memmove with swapped arguments */
					fill(big, sizeof big, si + di + 99);
					for (size_t i = 0; i < n; i++)
						want[i] = s[i];
					bcopy(s, d, n);
					for (size_t i = 0; i < n; i++)
						if (d[i] != want[i])
							CHECK(!"bcopy");
				}
	}
	/* memset, bzero */
	for (int da = 0; da < 64; da++)
		for (size_t n = 0; n <= MAXN; n++) {
			for (size_t i = 0; i < sizeof dst; i++)
				dst[i] = 0x11;
			int c = 0x100 + da * 3; /* converted to unsigned char */
			CHECK(memset(dst + PAD + da, c, n) == dst + PAD + da);
			for (size_t i = 0; i < sizeof dst; i++) {
				int in = i >= (size_t)PAD + da && i < PAD + da + n;
				if (dst[i] != (in ? (unsigned char)c : 0x11))
					CHECK(!"memset");
			}
			bzero(dst + PAD + da, n);
			for (size_t i = PAD + da; i < PAD + da + n; i++)
				if (dst[i] != 0)
					CHECK(!"bzero");
		}
	/* big memsets */
	{
		static unsigned char big[70000];
		size_t sizes[] = {1000, 2047, 2048, 4096, 5000, 65536, 69000};
		for (unsigned si = 0; si < sizeof sizes / sizeof *sizes; si++)
			for (int a = 0; a < 3; a++) {
				for (size_t i = 0; i < sizeof big; i++)
					big[i] = 7;
				memset(big + a * 5, 0xee, sizes[si]);
				for (size_t i = 0; i < sizeof big; i++) {
					int in = i >= (size_t)a * 5 && i < a * 5 + sizes[si];
					if (big[i] != (in ? 0xee : 7))
						CHECK(!"big memset");
				}
			}
	}
	/* memcmp, bcmp: equal, then one difference at the first, a middle
	 * and the last byte, with bytes >= 0x80 on either side */
	for (int sa = 0; sa < 64; sa++)
		for (int da = 0; da < 64; da++)
			for (size_t n = 0; n <= MAXN; n += (sa == da ? 1 : 3)) {
				unsigned char *a = src + sa, *b = dst + da;
				for (size_t i = 0; i < n; i++)
					b[i] = a[i];
				CHECK(memcmp(a, b, n) == 0);
				CHECK(bcmp(a, b, n) == 0);
				if (n == 0)
					continue;
				size_t pos[3] = {0, n / 2, n - 1};
				for (int k = 0; k < 3; k++) {
					size_t p = pos[k];
					unsigned char old = b[p];
					b[p] = (unsigned char)(a[p] ^ (0x80 >> (k + sa % 5)));
					int want = a[p] < b[p] ? -1 : 1;
					if (sign(memcmp(a, b, n)) != want) {
						t_putl(2, sa), t_putl(2, da), t_putl(2, n), t_putl(2, p);
						CHECK(!"memcmp sign");
					}
					CHECK(sign(memcmp(b, a, n)) == -want);
					CHECK(bcmp(a, b, n) != 0);
					/* a difference past n does not count */
					CHECK(memcmp(a, b, p) == 0);
					b[p] = old;
				}
			}
	return 0;
}
