/* <aliases.h>: the mail aliases database (/etc/aliases), a GNU
 * extension. */
#ifndef _ALIASES_H
#define _ALIASES_H 1
#include <features.h>
#include <bits/alltypes.h>

__FERRO_BEGIN_DECLS
struct aliasent {
	char *alias_name;
	size_t alias_members_len;
	char **alias_members;
	int alias_local;
};

void setaliasent(void);
void endaliasent(void);
struct aliasent *getaliasent(void);
int getaliasent_r(struct aliasent *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t,
		  struct aliasent **__FERRO_RESTRICT);
struct aliasent *getaliasbyname(const char *);
int getaliasbyname_r(const char *__FERRO_RESTRICT, struct aliasent *__FERRO_RESTRICT,
		     char *__FERRO_RESTRICT, size_t, struct aliasent **__FERRO_RESTRICT);
__FERRO_END_DECLS
#endif
