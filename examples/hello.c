/* The demo: built with ferrolibc-gcc by `cargo xtask demo`. */
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *msg = "Hello from ferrolibc!\n";
	(void)argc;
	(void)argv;
	return write(STDOUT_FILENO, msg, strlen(msg)) == (ssize_t)strlen(msg) ? 0 : 1;
}
