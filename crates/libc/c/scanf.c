/* The scanf family of ferrolibc: the variadic entry points. The engine is
 * Rust (src/stdio/scanf.rs); it receives a pointer to a struct holding the
 * current va_list and a copy of its start, and fetches each argument
 * through __ferro_va_next (in order) or __ferro_va_nth (for %n$: a fresh
 * copy of the start, skipping n-1 arguments; every scanf argument is a
 * pointer, so skipping is uniform). LDBL_MANT_DIG tells the engine the
 * long double format. */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_arg(v, t) __builtin_va_arg(v, t)
#define va_end(v) __builtin_va_end(v)
#define va_copy(d, s) __builtin_va_copy(d, s)

typedef struct _IO_FILE FILE;
extern FILE *stdin;

struct __ferro_va {
	va_list cur;
	va_list start;
};

int __ferro_vfscanf(FILE *f, const char *fmt, struct __ferro_va *ap, int ld_mant);
int __ferro_vsscanf(const char *s, const char *fmt, struct __ferro_va *ap, int ld_mant);
int __ferro_vfwscanf(FILE *f, const __WCHAR_TYPE__ *fmt, struct __ferro_va *ap, int ld_mant);
int __ferro_vswscanf(const __WCHAR_TYPE__ *s, const __WCHAR_TYPE__ *fmt, struct __ferro_va *ap,
		     int ld_mant);
void *__ferro_va_next(struct __ferro_va *a);
void *__ferro_va_nth(struct __ferro_va *a, unsigned long n);
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap);
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap);
int vscanf(const char *restrict fmt, va_list ap);
int fscanf(FILE *restrict f, const char *restrict fmt, ...);
int sscanf(const char *restrict s, const char *restrict fmt, ...);
int scanf(const char *restrict fmt, ...);
typedef __WCHAR_TYPE__ wchar_t;
int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap);
int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap);
int vwscanf(const wchar_t *restrict fmt, va_list ap);
int fwscanf(FILE *restrict f, const wchar_t *restrict fmt, ...);
int swscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, ...);
int wscanf(const wchar_t *restrict fmt, ...);

void *__ferro_va_next(struct __ferro_va *a)
{
	return va_arg(a->cur, void *);
}

void *__ferro_va_nth(struct __ferro_va *a, unsigned long n)
{
	va_list c;
	void *p = 0;
	va_copy(c, a->start);
	while (n--)
		p = va_arg(c, void *);
	va_end(c);
	return p;
}

/* C17 vfscanf */
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct __ferro_va a;
	int r;
	va_copy(a.cur, ap);
	va_copy(a.start, ap);
	r = __ferro_vfscanf(f, fmt, &a, __LDBL_MANT_DIG__);
	va_end(a.start);
	va_end(a.cur);
	return r;
}

/* C17 vsscanf */
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	struct __ferro_va a;
	int r;
	va_copy(a.cur, ap);
	va_copy(a.start, ap);
	r = __ferro_vsscanf(s, fmt, &a, __LDBL_MANT_DIG__);
	va_end(a.start);
	va_end(a.cur);
	return r;
}

/* C17 vscanf */
int vscanf(const char *restrict fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

/* C17 fscanf */
int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

/* C17 sscanf */
int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

/* C17 scanf */
int scanf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}

/* C17 vfwscanf */
int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	struct __ferro_va a;
	int r;
	va_copy(a.cur, ap);
	va_copy(a.start, ap);
	r = __ferro_vfwscanf(f, fmt, &a, __LDBL_MANT_DIG__);
	va_end(a.start);
	va_end(a.cur);
	return r;
}

/* C17 vswscanf */
int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap)
{
	struct __ferro_va a;
	int r;
	va_copy(a.cur, ap);
	va_copy(a.start, ap);
	r = __ferro_vswscanf(s, fmt, &a, __LDBL_MANT_DIG__);
	va_end(a.start);
	va_end(a.cur);
	return r;
}

/* C17 vwscanf */
int vwscanf(const wchar_t *restrict fmt, va_list ap)
{
	return vfwscanf(stdin, fmt, ap);
}

/* C17 fwscanf */
int fwscanf(FILE *restrict f, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vfwscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

/* C17 swscanf */
int swscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vswscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

/* C17 wscanf */
int wscanf(const wchar_t *restrict fmt, ...)
{
	va_list ap;
	int r;
	va_start(ap, fmt);
	r = vfwscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}
