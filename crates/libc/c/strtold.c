/* strtold and wcstold of ferrolibc: stable Rust cannot return a long double
 * (x87 st(0) on x86, a binary128 in q0/a0:a1 on aarch64/riscv64), so the
 * Rust side (stdlib/conv.rs, wchar/wcs.rs) fills in the bit pattern and
 * these shims return it as a long double. */
void __ferro_strtold(const char *s, char **end, unsigned char *out, int mant_dig);
void __ferro_wcstold(const __WCHAR_TYPE__ *s, __WCHAR_TYPE__ **end, unsigned char *out,
		     int mant_dig);

static long double from_bits(const unsigned char *buf)
{
	long double r;
	__builtin_memcpy(&r, buf, sizeof r);
	return r;
}

long double strtold(const char *restrict s, char **restrict end)
{
	unsigned char buf[16];
	__ferro_strtold(s, end, buf, __LDBL_MANT_DIG__);
	return from_bits(buf);
}

long double wcstold(const __WCHAR_TYPE__ *restrict s, __WCHAR_TYPE__ **restrict end)
{
	unsigned char buf[16];
	__ferro_wcstold(s, end, buf, __LDBL_MANT_DIG__);
	return from_bits(buf);
}

/* GNU strtold_l: every locale ferrolibc offers has '.' as its radix
 * character, so the locale changes nothing. */
struct __locale_struct;
long double strtold_l(const char *restrict s, char **restrict end, struct __locale_struct *l)
{
	(void)l;
	return strtold(s, end);
}
