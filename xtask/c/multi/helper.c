#include <string.h>
int helper(int x)
{
	return x + (int)strlen("ab");
}
