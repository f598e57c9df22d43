// ARGS: a1 a2
// ENV: K=V
// STDOUT: preinit\nctor101\nctor102\nctor\nmain\natexit2\natexit1\ndtor102\ndtor101\n
/* Start-up and exit order: .preinit_array, then constructors (lower
 * priority first), each given argc/argv/envp; main; at exit the atexit
 * handlers in reverse order, then destructors (higher priority first). */
#include "check.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
extern char **environ;

static int seen_argc;

static void say(const char *s)
{
	t_puts(1, s);
	t_puts(1, "\n");
}

static void check_args(int argc, char **argv, char **envp)
{
	CHECK_EQ(argc, 3);
	CHECK(strcmp(argv[1], "a1") == 0);
	CHECK(strcmp(argv[2], "a2") == 0);
	CHECK(argv[3] == NULL);
	CHECK(envp == argv + 4);
	CHECK(strcmp(envp[0], "K=V") == 0);
	CHECK(envp[1] == NULL);
}

static void preinit(int argc, char **argv, char **envp)
{
	check_args(argc, argv, envp);
	/* environ is ready before any user code */
	CHECK(environ == envp);
	CHECK(seen_argc == 0);
	seen_argc = argc;
	say("preinit");
}
__attribute__((section(".preinit_array"), used)) static void (*preinit_p)(int, char **, char **) = preinit;

__attribute__((constructor(102))) static void ctor102(int argc, char **argv, char **envp)
{
	check_args(argc, argv, envp);
	say("ctor102");
}

__attribute__((constructor(101))) static void ctor101(int argc, char **argv, char **envp)
{
	CHECK_EQ(seen_argc, 3);
	check_args(argc, argv, envp);
	say("ctor101");
}

__attribute__((constructor)) static void ctor(void)
{
	say("ctor");
}

__attribute__((destructor(101))) static void dtor101(void)
{
	say("dtor101");
}

__attribute__((destructor(102))) static void dtor102(void)
{
	say("dtor102");
}

static void h1(void)
{
	say("atexit1");
}

static void h2(void)
{
	say("atexit2");
}

int main(void)
{
	say("main");
	CHECK_EQ(atexit(h1), 0);
	CHECK_EQ(atexit(h2), 0);
	return 0;
}
