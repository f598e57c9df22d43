#ifndef _ERR_H
#define _ERR_H
#include <features.h>
#ifndef __GNUC_VA_LIST
#define __GNUC_VA_LIST 1
typedef __builtin_va_list __gnuc_va_list;
#endif
/* BSD diagnostics: "prog: message: strerror(errno)\n" on stderr, where
 * prog is program_invocation_short_name; err/errx/verr/verrx then exit. */
__FERRO_BEGIN_DECLS
void warn(const char *, ...) __FERRO_FORMAT(__printf__, 1, 2);
void vwarn(const char *, __gnuc_va_list) __FERRO_FORMAT(__printf__, 1, 0);
void warnx(const char *, ...) __FERRO_FORMAT(__printf__, 1, 2);
void vwarnx(const char *, __gnuc_va_list) __FERRO_FORMAT(__printf__, 1, 0);
__FERRO_NORETURN void err(int, const char *, ...) __FERRO_FORMAT(__printf__, 2, 3);
__FERRO_NORETURN void verr(int, const char *, __gnuc_va_list) __FERRO_FORMAT(__printf__, 2, 0);
__FERRO_NORETURN void errx(int, const char *, ...) __FERRO_FORMAT(__printf__, 2, 3);
__FERRO_NORETURN void verrx(int, const char *, __gnuc_va_list) __FERRO_FORMAT(__printf__, 2, 0);
__FERRO_END_DECLS
#endif
