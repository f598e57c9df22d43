// STDOUT: ok\n
/* <search.h>: tsearch/tfind/tdelete/twalk/twalk_r/tdestroy on 100000
 * keys in ascending order (the tree must stay shallow) and then deleted
 * in a scattered order, the walk's visit order and levels, the node's
 * first word being the key; hcreate/hsearch/hdestroy and the _r forms
 * (ENTER of a present key, FIND of an absent one, a full table);
 * insque/remque on linear and circular lists. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return x < y ? -1 : x > y;
}

#define N 100000
static long keys[N];
static int maxdepth, visits, inorder_ok = 1;
static long last = -1;

static void walker(const void *node, VISIT v, int depth)
{
	long k = **(long *const *)node;
	if (depth > maxdepth)
		maxdepth = depth;
	if (v == postorder || v == leaf) {
		if (k <= last)
			inorder_ok = 0;
		last = k;
		visits++;
	}
}

static void walker_r(const void *node, VISIT v, void *closure)
{
	(void)node;
	if (v == postorder || v == leaf)
		++*(int *)closure;
}

static int freed;
static void free_key(void *k)
{
	(void)k;
	freed++;
}

struct q {
	struct q *forw, *back;
	int v;
};

int main(void)
{
	void *root = NULL;
	for (long i = 0; i < N; i++) {
		keys[i] = i;
		void *n = tsearch(&keys[i], &root, cmp);
		CHECK(n != NULL && *(long **)n == &keys[i]);
	}
	long probe = 500;
	void *n = tsearch(&probe, &root, cmp);
	CHECK(*(long **)n == &keys[500]); /* present: the old node */
	CHECK(tfind(&probe, &root, cmp) == n);
	twalk(root, walker);
	CHECK_EQ(visits, N);
	CHECK(inorder_ok);
	CHECK(maxdepth <= 34); /* 2·log2(N+1): a balanced tree */
	int cnt = 0;
	twalk_r(root, walker_r, &cnt);
	CHECK_EQ(cnt, N);

	/* Delete every key not divisible by 3, in a scattered order. */
	for (long i = 0; i < N; i++) {
		long k = (i * 7919) % N;
		if (k % 3 == 0)
			continue;
		CHECK(tdelete(&keys[k], &root, cmp) != NULL);
	}
	long absent = 1;
	CHECK(tdelete(&absent, &root, cmp) == NULL);
	CHECK(tfind(&absent, &root, cmp) == NULL);
	long three = 3;
	CHECK(*(long **)tfind(&three, &root, cmp) == &keys[3]);
	visits = 0;
	last = -1;
	maxdepth = 0;
	twalk(root, walker);
	CHECK_EQ(visits, (N + 2) / 3);
	CHECK(inorder_ok);
	CHECK(maxdepth <= 34);
	tdestroy(root, free_key);
	CHECK_EQ(freed, (N + 2) / 3);

	/* A one-node tree: its root deleted leaves it empty. */
	root = NULL;
	CHECK(tsearch(&keys[7], &root, cmp) != NULL);
	CHECK(tdelete(&keys[7], &root, cmp) != NULL);
	CHECK(root == NULL);
	CHECK(tsearch(&keys[7], NULL, cmp) == NULL);
	CHECK(tfind(&keys[7], NULL, cmp) == NULL);

	/* The hash table. */
	static char names[300][8];
	CHECK(hcreate(200) != 0);
	CHECK_EQ(hcreate(10), 0);
	for (int i = 0; i < 200; i++) {
		snprintf(names[i], sizeof names[i], "k%d", i);
		ENTRY e = {names[i], (void *)(long)i}, *r = hsearch(e, ENTER);
		CHECK(r != NULL && r->data == (void *)(long)i);
	}
	char again[] = "k17";
	ENTRY e = {again, (void *)999L}, *r = hsearch(e, ENTER);
	CHECK(r != NULL && r->data == (void *)17L && r->key == names[17]);
	r = hsearch(e, FIND);
	CHECK(r != NULL && r->data == (void *)17L);
	char none[] = "nope";
	e.key = none;
	errno = 0;
	CHECK(hsearch(e, FIND) == NULL);
	CHECK_EQ(errno, ESRCH);
	int added = 200;
	for (int i = 200; i < 300; i++) {
		snprintf(names[i], sizeof names[i], "k%d", i);
		ENTRY x = {names[i], NULL};
		errno = 0;
		if (hsearch(x, ENTER) == NULL) {
			CHECK_EQ(errno, ENOMEM);
			break;
		}
		added++;
	}
	CHECK(added >= 200 && added < 300);
	for (int i = 0; i < added; i++) {
		ENTRY x = {names[i], NULL};
		CHECK(hsearch(x, FIND) != NULL);
	}
	hdestroy();
	CHECK(hcreate(5) != 0);
	hdestroy();

	struct hsearch_data h;
	memset(&h, 0, sizeof h);
	CHECK(hcreate_r(10, &h) != 0);
	ENTRY y = {names[1], (void *)1L}, *ry;
	CHECK(hsearch_r(y, ENTER, &ry, &h) != 0 && ry->data == (void *)1L);
	y.key = none;
	errno = 0;
	CHECK(hsearch_r(y, FIND, &ry, &h) == 0 && errno == ESRCH && ry == NULL);
	CHECK_EQ(hcreate_r(10, &h), 0);
	hdestroy_r(&h);
	errno = 0;
	CHECK_EQ(hcreate_r(10, NULL), 0);
	CHECK_EQ(errno, EINVAL);

	/* insque/remque. */
	struct q a = {0}, b = {0}, c = {0};
	insque(&a, NULL);
	CHECK(a.forw == NULL && a.back == NULL);
	insque(&b, &a);
	insque(&c, &a);
	CHECK(a.forw == &c && c.forw == &b && b.back == &c && c.back == &a && b.forw == NULL);
	remque(&c);
	CHECK(a.forw == &b && b.back == &a);
	remque(&a);
	CHECK(b.back == NULL);
	struct q r1, r2;
	r1.forw = r1.back = &r1; /* circular */
	insque(&r2, &r1);
	CHECK(r1.forw == &r2 && r2.forw == &r1 && r1.back == &r2 && r2.back == &r1);
	remque(&r2);
	CHECK(r1.forw == &r1 && r1.back == &r1);
	printf("ok\n");
	return 0;
}
