/* <complex.h> faces of ferrolibc. Stable Rust has no complex type and the
 * arches return double _Complex differently (x86_64 xmm0:xmm1, i386 in
 * memory or edx:eax for float, aarch64 d0/d1, riscv64 fa0/fa1, long double
 * complex in st0/st1, q0/q1 or a0-a3), so each face here splits its
 * argument into the real and imaginary parts, calls the Rust
 * implementation (src/complex/mod.rs) with a two-element result array and
 * returns it as a complex value, which the compiler passes per the ABI.
 * creal, cimag, conj and cprojl are exact part manipulations and live here
 * whole. */
typedef union {
	double _Complex z;
	double p[2];
} cd;
typedef union {
	float _Complex z;
	float p[2];
} cf;
typedef union {
	long double _Complex z;
	long double p[2];
} cl;

void __ferro_cacos(double, double, double *);
void __ferro_cacosf(float, float, float *);
void __ferro_cacosh(double, double, double *);
void __ferro_cacoshf(float, float, float *);
void __ferro_casin(double, double, double *);
void __ferro_casinf(float, float, float *);
void __ferro_casinh(double, double, double *);
void __ferro_casinhf(float, float, float *);
void __ferro_catan(double, double, double *);
void __ferro_catanf(float, float, float *);
void __ferro_catanh(double, double, double *);
void __ferro_catanhf(float, float, float *);
void __ferro_ccos(double, double, double *);
void __ferro_ccosf(float, float, float *);
void __ferro_ccosh(double, double, double *);
void __ferro_ccoshf(float, float, float *);
void __ferro_cexp(double, double, double *);
void __ferro_cexpf(float, float, float *);
void __ferro_clog(double, double, double *);
void __ferro_clogf(float, float, float *);
void __ferro_clog10(double, double, double *);
void __ferro_clog10f(float, float, float *);
void __ferro_cproj(double, double, double *);
void __ferro_cprojf(float, float, float *);
void __ferro_csin(double, double, double *);
void __ferro_csinf(float, float, float *);
void __ferro_csinh(double, double, double *);
void __ferro_csinhf(float, float, float *);
void __ferro_csqrt(double, double, double *);
void __ferro_csqrtf(float, float, float *);
void __ferro_ctan(double, double, double *);
void __ferro_ctanf(float, float, float *);
void __ferro_ctanh(double, double, double *);
void __ferro_ctanhf(float, float, float *);
void __ferro_cpow(double, double, double, double, double *);
void __ferro_cpowf(float, float, float, float, float *);
double __ferro_cabs(double, double);
float __ferro_cabsf(float, float);
double __ferro_carg(double, double);
float __ferro_cargf(float, float);

