// LIBS: -lm
// CFLAGS: -fno-builtin
/* The <complex.h> functions on ordinary values (within a few ulps of the
 * exact result; the table holds glibc 2.36's results, themselves within
 * 2 ulps), the float forms against the same values, the branch cuts with
 * the sign of a zero imaginary part (C17 7.3.3 and G.6), cabs, carg, cpow,
 * the part functions and conjugate in all three precisions, cproj and
 * cprojl, the FE_OVERFLOW / FE_DIVBYZERO cases, and the header's macros
 * (I, _Complex_I, complex, CMPLX*). Every argument passes through a
 * volatile so the library is called. */
#define _GNU_SOURCE
#include "check.h"
#include <complex.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef double complex (*fd)(double complex);
typedef float complex (*ff)(float complex);
static const struct {
	const char *name;
	fd d;
	ff f;
} T[] = {
#define E(n) {#n, n, n##f},
	E(cacos) E(cacosh) E(casin) E(casinh) E(catan) E(catanh) E(ccos)
	E(ccosh) E(cexp) E(clog) E(csin) E(csinh) E(csqrt) E(ctan) E(ctanh)
	E(clog10)
};
static const struct {
	int fn;
	double x, y, re, im;
} V[] = {
	{0, 0x1p-1, 0x1p-2, 0x1.11b645300f051p+0, -0x1.202649ab3008ep-2},
	{0, -0x1.8p+1, 0x1p+1, 0x1.4489c8ae3ffdep+1, -0x1.f7f8a7b4f255fp+0},
	{0, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.921f9d8a429p+0, 0x1.52728c91b67d2p+1},
	{0, 0x1.4p+4, -0x1.8p-1, 0x1.3370941e11719p-5, 0x1.d82fd0214e917p+1},
	{0, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, 0x1.8c66280ae9281p+1, -0x1.803fe79bd048cp-26},
	{0, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.32af0442dcf76p-997, 0x1.ecc2caec5160ap-1},
	{0, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.79ca10c924224p-67, -0x1.7b810429a7c2ap+4},
	{0, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.0468a8ace4df6p+1, 0x1.9c041f7ed8d34p-1},
	{1, 0x1p-1, 0x1p-2, 0x1.202649ab3008ep-2, 0x1.11b645300f051p+0},
	{1, -0x1.8p+1, 0x1p+1, 0x1.f7f8a7b4f255fp+0, 0x1.4489c8ae3ffdep+1},
	{1, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.52728c91b67d2p+1, -0x1.921f9d8a429p+0},
	{1, 0x1.4p+4, -0x1.8p-1, 0x1.d82fd0214e917p+1, -0x1.3370941e11719p-5},
	{1, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, 0x1.803fe79bd048cp-26, 0x1.8c66280ae9281p+1},
	{1, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.ecc2caec5160ap-1, -0x1.32af0442dcf76p-997},
	{1, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.7b810429a7c2ap+4, 0x1.79ca10c924224p-67},
	{1, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.9c041f7ed8d34p-1, -0x1.0468a8ace4df6p+1},
	{2, 0x1p-1, 0x1p-2, 0x1.00d2e0286798ep-1, 0x1.202649ab3008ep-2},
	{2, -0x1.8p+1, 0x1p+1, -0x1.ede7b8307a548p-1, 0x1.f7f8a7b4f255fp+0},
	{2, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.7ba00418858b2p-20, -0x1.52728c91b67d2p+1},
	{2, 0x1.4p+4, -0x1.8p-1, 0x1.888430a35245fp+0, -0x1.d82fd0214e917p+1},
	{2, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.86ac9ad18f7eap+0, 0x1.803fe79bd048cp-26},
	{2, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.921fb54442d18p+0, -0x1.ecc2caec5160ap-1},
	{2, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.921fb54442d18p+0, 0x1.7b810429a7c2ap+4},
	{2, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.dac670561bb4fp-2, -0x1.9c041f7ed8d34p-1},
	{3, 0x1p-1, 0x1p-2, 0x1.f87ff96f4e7fcp-2, 0x1.cb6cb73d06844p-3},
	{3, -0x1.8p+1, 0x1p+1, -0x1.fbbf409ccd56p+0, 0x1.242c9a0c0f98fp-1},
	{3, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.5124271980d77p+1, -0x1.921f9d0d027b9p+0},
	{3, 0x1.4p+4, -0x1.8p-1, 0x1.d85899c52102p+1, -0x1.32ac8588fe3e4p-5},
	{3, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.c2e6b197dc716p-1, 0x1.84ee33f9f3fb8p-31},
	{3, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.31dc0090b63d9p+0, -0x1.7c64ee5dd4604p-998},
	{3, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.7b810429a7c2ap+4, 0x1.79ca10c924224p-67},
	{3, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.6ce81ff1a70f2p-1, -0x1.5e9383efad0d2p-1},
	{4, 0x1p-1, 0x1p-2, 0x1.efe068bba2275p-2, 0x1.9acd28271c737p-3},
	{4, -0x1.8p+1, 0x1p+1, -0x1.56c6e7397f5aep+0, 0x1.2cf25fad8f1c4p-3},
	{4, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.921fb1c579e56p+0, -0x1.269621134b0dp-3},
	{4, 0x1.4p+4, -0x1.8p-1, 0x1.855a369b3ccb7p+0, -0x1.e99c1872ab545p-10},
	{4, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.91de23a8c3fap-1, 0x1.132725ea49a4dp-31},
	{4, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.f730bd281f69bp-1, -0x1.a60271759c90bp-999},
	{4, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.921fb543d4dep+0, 0x1.4484bfeebc2ap-100},
	{4, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.921fb54442d18p-1, -0x1.193ea7aad030bp-1},
	{5, 0x1p-1, 0x1p-2, 0x1.00307f2440124p-1, 0x1.41f1963c0045fp-2},
	{5, -0x1.8p+1, 0x1p+1, -0x1.d5240f0e0e077p-3, 0x1.68f095fdf593cp+0},
	{5, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.ad7f29abc75d4p-23, -0x1.6dcc57bb56aeap+0},
	{5, 0x1.4p+4, -0x1.8p-1, 0x1.995d20527186p-5, -0x1.91a4b1b0c5547p+0},
	{5, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.e66cfde9c79fap+1, 0x1.0c91da89a5542p-21},
	{5, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.9c041f7ed8d33p-1, -0x1.921fb54442d18p+0},
	{5, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.b7cdfd9d7bdbbp-34, 0x1.921fb54442d18p+0},
	{5, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.62e42fefa39efp-2, -0x1.921fb54442d18p-1},
	{6, 0x1p-1, 0x1p-2, 0x1.cf6fd72d3ef83p-1, -0x1.f00fc6e441f79p-4},
	{6, -0x1.8p+1, 0x1p+1, -0x1.dcbde838099d7p+1, 0x1.060d9b9ee6a66p-1},
	{6, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.1228949b68c8bp+9, 0x1.67582e2c426b6p-8},
	{6, 0x1.4p+4, -0x1.8p-1, 0x1.0e8230c076b58p-1, 0x1.805fb3efd1704p-1},
	{6, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, 0x1.1510c2fe3fda7p-1, 0x1.ce4e69b627407p-31},
	{6, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.21bd54fc5f9a7p-4, 0x1.5606199e541efp-997},
	{6, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.bf098901c931ap-1, 0x1.acd098ff58371p-35},
	{6, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.1a94c7882b9f3p+0, -0x1.00bfac9b2c188p-1},
	{7, 0x1p-1, 0x1p-2, 0x1.17b2b862e3533p+0, 0x1.0807c14fe84fcp-3},
	{7, -0x1.8p+1, 0x1p+1, -0x1.0c22d3cb4c50cp+2, -0x1.237ecb7eefaf3p+3},
	{7, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.81ff79ede4e5ep-1, -0x1.b8e5702f11104p-18},
	{7, 0x1.4p+4, -0x1.8p-1, 0x1.528b7950bdca9p+27, -0x1.3b631ca34a2bbp+27},
	{7, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, 0x1.8aba5d73d4353p+0, -0x1.429ce38ad2311p-30},
	{7, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.2d1bc21e22022p+1, -0x1.6d0bee1dcdc0bp-996},
	{7, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, INFINITY, INFINITY},
	{7, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.a6df31332265ep-1, 0x1.d3ab15c1f6f8fp-2},
	{8, 0x1p-1, 0x1p-2, 0x1.98f390d813322p+0, 0x1.a1b0950a13dbdp-2},
	{8, -0x1.8p+1, 0x1p+1, -0x1.5374a8046eaa5p-6, 0x1.72dcb2f823af7p-5},
	{8, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.820076e59acbap-1, -0x1.50616899d0f48p-1},
	{8, 0x1.4p+4, -0x1.8p-1, 0x1.528b7950bdca9p+28, -0x1.3b631ca34a2bbp+28},
	{8, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, 0x1.7915dfb498dfdp-2, 0x1.94e4753163f26p-32},
	{8, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.1ed3fe64fc541p+2, -0x1.802c68bb77a5ap-995},
	{8, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, INFINITY, INFINITY},
	{8, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.87899381824fp-2, -0x1.93245ad1a3377p-2},
	{9, 0x1p-1, 0x1p-2, -0x1.29c440606e6abp-1, 0x1.dac670561bb4fp-2},
	{9, -0x1.8p+1, 0x1p+1, 0x1.485042b318c51p+0, 0x1.46dc09ec29433p+1},
	{9, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.f2272ae326c4bp+0, -0x1.921f9d4c97ebfp+0},
	{9, 0x1.4p+4, -0x1.8p-1, 0x1.7f8b2dcffe7fdp+1, -0x1.330e5df87b81cp-5},
	{9, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.064670d979b71p-10, 0x1.921fb5421c832p+1},
	{9, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.9f323ecbf984cp-2, -0x1.c92d503f699ccp-998},
	{9, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.7069e2aa2aa5bp+4, 0x1.79ca10c924224p-67},
	{9, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.999999999999ap-56, -0x1.1b6e192ebbe44p+1},
	{10, 0x1p-1, 0x1p-2, 0x1.fa5a7b05c7c67p-2, 0x1.c60471b7762d4p-3},
	{10, -0x1.8p+1, 0x1p+1, -0x1.0fd4e37c636c9p-1, -0x1.cb979ed81510cp+1},
	{10, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.6758555681f83p-8, -0x1.122876b9fd2c9p+9},
	{10, 0x1.4p+4, -0x1.8p-1, 0x1.2e95e92476712p+0, -0x1.57a05f2f6722cp-2},
	{10, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.ae8e6949c824cp-1, 0x1.297f2d8e58758p-31},
	{10, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.feb7a9b2c6d8bp-1, -0x1.8412b45d0d08cp-1001},
	{10, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, -0x1.f334c7896a4e3p-2, 0x1.800087ba19fdap-34},
	{10, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.82a5fada4160dp-1, -0x1.7749e0035fc0ep-1},
	{11, 0x1p-1, 0x1p-2, 0x1.0281b0ea5fbddp-1, 0x1.1dacb4621fb3ep-2},
	{11, -0x1.8p+1, 0x1p+1, 0x1.0acf5f2347e22p+2, 0x1.24f1a831e7d2ep+3},
	{11, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.f9ef6bcb7a287p-18, -0x1.50608c2718ddp-1},
	{11, 0x1.4p+4, -0x1.8p-1, 0x1.528b7950bdca9p+27, -0x1.3b631ca34a2bbp+27},
	{11, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.2c74e586adfd2p+0, 0x1.a7d600d72b2dcp-30},
	{11, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.108c3aabd6a6p+1, -0x1.934ce359218a9p-996},
	{11, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, INFINITY, INFINITY},
	{11, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.c634cee4c27cbp-2, -0x1.b367b849cd183p-1},
	{12, 0x1p-1, 0x1p-2, 0x1.749199c6dc181p-1, 0x1.5fce63a0fd5edp-3},
	{12, -0x1.8p+1, 0x1p+1, 0x1.19ba6fbf35af9p-1, 0x1.d13e1cf58d533p+0},
	{12, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.deeeb781e8b22p+0, -0x1.deee8aab2043bp+0},
	{12, 0x1.4p+4, -0x1.8p-1, 0x1.1e44597e3b4a5p+2, -0x1.5766530ac70bep-4},
	{12, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, 0x1.1303f47842e2cp-31, 0x1.ffbe72966ccadp-1},
	{12, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.3988e1409212ep+0, -0x1.17f66cba26c52p-998},
	{12, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.86ap+16, 0x1.203af9ee75616p-51},
	{12, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.c9f25c5bfeddap-2, -0x1.c9f25c5bfedd9p-1},
	{13, 0x1p-1, 0x1p-2, 0x1.024dea85cc77cp-1, 0x1.3feb35c391b4dp-2},
	{13, -0x1.8p+1, 0x1p+1, 0x1.43e425c3f79b4p-7, 0x1.ee470ed4d72e2p-1},
	{13, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.249152f365dc7p-35, -0x1.ffffc832750f5p-1},
	{13, 0x1.4p+4, -0x1.8p-1, 0x1.c4b09a757db58p-2, -0x1.436888518dd22p+0},
	{13, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.8dd2207973bcap+0, 0x1.d5564fcc88d5ap-29},
	{13, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.c33ed50b88778p+3, -0x1.0bad223b170d4p-989},
	{13, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, -0x1.1de000f443f5p-1, 0x1.20753406820dp-33},
	{13, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.44a5f11b73ab6p-2, -0x1.9dbab7dfc8bf9p-1},
	{14, 0x1p-1, 0x1p-2, 0x1.f12393ea7d90cp-2, 0x1.959e1882af54ep-3},
	{14, -0x1.8p+1, 0x1p+1, -0x1.00d43f269153cp+0, -0x1.ed5bbe102970dp-9},
	{14, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.272e94ec913ddp-16, -0x1.be2e6e129d7d9p-1},
	{14, 0x1.4p+4, -0x1.8p-1, 0x1p+0, -0x1.38b01e279e508p-57},
	{14, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.85b89494cdea1p-1, 0x1.ce786a3f10416p-32},
	{14, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.cf6f9786df578p-1, -0x1.efb0846bf518fp-1000},
	{14, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1p+0, 0x0p+0},
	{14, -0x1.3333333333333p-1, -0x1.999999999999ap-1, -0x1.b1d3c8040a59p-1, -0x1.1f4865bafa606p-1},
	{15, 0x1p-1, 0x1p-2, -0x1.02a30498eb0fdp-2, 0x1.9c626bc5dcb73p-3},
	{15, -0x1.8p+1, 0x1p+1, 0x1.1d2b643bc124fp-1, 0x1.1be8157408c9ap+0},
	{15, 0x1.4f8b588e368f1p-17, -0x1.cp+2, 0x1.b0b0b0b78dbd7p-1, -0x1.5d47aff9d0346p-1},
	{15, 0x1.4p+4, -0x1.8p-1, 0x1.4d244cce9bce9p+0, -0x1.0ab49f77f85cbp-6},
	{15, -0x1.ff7ced916872bp-1, 0x1.12e0be826d695p-30, -0x1.c79e5dbf022b2p-12, 0x1.5d47c4c951bcap+0},
	{15, 0x1.8p+0, -0x1.56e1fc2f8f359p-997, 0x1.68a288b60b7fcp-3, -0x1.8d19519ef140ep-999},
	{15, 0x1.2a05f2p+33, 0x1.b7cdfd9d7bdbbp-34, 0x1.4p+3, 0x1.4824c51e9aca7p-68},
	{15, -0x1.3333333333333p-1, -0x1.999999999999ap-1, 0x1.63c62775250d8p-57, -0x1.ec5e53b371187p-1},
};
static const double POW[][6] = {
	{0x1p+1, 0x0p+0, 0x1.8p+1, 0x0p+0, 0x1.ffffffffffffep+2, 0x0p+0},
	{0x0p+0, 0x1p+0, 0x0p+0, 0x1p+0, 0x1.a9bcc46f767ep-3, 0x0p+0},
	{0x1.8p+0, -0x1p-1, 0x1.2p+1, 0x1.8p-1, 0x1.a8204a3dc36ddp+1, -0x1.53208957967b8p+0},
	{-0x1p+3, 0x0p+0, 0x1.5555555555555p-2, 0x0p+0, 0x1p+0, 0x1.bb67ae8584ca9p+0},
	{0x1.8p+1, 0x1p+2, -0x1p-1, 0x0p+0, 0x1.999999999999ap-2, -0x1.999999999999ap-3},
};

