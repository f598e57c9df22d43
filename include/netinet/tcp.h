/* <netinet/tcp.h>: TCP socket options (POSIX.1-2024 has TCP_NODELAY and
 * the keep-alive ones; the rest are Linux's). */
#ifndef _NETINET_TCP_H
#define _NETINET_TCP_H 1
#include <features.h>

#define TCP_NODELAY 1
#define TCP_REPAIR_OFF_NO_WP (-1)
#define TCP_REPAIR_OFF 0
#define TCP_COOKIE_IN_ALWAYS 1
#define TCP_MD5SIG_FLAG_PREFIX 1
#define TCP_REPAIR_ON 1
#define TCP_COOKIE_OUT_NEVER 2
#define TCP_MAXSEG 2
#define TCP_CORK 3
#define TCP_KEEPIDLE 4
#define TCP_S_DATA_IN 4
#define TCP_KEEPINTVL 5
#define TCP_KEEPCNT 6
#define TCP_SYNCNT 7
#define TCP_COOKIE_MIN 8
#define TCP_LINGER2 8
#define TCP_S_DATA_OUT 8
#define TCP_DEFER_ACCEPT 9
#define TCP_WINDOW_CLAMP 10
#define TCP_INFO 11
#define TCP_QUICKACK 12
#define TCP_CONGESTION 13
#define TCP_MAX_WINSHIFT 14
#define TCP_MD5SIG 14
#define TCP_COOKIE_TRANSACTIONS 15
#define TCP_COOKIE_MAX 16
#define TCP_THIN_LINEAR_TIMEOUTS 16
#define TCP_THIN_DUPACK 17
#define TCP_USER_TIMEOUT 18
#define TCP_REPAIR 19
#define TCP_REPAIR_QUEUE 20
#define TCP_QUEUE_SEQ 21
#define TCP_REPAIR_OPTIONS 22
#define TCP_FASTOPEN 23
#define TCP_TIMESTAMP 24
#define TCP_NOTSENT_LOWAT 25
#define TCP_CC_INFO 26
#define TCP_SAVE_SYN 27
#define TCP_SAVED_SYN 28
#define TCP_REPAIR_WINDOW 29
#define TCP_FASTOPEN_CONNECT 30
#define TCP_ULP 31
#define TCP_COOKIE_PAIR_SIZE 32
#define TCP_MD5SIG_EXT 32
#define TCP_FASTOPEN_KEY 33
#define TCP_FASTOPEN_NO_COOKIE 34
#define TCP_ZEROCOPY_RECEIVE 35
#define TCP_CM_INQ 36
#define TCP_INQ 36
#define TCP_TX_DELAY 37
#define TCP_MD5SIG_MAXKEYLEN 80
#define TCP_MSS 512
#define TCP_MSS_DEFAULT 536
#define TCP_MSS_DESIRED 1220
#define TCP_MAXWIN 65535
#ifdef __FERRO_USE_DEFAULT
# define SOL_TCP 6

/* Connection states, congestion-avoidance states and the queues of
 * TCP_REPAIR_QUEUE (enumerations, as in glibc). */
enum {
	TCP_ESTABLISHED = 1,
	TCP_SYN_SENT = 2,
	TCP_SYN_RECV = 3,
	TCP_FIN_WAIT1 = 4,
	TCP_FIN_WAIT2 = 5,
	TCP_TIME_WAIT = 6,
	TCP_CLOSE = 7,
	TCP_CLOSE_WAIT = 8,
	TCP_LAST_ACK = 9,
	TCP_LISTEN = 10,
	TCP_CLOSING = 11
};
enum {
	TCP_CA_Open = 0,
	TCP_CA_Disorder = 1,
	TCP_CA_CWR = 2,
	TCP_CA_Recovery = 3,
	TCP_CA_Loss = 4
};
enum {
	TCP_NO_QUEUE = 0,
	TCP_RECV_QUEUE = 1,
	TCP_SEND_QUEUE = 2,
	TCP_QUEUES_NR = 3
};

/* TCP header options. */
#define TCPOPT_EOL 0
#define TCPOPT_NOP 1
#define TCPOPT_MAXSEG 2
#define TCPOLEN_MAXSEG 4
#define TCPOPT_WINDOW 3
#define TCPOLEN_WINDOW 3
#define TCPOPT_SACK_PERMITTED 4
#define TCPOLEN_SACK_PERMITTED 2
#define TCPOPT_SACK 5
#define TCPOPT_TIMESTAMP 8
#define TCPOLEN_TIMESTAMP 10
#define TCPOLEN_TSTAMP_APPA (TCPOLEN_TIMESTAMP + 2)
#define TCPOPT_TSTAMP_HDR \
	(TCPOPT_NOP << 24 | TCPOPT_NOP << 16 | TCPOPT_TIMESTAMP << 8 | TCPOLEN_TIMESTAMP)
#endif
#endif
