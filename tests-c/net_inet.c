/* arpa/inet.h: inet_pton and inet_ntop on a corpus of good and bad IPv4
 * and IPv6 forms (RFC 4291 text in, RFC 5952 text out, the IPv4-mapped and
 * IPv4-compatible forms as glibc writes them), ENOSPC at the exact buffer
 * size, EAFNOSUPPORT; inet_aton, inet_addr and inet_network on the classic
 * forms (octal, hex, fewer parts, what may follow); inet_ntoa's static
 * buffer; inet_makeaddr, inet_lnaof, inet_netof; text round trips of
 * many addresses. The expected answers are glibc's. */
#define _GNU_SOURCE
#include "check.h"
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct pton_case {
	const char *text;
	int ok;
	const char *hex;
};

struct ntop_case {
	const char *hex;
	const char *text;
};

struct num_case {
	const char *text;
	int ok;
	unsigned value;
};

static const struct pton_case v4[] = {
	{"1.2.3.4", 1, "01020304"},
	{"0.0.0.0", 1, "00000000"},
	{"255.255.255.255", 1, "ffffffff"},
	{"256.1.1.1", 0, ""},
	{"01.2.3.4", 0, ""},
	{"1.2.3", 0, ""},
	{"1.2.3.4.5", 0, ""},
	{"1.2.3.4 ", 0, ""},
	{"1..3.4", 0, ""},
	{" 1.2.3.4", 0, ""},
	{"1.2.3.04", 0, ""},
	{"0.0.0.00", 0, ""},
	{"1.2.3.", 0, ""},
	{"", 0, ""},
	{"1.2.3.4x", 0, ""},
	{"0x1.2.3.4", 0, ""},
	{"127.0.0.1", 1, "7f000001"},
	{"1.2.3.255", 1, "010203ff"},
	{"1.2.3.256", 0, ""},
	{"001.2.3.4", 0, ""},
	{"1.2.3.4\n", 0, ""},
	{"4294967295", 0, ""},
	{"-1.2.3.4", 0, ""},
	{"+1.2.3.4", 0, ""},
	{"1.2.3.0", 1, "01020300"},
};

static const struct pton_case v6[] = {
	{"::", 1, "00000000000000000000000000000000"},
	{"::1", 1, "00000000000000000000000000000001"},
	{"1::", 1, "00010000000000000000000000000000"},
	{"1:2:3:4:5:6:7:8", 1, "00010002000300040005000600070008"},
	{"1:2:3:4:5:6:7::", 1, "00010002000300040005000600070000"},
	{"::2:3:4:5:6:7:8", 1, "00000002000300040005000600070008"},
	{"1:2:3:4:5:6:7:8::", 0, ""},
	{"::1:2:3:4:5:6:7:8", 0, ""},
	{"1:2:3:4:5:6:7:8:9", 0, ""},
	{":1::", 0, ""},
	{":", 0, ""},
	{"1:", 0, ""},
	{"1::2::3", 0, ""},
	{"12345::", 0, ""},
	{"0001:02:3:4::", 1, "00010002000300040000000000000000"},
	{"::ffff:1.2.3.4", 1, "00000000000000000000ffff01020304"},
	{"::1.2.3.4", 1, "00000000000000000000000001020304"},
	{"1:2:3:4:5:6:1.2.3.4", 1, "00010002000300040005000601020304"},
	{"1:2:3:4:5:6:7:1.2.3.4", 0, ""},
	{"::ffff:01.2.3.4", 0, ""},
	{"::ffff:1.2.3", 0, ""},
	{"1.2.3.4", 0, ""},
	{"::1.2.3.4:5", 0, ""},
	{"ABCD:ef01::", 1, "abcdef01000000000000000000000000"},
	{"fe80::1%eth0", 0, ""},
	{"::ffff:256.1.1.1", 0, ""},
	{":::", 0, ""},
	{"1:::2", 0, ""},
	{"1::2:", 0, ""},
	{"1:2:3:4:5:6:7:8:", 0, ""},
	{"::0:0:0:0:0:0:0", 1, "00000000000000000000000000000000"},
	{"::0:0:0:0:0:0", 1, "00000000000000000000000000000000"},
	{"1:2::1.2.3.4", 1, "00010002000000000000000001020304"},
	{"1:2:3:4:5::1.2.3.4", 1, "00010002000300040005000001020304"},
	{"1:2:3:4:5:6::1.2.3.4", 0, ""},
	{" ::1", 0, ""},
	{"::1 ", 0, ""},
	{"g::", 0, ""},
	{"::1.2.3.4.5", 0, ""},
	{"::ffff:1.2.3.4x", 0, ""},
	{"1::2:3:4:5:6:7", 1, "00010000000200030004000500060007"},
	{"1:2:3:4:5:6:7:8:1.2.3.4", 0, ""},
	{"::1.2.3.", 0, ""},
	{"0:0:0:0:0:0:0:0", 1, "00000000000000000000000000000000"},
	{"00000::", 0, ""},
	{"0x1::", 0, ""},
};

