/* <gshadow.h>: the shadow group database (/etc/gshadow), a GNU
 * extension. */
#ifndef _GSHADOW_H
#define _GSHADOW_H 1
#include <features.h>
#include <bits/alltypes.h>
#include <paths.h>

#define GSHADOW _PATH_GSHADOW

__FERRO_BEGIN_DECLS
#ifndef __FERRO_DEFINED_FILE
# define __FERRO_DEFINED_FILE
typedef struct _IO_FILE FILE;
#endif

struct sgrp {
	char *sg_namp;
	char *sg_passwd;
	char **sg_adm;
	char **sg_mem;
};

void setsgent(void);
void endsgent(void);
struct sgrp *getsgent(void);
struct sgrp *getsgnam(const char *);
struct sgrp *sgetsgent(const char *);
struct sgrp *fgetsgent(FILE *);
int putsgent(const struct sgrp *, FILE *);
int getsgent_r(struct sgrp *, char *, size_t, struct sgrp **);
int getsgnam_r(const char *, struct sgrp *, char *, size_t, struct sgrp **);
int sgetsgent_r(const char *, struct sgrp *, char *, size_t, struct sgrp **);
int fgetsgent_r(FILE *, struct sgrp *, char *, size_t, struct sgrp **);
__FERRO_END_DECLS
#endif
