/* Writes this process's vDSO image to stdout (for the parser's tests). */
#include <fcntl.h>
#include <sys/auxv.h>
#include <unistd.h>

static unsigned long hex(const char **p)
{
	unsigned long v = 0;
	for (;; (*p)++) {
		char c = **p;
		if (c >= '0' && c <= '9')
			v = v * 16 + (c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (c - 'a' + 10);
		else
			return v;
	}
}

int main(void)
{
	static char maps[65536];
	int fd = open("/proc/self/maps", O_RDONLY);
	long n = 0, r;
	while (fd >= 0 && (r = read(fd, maps + n, sizeof maps - 1 - n)) > 0)
		n += r;
	maps[n] = 0;
	unsigned long base = getauxval(AT_SYSINFO_EHDR);
	for (const char *l = maps; *l;) {
		const char *p = l;
		unsigned long lo = hex(&p);
		p++;
		unsigned long hi = hex(&p);
		if (lo == base && base) {
			const char *s = (const char *)lo;
			for (unsigned long off = 0; off < hi - lo;) {
				long w = write(1, s + off, hi - lo - off);
				if (w <= 0)
					return 1;
				off += w;
			}
			return 0;
		}
		while (*l && *l != '\n')
			l++;
		if (*l)
			l++;
	}
	return 2;
}
