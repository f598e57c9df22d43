/* Where the scanf family follows the C standard and glibc does not (see
 * scanf_rows.h for the rows' form). C17 7.21.6.2p9: the input item is the
 * longest sequence, within the field width, that is or is a prefix of a
 * matching input sequence, and the character after it stays unread (at
 * most one is pushed back); p10: an input item that is not a matching
 * sequence is a matching failure, nothing is assigned. So "1e", "1e+",
 * "0x1p-", "0x", "." and "-" fail every %e %f %g %a (glibc converts the
 * valid prefix: bug 12701), "0x" fails %x %i %p, a %Nc that meets the end
 * of input after fewer than N characters fails (p12: exactly N), and the
 * character that ends an unfinished "infinity" or "nan(...)" is pushed
 * back, not consumed. musl behaves the same. The stream cases also run on
 * a seekable file and on stdin, checking ftell, feof and the next getc.
 *
 * The expectations were checked by hand against the standard's text. */
// GLIBC: differs (C17 7.21.6.2p9-10, glibc bug 12701)
#include "scanf_rows.h"

static const struct row common[] = {
R("-0x1f", "%3i", "i", 0, 0, "1f", "-", 0, 0, 0)
R("0xg", "%x", "i", 0, 0, "g", "-", 0, 0, 0)
R("0xg", "%i", "i", 0, 0, "g", "-", 0, 0, 0)
R("0x", "%x", "i", 0, 0, "", "-", 0, 0, 0)
R("0x", "%2x", "i", 0, 0, "", "-", 0, 0, 0)
R("0x1p3", "%2i", "i", 0, 0, "1p3", "-", 0, 0, 0)
R("0x", "%p", "p", 0, 0, "", "-", 0, 0, 0)
R("abc", "%5c", "s", 0, 0, "", "abc", 0, 0, 0)
R("1e", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("1e+x", "%lf", "d", 0, 0, "x", "-", 0, 0, 0)
R("1ex", "%lf", "d", 0, 0, "x", "-", 0, 0, 0)
R("0x.", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x.p", "%lf", "d", 0, 0, "p", "-", 0, 0, 0)
R("0x1p", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p+", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("nan(", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("nan(12)", "%lf", "d", 1, 0, "", "7ff800000000000c", 0, 0, 0)
R("1e-", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("ix", "%lf", "d", 0, 0, "x", "-", 0, 0, 0)
R("nax", "%lf", "d", 0, 0, "x", "-", 0, 0, 0)
R("infinitx", "%lf", "d", 0, 0, "x", "-", 0, 0, 0)
R("1e++5", "%lf", "d", 0, 0, "+5", "-", 0, 0, 0)
R("-0x.", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x.z", "%lf", "d", 0, 0, "z", "-", 0, 0, 0)
R("0.e", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("1e.5", "%lf", "d", 0, 0, ".5", "-", 0, 0, 0)
R("0x1P", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("1.5e3", "%4lf%lf", "dd", 0, 0, "3", "-", "-", 0, 0)
R("0x1p3", "%2lf%lf", "dd", 0, 0, "1p3", "-", "-", 0, 0)
R("0x1p3", "%4lf%lf", "dd", 0, 0, "3", "-", "-", 0, 0)
R("-0x1p3", "%3lf", "d", 0, 0, "1p3", "-", 0, 0, 0)
R("0x", "%2lf", "d", 0, 0, "", "-", 0, 0, 0)
R("-0x", "%3lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x.8", "%3lf", "d", 0, 0, "8", "-", 0, 0, 0)
R("infinity", "%3lf%lf", "dd", 1, 0, "ity", "7ff0000000000000", "-", 0, 0)
R("nan(1)", "%4lf", "d", 0, 0, "1)", "-", 0, 0, 0)
R("1e+5", "%3lf", "d", 0, 0, "5", "-", 0, 0, 0)
R("0xz", "%2lf", "d", 0, 0, "z", "-", 0, 0, 0)
R("0e5", "%2lf", "d", 0, 0, "5", "-", 0, 0, 0)
R("10e", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("10e", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("10e", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("10e", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("10e", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("10e", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("10e", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("10e", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("10e", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("10e", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("10e", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("10e", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("1e+", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("1e-x", "%lf", "d", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%le", "d", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%lg", "d", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%la", "d", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%f", "f", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%E", "f", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%G", "f", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%A", "f", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%Lf", "D", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%Le", "D", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%Lg", "D", 0, 0, "x", "-", 0, 0, 0)
R("1e-x", "%La", "D", 0, 0, "x", "-", 0, 0, 0)
R("0x1p", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("0x1p-", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("0X1P+", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("0x", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("0x", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("0x", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("0x", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("0x", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("0x", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("0x", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("0x", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("0x", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("0x", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("0x", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("0x", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R(".", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R(".", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R(".", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R(".", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R(".", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R(".", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R(".", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R(".", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R(".", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R(".", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R(".", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R(".", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("-.", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("-.", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("-.", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("-.", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("-.", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("-.", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("-.", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("-.", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("-.", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("-.", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("-.", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("-.", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("-", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("-", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("-", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("-", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("-", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("-", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("-", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("-", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("-", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("-", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("-", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("-", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("+", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("+", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("+", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("+", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("+", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("+", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("+", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("+", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("+", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("+", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("+", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("+", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("+.e", "%lf", "d", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%le", "d", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%lg", "d", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%la", "d", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%f", "f", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%E", "f", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%G", "f", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%A", "f", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%Lf", "D", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%Le", "D", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%Lg", "D", 0, 0, "e", "-", 0, 0, 0)
R("+.e", "%La", "D", 0, 0, "e", "-", 0, 0, 0)
R("infin", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("infin", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("infin", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("infin", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("infin", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("infin", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("infin", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("infin", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("infin", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("infin", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("infin", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("infin", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%lf", "d", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%le", "d", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%lg", "d", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%la", "d", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%f", "f", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%E", "f", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%G", "f", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%A", "f", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%Lf", "D", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%Le", "D", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%Lg", "D", 0, 0, "", "-", 0, 0, 0)
R("nan(1", "%La", "D", 0, 0, "", "-", 0, 0, 0)
R(" 0x12 0x34", "%5i%2i", "ii", 1, 0, "34", "18", "-", 0, 0)
R("0x12 0x", "%i%i", "ii", 1, 0, "", "18", "-", 0, 0)
R("0x", "%i", "i", 0, 0, "", "-", 0, 0, 0)
R("0x", "%2i", "i", 0, 0, "", "-", 0, 0, 0)
R("-0x", "%i", "i", 0, 0, "", "-", 0, 0, 0)
R("+0X", "%X", "i", 0, 0, "", "-", 0, 0, 0)
R("0X", "%X", "i", 0, 0, "", "-", 0, 0, 0)
R("0xx", "%x%n", "ii", 0, 0, "x", "-", "-", 0, 0)
R("0x", "%2p", "p", 0, 0, "", "-", 0, 0, 0)
R("0x 5", "%x %d", "ii", 0, 0, " 5", "-", "-", 0, 0)
R("0x", "%1x", "i", 1, 0, "x", "0", 0, 0, 0)
R("0x1", "%x", "i", 1, 0, "", "1", 0, 0, 0)
R("0x12 0x34", "%i%n", "ii", 1, 0, " 0x34", "18", "4", 0, 0)
R("hello, world\012", "%8c%8c", "ss", 1, 0, "", "hello, w", "orld\134x0a", 0, 0)
R("abc", "%3c%c", "ss", 1, 0, "", "abc", "-", 0, 0)
R("abc", "%4c", "s", 0, 0, "", "abc", 0, 0, 0)
R("ab", "%2c%n", "si", 1, 0, "", "ab", "2", 0, 0)
R("0x1p 12", "%lf%n %d", "dii", 0, 0, " 12", "-", "-", "-", 0)
R("1e+ 5", "%lf%n", "di", 0, 0, " 5", "-", "-", 0, 0)
R("10e", "%lf%n", "di", 0, 0, "", "-", "-", 0, 0)
R("10e5", "%lf%n", "di", 1, 0, "", "412e848000000000", "4", 0, 0)
R("0x1p3", "%lf%n", "di", 1, 0, "", "4020000000000000", "5", 0, 0)
R("0x.8", "%lf", "d", 1, 0, "", "3fe0000000000000", 0, 0, 0)
R("1e", "%LG", "D", 0, 0, "", "-", 0, 0, 0)
};

/* A seekable file holding `in`, opened for reading. */
static FILE *file_with(const char *in)
{
	FILE *f = fopen("scanf_standard.tmp", "w");
	CHECK(f != NULL);
	CHECK(fputs(in, f) >= 0);
	CHECK(fclose(f) == 0);
	f = fopen("scanf_standard.tmp", "r");
	CHECK(f != NULL);
	return f;
}

/* The stream is where the input item ended: ftell `pos`, not at EOF, the
 * next getc `next`. */
static void check_at(FILE *f, long pos, int next)
{
	CHECK_EQ(ftell(f), pos);
	CHECK(!feof(f));
	CHECK(!ferror(f));
	CHECK_EQ(fgetc(f), next);
}

static void streams(void)
{
	double u = -7;
	int x = -7, y = -7;
	char a[8], b[8];

	/* "0x1p" only begins a hexadecimal float: the 'p' is consumed, the
	 * space after it pushed back; %n is not reached. */
	FILE *f = file_with("0x1p 12");
	CHECK_EQ(fscanf(f, "%lf%n %d", &u, &x, &y), 0);
	CHECK(u == -7);
	CHECK_EQ(x, -7);
	CHECK_EQ(y, -7);
	check_at(f, 4, ' ');
	CHECK_EQ(fscanf(f, "%d", &y), 1); /* the rest is still there */
	CHECK_EQ(y, 12);
	fclose(f);

	/* "0x" only begins a hexadecimal integer; the second 'x' stays. */
	f = file_with("0xx");
	x = y = -7;
	CHECK_EQ(fscanf(f, "%x%n", (unsigned *)&x, &y), 0);
	CHECK_EQ(x, -7);
	CHECK_EQ(y, -7);
	check_at(f, 2, 'x');
	fclose(f);

	/* "10e" then EOF: a matching failure (0), not an input failure. */
	f = file_with("10e");
	CHECK_EQ(fscanf(f, "%lf%n", &u, &x), 0);
	CHECK(u == -7);
	CHECK_EQ(x, -7);
	CHECK_EQ(ftell(f), 3);
	CHECK(feof(f));
	fclose(f);

	/* %5i%2i: the second field's input item is "0x". */
	f = file_with(" 0x12 0x34");
	CHECK_EQ(fscanf(f, "%5i%2i", &x, &y), 1);
	CHECK_EQ(x, 0x12);
	CHECK_EQ(y, -7);
	check_at(f, 8, '3');
	fclose(f);

	/* %8c%8c over 13 characters: the second field fails at EOF and is
	 * not counted (its array holds what was read). */
	f = file_with("hello, world\n");
	memset(a, 0x7f, sizeof a);
	memset(b, 0x7f, sizeof b);
	CHECK_EQ(fscanf(f, "%8c%8c", a, b), 1);
	CHECK(memcmp(a, "hello, w", 8) == 0);
	CHECK(memcmp(b, "orld\n", 5) == 0);
	CHECK(feof(f));
	fclose(f);
	CHECK_EQ(sscanf("hello, world\n", "%8c%8c", a, b), 1);
	CHECK_EQ(sscanf("abc", "%8c", a), 0);
	CHECK_EQ(sscanf("", "%8c", a), EOF);

	/* sscanf: the same fields, the same counts. */
	u = -7;
	x = y = -7;
	CHECK_EQ(sscanf("0x1p 12", "%lf%n %d", &u, &x, &y), 0);
	CHECK(u == -7);
	CHECK_EQ(x + y, -14);
	CHECK_EQ(sscanf("0xx", "%x%n", (unsigned *)&x, &y), 0);
	CHECK_EQ(x + y, -14);
	CHECK_EQ(sscanf(" 0x12 0x34", "%5i%2i", &x, &y), 1);
	CHECK_EQ(x, 0x12);
	CHECK_EQ(y, -7);
	CHECK_EQ(sscanf("10e", "%lf", &u), 0);
	CHECK_EQ(sscanf("10e5", "%lf%n", &u, &y), 1);
	CHECK(u == 10e5);
	CHECK_EQ(y, 4);

	/* stdin (a file on fd 0): as for any stream. */
	f = file_with("1e+x 0x");
	CHECK(dup2(fileno(f), 0) == 0);
	fclose(f);
	u = -7;
	CHECK_EQ(scanf("%lf", &u), 0);
	CHECK(u == -7);
	check_at(stdin, 3, 'x');
	x = -7;
	CHECK_EQ(scanf("%x", (unsigned *)&x), 0);
	CHECK_EQ(x, -7);
	CHECK_EQ(ftell(stdin), 7);
	CHECK(feof(stdin));
	CHECK_EQ(scanf("%x", (unsigned *)&x), EOF);
}

int main(void)
{
	TABLE(common);
#ifndef SCANF_GEN
	streams();
	CHECK_EQ(bad, 0);
#endif
	return 0;
}