static const struct ntop_case out6[] = {
	{"00000000000000000000000000000000", "::"},
	{"00000000000000000000000000000001", "::1"},
	{"00000000000000000000000000000002", "::2"},
	{"00000000000000000000000001020304", "::1.2.3.4"},
	{"00000000000000000000ffff01020304", "::ffff:1.2.3.4"},
	{"00000000000000000000ffff00000000", "::ffff:0.0.0.0"},
	{"000000000000000000000000ffff0000", "::255.255.0.0"},
	{"00000000000000000000000000010000", "::0.1.0.0"},
	{"0000000000000000000000000000ffff", "::ffff"},
	{"00010000000000000000000000000000", "1::"},
	{"00010000000000010000000000000001", "1:0:0:1::1"},
	{"00010000000100000000000000000001", "1:0:1::1"},
	{"00010002000300040005000600070008", "1:2:3:4:5:6:7:8"},
	{"00000002000300040005000600070008", "0:2:3:4:5:6:7:8"},
	{"00010002000300040005000600070000", "1:2:3:4:5:6:7:0"},
	{"00010000000200000003000000040000", "1:0:2:0:3:0:4:0"},
	{"20010db8000000000001000000000001", "2001:db8::1:0:0:1"},
	{"20010db800000000000000000000000a", "2001:db8::a"},
	{"fe800000000000000000000000000001", "fe80::1"},
	{"ff020000000000000000000000000001", "ff02::1"},
	{"abcdef0100000000000000000000ffff", "abcd:ef01::ffff"},
	{"0000000000000000ffff000001020304", "::ffff:0:102:304"},
	{"00000000000000000000fffe01020304", "::fffe:102:304"},
	{"0000000000000000000000010a000001", "::1:a00:1"},
	{"00000000000000000000000000000100", "::100"},
	{"0000000000000000000000000000ff00", "::ff00"},
	{"0000000000000000000000ff01020304", "::ff:102:304"},
	{"00010000000000000000000000000000", "1::"},
	{"0000000000000000000100000000000a", "::1:0:0:a"},
	{"00000001000000000000000000000000", "0:1::"},
	{"0000000000000000000000007f000001", "::127.0.0.1"},
	{"00000000000000000000ffff7f000001", "::ffff:127.0.0.1"},
	{"00640000000000000000000000000000", "64::"},
};

