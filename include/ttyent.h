#ifndef _TTYENT_H
#define _TTYENT_H
/* BSD <ttyent.h>: the terminal table /etc/ttys (GNU: glibc has it). */
#include <features.h>
#define _PATH_TTYS "/etc/ttys"
#define _TTYS_OFF "off"
#define _TTYS_ON "on"
#define _TTYS_SECURE "secure"
#define _TTYS_WINDOW "window"
__FERRO_BEGIN_DECLS
struct ttyent {
	char *ty_name;
	char *ty_getty;
	char *ty_type;
#define TTY_ON 0x01
#define TTY_SECURE 0x02
	int ty_status;
	char *ty_window;
	char *ty_comment;
};
struct ttyent *getttyent(void);
struct ttyent *getttynam(const char *);
int setttyent(void);
int endttyent(void);
__FERRO_END_DECLS
#endif
