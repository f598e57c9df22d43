#ifndef _BITS_WINSIZE_H
#define _BITS_WINSIZE_H
/* The window size of a terminal (TIOCGWINSZ, tcgetwinsize). */
struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};
#endif
