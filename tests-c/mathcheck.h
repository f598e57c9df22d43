/* Helpers the math tests share: values passed through volatiles (so gcc
 * calls the library instead of folding), and identity of results (both
 * NaN, or equal with the same sign). */
#ifndef TEST_MATHCHECK_H
#define TEST_MATHCHECK_H
#include <math.h>

static inline double V(double x)
{
	volatile double v = x;
	return v;
}
static inline float F(float x)
{
	volatile float v = x;
	return v;
}
static inline int same(double a, double b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
static inline int samef(float a, float b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
#endif
