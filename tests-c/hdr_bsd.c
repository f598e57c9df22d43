// STDOUT: ok\n
/* The function-less headers programs from glibc and the BSDs include:
 * <sys/param.h> (values as glibc's), <endian.h>, <byteswap.h>,
 * <alloca.h>, <sysexits.h>, <paths.h>, <sys/sysmacros.h> (glibc's
 * dev_t encoding, checked on /dev/null), <sys/cdefs.h>, <sys/queue.h>
 * (every structure driven through insert, remove, walk, reverse walk and
 * concatenation), and the historical names <sys/dir.h>, <sys/errno.h>,
 * <sys/fcntl.h>, <sys/signal.h>, <wait.h>, <memory.h>. */
#define _GNU_SOURCE
#include "check.h"
#include <alloca.h>
#include <byteswap.h>
#include <endian.h>
#include <memory.h>
#include <paths.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/cdefs.h>
#include <sys/dir.h>
#include <sys/errno.h>
#include <sys/fcntl.h>
#include <sys/param.h>
#include <sys/queue.h>
#include <sys/signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sysexits.h>
#include <wait.h>

__BEGIN_DECLS
int twice __P((int)) __THROW;
__END_DECLS
int twice(int x) { return 2 * x; }

struct node {
	int v;
	LIST_ENTRY(node) l;
	SLIST_ENTRY(node) s;
	STAILQ_ENTRY(node) st;
	SIMPLEQ_ENTRY(node) sq;
	TAILQ_ENTRY(node) t;
	CIRCLEQ_ENTRY(node) c;
};
LIST_HEAD(lhead, node);
SLIST_HEAD(shead, node);
STAILQ_HEAD(sthead, node);
SIMPLEQ_HEAD(sqhead, node);
TAILQ_HEAD(thead, node);
CIRCLEQ_HEAD(chead, node);

static char order[64];
static void put(int v)
{
	size_t n = strlen(order);
	order[n] = '0' + v;
	order[n + 1] = 0;
}
#define WALK(FOREACH, var, head, field)                                      \
	do {                                                                 \
		order[0] = 0;                                                \
		FOREACH(var, head, field) put(var->v);                       \
	} while (0)

