/* Variadic entry points of the diagnostics: <err.h> (warn, err …) and
 * <error.h> (error, error_at_line). Each hands its va_list, by address
 * (the same `va_list *` on every arch), to the Rust back end; the v forms
 * copy theirs first so the caller's stays untouched. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_end(v) __builtin_va_end(v)
#define va_copy(d, s) __builtin_va_copy(d, s)

void __ferro_vwarn(const char *fmt, va_list *ap, int with_errno);
__attribute__((__noreturn__)) void __ferro_verr(int status, const char *fmt, va_list *ap,
						int with_errno);
void __ferro_verror(int status, int errnum, int at_line, const char *file, unsigned line,
		    const char *fmt, va_list *ap);

void vwarn(const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	__ferro_vwarn(fmt, &cp, 1);
	va_end(cp);
}

void vwarnx(const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	__ferro_vwarn(fmt, &cp, 0);
	va_end(cp);
}

void warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_vwarn(fmt, &ap, 1);
	va_end(ap);
}

void warnx(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_vwarn(fmt, &ap, 0);
	va_end(ap);
}

__attribute__((__noreturn__))
void verr(int status, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	__ferro_verr(status, fmt, &cp, 1);
}

__attribute__((__noreturn__))
void verrx(int status, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	__ferro_verr(status, fmt, &cp, 0);
}

__attribute__((__noreturn__))
void err(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_verr(status, fmt, &ap, 1);
}

__attribute__((__noreturn__))
void errx(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_verr(status, fmt, &ap, 0);
}

void error(int status, int errnum, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_verror(status, errnum, 0, 0, 0, fmt, &ap);
	va_end(ap);
}

void error_at_line(int status, int errnum, const char *file, unsigned line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_verror(status, errnum, 1, file, line, fmt, &ap);
	va_end(ap);
}
