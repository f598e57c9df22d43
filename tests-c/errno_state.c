/* errno as an object: zero at startup, one stable writable int per thread,
 * set by failing calls and left alone by succeeding ones; strerror gives
 * glibc's texts. */
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* glibc's strerror texts for 0..134 (134 and up are unknown). */
static const char *const texts[] = {
	"Success", /* 0 */
	"Operation not permitted", /* 1 */
	"No such file or directory", /* 2 */
	"No such process", /* 3 */
	"Interrupted system call", /* 4 */
	"Input/output error", /* 5 */
	"No such device or address", /* 6 */
	"Argument list too long", /* 7 */
	"Exec format error", /* 8 */
	"Bad file descriptor", /* 9 */
	"No child processes", /* 10 */
	"Resource temporarily unavailable", /* 11 */
	"Cannot allocate memory", /* 12 */
	"Permission denied", /* 13 */
	"Bad address", /* 14 */
	"Block device required", /* 15 */
	"Device or resource busy", /* 16 */
	"File exists", /* 17 */
	"Invalid cross-device link", /* 18 */
	"No such device", /* 19 */
	"Not a directory", /* 20 */
	"Is a directory", /* 21 */
	"Invalid argument", /* 22 */
	"Too many open files in system", /* 23 */
	"Too many open files", /* 24 */
	"Inappropriate ioctl for device", /* 25 */
	"Text file busy", /* 26 */
	"File too large", /* 27 */
	"No space left on device", /* 28 */
	"Illegal seek", /* 29 */
	"Read-only file system", /* 30 */
	"Too many links", /* 31 */
	"Broken pipe", /* 32 */
	"Numerical argument out of domain", /* 33 */
	"Numerical result out of range", /* 34 */
	"Resource deadlock avoided", /* 35 */
	"File name too long", /* 36 */
	"No locks available", /* 37 */
	"Function not implemented", /* 38 */
	"Directory not empty", /* 39 */
	"Too many levels of symbolic links", /* 40 */
	"Unknown error 41", /* 41 */
	"No message of desired type", /* 42 */
	"Identifier removed", /* 43 */
	"Channel number out of range", /* 44 */
	"Level 2 not synchronized", /* 45 */
	"Level 3 halted", /* 46 */
	"Level 3 reset", /* 47 */
	"Link number out of range", /* 48 */
	"Protocol driver not attached", /* 49 */
	"No CSI structure available", /* 50 */
	"Level 2 halted", /* 51 */
	"Invalid exchange", /* 52 */
	"Invalid request descriptor", /* 53 */
	"Exchange full", /* 54 */
	"No anode", /* 55 */
	"Invalid request code", /* 56 */
	"Invalid slot", /* 57 */
	"Unknown error 58", /* 58 */
	"Bad font file format", /* 59 */
	"Device not a stream", /* 60 */
	"No data available", /* 61 */
	"Timer expired", /* 62 */
	"Out of streams resources", /* 63 */
	"Machine is not on the network", /* 64 */
	"Package not installed", /* 65 */
	"Object is remote", /* 66 */
	"Link has been severed", /* 67 */
	"Advertise error", /* 68 */
	"Srmount error", /* 69 */
	"Communication error on send", /* 70 */
	"Protocol error", /* 71 */
	"Multihop attempted", /* 72 */
	"RFS specific error", /* 73 */
	"Bad message", /* 74 */
	"Value too large for defined data type", /* 75 */
	"Name not unique on network", /* 76 */
	"File descriptor in bad state", /* 77 */
	"Remote address changed", /* 78 */
	"Can not access a needed shared library", /* 79 */
	"Accessing a corrupted shared library", /* 80 */
	".lib section in a.out corrupted", /* 81 */
	"Attempting to link in too many shared libraries", /* 82 */
	"Cannot exec a shared library directly", /* 83 */
	"Invalid or incomplete multibyte or wide character", /* 84 */
	"Interrupted system call should be restarted", /* 85 */
	"Streams pipe error", /* 86 */
	"Too many users", /* 87 */
	"Socket operation on non-socket", /* 88 */
	"Destination address required", /* 89 */
	"Message too long", /* 90 */
	"Protocol wrong type for socket", /* 91 */
	"Protocol not available", /* 92 */
	"Protocol not supported", /* 93 */
	"Socket type not supported", /* 94 */
	"Operation not supported", /* 95 */
	"Protocol family not supported", /* 96 */
	"Address family not supported by protocol", /* 97 */
	"Address already in use", /* 98 */
	"Cannot assign requested address", /* 99 */
	"Network is down", /* 100 */
	"Network is unreachable", /* 101 */
	"Network dropped connection on reset", /* 102 */
	"Software caused connection abort", /* 103 */
	"Connection reset by peer", /* 104 */
	"No buffer space available", /* 105 */
	"Transport endpoint is already connected", /* 106 */
	"Transport endpoint is not connected", /* 107 */
	"Cannot send after transport endpoint shutdown", /* 108 */
	"Too many references: cannot splice", /* 109 */
	"Connection timed out", /* 110 */
	"Connection refused", /* 111 */
	"Host is down", /* 112 */
	"No route to host", /* 113 */
	"Operation already in progress", /* 114 */
	"Operation now in progress", /* 115 */
	"Stale file handle", /* 116 */
	"Structure needs cleaning", /* 117 */
	"Not a XENIX named type file", /* 118 */
	"No XENIX semaphores available", /* 119 */
	"Is a named type file", /* 120 */
	"Remote I/O error", /* 121 */
	"Disk quota exceeded", /* 122 */
	"No medium found", /* 123 */
	"Wrong medium type", /* 124 */
	"Operation canceled", /* 125 */
	"Required key not available", /* 126 */
	"Key has expired", /* 127 */
	"Key has been revoked", /* 128 */
	"Key was rejected by service", /* 129 */
	"Owner died", /* 130 */
	"State not recoverable", /* 131 */
	"Operation not possible due to RF-kill", /* 132 */
	"Memory page has hardware error", /* 133 */
	"Unknown error 134", /* 134 */
};

