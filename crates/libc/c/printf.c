/* Variadic entry points of the printf family that need no FILE. Each shim
 * hands the ADDRESS of its va_list to the Rust backend: `va_list *` is a
 * plain pointer on every arch, whatever va_list itself is (an array on
 * x86_64, a struct on aarch64, a pointer on i386 and riscv64). The Rust side
 * passes that pointer back to the one-type helpers below, which read the
 * next argument with the compiler's va_arg and so follow each ABI exactly. */
typedef __builtin_va_list va_list;
typedef __SIZE_TYPE__ size_t;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_arg(v, t) __builtin_va_arg(v, t)
#define va_copy(d, s) __builtin_va_copy(d, s)
#define va_end(v) __builtin_va_end(v)

int __ferro_vsnprintf(char *buf, size_t n, const char *fmt, va_list *ap);
int __ferro_vdprintf(int fd, const char *fmt, va_list *ap);
int __ferro_vasprintf(char **strp, const char *fmt, va_list *ap);

/* On all four of ferrolibc's ABIs (x86_64 SysV, i386 SysV, AAPCS64 and
 * RISC-V LP64D) every integer or pointer argument no wider than a word
 * (an int or a promoted char/short, a long, a size_t, a pointer) fills
 * one word-sized slot, in a register or on the stack, with its value in
 * the low bytes. Read as an unsigned long and truncated to its type, it
 * gives the same value, so one helper serves them all; a long long needs
 * its own only where it is wider than a word (i386). */
unsigned long __ferro_va_word(va_list *ap) { return va_arg(*ap, unsigned long); }
#if __SIZEOF_LONG_LONG__ > __SIZEOF_LONG__
long long __ferro_va_llong(va_list *ap) { return va_arg(*ap, long long); }
#endif
double __ferro_va_double(va_list *ap) { return va_arg(*ap, double); }

void __ferro_va_ldouble(va_list *ap, unsigned char *out)
{
	long double x = va_arg(*ap, long double);
	const unsigned char *p = (const unsigned char *)&x;
	for (size_t i = 0; i < sizeof x; i++)
		out[i] = p[i];
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vsnprintf(buf, n, fmt, &cp);
	va_end(cp);
	return r;
}

int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vsnprintf(buf, n, fmt, &ap);
	va_end(ap);
	return r;
}

/* sprintf has no size: the whole address space past buf. */
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vsnprintf(buf, (size_t)-1, fmt, &cp);
	va_end(cp);
	return r;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vsnprintf(buf, (size_t)-1, fmt, &ap);
	va_end(ap);
	return r;
}

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vdprintf(fd, fmt, &cp);
	va_end(cp);
	return r;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vdprintf(fd, fmt, &ap);
	va_end(ap);
	return r;
}

int vasprintf(char **restrict strp, const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vasprintf(strp, fmt, &cp);
	va_end(cp);
	return r;
}

int asprintf(char **restrict strp, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vasprintf(strp, fmt, &ap);
	va_end(ap);
	return r;
}

/* The FILE-based family. A NULL stream means stdout (resolved in Rust, so
 * this file needs no view of the FILE type). */
struct _IO_FILE;
int __ferro_vfprintf(struct _IO_FILE *f, const char *fmt, va_list *ap);
int __ferro_vfprintf_f(struct _IO_FILE *f, const char *fmt, va_list *ap);

int vfprintf(struct _IO_FILE *restrict f, const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vfprintf_f(f, fmt, &cp);
	va_end(cp);
	return r;
}

int fprintf(struct _IO_FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vfprintf_f(f, fmt, &ap);
	va_end(ap);
	return r;
}

int vprintf(const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vfprintf(0, fmt, &cp);
	va_end(cp);
	return r;
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vfprintf(0, fmt, &ap);
	va_end(ap);
	return r;
}

/* The wide family (wchar/printf.rs). wchar_t is the compiler's. */
typedef __WCHAR_TYPE__ wchar_t;
int __ferro_vswprintf(wchar_t *ws, size_t n, const wchar_t *fmt, va_list *ap);
int __ferro_vfwprintf(struct _IO_FILE *f, const wchar_t *fmt, va_list *ap);

int vswprintf(wchar_t *restrict ws, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vswprintf(ws, n, fmt, &cp);
	va_end(cp);
	return r;
}

int swprintf(wchar_t *restrict ws, size_t n, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vswprintf(ws, n, fmt, &ap);
	va_end(ap);
	return r;
}

int vfwprintf(struct _IO_FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vfwprintf(f, fmt, &cp);
	va_end(cp);
	return r;
}

int fwprintf(struct _IO_FILE *restrict f, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vfwprintf(f, fmt, &ap);
	va_end(ap);
	return r;
}

int vwprintf(const wchar_t *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_vfwprintf(0, fmt, &cp);
	va_end(cp);
	return r;
}

int wprintf(const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_vfwprintf(0, fmt, &ap);
	va_end(ap);
	return r;
}
