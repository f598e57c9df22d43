/* <getopt.h>: GNU getopt_long and getopt_long_only (GNU extensions), and
 * getopt with argument permutation. */
#ifndef _GETOPT_H
#define _GETOPT_H 1
#include <features.h>

__FERRO_BEGIN_DECLS
extern char *optarg;
extern int optind, opterr, optopt;

struct option {
	const char *name;
	/* no_argument, required_argument or optional_argument */
	int has_arg;
	/* when not null, *flag = val and getopt_long returns 0 */
	int *flag;
	int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

int getopt(int, char *const[], const char *);
int getopt_long(int, char *const[], const char *, const struct option *, int *);
int getopt_long_only(int, char *const[], const char *, const struct option *, int *);
__FERRO_END_DECLS
#endif