static long long key(double x)
{
	int64_t i;
	memcpy(&i, &x, 8);
	return i < 0 ? -(i & INT64_MAX) : i;
}
static long long keyf(float x)
{
	int32_t i;
	memcpy(&i, &x, 4);
	return i < 0 ? -(long long)(i & INT32_MAX) : i;
}
static int near(double r, double e, long long tol)
{
	if (e == 0 || r == 0)
		return r == e && !signbit(r) == !signbit(e);
	long long d = key(r) - key(e);
	return d >= -tol && d <= tol;
}
static int nearf(float r, double e, long long tol)
{
	float ef = (float)e;
	if (ef == 0 || r == 0)
		return r == ef && !signbit(r) == !signbit(ef);
	long long d = keyf(r) - keyf(ef);
	return d >= -tol && d <= tol;
}
static int same(double a, double b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}
/* a double result through memory (i386 returns x87 values with excess
 * precision, which C17 5.2.4.2.2 allows) */
static double D(double x)
{
	volatile double v = x;
	return v;
}
static float DF(float x)
{
	volatile float v = x;
	return v;
}
static double complex Z(double x, double y)
{
	volatile double a = x, b = y;
	return CMPLX(a, b);
}
static float complex ZF(float x, float y)
{
	volatile float a = x, b = y;
	return CMPLXF(a, b);
}

