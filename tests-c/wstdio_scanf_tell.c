/* ftell on a wide stream after fwscanf stopped at a character it gave
 * back: the position is that character's first byte (C17 7.29.2.2p9,
 * the character is left unread), for 1- to 4-byte UTF-8 characters. */
// STDOUT: ok\n
#include "check.h"
#include <locale.h>
#include <stdio.h>
#include <unistd.h>
#include <wchar.h>

int main(void)
{
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	FILE *f = tmpfile();
	CHECK(f != NULL);
	static const char text[] = "12\xe2\x82\xac" "ab 345\xf0\x9f\x98\x80\n";
	CHECK_EQ(write(fileno(f), text, sizeof text - 1), (ssize_t)sizeof text - 1);
	rewind(f);
	int x = 0;
	CHECK_EQ(fwscanf(f, L"%d", &x), 1);
	CHECK_EQ(x, 12);
	CHECK_EQ(ftell(f), 2);
	CHECK_EQ(fgetwc(f), 0x20ac);
	CHECK_EQ(ftell(f), 5);
	rewind(f);
	CHECK(fwide(f, 0) > 0);
	wchar_t w[16];
	CHECK_EQ(fseek(f, 2, SEEK_SET), 0);
	CHECK_EQ(fwscanf(f, L"%ls", w), 1);
	CHECK(wcscmp(w, L"\u20acab") == 0);
	CHECK_EQ(ftell(f), 7);
	CHECK_EQ(fwscanf(f, L"%d", &x), 1);
	CHECK_EQ(x, 345);
	CHECK_EQ(ftell(f), 11);
	CHECK_EQ(fgetwc(f), 0x1f600);
	CHECK_EQ(ftell(f), 15);
	CHECK_EQ(fclose(f), 0);
	puts("ok");
	return 0;
}