static void queues(void)
{
	struct node n[6], *p;
	for (int i = 0; i < 6; i++)
		n[i].v = i;

	struct lhead lh = LIST_HEAD_INITIALIZER(lh);
	CHECK(LIST_EMPTY(&lh));
	LIST_INSERT_HEAD(&lh, &n[2], l);
	LIST_INSERT_HEAD(&lh, &n[0], l);
	LIST_INSERT_AFTER(&n[0], &n[1], l);
	LIST_INSERT_BEFORE(&n[0], &n[3], l);
	WALK(LIST_FOREACH, p, &lh, l);
	CHECK(strcmp(order, "3012") == 0);
	LIST_REMOVE(&n[3], l);
	LIST_REMOVE(&n[1], l);
	WALK(LIST_FOREACH, p, &lh, l);
	CHECK(strcmp(order, "02") == 0);
	CHECK(LIST_FIRST(&lh) == &n[0] && LIST_NEXT(&n[0], l) == &n[2] && !LIST_NEXT(&n[2], l));

	struct shead sh;
	SLIST_INIT(&sh);
	SLIST_INSERT_HEAD(&sh, &n[3], s);
	SLIST_INSERT_HEAD(&sh, &n[1], s);
	SLIST_INSERT_AFTER(&n[1], &n[2], s);
	WALK(SLIST_FOREACH, p, &sh, s);
	CHECK(strcmp(order, "123") == 0);
	SLIST_REMOVE(&sh, &n[2], node, s);
	SLIST_REMOVE(&sh, &n[1], node, s);
	WALK(SLIST_FOREACH, p, &sh, s);
	CHECK(strcmp(order, "3") == 0);
	SLIST_REMOVE_HEAD(&sh, s);
	CHECK(SLIST_EMPTY(&sh));

	struct sthead a = STAILQ_HEAD_INITIALIZER(a), b;
	STAILQ_INIT(&b);
	STAILQ_INSERT_TAIL(&a, &n[1], st);
	STAILQ_INSERT_HEAD(&a, &n[0], st);
	STAILQ_INSERT_AFTER(&a, &n[1], &n[2], st);
	STAILQ_INSERT_TAIL(&b, &n[4], st);
	STAILQ_INSERT_HEAD(&b, &n[3], st);
	STAILQ_CONCAT(&a, &b);
	CHECK(STAILQ_EMPTY(&b));
	WALK(STAILQ_FOREACH, p, &a, st);
	CHECK(strcmp(order, "01234") == 0);
	STAILQ_REMOVE(&a, &n[4], node, st);
	STAILQ_INSERT_TAIL(&a, &n[5], st);
	STAILQ_REMOVE_HEAD(&a, st);
	WALK(STAILQ_FOREACH, p, &a, st);
	CHECK(strcmp(order, "1235") == 0);

	struct sqhead q = SIMPLEQ_HEAD_INITIALIZER(q);
	SIMPLEQ_INSERT_TAIL(&q, &n[2], sq);
	SIMPLEQ_INSERT_HEAD(&q, &n[1], sq);
	SIMPLEQ_INSERT_AFTER(&q, &n[2], &n[3], sq);
	SIMPLEQ_REMOVE(&q, &n[3], node, sq);
	SIMPLEQ_INSERT_TAIL(&q, &n[4], sq);
	WALK(SIMPLEQ_FOREACH, p, &q, sq);
	CHECK(strcmp(order, "124") == 0);
	SIMPLEQ_REMOVE_HEAD(&q, sq);
	CHECK(SIMPLEQ_FIRST(&q) == &n[2] && SIMPLEQ_NEXT(&n[2], sq) == &n[4]);

	struct thead t = TAILQ_HEAD_INITIALIZER(t), u;
	TAILQ_INIT(&u);
	TAILQ_INSERT_TAIL(&t, &n[2], t);
	TAILQ_INSERT_HEAD(&t, &n[0], t);
	TAILQ_INSERT_AFTER(&t, &n[0], &n[1], t);
	TAILQ_INSERT_TAIL(&u, &n[4], t);
	TAILQ_INSERT_BEFORE(&n[4], &n[3], t);
	TAILQ_CONCAT(&t, &u, t);
	WALK(TAILQ_FOREACH, p, &t, t);
	CHECK(strcmp(order, "01234") == 0);
	order[0] = 0;
	TAILQ_FOREACH_REVERSE(p, &t, thead, t) put(p->v);
	CHECK(strcmp(order, "43210") == 0);
	CHECK(TAILQ_LAST(&t, thead) == &n[4] && TAILQ_PREV(&n[1], thead, t) == &n[0]);
	CHECK(TAILQ_PREV(&n[0], thead, t) == NULL);
	TAILQ_REMOVE(&t, &n[4], t);
	TAILQ_REMOVE(&t, &n[0], t);
	CHECK(TAILQ_LAST(&t, thead) == &n[3] && TAILQ_FIRST(&t) == &n[1]);
	TAILQ_INSERT_TAIL(&t, &n[5], t);
	WALK(TAILQ_FOREACH, p, &t, t);
	CHECK(strcmp(order, "1235") == 0);

	struct chead c = CIRCLEQ_HEAD_INITIALIZER(c);
	CHECK(CIRCLEQ_EMPTY(&c));
	CIRCLEQ_INSERT_HEAD(&c, &n[2], c);
	CIRCLEQ_INSERT_TAIL(&c, &n[4], c);
	CIRCLEQ_INSERT_BEFORE(&c, &n[2], &n[1], c);
	CIRCLEQ_INSERT_AFTER(&c, &n[2], &n[3], c);
	WALK(CIRCLEQ_FOREACH, p, &c, c);
	CHECK(strcmp(order, "1234") == 0);
	WALK(CIRCLEQ_FOREACH_REVERSE, p, &c, c);
	CHECK(strcmp(order, "4321") == 0);
	/* glibc's LOOP macros want elm to be a plain name. */
	struct node *e1 = &n[1], *e4 = &n[4];
	CHECK(CIRCLEQ_LOOP_NEXT(&c, e4, c) == e1 && CIRCLEQ_LOOP_PREV(&c, e1, c) == e4);
	CIRCLEQ_REMOVE(&c, &n[1], c);
	CIRCLEQ_REMOVE(&c, &n[4], c);
	CHECK(CIRCLEQ_FIRST(&c) == &n[2] && CIRCLEQ_LAST(&c) == &n[3]);
	CHECK(CIRCLEQ_NEXT(&n[2], c) == &n[3] && CIRCLEQ_PREV(&n[3], c) == &n[2]);
}