static const struct num_case aton_cases[] = {
	{"1.2.3.4", 1, 0x01020304u},
	{"1", 1, 0x00000001u},
	{"1.2", 1, 0x01000002u},
	{"1.2.3", 1, 0x01020003u},
	{"0x7f.1", 1, 0x7f000001u},
	{"0177.0.0.1", 1, 0x7f000001u},
	{"1.2.3.4 junk", 1, 0x01020304u},
	{"1.2.3.4\tx", 1, 0x01020304u},
	{"1.2.3.4x", 0, 0x00000000u},
	{" 1.2.3.4", 0, 0x00000000u},
	{"1.2.3.256", 0, 0x00000000u},
	{"1.2.65535", 1, 0x0102ffffu},
	{"1.2.65536", 0, 0x00000000u},
	{"1.16777215", 1, 0x01ffffffu},
	{"1.16777216", 0, 0x00000000u},
	{"4294967295", 1, 0xffffffffu},
	{"4294967296", 0, 0x00000000u},
	{"0x", 0, 0x00000000u},
	{"0x.1", 0, 0x00000000u},
	{"08", 0, 0x00000000u},
	{"09.1", 0, 0x00000000u},
	{"1..2", 0, 0x00000000u},
	{"1.2.3.", 0, 0x00000000u},
	{"", 0, 0x00000000u},
	{".1", 0, 0x00000000u},
	{"0xffffffff", 1, 0xffffffffu},
	{"0x100000000", 0, 0x00000000u},
	{"1.2.3.4.5", 0, 0x00000000u},
	{"0", 1, 0x00000000u},
	{"00", 1, 0x00000000u},
	{"0X1F.2", 1, 0x1f000002u},
	{"1.2.3.4\n", 1, 0x01020304u},
	{"99999999999999999999", 0, 0x00000000u},
	{"0x0000000000000000001", 1, 0x00000001u},
	{"1.0xff.0377.4", 1, 0x01ffff04u},
	{"1 2", 1, 0x00000001u},
	{"1.", 0, 0x00000000u},
	{"0xg", 0, 0x00000000u},
	{"1.2.3.4.", 0, 0x00000000u},
	{"18446744073709551617", 0, 0x00000000u},
	{"4294967296.1", 0, 0x00000000u},
};

static const struct num_case network_cases[] = {
	{"1.2.3.4", 1, 0x01020304u},
	{"1", 1, 0x00000001u},
	{"1.2", 1, 0x00000102u},
	{"1.2.3", 1, 0x00010203u},
	{"0x7f", 1, 0x0000007fu},
	{"0177.1", 1, 0x00007f01u},
	{"256", 1, 0xffffffffu},
	{"1.256", 1, 0xffffffffu},
	{"1.2.3.4.5", 1, 0xffffffffu},
	{"1.2.3.4 ", 1, 0x01020304u},
	{"1.2.3.4x", 1, 0xffffffffu},
	{"", 1, 0xffffffffu},
	{"0x", 1, 0xffffffffu},
	{"0x1.2", 1, 0x00000102u},
	{" 1", 1, 0xffffffffu},
	{"1.2.3.4 x", 1, 0xffffffffu},
	{"255.255.255.255", 1, 0xffffffffu},
	{"0xff.0xff.0xff.0xff", 1, 0xffffffffu},
	{"4294967295", 1, 0xffffffffu},
	{"1..2", 1, 0xffffffffu},
	{"1.", 1, 0xffffffffu},
	{"10.0.0", 1, 0x000a0000u},
	{"0", 1, 0x00000000u},
	{"08", 1, 0xffffffffu},
	{"0x100", 1, 0xffffffffu},
	{"1.2.3.04", 1, 0x01020304u},
	{"1\t", 1, 0x00000001u},
	{"0X1", 1, 0x00000001u},
};

static void unhex(const char *h, unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned v = 0;
		for (int k = 0; k < 2; k++) {
			char c = h[2 * i + k];
			v = v * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
		}
		b[i] = v;
	}
}

static unsigned long long seed = 12345;
static unsigned rnd(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return seed >> 33;
}

