/* The printf size benchmark (issue #5): measured stripped, built with
 * ferrolibc-gcc -Os; musl's is 26,000 bytes on x86_64. */
#include <stdio.h>

int main(void)
{
	printf("hello %d\n", 42);
}
