/* The variadic entry points of <monetary.h>: strfmon and strfmon_l hand
 * the address of their va_list to the Rust side (monetary.rs), which
 * calls back here for each value (a double, or a long double after the
 * L modifier) and for its digits, written by this library's snprintf. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_arg(v, t) __builtin_va_arg(v, t)
#define va_end(v) __builtin_va_end(v)
typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ssize_t;

int snprintf(char *, size_t, const char *, ...);
ssize_t __ferro_strfmon(char *s, size_t max, const char *fmt, va_list *ap);

/* Reads the next value into *slot as its magnitude; returns its sign bit. */
int __ferro_strfmon_next(va_list *ap, int is_long, long double *slot)
{
	long double v = is_long ? va_arg(*ap, long double) : (long double)va_arg(*ap, double);
	int neg = __builtin_signbit(v) != 0;
	*slot = neg ? -v : v;
	return neg;
}

/* A named array, not a literal, so it stays out of the merged string
 * section every program links. */
static const char fixed[6] = { '%', '.', '*', 'L', 'f', 0 };

/* The value's digits with prec decimals, as snprintf writes them. */
int __ferro_strfmon_fmt(const long double *slot, int prec, char *buf, size_t n)
{
	return snprintf(buf, n, fixed, prec, *slot);
}

ssize_t strfmon(char *restrict s, size_t max, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ssize_t r = __ferro_strfmon(s, max, fmt, &ap);
	va_end(ap);
	return r;
}

/* Every locale of this library has the C locale's monetary data. */
ssize_t strfmon_l(char *restrict s, size_t max, void *loc, const char *restrict fmt, ...)
{
	va_list ap;
	(void)loc;
	va_start(ap, fmt);
	ssize_t r = __ferro_strfmon(s, max, fmt, &ap);
	va_end(ap);
	return r;
}
