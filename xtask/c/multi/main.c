/* Two translation units, built the ways ./configure && make do. */
#include <unistd.h>
int helper(int);
#ifndef FROM_CMDLINE
#error "-D on the command line did not reach the preprocessor"
#endif
int main(void)
{
	return helper(FROM_CMDLINE) == 42 ? 0 : 1;
}