int main(void)
{
	/* C17 7.5p3: zero at program startup */
	CHECK_EQ(errno, 0);

	/* the same, aligned, writable int every time */
	int *p = &errno;
	CHECK(p != NULL);
	CHECK_EQ((unsigned long)p % _Alignof(int), 0);
	CHECK(&errno == p);
	*p = 77;
	CHECK_EQ(errno, 77);
	errno = -3;
	CHECK_EQ(*p, -3);
	errno += 5;
	CHECK_EQ(errno, 2);

	/* a failing call sets it, through the same address */
	errno = 0;
	CHECK_EQ(close(-1), -1);
	CHECK_EQ(*p, EBADF);
	CHECK(&errno == p);

	/* successful calls leave it alone */
	errno = 12345;
	CHECK(getpid() > 0);
	CHECK_EQ(write(1, "", 0), 0);
	int fd = open("f", O_RDWR | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(write(fd, "xy", 2), 2);
	CHECK_EQ(lseek(fd, 0, SEEK_SET), 0);
	CHECK_EQ(dup2(fd, fd), fd);
	CHECK_EQ(fcntl(fd, F_GETFD), 0);
	CHECK_EQ(ftruncate(fd, 1), 0);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(access("f", F_OK), 0);
	CHECK_EQ(unlink("f"), 0);
	char cwd[4096];
	CHECK(getcwd(cwd, sizeof cwd) == cwd);
	void *m = malloc(100);
	CHECK(m != NULL);
	free(m);
	CHECK(strerror(ENOENT) != NULL);
	CHECK_EQ(strlen("abc"), 3);
	CHECK_EQ(errno, 12345);

	/* strerror texts, as glibc words them */
	CHECK(strcmp(strerror(0), "Success") == 0);
	CHECK(strcmp(strerror(ENOENT), "No such file or directory") == 0);
	CHECK(strcmp(strerror(EAGAIN), "Resource temporarily unavailable") == 0);
	CHECK(strcmp(strerror(EWOULDBLOCK), strerror(EAGAIN)) == 0);
	CHECK(strcmp(strerror(ENOTSUP), "Operation not supported") == 0);
	CHECK(strcmp(strerror(EDEADLOCK), "Resource deadlock avoided") == 0);
	for (int e = 0; e < (int)(sizeof texts / sizeof texts[0]); e++) {
		errno = 4321;
		const char *s = strerror(e);
		if (strcmp(s, texts[e]) != 0) {
			t_puts(2, "strerror(");
			t_putl(2, e);
			t_puts(2, ") = \"");
			t_puts(2, s);
			t_puts(2, "\", expected \"");
			t_puts(2, texts[e]);
			t_puts(2, "\"\n");
			CHECK(!"strerror text");
		}
		/* errno is left alone, known number or not (as glibc) */
		CHECK_EQ(errno, 4321);
	}
	/* unknown numbers */
	errno = 77;
	CHECK(strcmp(strerror(9999), "Unknown error 9999") == 0);
	CHECK_EQ(errno, 77);
	CHECK(strcmp(strerror(-1), "Unknown error -1") == 0);
	CHECK(strcmp(strerror(41), "Unknown error 41") == 0);
	CHECK(strcmp(strerror(134), "Unknown error 134") == 0);
	CHECK(strcmp(strerror(2147483647), "Unknown error 2147483647") == 0);
	CHECK(strcmp(strerror(-2147483647 - 1), "Unknown error -2147483648") == 0);
	return 0;
}
