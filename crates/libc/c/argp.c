/* Variadic entry points of <argp.h> (GNU): argp_error and argp_failure
 * hand their va_list, by address, to the Rust back ends. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_end(v) __builtin_va_end(v)

struct argp_state;
void __ferro_argp_verror(const struct argp_state *st, const char *fmt, va_list *ap);
void __ferro_argp_vfailure(const struct argp_state *st, int status, int errnum, const char *fmt,
			   va_list *ap);

void argp_error(const struct argp_state *restrict st, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_argp_verror(st, fmt, &ap);
	va_end(ap);
}

void argp_failure(const struct argp_state *restrict st, int status, int errnum,
		  const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__ferro_argp_vfailure(st, status, errnum, fmt, &ap);
	va_end(ap);
}
