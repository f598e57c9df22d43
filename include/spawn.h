#ifndef _SPAWN_H
#define _SPAWN_H
#include <features.h>
#include <bits/alltypes.h>
#include <bits/sigset.h>
#ifndef __FERRO_DEFINED_sigset_t
#define __FERRO_DEFINED_sigset_t
typedef __sigset_t sigset_t;
#endif
#include <bits/sched_param.h>

/* glibc's layouts (and sizes), so objects compiled against either agree. */
typedef struct {
	short __flags;
	pid_t __pgrp;
	sigset_t __sd;
	sigset_t __ss;
	struct sched_param __sp;
	int __policy;
	int __pad[16];
} posix_spawnattr_t;

struct __spawn_action;
typedef struct {
	int __allocated;
	int __used;
	struct __spawn_action *__actions;
	int __pad[16];
} posix_spawn_file_actions_t;

#define POSIX_SPAWN_RESETIDS 0x01
#define POSIX_SPAWN_SETPGROUP 0x02
#define POSIX_SPAWN_SETSIGDEF 0x04
#define POSIX_SPAWN_SETSIGMASK 0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER 0x20
#ifdef __FERRO_USE_GNU
#define POSIX_SPAWN_USEVFORK 0x40
#endif
#define POSIX_SPAWN_SETSID 0x80

__FERRO_BEGIN_DECLS
int posix_spawn(pid_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
		const posix_spawn_file_actions_t *,
		const posix_spawnattr_t *__FERRO_RESTRICT,
		char *const[], char *const[]);
int posix_spawnp(pid_t *__FERRO_RESTRICT, const char *__FERRO_RESTRICT,
		 const posix_spawn_file_actions_t *,
		 const posix_spawnattr_t *__FERRO_RESTRICT,
		 char *const[], char *const[]);

int posix_spawnattr_init(posix_spawnattr_t *);
int posix_spawnattr_destroy(posix_spawnattr_t *);
int posix_spawnattr_getflags(const posix_spawnattr_t *__FERRO_RESTRICT, short *__FERRO_RESTRICT);
int posix_spawnattr_setflags(posix_spawnattr_t *, short);
int posix_spawnattr_getpgroup(const posix_spawnattr_t *__FERRO_RESTRICT, pid_t *__FERRO_RESTRICT);
int posix_spawnattr_setpgroup(posix_spawnattr_t *, pid_t);
int posix_spawnattr_getsigmask(const posix_spawnattr_t *__FERRO_RESTRICT, sigset_t *__FERRO_RESTRICT);
int posix_spawnattr_setsigmask(posix_spawnattr_t *__FERRO_RESTRICT, const sigset_t *__FERRO_RESTRICT);
int posix_spawnattr_getsigdefault(const posix_spawnattr_t *__FERRO_RESTRICT, sigset_t *__FERRO_RESTRICT);
int posix_spawnattr_setsigdefault(posix_spawnattr_t *__FERRO_RESTRICT, const sigset_t *__FERRO_RESTRICT);
int posix_spawnattr_getschedpolicy(const posix_spawnattr_t *__FERRO_RESTRICT, int *__FERRO_RESTRICT);
int posix_spawnattr_setschedpolicy(posix_spawnattr_t *, int);
int posix_spawnattr_getschedparam(const posix_spawnattr_t *__FERRO_RESTRICT,
				  struct sched_param *__FERRO_RESTRICT);
int posix_spawnattr_setschedparam(posix_spawnattr_t *__FERRO_RESTRICT,
				  const struct sched_param *__FERRO_RESTRICT);

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *);
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *);
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *__FERRO_RESTRICT, int,
				     const char *__FERRO_RESTRICT, int, mode_t);
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *, int);
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *, int, int);
#ifdef __FERRO_USE_GNU
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__FERRO_RESTRICT,
					 const char *__FERRO_RESTRICT);
int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *, int);
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *, int);
#endif
__FERRO_END_DECLS
#endif
