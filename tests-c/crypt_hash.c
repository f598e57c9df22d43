// LIBS: -lcrypt
/* crypt and crypt_r (<crypt.h>, <unistd.h>): the SHA-crypt vectors of
 * Drepper's specification, MD5-crypt, bcrypt, traditional DES crypt, and
 * libxcrypt's failure tokens and errno. The expected strings are what
 * Debian's libcrypt gives. */
#define _DEFAULT_SOURCE
#include <crypt.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

_Static_assert(sizeof(struct crypt_data) == 32768, "crypt_data size");
_Static_assert(offsetof(struct crypt_data, output) == 0, "output");
_Static_assert(offsetof(struct crypt_data, setting) == 384, "setting");
_Static_assert(offsetof(struct crypt_data, input) == 768, "input");
_Static_assert(offsetof(struct crypt_data, initialized) == 2047, "initialized");
_Static_assert(offsetof(struct crypt_data, internal) == 2048, "internal");
_Static_assert(CRYPT_OUTPUT_SIZE == 384 && CRYPT_MAX_PASSPHRASE_SIZE == 512, "sizes");

static const char *const good[][3] = {
	{"Hello world!", "$5$saltstring",
	 "$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5"},
	{"Hello world!", "$5$rounds=10000$saltstringsaltstring",
	 "$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA"},
	{"This is just a test", "$5$rounds=5000$toolongsaltstring",
	 "$5$rounds=5000$toolongsaltstrin$Un/5jzAHMgOGZ5.mWJpuVolil07guHPvOW8mGRcvxa5"},
	{"Hello world!", "$6$saltstring",
	 "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"},
	{"Hello world!", "$6$rounds=10000$saltstringsaltstring",
	 "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v."},
	{"This is just a test", "$6$rounds=5000$toolongsaltstring",
	 "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0"},
	{"we have a short salt string but not a short password", "$6$rounds=1400$anotherlongsaltstring",
	 "$6$rounds=1400$anotherlongsalts$AP.vbZcNbWD30OfPAcUJe702LINHtb7RqILoLW9vJ/DHPMJyr6a.5rQHcOzBXuDOEzAqm8/9xW6EF/z3vOBQp0"},
	{"a short string", "$5$rounds=1000$roundstoolow",
	 "$5$rounds=1000$roundstoolow$4Dh5ncx3fNWw8XMpz6wjl0.pJMw5rx9noc5Yd.7f9k5"},
	{"x", "$6$",
	 "$6$$KvRrc0bxRLyTUhO8OJOmRczh7oCol5BACiR8rmdfVzvuGgm8JmLDumsL/ah.jFtT.DswxoP9Nv3ByfU4j5hm/0"},
	{"x", "$6$abc",
	 "$6$abc$K4v3HcZ8yAmpRfxML6S46NCcqy9r4/KdbQpFvqSWsBf4dgySOEOo1DHJTrmn2BsJK2aNmPN8Tfb826D2o9.z51"},
	{"x", "$6$12345678901234567890",
	 "$6$1234567890123456$ykbnsvd230krCviGZzkR8m8cwCcay7ILhmtCVq9SB1c3DvSOrWQgqeo7.2yGAQVdBuBA6lgk31v.0KlrwADhA."},
	{"x", "$6$ab$c$d",
	 "$6$ab$jnZj29NS/hK2GaouP6AGMIBwD6owZFRejcn9QRdlwSjZaVr.fR9dH2TXrKL/PaacUXwtGfI.4O9zxvy2k6fbE1"},
	{"x", "$5$",
	 "$5$$0Uor7kq6CTPY0DtjOiw.I2DuJSUfiZxCqkrafMVjNc8"},
	{"x", "$6$rounds=1000$",
	 "$6$rounds=1000$$MwL1ngOSTyhRTmswE6q2bTvDqHdFuhV10m2l0x3JOy.OEau0xfOpeR/0OC9iLEfgib0feJ9KJveLUAQeA8NXr1"},
	{"", "$6$salt",
	 "$6$salt$r6qPcj2UeIkfklWHvleGJk8OKTInFYR/fxyuwcC656IWiZBpIFZ9.hMRG2ZQnnyMFrKOe461f9iT9Ljn0wJ5l."},
	{"0123456789012345678901234567890123456789012345678901234567890123456789", "$6$long",
	 "$6$long$YFc1nS8SUFxnNjSgGaWf/efMdbN.dSwVu4KttD1/4.1P5jUQLrRG1hOOgYHMmqZ/OCjYI7ma3ELpqcnm9pnXI0"},
	{"0123456789012345678901234567890123456789012345678901234567890123456789", "$5$long",
	 "$5$long$VMOT0cAeV5AEYLHuOKFRUrwzRR5w.RpUKpsRGjlxuD7"},
	{"x", "$1$",
	 "$1$$LP5.V3ajGqHDdXW6XwZQy."},
	{"x", "$1$abcdefghijk",
	 "$1$abcdefgh$znAnv9M.XU2pRYfmSs46h/"},
	{"x", "$1$ab$cd",
	 "$1$ab$e2KlfqG5YBMTjSz7XF.Eu1"},
	{"", "$1$",
	 "$1$$qRPK7m23GJusamGpoGLby/"},
	{"password", "$1$saltsalt",
	 "$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/"},
	{"\xc3""\xa9""t\xc3""\xa9""", "$1$utf8",
	 "$1$utf8$AcicX4OG//QRFkjT1ZR270"},
	{"0123456789012345678901234567890123456789", "$1$long",
	 "$1$long$ZPH4QGnK6t/2smGwWm.0N1"},
	{"x", "ab",
	 "abiQ6Ep3EYTHc"},
	{"x", "abc",
	 "abiQ6Ep3EYTHc"},
	{"pw", "ab",
	 "abzlUXK5ed5rs"},
	{"Hello world!", "saltstring",
	 "saszt8mUri4AI"},
	{"", "..",
	 "..X8NBuQ4l6uQ"},
	{"abcdefghij", "zz",
	 "zzcHgwjUppv8U"},
	{"abcdefgh", "zz",
	 "zzcHgwjUppv8U"},
	{"\xff""\xfe""\x80""", "A9",
	 "A9r1Ro6hswQSM"},
	{"test", "/.",
	 "/.gaiHoalro8k"},
	{"test", "Zz",
	 "ZzNDgbTpgJhLM"},
	/* bcrypt: the Openwall vectors, the 72-byte limit, $2a$'s countermeasure, $2x$'s bug */
	{"U*U", "$2b$04$abcdefghijklmnopqrstuu",
	 "$2b$04$abcdefghijklmnopqrstuuCFaEytnzrfaPZJKbS76hh9vqd9r8v2S"},
	{"U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.",
	 "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"},
	{"U*U*", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.",
	 "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK"},
	{"", "$2b$04$abcdefghijklmnopqrstuu",
	 "$2b$04$abcdefghijklmnopqrstuubyCG3zY1GIXMyxfivm.ClDiInHzxjiq"},
	{"x", "$2b$04$abcdefghijklmnopqrstuv",
	 "$2b$04$abcdefghijklmnopqrstuuPp7HPfoAs8I2dCQCQ/fW7zEJv8I8C8e"},
	{"password", "$2y$06$saltsaltsaltsaltsaltsa",
	 "$2y$06$saltsaltsaltsaltsaltsOHAAk.nNDEdxIIqJuI3fT57ttO5gSCZS"},
	{"\xff""\xff""\xff""", "$2a$04$abcdefghijklmnopqrstuu",
	 "$2a$04$abcdefghijklmnopqrstuuo7KieJsG.qqFHPznD9IKYlIok1JYQ2W"},
	{"\xff""\xff""\xff""", "$2b$04$abcdefghijklmnopqrstuu",
	 "$2b$04$abcdefghijklmnopqrstuuRYRX5VC4nthKo7h6U37SxyZazTR0WNK"},
	{"\xff""\xff""\xff""", "$2x$04$abcdefghijklmnopqrstuu",
	 "$2x$04$abcdefghijklmnopqrstuuRYRX5VC4nthKo7h6U37SxyZazTR0WNK"},
	{"\xff""\xa3""345", "$2a$04$abcdefghijklmnopqrstuu",
	 "$2a$04$abcdefghijklmnopqrstuuUIzecIiCguM2sPh1F7L9IS3zOtmg5Im"},
	{"\xff""\xa3""345", "$2x$04$abcdefghijklmnopqrstuu",
	 "$2x$04$abcdefghijklmnopqrstuu9f4sA9SRA0scUKcRyC5kce8dao2.GKe"},
	{"\xff""\xa3""345", "$2y$04$abcdefghijklmnopqrstuu",
	 "$2y$04$abcdefghijklmnopqrstuuUIzecIiCguM2sPh1F7L9IS3zOtmg5Im"},
	{"\xa3""", "$2a$04$abcdefghijklmnopqrstuu",
	 "$2a$04$abcdefghijklmnopqrstuurz1efvzeJjL4mQ813hrZNg3p1.ivOii"},
	{"\xa3""", "$2x$04$abcdefghijklmnopqrstuu",
	 "$2x$04$abcdefghijklmnopqrstuuMOaOTHB4gEm.rriBjXNwBNh.Oc4mKGG"},
	{"012345678901234567890123456789012345678901234567890123456789012345678901", "$2b$04$abcdefghijklmnopqrstuu",
	 "$2b$04$abcdefghijklmnopqrstuum2G75IXDN/xsgbNa/hCiPSKyIHQd70S"},
	{"0123456789012345678901234567890123456789012345678901234567890123456789012345", "$2b$04$abcdefghijklmnopqrstuu",
	 "$2b$04$abcdefghijklmnopqrstuum2G75IXDN/xsgbNa/hCiPSKyIHQd70S"},
	{"01234567890123456789012345678901234567890123456789012345678901234567890", "$2b$04$abcdefghijklmnopqrstuu",
	 "$2b$04$abcdefghijklmnopqrstuukow.iL/GuIgNNTSpCKVqIJG617.YQsi"},
	{"x", "$2b$04$abcdefghijklmnopqrstuuIGNOREDHASHXXXXXXXXXXXXXXXXXX",
	 "$2b$04$abcdefghijklmnopqrstuuPp7HPfoAs8I2dCQCQ/fW7zEJv8I8C8e"},
};

