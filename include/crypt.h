/* <crypt.h>: one-way password hashing (libxcrypt's interface, as
 * Debian's libcrypt-dev declares it): crypt and crypt_r. */
#ifndef _CRYPT_H
#define _CRYPT_H 1
#include <features.h>
#define CRYPT_OUTPUT_SIZE 384
#define CRYPT_MAX_PASSPHRASE_SIZE 512
#define CRYPT_DATA_RESERVED_SIZE 767
#define CRYPT_DATA_INTERNAL_SIZE 30720
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
__FERRO_END_DECLS
#endif