int main(void)
{
	unsigned char b[16], want[16];
	char out[INET6_ADDRSTRLEN + 8];
	for (size_t i = 0; i < sizeof v4 / sizeof *v4; i++) {
		memset(b, 0xee, sizeof b);
		int r = inet_pton(AF_INET, v4[i].text, b);
		if (r != v4[i].ok)
			t_puts(2, v4[i].text), t_puts(2, "\n");
		CHECK_EQ(r, v4[i].ok);
		if (r) {
			unhex(v4[i].hex, want, 4);
			CHECK(memcmp(b, want, 4) == 0);
		} else {
			CHECK_EQ(b[0], 0xee);
		}
	}
	for (size_t i = 0; i < sizeof v6 / sizeof *v6; i++) {
		memset(b, 0xee, sizeof b);
		int r = inet_pton(AF_INET6, v6[i].text, b);
		if (r != v6[i].ok)
			t_puts(2, v6[i].text), t_puts(2, "\n");
		CHECK_EQ(r, v6[i].ok);
		if (r) {
			unhex(v6[i].hex, want, 16);
			CHECK(memcmp(b, want, 16) == 0);
		} else {
			CHECK_EQ(b[0], 0xee);
		}
	}
	for (size_t i = 0; i < sizeof out6 / sizeof *out6; i++) {
		unhex(out6[i].hex, b, 16);
		const char *r = inet_ntop(AF_INET6, b, out, sizeof out);
		CHECK(r == out);
		if (strcmp(out, out6[i].text) != 0)
			t_puts(2, out), t_puts(2, " != "), t_puts(2, out6[i].text), t_puts(2, "\n");
		CHECK(strcmp(out, out6[i].text) == 0);
		/* Exactly the text and its NUL fit; one byte less is ENOSPC. */
		size_t n = strlen(out6[i].text) + 1;
		memset(out, 'X', sizeof out);
		CHECK(inet_ntop(AF_INET6, b, out, n) == out);
		CHECK(strcmp(out, out6[i].text) == 0);
		errno = 0;
		CHECK(inet_ntop(AF_INET6, b, out, n - 1) == NULL);
		CHECK_EQ(errno, ENOSPC);
		struct in6_addr a6;
		CHECK_EQ(inet_pton(AF_INET6, out6[i].text, &a6), 1);
		CHECK(memcmp(&a6, b, 16) == 0);
	}
	/* IPv4 out, at the edges of the buffer. */
	unsigned char q[4] = {255, 255, 255, 255};
	CHECK(inet_ntop(AF_INET, q, out, INET_ADDRSTRLEN) == out);
	CHECK(strcmp(out, "255.255.255.255") == 0);
	errno = 0;
	CHECK(inet_ntop(AF_INET, q, out, INET_ADDRSTRLEN - 1) == NULL);
	CHECK_EQ(errno, ENOSPC);
	q[0] = 0, q[1] = 10, q[2] = 100, q[3] = 9;
	errno = 0;
	CHECK(inet_ntop(AF_INET, q, out, 10) == NULL);
	CHECK_EQ(errno, ENOSPC);
	CHECK(inet_ntop(AF_INET, q, out, 11) == out);
	CHECK(strcmp(out, "0.10.100.9") == 0);
	errno = 0;
	CHECK(inet_ntop(AF_INET, q, out, 0) == NULL);
	CHECK_EQ(errno, ENOSPC);
	/* Other families. */
	errno = 0;
	CHECK(inet_ntop(AF_UNIX, q, out, sizeof out) == NULL);
	CHECK_EQ(errno, EAFNOSUPPORT);
	CHECK_ERR(inet_pton(AF_UNIX, "1.2.3.4", b), EAFNOSUPPORT);
	CHECK_ERR(inet_pton(12345, "::", b), EAFNOSUPPORT);

	/* Round trips of addresses heavy in zero groups. */
	for (int i = 0; i < 20000; i++) {
		unsigned char a[16];
		for (int k = 0; k < 8; k++) {
			unsigned w = rnd() % 4 ? 0 : rnd() & 0xffff;
			if (rnd() % 16 == 0)
				w = 0xffff;
			a[2 * k] = w >> 8;
			a[2 * k + 1] = w;
		}
		CHECK(inet_ntop(AF_INET6, a, out, sizeof out) == out);
		CHECK(strlen(out) < INET6_ADDRSTRLEN);
		CHECK(strstr(out, ":::") == NULL);
		CHECK_EQ(inet_pton(AF_INET6, out, b), 1);
		CHECK(memcmp(a, b, 16) == 0);
		unsigned char a4[4] = {(unsigned char)rnd(), (unsigned char)rnd(), (unsigned char)rnd(), (unsigned char)rnd()};
		CHECK(inet_ntop(AF_INET, a4, out, sizeof out) == out);
		CHECK_EQ(inet_pton(AF_INET, out, b), 1);
		CHECK(memcmp(a4, b, 4) == 0);
		struct in_addr ia;
		CHECK_EQ(inet_aton(out, &ia), 1);
		CHECK(memcmp(&ia, a4, 4) == 0);
	}

	/* The classic forms. */
	for (size_t i = 0; i < sizeof aton_cases / sizeof *aton_cases; i++) {
		struct in_addr a = {0xeeeeeeee};
		int r = inet_aton(aton_cases[i].text, &a);
		if (r != aton_cases[i].ok)
			t_puts(2, aton_cases[i].text), t_puts(2, "\n");
		CHECK_EQ(r, aton_cases[i].ok);
		if (r)
			CHECK_EQ(ntohl(a.s_addr), aton_cases[i].value);
		else
			CHECK_EQ(a.s_addr, 0xeeeeeeee);
		CHECK_EQ(ntohl(inet_addr(aton_cases[i].text)), r ? aton_cases[i].value : INADDR_NONE);
		CHECK_EQ(inet_aton(aton_cases[i].text, NULL), r);
	}
	for (size_t i = 0; i < sizeof network_cases / sizeof *network_cases; i++) {
		in_addr_t v = inet_network(network_cases[i].text);
		if (v != network_cases[i].value)
			t_puts(2, network_cases[i].text), t_puts(2, "\n");
		CHECK_EQ(v, network_cases[i].value);
	}

	/* inet_ntoa: one static buffer, overwritten. */
	struct in_addr a = {htonl(0x7f000001)}, a2 = {htonl(0xc0a80a01)};
	char *s1 = inet_ntoa(a);
	CHECK(strcmp(s1, "127.0.0.1") == 0);
	char *s2 = inet_ntoa(a2);
	CHECK(strcmp(s2, "192.168.10.1") == 0);
	CHECK(s1 == s2);
	a.s_addr = htonl(0xffffffff);
	CHECK(strcmp(inet_ntoa(a), "255.255.255.255") == 0);
	a.s_addr = 0;
	CHECK(strcmp(inet_ntoa(a), "0.0.0.0") == 0);

	/* Classful arithmetic. */
	static const unsigned nets[][2] = {{0, 0x00345678}, {10, 0x0a345678}, {127, 0x7f345678},
		{128, 0x00805678}, {255, 0x00ff5678}, {256, 0x01005678}, {0xac10, 0xac105678},
		{0xffff, 0xffff5678}, {0x10000, 0x01000078}, {0xc0a801, 0xc0a80178},
		{0xffffff, 0xffffff78}, {0x1000000, 0x13345678}, {0x7f000001, 0x7f345679}};
	for (size_t i = 0; i < sizeof nets / sizeof *nets; i++)
		CHECK_EQ(ntohl(inet_makeaddr(nets[i][0], 0x12345678).s_addr), nets[i][1]);
	static const unsigned parts[][3] = {{0x01020304, 0x020304, 1}, {0x7f000001, 1, 0x7f},
		{0x80010203, 0x0203, 0x8001}, {0xbfff0102, 0x0102, 0xbfff}, {0xc0a80101, 1, 0xc0a801},
		{0xe0000001, 1, 0xe00000}, {0xffffffff, 0xff, 0xffffff}, {0, 0, 0}};
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		struct in_addr x = {htonl(parts[i][0])};
		CHECK_EQ(inet_lnaof(x), parts[i][1]);
		CHECK_EQ(inet_netof(x), parts[i][2]);
		CHECK_EQ(ntohl(inet_makeaddr(inet_netof(x), inet_lnaof(x)).s_addr), parts[i][0]);
	}
	return 0;
}