/* settings libxcrypt refuses: token *0 and EINVAL */
static const char *const bad[] = {
	"$9$", "", "a", "a!", "*", "*1", "*2", "$", "$5", "$6", "$1",
	"$6$rounds=10$abc$", "$6$rounds=0$abc", "$6$rounds=abc$abc",
	"$6$rounds=01000$abc", "$6$rounds=1000000000$abc", "$6$rounds=999$ab",
	"$6$rounds=1000", "$6$rounds=", "$6$rounds=+1000$a", "$5$rounds=999$x",
	"$6$a b", "$6$a!b", "$6$a*b", "$6$a;b", "$6$a\\b", "$6$a:b", "$6$a\nb",
	"$6$a\x80" "b", "$1$a b", "$1$a;b", "$6$ab$c!d", "ab!", "ab\x7f", "ab\x80",
	"$6$rounds=1000$ab$!",
	"$2b$03$abcdefghijklmnopqrstuu", "$2b$32$abcdefghijklmnopqrstuu",
	"$2b$4$abcdefghijklmnopqrstuu", "$2b$04$abcdefghijklmnopqrstu",
	"$2b$04abcdefghijklmnopqrstuu", "$2c$04$abcdefghijklmnopqrstuu",
	"$2b$0a$abcdefghijklmnopqrstuu", "$2b$04$abcdefghijklmnopqrst_u",
};

