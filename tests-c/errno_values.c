/* Every errno macro of <errno.h> has its Linux value (numbers hard-coded
 * from the kernel's asm-generic/errno{-base,}.h, the same on all four
 * arches), and the aliases are the aliases glibc defines. */
#include "check.h"
#include <errno.h>

/* Each name must be a macro (usable in #if) with the Linux value. */
#define E(name, val)                                                    \
	do {                                                            \
		CHECK_EQ(name, val);                                    \
		seen[val]++;                                            \
	} while (0)

int main(void)
{
	static int seen[134];
#if !defined(EPERM) || !defined(EHWPOISON) || !defined(EWOULDBLOCK) || \
	!defined(EDEADLOCK) || !defined(ENOTSUP) || !defined(EILSEQ) ||   \
	EDOM != 33 || ERANGE != 34 || EILSEQ != 84
#error errno macros missing or not usable in #if
#endif
	E(EPERM, 1); E(ENOENT, 2); E(ESRCH, 3); E(EINTR, 4);
	E(EIO, 5); E(ENXIO, 6); E(E2BIG, 7); E(ENOEXEC, 8);
	E(EBADF, 9); E(ECHILD, 10); E(EAGAIN, 11); E(ENOMEM, 12);
	E(EACCES, 13); E(EFAULT, 14); E(ENOTBLK, 15); E(EBUSY, 16);
	E(EEXIST, 17); E(EXDEV, 18); E(ENODEV, 19); E(ENOTDIR, 20);
	E(EISDIR, 21); E(EINVAL, 22); E(ENFILE, 23); E(EMFILE, 24);
	E(ENOTTY, 25); E(ETXTBSY, 26); E(EFBIG, 27); E(ENOSPC, 28);
	E(ESPIPE, 29); E(EROFS, 30); E(EMLINK, 31); E(EPIPE, 32);
	E(EDOM, 33); E(ERANGE, 34); E(EDEADLK, 35); E(ENAMETOOLONG, 36);
	E(ENOLCK, 37); E(ENOSYS, 38); E(ENOTEMPTY, 39); E(ELOOP, 40);
	E(ENOMSG, 42); E(EIDRM, 43); E(ECHRNG, 44); E(EL2NSYNC, 45);
	E(EL3HLT, 46); E(EL3RST, 47); E(ELNRNG, 48); E(EUNATCH, 49);
	E(ENOCSI, 50); E(EL2HLT, 51); E(EBADE, 52); E(EBADR, 53);
	E(EXFULL, 54); E(ENOANO, 55); E(EBADRQC, 56); E(EBADSLT, 57);
	E(EBFONT, 59); E(ENOSTR, 60); E(ENODATA, 61); E(ETIME, 62);
	E(ENOSR, 63); E(ENONET, 64); E(ENOPKG, 65); E(EREMOTE, 66);
	E(ENOLINK, 67); E(EADV, 68); E(ESRMNT, 69); E(ECOMM, 70);
	E(EPROTO, 71); E(EMULTIHOP, 72); E(EDOTDOT, 73); E(EBADMSG, 74);
	E(EOVERFLOW, 75); E(ENOTUNIQ, 76); E(EBADFD, 77); E(EREMCHG, 78);
	E(ELIBACC, 79); E(ELIBBAD, 80); E(ELIBSCN, 81); E(ELIBMAX, 82);
	E(ELIBEXEC, 83); E(EILSEQ, 84); E(ERESTART, 85); E(ESTRPIPE, 86);
	E(EUSERS, 87); E(ENOTSOCK, 88); E(EDESTADDRREQ, 89); E(EMSGSIZE, 90);
	E(EPROTOTYPE, 91); E(ENOPROTOOPT, 92); E(EPROTONOSUPPORT, 93); E(ESOCKTNOSUPPORT, 94);
	E(EOPNOTSUPP, 95); E(EPFNOSUPPORT, 96); E(EAFNOSUPPORT, 97); E(EADDRINUSE, 98);
	E(EADDRNOTAVAIL, 99); E(ENETDOWN, 100); E(ENETUNREACH, 101); E(ENETRESET, 102);
	E(ECONNABORTED, 103); E(ECONNRESET, 104); E(ENOBUFS, 105); E(EISCONN, 106);
	E(ENOTCONN, 107); E(ESHUTDOWN, 108); E(ETOOMANYREFS, 109); E(ETIMEDOUT, 110);
	E(ECONNREFUSED, 111); E(EHOSTDOWN, 112); E(EHOSTUNREACH, 113); E(EALREADY, 114);
	E(EINPROGRESS, 115); E(ESTALE, 116); E(EUCLEAN, 117); E(ENOTNAM, 118);
	E(ENAVAIL, 119); E(EISNAM, 120); E(EREMOTEIO, 121); E(EDQUOT, 122);
	E(ENOMEDIUM, 123); E(EMEDIUMTYPE, 124); E(ECANCELED, 125); E(ENOKEY, 126);
	E(EKEYEXPIRED, 127); E(EKEYREVOKED, 128); E(EKEYREJECTED, 129); E(EOWNERDEAD, 130);
	E(ENOTRECOVERABLE, 131); E(ERFKILL, 132); E(EHWPOISON, 133);

	/* 131 distinct values 1..133: only 41 and 58 are unused */
	for (int i = 1; i <= 133; i++)
		CHECK_EQ(seen[i], i == 41 || i == 58 ? 0 : 1);
	CHECK_EQ(seen[0], 0);

	/* aliases */
	CHECK_EQ(EWOULDBLOCK, EAGAIN);
	CHECK_EQ(EDEADLOCK, EDEADLK);
	CHECK_EQ(ENOTSUP, EOPNOTSUPP);
	CHECK_EQ(ENOTSUP, 95);
	return 0;
}
