/* <sys/sysinfo.h>: system statistics. */
#ifndef _SYS_SYSINFO_H
#define _SYS_SYSINFO_H 1
#include <features.h>

#define SI_LOAD_SHIFT 16

/* The kernel's structure: 112 bytes with 64-bit longs, 64 with 32-bit. */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
#if __SIZEOF_LONG__ == 4
	char _f[8];
#endif
};

__FERRO_BEGIN_DECLS
int sysinfo(struct sysinfo *);
int get_nprocs_conf(void);
int get_nprocs(void);
long get_phys_pages(void);
long get_avphys_pages(void);
__FERRO_END_DECLS
#endif
