/* The long double functions of <math.h>: stable Rust cannot pass or
 * return a long double (x87 extended on x86, binary128 on aarch64 and
 * riscv64), so each shim copies the argument bytes into 16-byte buffers,
 * calls the Rust core (math/ldouble.rs, `__ferro_ld_*`), and returns the
 * result buffer as a long double. No arithmetic happens here. */
typedef unsigned char B[16];

void __ferro_ld_fabsl(const B, B);
void __ferro_ld_copysignl(const B, const B, B);
void __ferro_ld_ceill(const B, B);
void __ferro_ld_floorl(const B, B);
void __ferro_ld_truncl(const B, B);
void __ferro_ld_roundl(const B, B);
void __ferro_ld_roundevenl(const B, B);
void __ferro_ld_rintl(const B, B);
void __ferro_ld_nearbyintl(const B, B);
void __ferro_ld_fmodl(const B, const B, B);
void __ferro_ld_remainderl(const B, const B, B);
void __ferro_ld_significandl(const B, B);
void __ferro_ld_logbl(const B, B);
void __ferro_ld_nextafterl(const B, const B, B);
void __ferro_ld_fmaxl(const B, const B, B);
void __ferro_ld_fminl(const B, const B, B);
void __ferro_ld_fdiml(const B, const B, B);
void __ferro_ld_sqrtl(const B, B);
void __ferro_ld_hypotl(const B, const B, B);
void __ferro_ld_cbrtl(const B, B);
void __ferro_ld_scalbl(const B, const B, B);
void __ferro_ld_expl(const B, B);
void __ferro_ld_exp2l(const B, B);
void __ferro_ld_exp10l(const B, B);
void __ferro_ld_expm1l(const B, B);
void __ferro_ld_logl(const B, B);
void __ferro_ld_log2l(const B, B);
void __ferro_ld_log10l(const B, B);
void __ferro_ld_log1pl(const B, B);
void __ferro_ld_powl(const B, const B, B);
void __ferro_ld_sinl(const B, B);
void __ferro_ld_cosl(const B, B);
void __ferro_ld_tanl(const B, B);
void __ferro_ld_asinl(const B, B);
void __ferro_ld_acosl(const B, B);
void __ferro_ld_atanl(const B, B);
void __ferro_ld_atan2l(const B, const B, B);
void __ferro_ld_sincosl(const B, B, B);
void __ferro_ld_tgammal(const B, B);
void __ferro_ld_lgammal_r(const B, int *, B);
void __ferro_ld_erfl(const B, B);
void __ferro_ld_j0l(const B, B);
void __ferro_ld_j1l(const B, B);
void __ferro_ld_y0l(const B, B);
void __ferro_ld_y1l(const B, B);
void __ferro_ld_jnl(int, const B, B);
void __ferro_ld_ynl(int, const B, B);
void __ferro_ld_erfcl(const B, B);
void __ferro_ld_sinhl(const B, B);
void __ferro_ld_coshl(const B, B);
void __ferro_ld_tanhl(const B, B);
void __ferro_ld_asinhl(const B, B);
void __ferro_ld_acoshl(const B, B);
void __ferro_ld_atanhl(const B, B);
void __ferro_ld_fmal(const B, const B, const B, B);
void __ferro_ld_remquol(const B, const B, int *, B);
void __ferro_ld_frexpl(const B, int *, B);
void __ferro_ld_scalbnl(const B, long long, B);
void __ferro_ld_modfl(const B, B, B);
int __ferro_ld_ilogbl(const B);
long long __ferro_ld_toint(const B, int, int);
int __ferro_ld_class(const B, int);
void __ferro_ld_nanl(const char *, B);
double __ferro_ld_nexttoward(double, const B);
float __ferro_ld_nexttowardf(float, const B);

#define IN(b, x) B b = {0}; __builtin_memcpy(b, &(x), sizeof(x))
static long double out(const B b)
{
	long double r;
	__builtin_memcpy(&r, b, sizeof r);
	return r;
}