int main(void)
{
	int bad = 0;
	for (unsigned i = 0; i < sizeof V / sizeof V[0]; i++) {
		double complex r = T[V[i].fn].d(Z(V[i].x, V[i].y));
		if (!near(creal(r), V[i].re, 4) || !near(cimag(r), V[i].im, 4)) {
			t_puts(2, T[V[i].fn].name);
			t_puts(2, " row ");
			t_putl(2, i);
			t_puts(2, "\n");
			bad++;
		}
		float complex rf = T[V[i].fn].f(ZF((float)V[i].x, (float)V[i].y));
		/* the float argument is rounded: compare with the double result
		 * on the same (float) argument */
		double complex rd = T[V[i].fn].d(Z((float)V[i].x, (float)V[i].y));
		if (!nearf(crealf(rf), creal(rd), 3) || !nearf(cimagf(rf), cimag(rd), 3)) {
			t_puts(2, T[V[i].fn].name);
			t_puts(2, "f row ");
			t_putl(2, i);
			t_puts(2, "\n");
			bad++;
		}
	}
	CHECK_EQ(bad, 0);

	/* cpow: glibc's formula cexp(w clog z) */
	for (unsigned i = 0; i < sizeof POW / sizeof POW[0]; i++) {
		const double *p = POW[i];
		double complex r = cpow(Z(p[0], p[1]), Z(p[2], p[3]));
		CHECK(fabs(creal(r) - p[4]) <= 1e-14 * fabs(p[4]) + 1e-300);
		CHECK(fabs(cimag(r) - p[5]) <= 1e-14 * cabs(Z(p[4], p[5])));
		float complex rf = cpowf(ZF(p[0], p[1]), ZF(p[2], p[3]));
		CHECK(fabsf(crealf(rf) - (float)p[4]) <= 1e-6f * fabsf((float)p[4]) + 1e-30f);
		CHECK(fabsf(cimagf(rf) - (float)p[5]) <= 1e-6f * cabsf(ZF(p[4], p[5])));
	}

	/* cabs, carg (C17 7.3.8.1, 7.3.9.1) */
	CHECK(D(cabs(Z(3, 4))) == 5);
	CHECK(DF(cabsf(ZF(3, 4))) == 5);
	CHECK(D(cabs(Z(-INFINITY, NAN))) == INFINITY);
	CHECK(D(cabs(Z(DBL_MAX, DBL_MAX))) == INFINITY);
	CHECK(D(cabs(Z(1e300, 1e300))) == hypot(1e300, 1e300));
	CHECK(D(carg(Z(-1, 0))) == M_PI);
	CHECK(D(carg(Z(-1, -0.0))) == -M_PI);
	CHECK(DF(cargf(ZF(-1, -0.0f))) == -(float)M_PI);
	CHECK(D(carg(Z(0, 2))) == M_PI_2);
	CHECK(same(D(carg(Z(0, -0.0))), -0.0));
	CHECK(fabs(D(carg(Z(1, 1))) - M_PI_4) <= DBL_EPSILON);

	/* parts and conjugates, all three precisions */
	CHECK(creal(Z(1.5, -2)) == 1.5 && cimag(Z(1.5, -2)) == -2);
	CHECK(crealf(ZF(1.5f, -2)) == 1.5f && cimagf(ZF(1.5f, -2)) == -2);
	volatile long double lr = 1.25L, li = -0.0L;
	long double complex zl = CMPLXL(lr, li);
	CHECK(creall(zl) == 1.25L && cimagl(zl) == 0 && signbit(cimagl(zl)));
	CHECK(same(cimag(conj(Z(1, 0))), -0.0));
	CHECK(cimagf(conjf(ZF(1, -3))) == 3);
	long double complex cl = conjl(zl);
	CHECK(creall(cl) == 1.25L && !signbit(cimagl(cl)));
	CHECK(isnan(cimag(conj(Z(1, NAN)))));

	/* cproj (C17 7.3.9.5): infinities project to (+INFINITY, ±0) */
	double complex p = cproj(Z(-INFINITY, -2));
	CHECK(creal(p) == INFINITY && same(cimag(p), -0.0));
	p = cproj(Z(NAN, INFINITY));
	CHECK(creal(p) == INFINITY && same(cimag(p), 0.0));
	p = cproj(Z(1, -2));
	CHECK(creal(p) == 1 && cimag(p) == -2);
	float complex pf = cprojf(ZF(2, -INFINITY));
	CHECK(crealf(pf) == INFINITY && signbit(cimagf(pf)) && cimagf(pf) == 0);
	volatile long double linf = INFINITY, lnan = NAN, lm = -3.0L;
	long double complex pl = cprojl(CMPLXL(lnan, -linf));
	CHECK(creall(pl) == INFINITY && cimagl(pl) == 0 && signbit(cimagl(pl)));
	pl = cprojl(CMPLXL(lm, lnan));
	CHECK(creall(pl) == -3.0L && isnan(cimagl(pl)));
	pl = cprojl(CMPLXL(-linf, lm));
	CHECK(creall(pl) == INFINITY && signbit(cimagl(pl)));

	/* branch cuts: the sign of a zero imaginary part picks the side */
	double complex r = csqrt(Z(-4, 0.0));
	CHECK(same(creal(r), 0.0) && cimag(r) == 2);
	r = csqrt(Z(-4, -0.0));
	CHECK(same(creal(r), 0.0) && cimag(r) == -2);
	r = clog(Z(-1, -0.0));
	CHECK(same(creal(r), 0.0) && cimag(r) == -M_PI);
	r = clog(Z(-1, 0.0));
	CHECK(cimag(r) == M_PI);
	r = casin(Z(2, 0.0));
	CHECK(creal(r) == M_PI_2 && cimag(r) > 1.3 && cimag(r) < 1.32);
	r = casin(Z(2, -0.0));
	CHECK(creal(r) == M_PI_2 && cimag(r) < -1.3);
	r = cacos(Z(2, 0.0));
	CHECK(same(creal(r), 0.0) && cimag(r) < -1.3);
	r = cacos(Z(-2, -0.0));
	CHECK(creal(r) == M_PI && cimag(r) > 1.3);
	r = cacosh(Z(-2, 0.0));
	CHECK(creal(r) > 1.3 && cimag(r) == M_PI);
	r = cacosh(Z(-2, -0.0));
	CHECK(creal(r) > 1.3 && cimag(r) == -M_PI);
	r = catanh(Z(2, 0.0));
	CHECK(creal(r) > 0.54 && creal(r) < 0.55 && cimag(r) == M_PI_2);
	r = catanh(Z(2, -0.0));
	CHECK(cimag(r) == -M_PI_2);
	r = catan(Z(0.0, 2));
	CHECK(creal(r) == M_PI_2 && cimag(r) > 0.54);
	r = catan(Z(-0.0, 2));
	CHECK(creal(r) == -M_PI_2);
	r = casinh(Z(0.0, 2));
	CHECK(creal(r) > 1.3 && cimag(r) == M_PI_2);
	r = casinh(Z(-0.0, 2));
	CHECK(creal(r) < -1.3 && cimag(r) == M_PI_2);
	float complex rf = csqrtf(ZF(-4, -0.0f));
	CHECK(crealf(rf) == 0 && cimagf(rf) == -2);
	rf = clogf(ZF(-1, -0.0f));
	CHECK(cimagf(rf) == -(float)M_PI);

	/* exact values */
	CHECK(creal(csqrt(Z(-1, 0))) == 0 && cimag(csqrt(Z(-1, 0))) == 1);
	r = csqrt(Z(3, 4));
	CHECK(creal(r) == 2 && cimag(r) == 1);
	r = cexp(Z(0, 0));
	CHECK(creal(r) == 1 && same(cimag(r), 0.0));
	r = clog(Z(1, 0));
	CHECK(same(creal(r), 0.0) && same(cimag(r), 0.0));
	CHECK(I * I == -1);
	CHECK(sizeof(_Complex_I) == sizeof(float complex));
	double complex c2 = 1.0 + 2.0 * I;
	CHECK(creal(c2) == 1 && cimag(c2) == 2);
	CHECK(sizeof(CMPLXF(1, 2)) == sizeof(float complex));
	CHECK(sizeof(CMPLXL(1, 2)) == sizeof(long double complex));
	r = CMPLX(INFINITY, NAN);
	CHECK(isinf(creal(r)) && isnan(cimag(r)));

	/* accuracy where cancellation threatens: near |z| = 1, near ±1 */
	r = clog(Z(0.6, 0.8 + 1e-16));
	CHECK(fabs(creal(r) - 1.1102230246251565e-16) <= 1e-30);
	r = catanh(Z(1 - 0x1p-30, 0x1p-40));
	CHECK(fabs(cimag(r) / 0.0004882810950070334 - 1) < 1e-15);
	r = casin(Z(1e-300, 1e-300));
	CHECK(creal(r) == 1e-300 && cimag(r) == 1e-300);
	r = cacos(Z(1, 1e-20));
	CHECK(fabs(creal(r) / 1e-10 - 1) < 1e-14 && fabs(cimag(r) / -1e-10 - 1) < 1e-14);

	/* exceptions (G.6): overflow, the poles */
	feclearexcept(FE_ALL_EXCEPT);
	r = cexp(Z(800, 1));
	CHECK(creal(r) == INFINITY && cimag(r) == INFINITY);
	CHECK(fetestexcept(FE_OVERFLOW));
	r = cexp(Z(710, 1e-300));
	CHECK(creal(r) == INFINITY && cimag(r) > 2.2e8 && cimag(r) < 2.3e8);
	feclearexcept(FE_ALL_EXCEPT);
	r = ccosh(Z(1000, 1));
	CHECK(fetestexcept(FE_OVERFLOW) && creal(r) == INFINITY);
	feclearexcept(FE_ALL_EXCEPT);
	r = csinhf(ZF(100, 1));
	CHECK(fetestexcept(FE_OVERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	r = clog(Z(-0.0, 0.0));
	CHECK(fetestexcept(FE_DIVBYZERO) && creal(r) == -INFINITY && cimag(r) == M_PI);
	feclearexcept(FE_ALL_EXCEPT);
	r = catanh(Z(-1, -0.0));
	CHECK(fetestexcept(FE_DIVBYZERO) && creal(r) == -INFINITY && same(cimag(r), -0.0));
	feclearexcept(FE_ALL_EXCEPT);
	r = ctanh(Z(1000, 1));
	CHECK(!fetestexcept(FE_OVERFLOW | FE_INVALID) && creal(r) == 1);
	feclearexcept(FE_ALL_EXCEPT);
	r = ccos(Z(1, 2));
	CHECK(!fetestexcept(FE_OVERFLOW | FE_INVALID | FE_DIVBYZERO));
	return 0;
}
