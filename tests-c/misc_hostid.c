/* gethostid (glibc's answer: /etc/hostid, else the host name's IPv4
 * address with its halves swapped, else 0), sethostid refused to a user who cannot write /etc, wcswcs. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>
#include "check.h"

int main(void)
{
	long want = 0;
	int fd = open("/etc/hostid", O_RDONLY);
	int32_t id;
	if (fd >= 0 && read(fd, &id, 4) == 4) {
		want = id;
	} else {
		char name[256];
		CHECK(gethostname(name, sizeof name) == 0);
		struct hostent *h = gethostbyname(name);
		if (h && h->h_addrtype == AF_INET && h->h_addr_list[0]) {
			uint32_t a;
			memcpy(&a, h->h_addr_list[0], 4);
			want = (int32_t)(a << 16 | a >> 16);
		}
	}
	if (fd >= 0)
		close(fd);
	CHECK_EQ(gethostid(), want);
	CHECK_EQ(gethostid(), gethostid());

	pid_t p = fork();
	CHECK(p >= 0);
	if (p == 0) {
		if (geteuid() == 0 && setuid(65534) != 0)
			_exit(3);
		errno = 0;
		/* /etc is not ours to write: the open's error */
		_exit(sethostid(0x12345678) == -1 && (errno == EACCES || errno == EROFS) ? 0 : 4);
	}
	int st;
	CHECK(waitpid(p, &st, 0) == p && WIFEXITED(st));
	CHECK_EQ(WEXITSTATUS(st), 0);

	const wchar_t *h = L"a needle in a haystack";
	CHECK(wcswcs(h, L"needle") == h + 2);
	CHECK(wcswcs(h, L"pin") == NULL);
	CHECK(wcswcs(h, L"") == h);
	return 0;
}
