/* <netinet/ether.h> and the Ethernet, ARP and packet-socket headers:
 * ether_aton/ether_aton_r/ether_ntoa/ether_ntoa_r (glibc's text: lowercase
 * hex without leading zeros; glibc's acceptance of one or two digits a
 * part, what may follow the last one), ether_line on /etc/ethers lines,
 * ether_hostton/ether_ntohost (not found without an /etc/ethers; found,
 * in a forked child with a private mount namespace in which /etc is an
 * overlay of itself plus an ethers file, when the kernel allows that);
 * the layouts of ether_addr, ether_header, ethhdr, arphdr, ether_arp,
 * arpreq, sockaddr_ll, packet_mreq and the constants. */
#define _GNU_SOURCE
#include "check.h"
#include <errno.h>
#include <fcntl.h>
#include <net/ethernet.h>
#include <net/if_arp.h>
#include <netinet/ether.h>
#include <netinet/if_ether.h>
#include <netpacket/packet.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

_Static_assert(sizeof(struct ether_addr) == 6, "ether_addr");
_Static_assert(sizeof(struct ether_header) == 14 && offsetof(struct ether_header, ether_type) == 12, "ether_header");
_Static_assert(sizeof(struct ethhdr) == 14 && offsetof(struct ethhdr, h_proto) == 12, "ethhdr");
_Static_assert(sizeof(struct arphdr) == 8 && offsetof(struct arphdr, ar_op) == 6, "arphdr");
_Static_assert(offsetof(struct arphdr, ar_hln) == 4 && offsetof(struct arphdr, ar_pln) == 5, "ar_hln");
_Static_assert(sizeof(struct ether_arp) == 28 && offsetof(struct ether_arp, arp_tpa) == 24, "ether_arp");
_Static_assert(offsetof(struct ether_arp, arp_sha) == 8 && offsetof(struct ether_arp, arp_tha) == 18, "arp_sha");
_Static_assert(sizeof(struct arpreq) == 68 && offsetof(struct arpreq, arp_flags) == 32, "arpreq");
_Static_assert(offsetof(struct arpreq, arp_netmask) == 36 && offsetof(struct arpreq, arp_dev) == 52, "arp_dev");
_Static_assert(sizeof(struct sockaddr_ll) == 20 && offsetof(struct sockaddr_ll, sll_ifindex) == 4, "sockaddr_ll");
_Static_assert(offsetof(struct sockaddr_ll, sll_hatype) == 8 && offsetof(struct sockaddr_ll, sll_pkttype) == 10, "sll_hatype");
_Static_assert(offsetof(struct sockaddr_ll, sll_halen) == 11 && offsetof(struct sockaddr_ll, sll_addr) == 12, "sll_addr");
_Static_assert(sizeof(struct packet_mreq) == 16 && offsetof(struct packet_mreq, mr_address) == 8, "packet_mreq");

static const char *ntoa(const char *s)
{
	struct ether_addr a;
	struct ether_addr *r = ether_aton_r(s, &a);
	if (!r)
		return NULL;
	CHECK(r == &a);
	static char buf[18];
	CHECK(ether_ntoa_r(&a, buf) == buf);
	return buf;
}

#define OK(in, out) CHECK(ntoa(in) != NULL && strcmp(ntoa(in), out) == 0)
#define BAD(in) CHECK(ntoa(in) == NULL)

static int line(const char *l, const char *addr, const char *host)
{
	struct ether_addr a;
	char h[1024];
	if (ether_line(l, &a, h) != 0)
		return addr == NULL;
	return addr && strcmp(ether_ntoa(&a), addr) == 0 && strcmp(h, host) == 0;
}

static const char ETHERS[] = "aa:bb:cc:0:1:2 alpha\n"
			     "# a comment\n"
			     "0:1:2:3:4:5\tbeta # trailing\n"
			     "not an entry\n"
			     "01:02:03:04:05:06 gamma\n";

