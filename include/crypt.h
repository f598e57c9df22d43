/* <crypt.h>: one-way password hashing (libxcrypt's interface, as
 * Debian's libcrypt-dev declares it): crypt, crypt_r, crypt_rn, crypt_ra,
 * the crypt_gensalt family and crypt_checksalt. */
#ifndef _CRYPT_H
#define _CRYPT_H 1
#include <features.h>
#define CRYPT_OUTPUT_SIZE 384
#define CRYPT_MAX_PASSPHRASE_SIZE 512
#define CRYPT_DATA_RESERVED_SIZE 767
#define CRYPT_DATA_INTERNAL_SIZE 30720
#define CRYPT_GENSALT_OUTPUT_SIZE 192
#define CRYPT_SALT_OK 0
#define CRYPT_SALT_INVALID 1
#define CRYPT_SALT_METHOD_DISABLED 2
#define CRYPT_SALT_METHOD_LEGACY 3
#define CRYPT_SALT_TOO_CHEAP 4
/* what this libcrypt offers (libxcrypt's feature macros) */
#define CRYPT_GENSALT_IMPLEMENTS_DEFAULT_PREFIX 1
#define CRYPT_GENSALT_IMPLEMENTS_AUTO_ENTROPY 1
#define CRYPT_CHECKSALT_AVAILABLE 1
#define CRYPT_PREFERRED_METHOD_AVAILABLE 1
struct crypt_data {
	char output[CRYPT_OUTPUT_SIZE];
	char setting[CRYPT_OUTPUT_SIZE];
	char input[CRYPT_MAX_PASSPHRASE_SIZE];
	char reserved[CRYPT_DATA_RESERVED_SIZE];
	char initialized;
	char internal[CRYPT_DATA_INTERNAL_SIZE];
};
__FERRO_BEGIN_DECLS
char *crypt(const char *, const char *);
char *crypt_r(const char *, const char *, struct crypt_data *);
char *crypt_rn(const char *, const char *, void *, int);
char *crypt_ra(const char *, const char *, void **, int *);
char *crypt_gensalt(const char *, unsigned long, const char *, int);
char *crypt_gensalt_rn(const char *, unsigned long, const char *, int, char *, int);
#define crypt_gensalt_r crypt_gensalt_rn
char *crypt_gensalt_ra(const char *, unsigned long, const char *, int);
int crypt_checksalt(const char *);
const char *crypt_preferred_method(void);
__FERRO_END_DECLS
#endif
