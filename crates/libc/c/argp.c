/* <argp.h> (GNU): the variadic entry points argp_error and argp_failure,
 * which hand their va_list, by address, to the Rust back ends; and the
 * variables programs define themselves, kept here so that every use in
 * the library goes through their symbols (LLVM would address its own
 * copies in Rust from a merged block on some arches, missing the
 * program's definition). */
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_end(v) __builtin_va_end(v)

struct argp_state;
typedef struct _FILE FILE;

/* GNU: the version line --version prints (the program sets it). */
const char *argp_program_version;
/* GNU: called for --version instead, when set. */
void (*argp_program_version_hook)(FILE *, struct argp_state *);
/* GNU: printed at the end of --help, when set. */
const char *argp_program_bug_address;
/* GNU: the exit status of usage errors (EX_USAGE). */
int argp_err_exit_status = 64;
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