/* The lookups against a private /etc: the child's exit status. */
static int lookups(void)
{
	if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) {
		t_puts(2, "net_ether: no private mount namespace here; /etc/ethers lookups not run\n");
		return 0;
	}
	char dir[] = "/tmp/net_ether.XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char up[64], work[64], file[80], opts[256];
	int ok = mount("tmpfs", dir, "tmpfs", 0, NULL) == 0;
	snprintf(up, sizeof up, "%s/u", dir);
	snprintf(work, sizeof work, "%s/w", dir);
	snprintf(file, sizeof file, "%s/u/ethers", dir);
	snprintf(opts, sizeof opts, "lowerdir=/etc,upperdir=%s,workdir=%s", up, work);
	if (ok && access("/etc/ethers", F_OK) == 0) {
		/* Bind a file over the real one. */
		CHECK_EQ(mkdir(up, 0755), 0);
		int fd = open(file, O_WRONLY | O_CREAT, 0644);
		CHECK(fd >= 0);
		CHECK_EQ(write(fd, ETHERS, sizeof ETHERS - 1), (long)(sizeof ETHERS - 1));
		close(fd);
		ok = mount(file, "/etc/ethers", NULL, MS_BIND, NULL) == 0;
	} else if (ok) {
		/* /etc as itself plus an ethers file (nothing else changes). */
		CHECK_EQ(mkdir(up, 0755), 0);
		CHECK_EQ(mkdir(work, 0755), 0);
		int fd = open(file, O_WRONLY | O_CREAT, 0644);
		CHECK(fd >= 0);
		CHECK_EQ(write(fd, ETHERS, sizeof ETHERS - 1), (long)(sizeof ETHERS - 1));
		close(fd);
		ok = mount("overlay", "/etc", "overlay", 0, opts) == 0;
	}
	if (!ok) {
		t_puts(2, "net_ether: cannot place an /etc/ethers here; lookups not run\n");
		umount2(dir, MNT_DETACH);
		rmdir(dir);
		return 0;
	}
	CHECK(access("/etc/passwd", F_OK) == 0);
	struct ether_addr a;
	char h[256];
	CHECK_EQ(ether_hostton("alpha", &a), 0);
	CHECK(strcmp(ether_ntoa(&a), "aa:bb:cc:0:1:2") == 0);
	CHECK_EQ(ether_hostton("beta", &a), 0);
	CHECK(strcmp(ether_ntoa(&a), "0:1:2:3:4:5") == 0);
	CHECK_EQ(ether_hostton("gamma", &a), 0);
	CHECK(strcmp(ether_ntoa(&a), "1:2:3:4:5:6") == 0);
	CHECK_EQ(ether_hostton("BeTa", &a), 0); /* names compared without case */
	CHECK(strcmp(ether_ntoa(&a), "0:1:2:3:4:5") == 0);
	CHECK(ether_hostton("delta", &a) != 0);
	CHECK(ether_hostton("alph", &a) != 0);
	CHECK_EQ(ether_ntohost(h, ether_aton("1:2:3:4:5:6")), 0);
	CHECK(strcmp(h, "gamma") == 0);
	CHECK_EQ(ether_ntohost(h, ether_aton("0:1:2:3:4:5")), 0);
	CHECK(strcmp(h, "beta") == 0);
	CHECK(ether_ntohost(h, ether_aton("0:1:2:3:4:6")) != 0);
	umount2("/etc", MNT_DETACH);
	umount2(dir, MNT_DETACH);
	rmdir(dir);
	return 0;
}