#if defined(AGAINST_GLIBC) && defined(FERRO_NO_LIB_crypt)
/* This arch's glibc has no static libcrypt here (Debian ships it for the
 * host arch only): the test is proven against glibc on x86_64. */
int main(void)
{
	t_puts(2, "crypt_hash: no static libcrypt for this arch's glibc\n");
	return 0;
}
#else
int main(void)
{
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		errno = 0;
		char *r = crypt(good[i][0], good[i][1]);
		CHECK(r != NULL);
		if (strcmp(r, good[i][2]) != 0) {
			t_puts(2, good[i][1]);
			t_puts(2, ": got ");
			t_puts(2, r);
			t_puts(2, "\n");
		}
		CHECK(strcmp(r, good[i][2]) == 0);
		CHECK_EQ(errno, 0);
		/* a result is a setting giving itself back */
		CHECK(strcmp(crypt(good[i][0], good[i][2]), good[i][2]) == 0);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		errno = 0;
		char *r = crypt("x", bad[i]);
		CHECK(r != NULL);
		if (strcmp(r, "*0") != 0) {
			t_puts(2, bad[i]);
			t_puts(2, ": got ");
			t_puts(2, r);
			t_puts(2, "\n");
		}
		CHECK(strcmp(r, "*0") == 0);
		CHECK_EQ(errno, EINVAL);
	}
	/* the failure token never equals a setting that starts with it */
	errno = 0;
	CHECK(strcmp(crypt("x", "*0"), "*1") == 0);
	CHECK_EQ(errno, EINVAL);
	CHECK(strcmp(crypt("x", "*0abc"), "*1") == 0);

	/* passphrases up to 511 bytes; 512 and more: ERANGE */
	char *key = malloc(600);
	CHECK(key != NULL);
	memset(key, 'a', 600);
	key[511] = 0;
	errno = 0;
	CHECK(strcmp(crypt(key, "$5$ab"), "$5$ab$Tjub3R4rZqRB8nmL8ZATp6sGiGKT68xe7pKGLmD8PL/") == 0);
	CHECK_EQ(errno, 0);
	key[511] = 'a';
	key[512] = 0;
	CHECK(strcmp(crypt(key, "$5$ab"), "*0") == 0);
	CHECK_EQ(errno, ERANGE);
	key[599] = 0;
	errno = 0;
	CHECK(strcmp(crypt(key, "ab"), "*0") == 0);
	CHECK_EQ(errno, ERANGE);
	free(key);

	/* crypt_r writes data->output and returns it */
	struct crypt_data *d = calloc(1, sizeof *d);
	CHECK(d != NULL);
	char *r = crypt_r("pw", "ab", d);
	CHECK(r == d->output);
	CHECK(strcmp(r, "abzlUXK5ed5rs") == 0);
	r = crypt_r("password", "$1$saltsalt", d);
	CHECK(r == d->output);
	CHECK(strcmp(r, "$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/") == 0);
	errno = 0;
	r = crypt_r("x", "$7$", d);
	CHECK(r == d->output && strcmp(r, "*0") == 0);
	CHECK_EQ(errno, EINVAL);
	free(d);
	return 0;
}
#endif
