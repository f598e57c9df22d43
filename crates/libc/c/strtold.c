/* strtold of ferrolibc: stable Rust cannot return a long double (x87 st(0)
 * on x86, a binary128 in q0/a0:a1 on aarch64/riscv64), so the Rust side
 * fills in the bit pattern and this shim returns it as a long double. */
void __ferro_strtold(const char *s, char **end, unsigned char *out, int mant_dig);

long double strtold(const char *restrict s, char **restrict end)
{
	unsigned char buf[16];
	long double r;
	__ferro_strtold(s, end, buf, __LDBL_MANT_DIG__);
	__builtin_memcpy(&r, buf, sizeof r);
	return r;
}
