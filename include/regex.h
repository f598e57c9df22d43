/* <regex.h>: POSIX regular expressions. */
#ifndef _REGEX_H
#define _REGEX_H 1
#include <features.h>
#include <bits/size_t.h>

#define REG_EXTENDED 1
#define REG_ICASE (1 << 1)
#define REG_NEWLINE (1 << 2)
#define REG_NOSUB (1 << 3)

#define REG_NOTBOL 1
#define REG_NOTEOL (1 << 1)
#define REG_STARTEND (1 << 2)

#define REG_NOERROR 0
#define REG_NOMATCH 1
#define REG_BADPAT 2
#define REG_ECOLLATE 3
#define REG_ECTYPE 4
#define REG_EESCAPE 5
#define REG_ESUBREG 6
#define REG_EBRACK 7
#define REG_EPAREN 8
#define REG_EBRACE 9
#define REG_BADBR 10
#define REG_ERANGE 11
#define REG_ESPACE 12
#define REG_BADRPT 13
#define REG_EEND 14
#define REG_ESIZE 15
#define REG_ERPAREN 16

__FERRO_BEGIN_DECLS
typedef int regoff_t;

/* glibc's struct re_pattern_buffer (its size and re_nsub's offset); the
   other fields are private. */
typedef struct re_pattern_buffer {
	void *__buffer;
	unsigned long __allocated;
	unsigned long __used;
	unsigned long __syntax;
	char *__fastmap;
	unsigned char *__translate;
	size_t re_nsub;
	unsigned int __bits;
} regex_t;

typedef struct {
	regoff_t rm_so;
	regoff_t rm_eo;
} regmatch_t;

int regcomp(regex_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, int);
int regexec(const regex_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT, size_t,
	    regmatch_t *__FERRO_RESTRICT, int);
size_t regerror(int, const regex_t *__FERRO_RESTRICT, char *__FERRO_RESTRICT, size_t);
void regfree(regex_t *);
__FERRO_END_DECLS
#endif
