#ifndef _ERROR_H
#define _ERROR_H
#include <features.h>
/* GNU diagnostics: stdout is flushed, then "prog: message[: strerror]\n"
 * goes to stderr (prog is program_invocation_name); a nonzero status
 * exits. */
__FERRO_BEGIN_DECLS
void error(int, int, const char *, ...) __FERRO_FORMAT(__printf__, 3, 4);
void error_at_line(int, int, const char *, unsigned, const char *, ...)
	__FERRO_FORMAT(__printf__, 5, 6);
extern void (*error_print_progname)(void);
extern unsigned error_message_count;
extern int error_one_per_line;
__FERRO_END_DECLS
#endif
