/* libintl.h without catalogues: lookups return the message given, the
 * plural rule of the C locale, and text domains and bindings reported
 * back as set (glibc's defaults: "messages", "/usr/share/locale"). */
// STDOUT: ok\n
#include "check.h"
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	const char *m = "hello";
	CHECK(gettext(m) == m);
	CHECK(dgettext("x", m) == m);
	CHECK(dcgettext("x", m, LC_MESSAGES) == m);
	CHECK(strcmp(ngettext("one", "many", 1), "one") == 0);
	CHECK(strcmp(ngettext("one", "many", 0), "many") == 0);
	CHECK(strcmp(dngettext("d", "a", "b", 3), "b") == 0);
	CHECK(strcmp(dcngettext("d", "a", "b", 1, LC_MESSAGES), "a") == 0);
	CHECK(strcmp(textdomain(NULL), "messages") == 0);
	char name[] = "foo";
	CHECK(strcmp(textdomain(name), "foo") == 0);
	name[0] = 'g'; /* textdomain kept a copy */
	CHECK(strcmp(textdomain(NULL), "foo") == 0);
	CHECK(strcmp(textdomain(""), "messages") == 0);
	CHECK(strcmp(bindtextdomain("foo", NULL), "/usr/share/locale") == 0);
	CHECK(strcmp(bindtextdomain("foo", "/x"), "/x") == 0);
	CHECK(strcmp(bindtextdomain("foo", NULL), "/x") == 0);
	CHECK(strcmp(bindtextdomain("foo", "/y/z"), "/y/z") == 0);
	CHECK(strcmp(bindtextdomain("bar", NULL), "/usr/share/locale") == 0);
	CHECK(bindtextdomain(NULL, "/y") == NULL);
	CHECK(bindtextdomain("", "/y") == NULL);
	CHECK(bind_textdomain_codeset("foo", NULL) == NULL);
	CHECK(strcmp(bind_textdomain_codeset("foo", "UTF-8"), "UTF-8") == 0);
	CHECK(strcmp(bind_textdomain_codeset("foo", NULL), "UTF-8") == 0);
	CHECK(strcmp(bindtextdomain("foo", NULL), "/y/z") == 0);
	CHECK(bind_textdomain_codeset("baz", NULL) == NULL);
	puts("ok");
	return 0;
}