long double fabsl(long double x) { IN(a, x); B r; __ferro_ld_fabsl(a, r); return out(r); }
long double copysignl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_copysignl(a, b, r); return out(r);
}
long double ceill(long double x) { IN(a, x); B r; __ferro_ld_ceill(a, r); return out(r); }
long double floorl(long double x) { IN(a, x); B r; __ferro_ld_floorl(a, r); return out(r); }
long double truncl(long double x) { IN(a, x); B r; __ferro_ld_truncl(a, r); return out(r); }
long double roundl(long double x) { IN(a, x); B r; __ferro_ld_roundl(a, r); return out(r); }
long double roundevenl(long double x) { IN(a, x); B r; __ferro_ld_roundevenl(a, r); return out(r); }
long double rintl(long double x) { IN(a, x); B r; __ferro_ld_rintl(a, r); return out(r); }
long double nearbyintl(long double x) { IN(a, x); B r; __ferro_ld_nearbyintl(a, r); return out(r); }
long double fmodl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_fmodl(a, b, r); return out(r);
}
long double remainderl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_remainderl(a, b, r); return out(r);
}
long double significandl(long double x) { IN(a, x); B r; __ferro_ld_significandl(a, r); return out(r); }
long double logbl(long double x) { IN(a, x); B r; __ferro_ld_logbl(a, r); return out(r); }
long double nextafterl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_nextafterl(a, b, r); return out(r);
}
long double fmaxl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_fmaxl(a, b, r); return out(r);
}
long double fminl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_fminl(a, b, r); return out(r);
}
long double fdiml(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_fdiml(a, b, r); return out(r);
}
long double sqrtl(long double x) { IN(a, x); B r; __ferro_ld_sqrtl(a, r); return out(r); }
long double hypotl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_hypotl(a, b, r); return out(r);
}
long double cbrtl(long double x) { IN(a, x); B r; __ferro_ld_cbrtl(a, r); return out(r); }
long double scalbl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_scalbl(a, b, r); return out(r);
}
long double expl(long double x) { IN(a, x); B r; __ferro_ld_expl(a, r); return out(r); }
long double exp2l(long double x) { IN(a, x); B r; __ferro_ld_exp2l(a, r); return out(r); }
long double exp10l(long double x) { IN(a, x); B r; __ferro_ld_exp10l(a, r); return out(r); }
long double pow10l(long double x) { return exp10l(x); }
long double expm1l(long double x) { IN(a, x); B r; __ferro_ld_expm1l(a, r); return out(r); }
long double logl(long double x) { IN(a, x); B r; __ferro_ld_logl(a, r); return out(r); }
long double log2l(long double x) { IN(a, x); B r; __ferro_ld_log2l(a, r); return out(r); }
long double log10l(long double x) { IN(a, x); B r; __ferro_ld_log10l(a, r); return out(r); }
long double log1pl(long double x) { IN(a, x); B r; __ferro_ld_log1pl(a, r); return out(r); }
long double powl(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_powl(a, b, r); return out(r);
}
long double sinl(long double x) { IN(a, x); B r; __ferro_ld_sinl(a, r); return out(r); }
long double cosl(long double x) { IN(a, x); B r; __ferro_ld_cosl(a, r); return out(r); }
long double tanl(long double x) { IN(a, x); B r; __ferro_ld_tanl(a, r); return out(r); }
long double asinl(long double x) { IN(a, x); B r; __ferro_ld_asinl(a, r); return out(r); }
long double acosl(long double x) { IN(a, x); B r; __ferro_ld_acosl(a, r); return out(r); }
long double atanl(long double x) { IN(a, x); B r; __ferro_ld_atanl(a, r); return out(r); }
long double atan2l(long double x, long double y)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_atan2l(a, b, r); return out(r);
}
long double tgammal(long double x) { IN(a, x); B r; __ferro_ld_tgammal(a, r); return out(r); }
long double lgammal_r(long double x, int *s) { IN(a, x); B r; __ferro_ld_lgammal_r(a, s, r); return out(r); }
/* The sign of the last lgamma (math/trans.rs). */
extern int signgam;
long double lgammal(long double x) { int s; long double r = lgammal_r(x, &s); signgam = s; return r; }
long double gammal(long double x) { return lgammal(x); }
long double erfl(long double x) { IN(a, x); B r; __ferro_ld_erfl(a, r); return out(r); }
long double j0l(long double x) { IN(a, x); B r; __ferro_ld_j0l(a, r); return out(r); }
long double j1l(long double x) { IN(a, x); B r; __ferro_ld_j1l(a, r); return out(r); }
long double y0l(long double x) { IN(a, x); B r; __ferro_ld_y0l(a, r); return out(r); }
long double y1l(long double x) { IN(a, x); B r; __ferro_ld_y1l(a, r); return out(r); }
long double jnl(int n, long double x) { IN(a, x); B r; __ferro_ld_jnl(n, a, r); return out(r); }
long double ynl(int n, long double x) { IN(a, x); B r; __ferro_ld_ynl(n, a, r); return out(r); }
long double erfcl(long double x) { IN(a, x); B r; __ferro_ld_erfcl(a, r); return out(r); }
long double sinhl(long double x) { IN(a, x); B r; __ferro_ld_sinhl(a, r); return out(r); }
long double coshl(long double x) { IN(a, x); B r; __ferro_ld_coshl(a, r); return out(r); }
long double tanhl(long double x) { IN(a, x); B r; __ferro_ld_tanhl(a, r); return out(r); }
long double asinhl(long double x) { IN(a, x); B r; __ferro_ld_asinhl(a, r); return out(r); }
long double acoshl(long double x) { IN(a, x); B r; __ferro_ld_acoshl(a, r); return out(r); }
long double atanhl(long double x) { IN(a, x); B r; __ferro_ld_atanhl(a, r); return out(r); }