int main(void)
{
	CHECK_EQ(NBBY, 8);
	CHECK_EQ(MAXPATHLEN, 4096);
	CHECK_EQ(MAXHOSTNAMELEN, 64);
	CHECK_EQ(MAXSYMLINKS, 20);
	CHECK_EQ(NOFILE, 256);
	CHECK_EQ(NCARGS, 131072);
	CHECK_EQ(NGROUPS, 65536);
	CHECK_EQ(CANBSIZ, 255);
	CHECK_EQ(DEV_BSIZE, 512);
	CHECK_EQ(HZ, 100);
	CHECK_EQ(NOGROUP, -1);
	CHECK(NODEV == (dev_t)-1);
#ifdef __aarch64__
	CHECK_EQ(EXEC_PAGESIZE, 65536);
#else
	CHECK_EQ(EXEC_PAGESIZE, 4096);
#endif
	CHECK_EQ(howmany(10, 4), 3);
	CHECK_EQ(roundup(10, 4), 12);
	CHECK_EQ(roundup(12, 4), 12);
	CHECK(powerof2(64) && !powerof2(48));
	CHECK_EQ(MIN(3, -2), -2);
	CHECK_EQ(MAX(3, -2), 3);
	unsigned char bits[4] = {0};
	setbit(bits, 9);
	CHECK(isset(bits, 9) && isclr(bits, 8) && bits[1] == 2);
	clrbit(bits, 9);
	CHECK(isclr(bits, 9));

	CHECK_EQ(BYTE_ORDER, LITTLE_ENDIAN);
	CHECK_EQ(__BYTE_ORDER, 1234);
	CHECK_EQ(BIG_ENDIAN, 4321);
	CHECK_EQ(htobe16(0x1234), 0x3412);
	CHECK_EQ(be32toh(0x11223344u), 0x44332211u);
	CHECK(htobe64(0x0102030405060708ull) == 0x0807060504030201ull);
	CHECK(htole64(5) == 5 && le32toh(7) == 7 && le16toh(9) == 9);
	uint8_t raw[4] = {1, 2, 3, 4};
	uint32_t w;
	memcpy(&w, raw, 4);
	CHECK_EQ(be32toh(w), 0x01020304);
	CHECK_EQ(bswap_16(0xabcd), 0xcdab);
	CHECK_EQ(bswap_32(0x12345678), 0x78563412);
	CHECK(bswap_64(0x1122334455667788ull) == 0x8877665544332211ull);

	char *s = alloca(100);
	memset(s, 'x', 100);
	CHECK(s[99] == 'x');

	CHECK(EX_OK == 0 && EX_USAGE == 64 && EX_SOFTWARE == 70 && EX_CONFIG == 78 && EX__MAX == 78);
	CHECK(strcmp(_PATH_DEVNULL, "/dev/null") == 0 && strcmp(_PATH_BSHELL, "/bin/sh") == 0);
	CHECK(strcmp(_PATH_TMP, "/tmp/") == 0);

	CHECK_EQ(major(makedev(8, 1)), 8);
	CHECK_EQ(minor(makedev(8, 1)), 1);
	CHECK(makedev(8, 1) == 0x801);
	CHECK(makedev(0x12345, 0x678901) == 0x0001200678934501ull);
	CHECK_EQ(major(0x0001200678934501ull), 0x12345);
	CHECK_EQ(minor(0x0001200678934501ull), 0x678901);
	struct stat st;
	CHECK(stat("/dev/null", &st) == 0);
	CHECK(major(st.st_rdev) == 1 && minor(st.st_rdev) == 3);

	CHECK_EQ(twice(21), 42);
	CHECK(__glibc_likely(1) && !__glibc_unlikely(0));
	struct direct *d = NULL;
	(void)d;
	CHECK(EINVAL == 22 && SIGINT == 2 && O_RDONLY == 0);
	CHECK(WEXITSTATUS(3 << 8) == 3);
	queues();
	printf("ok\n");
	return 0;
}
