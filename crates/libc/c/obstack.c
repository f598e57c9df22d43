/* Variadic entry points of obstack_printf/obstack_vprintf (<stdio.h>, GNU):
 * each hands its va_list, by address, to the Rust back end, which grows
 * the obstack's current object; the v form copies its list first. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_end(v) __builtin_va_end(v)
#define va_copy(d, s) __builtin_va_copy(d, s)

struct obstack;
int __ferro_obstack_vprintf(struct obstack *h, const char *fmt, va_list *ap);

int obstack_vprintf(struct obstack *restrict h, const char *restrict fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int r = __ferro_obstack_vprintf(h, fmt, &cp);
	va_end(cp);
	return r;
}

int obstack_printf(struct obstack *restrict h, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = __ferro_obstack_vprintf(h, fmt, &ap);
	va_end(ap);
	return r;
}