void sincosl(long double x, long double *s, long double *c)
{
	IN(a, x); B rs, rc; __ferro_ld_sincosl(a, rs, rc); *s = out(rs); *c = out(rc);
}
long double dreml(long double x, long double y) { return remainderl(x, y); }
long double nexttowardl(long double x, long double y) { return nextafterl(x, y); }
long double fmal(long double x, long double y, long double z)
{
	IN(a, x); IN(b, y); IN(c, z); B r; __ferro_ld_fmal(a, b, c, r); return out(r);
}
long double remquol(long double x, long double y, int *q)
{
	IN(a, x); IN(b, y); B r; __ferro_ld_remquol(a, b, q, r); return out(r);
}
long double frexpl(long double x, int *e) { IN(a, x); B r; __ferro_ld_frexpl(a, e, r); return out(r); }
long double scalbnl(long double x, int n) { IN(a, x); B r; __ferro_ld_scalbnl(a, n, r); return out(r); }
long double ldexpl(long double x, int n) { return scalbnl(x, n); }
long double scalblnl(long double x, long n) { IN(a, x); B r; __ferro_ld_scalbnl(a, n, r); return out(r); }
long double modfl(long double x, long double *ip)
{
	IN(a, x); B i, r; __ferro_ld_modfl(a, i, r); *ip = out(i); return out(r);
}
int ilogbl(long double x) { IN(a, x); return __ferro_ld_ilogbl(a); }
long lrintl(long double x) { IN(a, x); return (long)__ferro_ld_toint(a, 0, 8 * sizeof(long)); }
long long llrintl(long double x) { IN(a, x); return __ferro_ld_toint(a, 0, 64); }
long lroundl(long double x) { IN(a, x); return (long)__ferro_ld_toint(a, 1, 8 * sizeof(long)); }
long long llroundl(long double x) { IN(a, x); return __ferro_ld_toint(a, 1, 64); }
int finitel(long double x) { IN(a, x); return __ferro_ld_class(a, 0); }
int isinfl(long double x) { IN(a, x); return __ferro_ld_class(a, 1); }
int isnanl(long double x) { IN(a, x); return __ferro_ld_class(a, 2); }
long double nanl(const char *tag) { B r; __ferro_ld_nanl(tag, r); return out(r); }
double nexttoward(double x, long double y) { IN(b, y); return __ferro_ld_nexttoward(x, b); }
float nexttowardf(float x, long double y) { IN(b, y); return __ferro_ld_nexttowardf(x, b); }
