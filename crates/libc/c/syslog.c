/* The variadic entry points of <syslog.h>: each hands the address of its
 * va_list to the Rust side (syslog.rs), as printf.c does. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_copy(d, s) __builtin_va_copy(d, s)
#define va_end(v) __builtin_va_end(v)

void __ferro_vsyslog(int pri, const char *fmt, va_list *ap);

void vsyslog(int pri, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	__ferro_vsyslog(pri, fmt, &cp);
	va_end(cp);
}

void syslog(int pri, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_vsyslog(pri, fmt, &ap);
	va_end(ap);
}