double _Complex cacos(double _Complex z)
{
	cd a = {z}, r;
	__ferro_cacos(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex cacosf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_cacosf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex cacosh(double _Complex z)
{
	cd a = {z}, r;
	__ferro_cacosh(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex cacoshf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_cacoshf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex casin(double _Complex z)
{
	cd a = {z}, r;
	__ferro_casin(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex casinf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_casinf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex casinh(double _Complex z)
{
	cd a = {z}, r;
	__ferro_casinh(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex casinhf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_casinhf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex catan(double _Complex z)
{
	cd a = {z}, r;
	__ferro_catan(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex catanf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_catanf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex catanh(double _Complex z)
{
	cd a = {z}, r;
	__ferro_catanh(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex catanhf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_catanhf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex ccos(double _Complex z)
{
	cd a = {z}, r;
	__ferro_ccos(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex ccosf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_ccosf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex ccosh(double _Complex z)
{
	cd a = {z}, r;
	__ferro_ccosh(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex ccoshf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_ccoshf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex cexp(double _Complex z)
{
	cd a = {z}, r;
	__ferro_cexp(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex cexpf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_cexpf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex clog(double _Complex z)
{
	cd a = {z}, r;
	__ferro_clog(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex clogf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_clogf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex clog10(double _Complex z)
{
	cd a = {z}, r;
	__ferro_clog10(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex clog10f(float _Complex z)
{
	cf a = {z}, r;
	__ferro_clog10f(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex cproj(double _Complex z)
{
	cd a = {z}, r;
	__ferro_cproj(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex cprojf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_cprojf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex csin(double _Complex z)
{
	cd a = {z}, r;
	__ferro_csin(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex csinf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_csinf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex csinh(double _Complex z)
{
	cd a = {z}, r;
	__ferro_csinh(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex csinhf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_csinhf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex csqrt(double _Complex z)
{
	cd a = {z}, r;
	__ferro_csqrt(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex csqrtf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_csqrtf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex ctan(double _Complex z)
{
	cd a = {z}, r;
	__ferro_ctan(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex ctanf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_ctanf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex ctanh(double _Complex z)
{
	cd a = {z}, r;
	__ferro_ctanh(a.p[0], a.p[1], r.p);
	return r.z;
}
float _Complex ctanhf(float _Complex z)
{
	cf a = {z}, r;
	__ferro_ctanhf(a.p[0], a.p[1], r.p);
	return r.z;
}

double _Complex cpow(double _Complex z, double _Complex w)
{
	cd a = {z}, b = {w}, r;
	__ferro_cpow(a.p[0], a.p[1], b.p[0], b.p[1], r.p);
	return r.z;
}
float _Complex cpowf(float _Complex z, float _Complex w)
{
	cf a = {z}, b = {w}, r;
	__ferro_cpowf(a.p[0], a.p[1], b.p[0], b.p[1], r.p);
	return r.z;
}

double cabs(double _Complex z)
{
	cd a = {z};
	return __ferro_cabs(a.p[0], a.p[1]);
}
float cabsf(float _Complex z)
{
	cf a = {z};
	return __ferro_cabsf(a.p[0], a.p[1]);
}
double carg(double _Complex z)
{
	cd a = {z};
	return __ferro_carg(a.p[0], a.p[1]);
}
float cargf(float _Complex z)
{
	cf a = {z};
	return __ferro_cargf(a.p[0], a.p[1]);
}

/* C17 7.3.9.2, 7.3.9.3, 7.3.9.6: the parts, and the conjugate (the sign
 * of the imaginary part flipped, NaNs included). */
double cimag(double _Complex z)
{
	cd a = {z};
	return a.p[1];
}
float cimagf(float _Complex z)
{
	cf a = {z};
	return a.p[1];
}
long double cimagl(long double _Complex z)
{
	cl a = {z};
	return a.p[1];
}
double creal(double _Complex z)
{
	cd a = {z};
	return a.p[0];
}
float crealf(float _Complex z)
{
	cf a = {z};
	return a.p[0];
}
long double creall(long double _Complex z)
{
	cl a = {z};
	return a.p[0];
}
double _Complex conj(double _Complex z)
{
	cd a = {z};
	a.p[1] = -a.p[1];
	return a.z;
}
float _Complex conjf(float _Complex z)
{
	cf a = {z};
	a.p[1] = -a.p[1];
	return a.z;
}
long double _Complex conjl(long double _Complex z)
{
	cl a = {z};
	a.p[1] = -a.p[1];
	return a.z;
}

/* C17 7.3.9.5 cprojl: an infinite part (a NaN in the other one included)
 * projects to +inf + i·copysign(0, imag); the test is on the bits (x87
 * 80-bit: exponent 0x7fff with the explicit integer bit and a zero
 * fraction; binary128: exponent 0x7fff and a zero fraction), so it needs
 * no long double arithmetic. */
static int inf_l(long double x)
{
	unsigned char b[sizeof x];
	__builtin_memcpy(b, &x, sizeof x);
#if __LDBL_MANT_DIG__ == 64
	unsigned long long m;
	unsigned short e;
	__builtin_memcpy(&m, b, 8);
	__builtin_memcpy(&e, b + 8, 2);
	return (e & 0x7fff) == 0x7fff && m == 0x8000000000000000ull;
#elif __LDBL_MANT_DIG__ == 113
	unsigned long long lo, hi;
	__builtin_memcpy(&lo, b, 8);
	__builtin_memcpy(&hi, b + 8, 8);
	return lo == 0 && (hi & 0x7fffffffffffffffull) == 0x7fff000000000000ull;
#else
#error "unknown long double format"
#endif
}

long double _Complex cprojl(long double _Complex z)
{
	cl a = {z};
	if (inf_l(a.p[0]) || inf_l(a.p[1])) {
		a.p[0] = __builtin_infl();
		a.p[1] = __builtin_copysignl(0.0L, a.p[1]);
	}
	return a.z;
}

/* The long double transcendental forms: each part crosses as its bytes in
 * a zeroed 16-byte buffer (no long double in the Rust ABI; see
 * c/ldmath.c), and the two result parts come back in two buffers. */
typedef unsigned char LB[16];

void __ferro_cacosl(const LB, const LB, LB *);
void __ferro_cacoshl(const LB, const LB, LB *);
void __ferro_casinl(const LB, const LB, LB *);
void __ferro_casinhl(const LB, const LB, LB *);
void __ferro_catanl(const LB, const LB, LB *);
void __ferro_catanhl(const LB, const LB, LB *);
void __ferro_ccosl(const LB, const LB, LB *);
void __ferro_ccoshl(const LB, const LB, LB *);
void __ferro_cexpl(const LB, const LB, LB *);
void __ferro_clogl(const LB, const LB, LB *);
void __ferro_clog10l(const LB, const LB, LB *);
void __ferro_csinl(const LB, const LB, LB *);
void __ferro_csinhl(const LB, const LB, LB *);
void __ferro_csqrtl(const LB, const LB, LB *);
void __ferro_ctanl(const LB, const LB, LB *);
void __ferro_ctanhl(const LB, const LB, LB *);
void __ferro_cpowl(const LB, const LB, const LB, const LB, LB *);
void __ferro_cabsl(const LB, const LB, LB);
void __ferro_cargl(const LB, const LB, LB);

static void put_l(LB b, long double x)
{
	__builtin_memset(b, 0, sizeof(LB));
	__builtin_memcpy(b, &x, sizeof x);
}
static long double get_l(const LB b)
{
	long double x;
	__builtin_memcpy(&x, b, sizeof x);
	return x;
}

long double _Complex cacosl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_cacosl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex cacoshl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_cacoshl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex casinl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_casinl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex casinhl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_casinhl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex catanl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_catanl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex catanhl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_catanhl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex ccosl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_ccosl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex ccoshl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_ccoshl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex cexpl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_cexpl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex clogl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_clogl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex clog10l(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_clog10l(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex csinl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_csinl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex csinhl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_csinhl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex csqrtl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_csqrtl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex ctanl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_ctanl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex ctanhl(long double _Complex z)
{
	cl a = {z}, r;
	LB x, y, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_ctanhl(x, y, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double _Complex cpowl(long double _Complex z, long double _Complex w)
{
	cl a = {z}, b = {w}, r;
	LB x, y, u, v, o[2];
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	put_l(u, b.p[0]);
	put_l(v, b.p[1]);
	__ferro_cpowl(x, y, u, v, o);
	r.p[0] = get_l(o[0]);
	r.p[1] = get_l(o[1]);
	return r.z;
}

long double cabsl(long double _Complex z)
{
	cl a = {z};
	LB x, y, o;
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_cabsl(x, y, o);
	return get_l(o);
}

long double cargl(long double _Complex z)
{
	cl a = {z};
	LB x, y, o;
	put_l(x, a.p[0]);
	put_l(y, a.p[1]);
	__ferro_cargl(x, y, o);
	return get_l(o);
}