int main(void)
{
	CHECK_EQ(ETH_ALEN, 6);
	CHECK_EQ(ETH_HLEN, 14);
	CHECK_EQ(ETH_ZLEN, 60);
	CHECK_EQ(ETH_DATA_LEN, 1500);
	CHECK_EQ(ETH_FRAME_LEN, 1514);
	CHECK_EQ(ETH_P_IP, 0x0800);
	CHECK_EQ(ETH_P_ARP, 0x0806);
	CHECK_EQ(ETH_P_IPV6, 0x86dd);
	CHECK_EQ(ETH_P_ALL, 3);
	CHECK_EQ(ETHERTYPE_IP, ETH_P_IP);
	CHECK_EQ(ETHERTYPE_ARP, 0x0806);
	CHECK_EQ(ETHERTYPE_VLAN, 0x8100);
	CHECK_EQ(ETHERTYPE_IPV6, 0x86dd);
	CHECK_EQ(ETHER_ADDR_LEN, 6);
	CHECK_EQ(ETHER_HDR_LEN, 14);
	CHECK_EQ(ETHER_MIN_LEN, 64);
	CHECK_EQ(ETHER_MAX_LEN, 1518);
	CHECK_EQ(ETHERMTU, 1500);
	CHECK_EQ(ETHERMIN, 46);
	CHECK(ETHER_IS_VALID_LEN(64) && ETHER_IS_VALID_LEN(1518) && !ETHER_IS_VALID_LEN(63) && !ETHER_IS_VALID_LEN(1519));
	CHECK_EQ(ARPHRD_ETHER, 1);
	CHECK_EQ(ARPHRD_LOOPBACK, 772);
	CHECK_EQ(ARPHRD_IEEE80211, 801);
	CHECK_EQ(ARPHRD_NONE, 0xfffe);
	CHECK_EQ(ARPHRD_VOID, 0xffff);
	CHECK_EQ(ARPOP_REQUEST, 1);
	CHECK_EQ(ARPOP_REPLY, 2);
	CHECK_EQ(ARPOP_NAK, 10);
	CHECK_EQ(ATF_COM, 2);
	CHECK_EQ(ATF_DONTPUB, 0x40);
	CHECK_EQ(PACKET_HOST, 0);
	CHECK_EQ(PACKET_OUTGOING, 4);
	CHECK_EQ(PACKET_FASTROUTE, 6);
	CHECK_EQ(PACKET_ADD_MEMBERSHIP, 1);
	CHECK_EQ(PACKET_FANOUT, 18);
	CHECK_EQ(PACKET_IGNORE_OUTGOING, 23);
	CHECK_EQ(PACKET_MR_PROMISC, 1);
	CHECK_EQ(PACKET_MR_UNICAST, 3);
	struct ether_arp ea;
	memset(&ea, 0, sizeof ea);
	ea.arp_op = htons(ARPOP_REPLY);
	CHECK_EQ(ea.ea_hdr.ar_op, htons(ARPOP_REPLY));
	unsigned char group[4] = {224, 129, 2, 3}, en[6];
	ETHER_MAP_IP_MULTICAST(group, en);
	CHECK(en[0] == 1 && en[1] == 0 && en[2] == 0x5e && en[3] == 1 && en[4] == 2 && en[5] == 3);

	/* Text, as glibc reads and writes it. */
	OK("0:1:2:a:b:c", "0:1:2:a:b:c");
	OK("00:01:02:0A:0B:0C", "0:1:2:a:b:c");
	OK("AB:CD:EF:12:34:56", "ab:cd:ef:12:34:56");
	OK("ff:ff:ff:ff:ff:ff", "ff:ff:ff:ff:ff:ff");
	OK("0:0:0:0:0:0", "0:0:0:0:0:0");
	OK("a:b:c:d:e:f ", "a:b:c:d:e:f");
	OK("a:b:c:d:e:f x", "a:b:c:d:e:f");
	OK("a:b:c:d:e:f\t", "a:b:c:d:e:f");
	OK("a:b:c:d:e:f\n", "a:b:c:d:e:f");
	OK("1:2:3:4:5:6\r", "1:2:3:4:5:6");
	OK("1:2:3:4:5:6\v", "1:2:3:4:5:6");
	OK("1:2:3:4:5:6 7", "1:2:3:4:5:6");
	OK("1:2:3:4:5:abc", "1:2:3:4:5:ab"); /* after two digits, nothing checked */
	BAD("1:2:3:4:5:6:7");
	BAD("1:2:3:4:5");
	BAD("1:2:3:4:5:");
	BAD("001:2:3:4:5:6");
	BAD("a:b:c:d:e:fx");
	BAD(" a:b:c:d:e:f");
	BAD("a-b-c-d-e-f");
	BAD("a:b:c:d:e:f:");
	BAD("g:0:0:0:0:0");
	BAD(":1:2:3:4:5");
	BAD("1::2:3:4:5");
	BAD("1:2:3:4:5:6#");
	BAD("1:2:3:4:5:6,");
	BAD("1x:2:3:4:5:6");
	BAD("1: 2:3:4:5:6");
	BAD("1 :2:3:4:5:6");
	BAD("");
	struct ether_addr *p1 = ether_aton("1:2:3:4:5:6");
	CHECK(p1 != NULL);
	CHECK(p1->ether_addr_octet[0] == 1 && p1->ether_addr_octet[5] == 6);
	CHECK(ether_aton("6:5:4:3:2:1") == p1); /* one static result */
	CHECK(ether_aton("nonsense") == NULL);
	struct ether_addr x = {{0, 0x10, 0xab, 0, 0xff, 1}};
	char *t = ether_ntoa(&x);
	CHECK(strcmp(t, "0:10:ab:0:ff:1") == 0);
	x.ether_addr_octet[0] = 0xfe;
	CHECK(ether_ntoa(&x) == t && strcmp(t, "fe:10:ab:0:ff:1") == 0);

	/* ether_line. */
	CHECK(line("0:1:2:3:4:5 host", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5 host # comment", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5\thost\n", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5   host  ", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5 host#c", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5 host extra", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5\rhost", "0:1:2:3:4:5", "host"));
	CHECK(line("0:1:2:3:4:5 host\r", "0:1:2:3:4:5", "host"));
	CHECK(line("00:01:02:03:04:05 h", "0:1:2:3:4:5", "h"));
	CHECK(line("0:1:2:3:4:ab host", "0:1:2:3:4:ab", "host"));
	CHECK(line("0:1:2:3:4:5ahost", "0:1:2:3:4:5a", "ost")); /* one character passed over */
	CHECK(line("# comment", NULL, NULL));
	CHECK(line("0:1:2:3:4:5", NULL, NULL));
	CHECK(line("0:1:2:3:4:5 ", NULL, NULL));
	CHECK(line("0:1:2:3:4:5 \n", NULL, NULL));
	CHECK(line("  0:1:2:3:4:5 host", NULL, NULL));
	CHECK(line("0:1:2:3:4:5host", NULL, NULL));
	CHECK(line("zz host", NULL, NULL));
	CHECK(line("0:1:2:3:4:5 #c", NULL, NULL));
	CHECK(line("0:1:2:3:4:5#x", NULL, NULL));
	CHECK(line("0:1:2:3:4:5,host", NULL, NULL));
	CHECK(line("0:1:2:3:4:5:6 host", NULL, NULL));
	CHECK(line("0:1:2:3:4 host", NULL, NULL));
	CHECK(line("", NULL, NULL));

	/* The database: nothing found when there is no /etc/ethers. */
	struct ether_addr a;
	char h[256];
	if (access("/etc/ethers", F_OK) != 0) {
		CHECK(ether_hostton("no-such-host", &a) != 0);
		CHECK(ether_ntohost(h, ether_aton("1:2:3:4:5:6")) != 0);
	}
	fflush(stdout);
	pid_t pid = fork();
	CHECK(pid >= 0);
	if (pid == 0)
		_exit(lookups());
	int st;
	CHECK_EQ(waitpid(pid, &st, 0), pid);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	return 0;
}
