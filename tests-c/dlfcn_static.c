// STDOUT: ok\n
// LIBS: -ldl -lpthread
/* dl_iterate_phdr in a static program: the program first (its program
 * headers are AT_PHDR's, the bias is 0 for a non-PIE executable, module 1
 * holds its TLS and dlpi_tls_data is this thread's copy of it), then the
 * vDSO when the kernel maps one; a non-zero return stops the walk.
 * dlopen(NULL) names the program, other names fail with a message,
 * dlsym finds nothing, dlerror clears itself. */
#define _GNU_SOURCE
#include "check.h"
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

static __thread int tls_var = 1234;
static int seen, saw_vdso, main_ok;

static int cb(struct dl_phdr_info *i, size_t size, void *data)
{
	CHECK(size >= sizeof *i);
	CHECK(data == &seen);
	if (seen == 0) {
		CHECK(strcmp(i->dlpi_name, "") == 0);
		CHECK((unsigned long)i->dlpi_phdr == getauxval(AT_PHDR));
		CHECK(i->dlpi_phnum == getauxval(AT_PHNUM));
		CHECK(i->dlpi_addr == 0);
		int tls = 0;
		for (int k = 0; k < i->dlpi_phnum; k++)
			if (i->dlpi_phdr[k].p_type == PT_TLS)
				tls = 1;
		CHECK(tls);
		CHECK_EQ(i->dlpi_tls_modid, 1);
		CHECK(i->dlpi_tls_data != NULL);
		/* tls_var is in .tdata: its offset there is this copy's too. */
		char *lo = i->dlpi_tls_data, *p = (char *)&tls_var;
		CHECK(p >= lo && p < lo + 4096);
		main_ok = 1;
	} else {
#ifdef __i386__
		CHECK(strcmp(i->dlpi_name, "linux-gate.so.1") == 0);
#else
		CHECK(strcmp(i->dlpi_name, "linux-vdso.so.1") == 0);
#endif
		CHECK(i->dlpi_phnum > 0);
		CHECK(i->dlpi_tls_modid == 0 && i->dlpi_tls_data == NULL);
		saw_vdso = 1;
	}
	CHECK(i->dlpi_adds >= 1 && i->dlpi_subs == 0);
	seen++;
	return 0;
}

/* In another thread, dlpi_tls_data is that thread's block. */
static void *tls_in_thread;
static int thread_cb(struct dl_phdr_info *i, size_t s, void *d)
{
	(void)s, (void)d;
	char *lo = i->dlpi_tls_data, *p = (char *)&tls_var;
	CHECK(p >= lo && p < lo + 4096);
	tls_in_thread = lo;
	return 1;
}
static void *thread_main(void *arg)
{
	(void)arg;
	tls_var = 99;
	dl_iterate_phdr(thread_cb, NULL);
	return NULL;
}

static int stop_first(struct dl_phdr_info *i, size_t s, void *d)
{
	(void)i, (void)s;
	++*(int *)d;
	return 77;
}

int main(void)
{
	CHECK_EQ(tls_var, 1234);
	CHECK_EQ(dl_iterate_phdr(cb, &seen), 0);
	CHECK(main_ok);
	CHECK_EQ(seen, getauxval(AT_SYSINFO_EHDR) ? 2 : 1);
	CHECK_EQ(saw_vdso, getauxval(AT_SYSINFO_EHDR) != 0);
	int n = 0;
	CHECK_EQ(dl_iterate_phdr(stop_first, &n), 77);
	CHECK_EQ(n, 1);

	pthread_t t;
	CHECK_EQ(pthread_create(&t, NULL, thread_main, NULL), 0);
	CHECK_EQ(pthread_join(t, NULL), 0);
	CHECK(tls_in_thread != NULL);
	CHECK_EQ(tls_var, 1234);

	void *h = dlopen(NULL, RTLD_NOW);
	CHECK(h != NULL);
	CHECK(dlerror() == NULL);
	CHECK(dlsym(h, "no_such_symbol_ferro") == NULL);
	char *e = dlerror();
	CHECK(e != NULL && strstr(e, "undefined symbol: no_such_symbol_ferro") != NULL);
	CHECK(dlerror() == NULL);
	CHECK(dlopen("/nonexistent-ferro.so", RTLD_NOW) == NULL);
	e = dlerror();
	CHECK(e != NULL && strstr(e, "/nonexistent-ferro.so: cannot open shared object file") == e);
	CHECK(dlerror() == NULL);
	CHECK_EQ(dlclose(h), 0);
	printf("ok\n");
	return 0;
}
