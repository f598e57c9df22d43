/*
 * libintl.h - message catalogues (POSIX.1-2024).  Part of ferrolibc.  No
 * catalogue is read: each lookup returns the message given (ngettext:
 * singular for n == 1); text domains and bindings are kept as set.
 */
#ifndef _LIBINTL_H
#define _LIBINTL_H 1
#include <features.h>

__FERRO_BEGIN_DECLS
char *gettext(const char *);
char *dgettext(const char *, const char *);
char *dcgettext(const char *, const char *, int);
char *ngettext(const char *, const char *, unsigned long int);
char *dngettext(const char *, const char *, const char *, unsigned long int);
char *dcngettext(const char *, const char *, const char *, unsigned long int, int);
char *textdomain(const char *);
char *bindtextdomain(const char *, const char *);
char *bind_textdomain_codeset(const char *, const char *);
__FERRO_END_DECLS
#endif
