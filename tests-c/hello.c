// STDOUT: hello\n
#include "check.h"

int main(void)
{
	CHECK_EQ(write(1, "hello\n", 6), 6);
	return 0;
}
