#ifndef _ENVZ_H
#define _ENVZ_H 1
#include <features.h>
#include <argz.h>
/* GNU envz vectors: argz vectors of "name=value" entries (an entry with
 * no '=' has a null value). */
__FERRO_BEGIN_DECLS
char *envz_entry(const char *, size_t, const char *);
char *envz_get(const char *, size_t, const char *);
error_t envz_add(char **, size_t *, const char *, const char *);
error_t envz_merge(char **, size_t *, const char *, size_t, int);
void envz_remove(char **, size_t *, const char *);
void envz_strip(char **, size_t *);
__FERRO_END_DECLS
#endif
