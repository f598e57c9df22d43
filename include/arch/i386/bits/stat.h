#ifndef _BITS_STAT_H
#define _BITS_STAT_H
/* i386: the kernel's stat64 layout (off_t and ino_t are 64-bit) with the
 * three times widened to the 64-bit struct timespec (y2038). */
struct stat {
	dev_t st_dev;
	unsigned int __pad1;
	unsigned int __st_ino;
	mode_t st_mode;
	nlink_t st_nlink;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	unsigned int __pad2;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	ino_t st_ino;
};
#endif
