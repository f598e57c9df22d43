/*
 * Compile-time checks for ferrolibc's freestanding headers.
 * Build with: -nostdinc -isystem include -c (see tests-c/headers/run.sh).
 * Nothing here needs to run; every check is a static assertion.
 */
#include <features.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>
#include <limits.h>
#include <float.h>
#include <iso646.h>
#include <elf.h>
#include <features.h>
#include <stddef.h> /* second inclusion must be harmless */
#include <stdint.h>
#if !defined(__cplusplus)
#include <stdbool.h>
#include <stdalign.h>
#include <stdnoreturn.h>
#endif
#if defined(__cplusplus) || (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) \
    || !defined(__STRICT_ANSI__)
# define HAVE_MAX_ALIGN_T 1
#endif

#ifdef __cplusplus
# define SA(c, m) static_assert(c, m)
# define SAF(c, m) static_assert(c, m)
# define ALIGNOF(t) alignof(t)
# define SAME(a, b) (std_is_same<a, b>::value)
template <class A, class B> struct std_is_same { static const bool value = false; };
template <class A> struct std_is_same<A, A> { static const bool value = true; };
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
# define SA(c, m) _Static_assert(c, m)
# ifdef __clang__ /* clang never folds floating compares in C ICEs */
#  define SAF(c, m) extern int freestanding_check_saf_skipped
# else
#  define SAF(c, m) _Static_assert(c, m)
# endif
# define ALIGNOF(t) _Alignof(t)
# define HAVE_C11 1
#else /* C99: _Static_assert is accepted as a GNU extension */
# define SA(c, m) __extension__ _Static_assert(c, m)
# ifdef __clang__
#  define SAF(c, m) extern int freestanding_check_saf_skipped
# else
#  define SAF(c, m) __extension__ _Static_assert(c, m)
# endif
# define ALIGNOF(t) __alignof__(t)
#endif
#ifndef __cplusplus
# define SAME(a, b) __builtin_types_compatible_p(a, b)
#endif

#ifndef __ferrolibc__
# error "__ferrolibc__ not defined"
#endif
#if defined(__GLIBC__) || defined(__MUSL__)
# error "must not pretend to be glibc/musl"
#endif

/* ---- stddef.h ---- */
SA(sizeof(size_t) == sizeof(void *), "size_t is pointer-sized");
SA(sizeof(ptrdiff_t) == sizeof(void *), "ptrdiff_t is pointer-sized");
SA((size_t)-1 > 0, "size_t unsigned");
SA((ptrdiff_t)-1 < 0, "ptrdiff_t signed");
SA(SAME(size_t, __SIZE_TYPE__), "size_t type");
SA(SAME(ptrdiff_t, __PTRDIFF_TYPE__), "ptrdiff_t type");
#ifndef __cplusplus
SA(SAME(wchar_t, __WCHAR_TYPE__), "wchar_t type");
SA(SAME(__typeof__(L'a'), wchar_t), "L'' has type wchar_t");
#endif
#ifdef HAVE_MAX_ALIGN_T
SA(ALIGNOF(max_align_t) >= 8, "max_align_t alignment");
SA(ALIGNOF(max_align_t) >= ALIGNOF(long double), "max_align_t >= long double");
SA(ALIGNOF(max_align_t) >= ALIGNOF(long long), "max_align_t >= long long");
SA(ALIGNOF(max_align_t) == 16, "max_align_t is 16 on all targets");
#endif
struct off_probe { char a; int b; double c; };
SA(offsetof(struct off_probe, b) == sizeof(int), "offsetof");
SA(offsetof(struct off_probe, a) == 0, "offsetof 0");
#ifndef __cplusplus
SA(SAME(__typeof__(NULL), void *), "NULL is (void*)0 in C");
#endif

/* ---- stdarg.h ---- */
static int sum_ints(int n, ...)
{
  va_list ap, ap2;
  int s = 0, i;
  va_start(ap, n);
  va_copy(ap2, ap);
  for (i = 0; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap2);
  va_end(ap);
  return s;
}
int (*freestanding_check_keep)(int, ...) = sum_ints;
SA(sizeof(__gnuc_va_list) == sizeof(va_list), "__gnuc_va_list");

/* ---- stdint.h ---- */
SA(sizeof(int8_t) == 1 && sizeof(uint8_t) == 1, "8");
SA(sizeof(int16_t) == 2 && sizeof(uint16_t) == 2, "16");
SA(sizeof(int32_t) == 4 && sizeof(uint32_t) == 4, "32");
SA(sizeof(int64_t) == 8 && sizeof(uint64_t) == 8, "64");
SA(sizeof(intptr_t) == sizeof(void *), "intptr_t");
SA(sizeof(uintptr_t) == sizeof(void *), "uintptr_t");
SA(sizeof(intmax_t) == 8, "intmax_t");
SA((int8_t)-1 < 0 && (int64_t)-1 < 0 && (uint64_t)-1 > 0, "signedness");
SA(INT64_MAX == 9223372036854775807LL, "INT64_MAX");
SA(INT64_MIN == -9223372036854775807LL - 1, "INT64_MIN");
SA(UINT64_MAX == 18446744073709551615ULL, "UINT64_MAX");
SA(INT32_MAX == 2147483647 && INT32_MIN == -2147483647 - 1, "INT32");
SA(UINT32_MAX == 4294967295U, "UINT32_MAX");
SA(INT16_MIN == -32768 && UINT16_MAX == 65535, "16 limits");
SA(INT8_MIN == -128 && UINT8_MAX == 255, "8 limits");
SA(SIZE_MAX == (size_t)-1, "SIZE_MAX");
SA(UINTPTR_MAX == (uintptr_t)-1, "UINTPTR_MAX");
SA(INTPTR_MAX == (intptr_t)(UINTPTR_MAX >> 1), "INTPTR_MAX");
SA(UINTMAX_MAX == (uintmax_t)-1, "UINTMAX_MAX");
SA(PTRDIFF_MAX == (ptrdiff_t)(SIZE_MAX >> 1), "PTRDIFF_MAX");
SA(PTRDIFF_MIN == -PTRDIFF_MAX - 1, "PTRDIFF_MIN");
SA(SIG_ATOMIC_MAX == 2147483647 && SIG_ATOMIC_MIN == -2147483647 - 1, "SIG_ATOMIC");
SA(WINT_MIN == 0 && WINT_MAX == 4294967295U, "WINT");
SA(WCHAR_MAX == __WCHAR_MAX__, "WCHAR_MAX");
SA(INT_FAST8_MAX == 127 && UINT_FAST8_MAX == 255, "fast8");
SA(INT_FAST16_MAX == (intmax_t)(((uint_fast16_t)-1) >> 1), "fast16 max");
SA(INT_FAST32_MAX == (intmax_t)(((uint_fast32_t)-1) >> 1), "fast32 max");
SA(UINT_FAST16_MAX == (uint_fast16_t)-1, "ufast16");
SA(UINT_FAST32_MAX == (uint_fast32_t)-1, "ufast32");
SA(INT_LEAST16_MAX == 32767 && UINT_LEAST64_MAX == UINT64_MAX, "least");
SA(sizeof(int_fast16_t) == sizeof(long) && sizeof(int_fast32_t) == sizeof(long),
   "Linux ABI: fast16/fast32 are long-sized (long on LP64, int==long on ILP32)");
/* Exact type identity against the compiler's view. */
SA(SAME(int8_t, __INT8_TYPE__) && SAME(uint8_t, __UINT8_TYPE__), "int8 types");
SA(SAME(int16_t, __INT16_TYPE__) && SAME(uint16_t, __UINT16_TYPE__), "int16 types");
SA(SAME(int32_t, __INT32_TYPE__) && SAME(uint32_t, __UINT32_TYPE__), "int32 types");
SA(SAME(int64_t, __INT64_TYPE__) && SAME(uint64_t, __UINT64_TYPE__), "int64 types");
SA(SAME(intptr_t, __INTPTR_TYPE__) && SAME(uintptr_t, __UINTPTR_TYPE__), "intptr types");
SA(SAME(intmax_t, __INTMAX_TYPE__) && SAME(uintmax_t, __UINTMAX_TYPE__), "intmax types");
#if defined(__GNUC__) && !defined(__clang__)
/* GCC's linux-gnu fast types encode the glibc ABI: ours must match. */
SA(SAME(int_fast8_t, __INT_FAST8_TYPE__), "int_fast8_t ABI");
SA(SAME(int_fast16_t, __INT_FAST16_TYPE__), "int_fast16_t ABI");
SA(SAME(int_fast32_t, __INT_FAST32_TYPE__), "int_fast32_t ABI");
SA(SAME(int_fast64_t, __INT_FAST64_TYPE__), "int_fast64_t ABI");
SA(SAME(uint_fast8_t, __UINT_FAST8_TYPE__), "uint_fast8_t ABI");
SA(SAME(uint_fast16_t, __UINT_FAST16_TYPE__), "uint_fast16_t ABI");
SA(SAME(uint_fast32_t, __UINT_FAST32_TYPE__), "uint_fast32_t ABI");
SA(SAME(uint_fast64_t, __UINT_FAST64_TYPE__), "uint_fast64_t ABI");
SA(INT_FAST16_MAX == __INT_FAST16_MAX__ && INT_FAST32_MAX == __INT_FAST32_MAX__, "fast max");
SA(UINT_FAST16_MAX == __UINT_FAST16_MAX__ && UINT_FAST32_MAX == __UINT_FAST32_MAX__, "ufast max");
SA(SAME(int_least8_t, __INT_LEAST8_TYPE__) && SAME(uint_least64_t, __UINT_LEAST64_TYPE__), "least");
#endif
/* Constant-macro types. */
SA(SAME(__typeof__(UINT32_C(1)), uint_least32_t), "UINT32_C type");
SA(SAME(__typeof__(INT32_C(1)), int_least32_t), "INT32_C type");
SA(SAME(__typeof__(INT64_C(1)), int_least64_t), "INT64_C type");
SA(SAME(__typeof__(UINT64_C(1)), uint_least64_t), "UINT64_C type");
SA(SAME(__typeof__(INTMAX_C(1)), intmax_t), "INTMAX_C type");
SA(SAME(__typeof__(UINTMAX_C(1)), uintmax_t), "UINTMAX_C type");
SA(SAME(__typeof__(INT64_MAX), int64_t), "INT64_MAX type");
SA(SAME(__typeof__(UINT64_MAX), uint64_t), "UINT64_MAX type");
SA(SAME(__typeof__(SIZE_MAX), size_t), "SIZE_MAX type");
SA(SAME(__typeof__(PTRDIFF_MAX), ptrdiff_t), "PTRDIFF_MAX type");
SA(SAME(__typeof__(INTPTR_MAX), intptr_t), "INTPTR_MAX type");
SA(SAME(__typeof__(UINTPTR_MAX), uintptr_t), "UINTPTR_MAX type");
SA(SAME(__typeof__(INTMAX_MIN), intmax_t), "INTMAX_MIN type");
SA(SAME(__typeof__(INT_FAST32_MAX), int_fast32_t), "INT_FAST32_MAX type");
SA(SAME(__typeof__(UINT_FAST16_MAX), uint_fast16_t), "UINT_FAST16_MAX type");
SA(UINT32_C(1) == 1 && INTMAX_C(-5) == -5, "constant macro values");
/* Macros must be usable in #if. */
#if INT64_MAX != 0x7fffffffffffffff || UINT32_MAX != 0xffffffff || SIZE_MAX == 0
# error "stdint limits not usable in #if"
#endif
#if WCHAR_MIN > 0 || WINT_MIN != 0 || PTRDIFF_MIN >= 0 || INTPTR_MIN >= 0
# error "stdint min limits"
#endif

/* ---- limits.h ---- */
SA(CHAR_BIT == 8, "CHAR_BIT");
SA(SCHAR_MIN == -128 && SCHAR_MAX == 127 && UCHAR_MAX == 255, "char limits");
SA(CHAR_MIN == ((char)-1 < 0 ? -128 : 0), "CHAR_MIN");
SA(CHAR_MAX == ((char)-1 < 0 ? 127 : 255), "CHAR_MAX");
SA(SHRT_MIN == -32768 && SHRT_MAX == 32767 && USHRT_MAX == 65535, "short");
SA(INT_MAX == 2147483647 && INT_MIN == -INT_MAX - 1, "int");
SA(UINT_MAX == 4294967295U, "uint");
SA(LONG_MAX == __LONG_MAX__ && LONG_MIN == -LONG_MAX - 1, "long");
SA(ULONG_MAX == (unsigned long)-1, "ulong");
SA(LLONG_MAX == 9223372036854775807LL && ULLONG_MAX == (unsigned long long)-1, "llong");
SA(LLONG_MIN == -LLONG_MAX - 1, "LLONG_MIN");
SA(SAME(__typeof__(UINT_MAX), unsigned int) && SAME(__typeof__(ULONG_MAX), unsigned long), "limit types");
SA(SAME(__typeof__(LONG_MIN), long) && SAME(__typeof__(USHRT_MAX), int), "limit types 2");
SA(MB_LEN_MAX >= 4, "MB_LEN_MAX");
#if CHAR_BIT != 8 || UCHAR_MAX != 255 || ULONG_MAX == 0 || LONG_MIN >= 0
# error "limits not usable in #if"
#endif
#ifdef __FERRO_USE_POSIX
SA(PATH_MAX == 4096 && NAME_MAX == 255 && PIPE_BUF == 4096, "posix limits");
SA(IOV_MAX == 1024 && _POSIX_ARG_MAX == 4096, "posix limits 2");
SA(SSIZE_MAX == PTRDIFF_MAX, "SSIZE_MAX");
SA(LONG_BIT == (int)sizeof(long) * 8 && WORD_BIT == 32, "LONG_BIT");
# if PTHREAD_STACK_MIN < 16384 || LONG_BIT < 32
#  error "posix limits in #if"
# endif
# ifdef PAGESIZE
#  error "PAGESIZE must not be defined"
# endif
#else
# ifdef PATH_MAX
#  error "PATH_MAX visible in strict ISO C mode"
# endif
#endif

/* ---- float.h ---- */
SA(FLT_RADIX == 2, "FLT_RADIX");
SA(FLT_MANT_DIG == 24 && DBL_MANT_DIG == 53, "mant dig");
#if defined(__x86_64__) || defined(__i386__)
SA(LDBL_MANT_DIG == 64, "x87 long double");
#elif defined(__aarch64__) || (defined(__riscv) && __riscv_xlen == 64)
SA(LDBL_MANT_DIG == 113, "binary128 long double");
#endif
SA(FLT_DIG == 6 && DBL_DIG == 15, "dig");
SA(FLT_MAX_EXP == 128 && DBL_MAX_EXP == 1024, "max exp");
SA(FLT_MIN_EXP == -125 && DBL_MIN_EXP == -1021, "min exp");
SA(FLT_MAX_10_EXP == 38 && DBL_MIN_10_EXP == -307, "10 exp");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#ifdef __clang__
# pragma clang diagnostic ignored "-Wgnu-folding-constant"
#endif
SAF(FLT_EPSILON == 1.0f / 8388608.0f && DBL_EPSILON == 1.0 / 4503599627370496.0, "epsilon");
SAF(FLT_MIN == 1.17549435082228750797e-38f && DBL_MAX > 1e308, "min/max");
SAF(LDBL_MAX >= DBL_MAX && LDBL_MIN <= DBL_MIN && LDBL_EPSILON <= DBL_EPSILON, "ldbl");
SA(FLT_ROUNDS == 1 && DECIMAL_DIG >= 17, "rounds/decimal dig");
SA(FLT_EVAL_METHOD == __FLT_EVAL_METHOD__, "eval method");
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) || !defined(__STRICT_ANSI__)
SAF(FLT_TRUE_MIN == 1.40129846432481707092e-45f && DBL_TRUE_MIN == 4.94065645841246544177e-324, "true min");
SA(FLT_DECIMAL_DIG == 9 && DBL_DECIMAL_DIG == 17, "decimal dig");
SA(FLT_HAS_SUBNORM == 1 && DBL_HAS_SUBNORM == 1 && LDBL_HAS_SUBNORM == 1, "subnorm");
SAF(LDBL_TRUE_MIN > 0 && LDBL_DECIMAL_DIG >= 17, "ldbl c11");
#endif
#pragma GCC diagnostic pop

/* ---- stdbool / stdalign / stdnoreturn / iso646 ---- */
#ifdef HAVE_C11
SA(__bool_true_false_are_defined == 1 && true == 1 && false == 0, "stdbool");
SA(sizeof(bool) == 1, "bool size");
SA(alignof(double) == _Alignof(double) && __alignas_is_defined, "stdalign");
struct aligned_probe { char c; alignas(16) char buf[16]; };
SA(offsetof(struct aligned_probe, buf) == 16, "alignas works");
noreturn void freestanding_check_dies(void);
#endif
SA((1 and 1) && (0 or 1) && (not 0) && ((6 bitand 3) == 2) && ((4 bitor 1) == 5)
   && ((5 xor 1) == 4) && ((compl 0) == -1) && (1 not_eq 2), "iso646");

/* ---- features.h helpers ---- */
__FERRO_BEGIN_DECLS
__FERRO_NORETURN void freestanding_check_noret(void);
void *freestanding_check_copy(void *__FERRO_RESTRICT d, const void *__FERRO_RESTRICT s);
__FERRO_INLINE int freestanding_check_inline(int x) { return x + 1; }
__FERRO_END_DECLS
int freestanding_check_use_inline(void) { return freestanding_check_inline(1); }
#if defined(_GNU_SOURCE)
# if !defined(__FERRO_USE_GNU) || !defined(__FERRO_USE_DEFAULT) \
     || !defined(__FERRO_USE_XOPEN) || !defined(__FERRO_USE_LARGEFILE64) \
     || _POSIX_C_SOURCE != 202405L || _XOPEN_SOURCE != 800
#  error "_GNU_SOURCE must enable everything"
# endif
#elif defined(_DEFAULT_SOURCE)
# if !defined(__FERRO_USE_DEFAULT) || !defined(__FERRO_USE_POSIX2024) \
     || defined(__FERRO_USE_GNU)
#  error "_DEFAULT_SOURCE: default set plus latest POSIX, no GNU"
# endif
#elif defined(_XOPEN_SOURCE)
# if !defined(__FERRO_USE_XOPEN) || !defined(__FERRO_USE_POSIX) \
     || (_XOPEN_SOURCE >= 700 && _POSIX_C_SOURCE < 200809L)
#  error "_XOPEN_SOURCE must imply POSIX"
# endif
# if defined(__FERRO_USE_GNU) || defined(__FERRO_USE_DEFAULT)
#  error "_XOPEN_SOURCE alone must not enable extensions"
# endif
#elif defined(_POSIX_C_SOURCE) && !defined(__FERRO_USE_DEFAULT)
# if !defined(__FERRO_USE_POSIX) || defined(__FERRO_USE_XOPEN) \
     || defined(__FERRO_USE_GNU)
#  error "_POSIX_C_SOURCE alone must enable only POSIX"
# endif
#elif defined(__STRICT_ANSI__) && !defined(__cplusplus)
# if defined(__FERRO_USE_POSIX) || defined(__FERRO_USE_DEFAULT)
#  error "strict ISO C must not enable POSIX"
# endif
#elif !defined(__STRICT_ANSI__)
# if !defined(__FERRO_USE_DEFAULT) || !defined(__FERRO_USE_POSIX2008) \
     || defined(__FERRO_USE_GNU)
#  error "default mode must be _DEFAULT_SOURCE"
# endif
#endif

/* ---- elf.h ---- */
SA(sizeof(Elf64_Ehdr) == 64 && sizeof(Elf32_Ehdr) == 52, "Ehdr");
SA(sizeof(Elf64_Phdr) == 56 && sizeof(Elf32_Phdr) == 32, "Phdr");
SA(sizeof(Elf64_Shdr) == 64 && sizeof(Elf32_Shdr) == 40, "Shdr");
SA(sizeof(Elf64_Sym) == 24 && sizeof(Elf32_Sym) == 16, "Sym");
SA(sizeof(Elf64_Dyn) == 16 && sizeof(Elf32_Dyn) == 8, "Dyn");
SA(sizeof(Elf64_Rela) == 24 && sizeof(Elf32_Rela) == 12, "Rela");
SA(sizeof(Elf64_Rel) == 16 && sizeof(Elf32_Rel) == 8, "Rel");
SA(sizeof(Elf64_Nhdr) == 12 && sizeof(Elf64_Chdr) == 24 && sizeof(Elf32_Chdr) == 12, "Nhdr/Chdr");
SA(sizeof(Elf64_Verdef) == 20 && sizeof(Elf64_Verneed) == 16 && sizeof(Elf64_Vernaux) == 16, "ver");
SA(sizeof(Elf64_Verdaux) == 8, "verdaux");
SA(sizeof(Elf64_auxv_t) == 16 && sizeof(Elf32_auxv_t) == 8, "auxv");
SA(offsetof(Elf64_Ehdr, e_phoff) == 32 && offsetof(Elf64_Ehdr, e_shstrndx) == 62, "Ehdr layout");
SA(offsetof(Elf32_Ehdr, e_entry) == 24 && offsetof(Elf32_Ehdr, e_shstrndx) == 50, "Ehdr32 layout");
SA(offsetof(Elf64_Phdr, p_offset) == 8 && offsetof(Elf64_Sym, st_value) == 8, "Phdr/Sym layout");
SA(EI_NIDENT == 16 && SELFMAG == 4 && ELFMAG0 == 0x7f && ELFMAG3 == 'F', "ident");
SA(sizeof(ELFMAG) == 5, "ELFMAG");
SA(EM_386 == 3 && EM_X86_64 == 62 && EM_AARCH64 == 183 && EM_RISCV == 243, "EM");
SA(EM_ARM == 40 && EM_PPC == 20 && EM_PPC64 == 21 && EM_S390 == 22 && EM_MIPS == 8 && EM_LOONGARCH == 258, "EM2");
SA(PT_LOAD == 1 && PT_GNU_STACK == 0x6474e551 && PT_GNU_RELRO == 0x6474e552, "PT");
SA(PT_GNU_EH_FRAME == 0x6474e550 && PT_GNU_PROPERTY == 0x6474e553 && PT_TLS == 7, "PT2");
SA(PT_LOOS == 0x60000000 && PT_HIOS == 0x6fffffff && PT_LOPROC == 0x70000000 && PT_HIPROC == 0x7fffffff, "PT3");
SA(SHT_GNU_HASH == 0x6ffffff6 && SHT_GNU_versym == 0x6fffffff && SHT_GNU_verdef == 0x6ffffffd && SHT_GNU_verneed == 0x6ffffffe, "SHT");
SA(SHT_INIT_ARRAY == 14 && SHT_RELR == 19 && SHN_UNDEF == 0 && SHN_ABS == 0xfff1 && SHN_XINDEX == 0xffff, "SHT/SHN");
SA(SHF_ALLOC == 2 && SHF_EXECINSTR == 4 && SHF_TLS == 0x400, "SHF");
SA(DT_GNU_HASH == 0x6ffffef5 && DT_VERSYM == 0x6ffffff0 && DT_FLAGS_1 == 0x6ffffffb, "DT");
SA(DT_VERDEF == 0x6ffffffc && DT_VERDEFNUM == 0x6ffffffd && DT_VERNEED == 0x6ffffffe && DT_VERNEEDNUM == 0x6fffffff, "DT2");
SA(DT_RELRSZ == 35 && DT_RELR == 36 && DT_RELRENT == 37 && DT_NUM == 38 && DT_FLAGS == 30, "DT3");
SA(DT_INIT_ARRAY == 25 && DT_FINI_ARRAYSZ == 28 && DT_RUNPATH == 29, "DT4");
SA(STB_GLOBAL == 1 && STB_WEAK == 2 && STT_FUNC == 2 && STT_GNU_IFUNC == 10 && STV_HIDDEN == 2, "ST");
SA(ELF64_ST_BIND(0x12) == STB_GLOBAL && ELF64_ST_TYPE(0x12) == STT_FUNC, "ST macros");
SA(ELF32_ST_INFO(STB_WEAK, STT_OBJECT) == 0x21 && ELF32_ST_VISIBILITY(0x13) == 3, "ST macros 2");
SA(ELF64_R_SYM(0x0000000500000007ULL) == 5 && ELF64_R_TYPE(0x0000000500000007ULL) == 7, "R64");
SA(ELF64_R_INFO(5, 7) == 0x0000000500000007ULL, "R64 info");
SA(ELF32_R_SYM(0x507) == 5 && ELF32_R_TYPE(0x507) == 7 && ELF32_R_INFO(5, 7) == 0x507, "R32");
SA(VER_NDX_LOCAL == 0 && VER_NDX_GLOBAL == 1 && VER_FLG_BASE == 1 && VER_DEF_CURRENT == 1, "VER");
SA(NT_PRSTATUS == 1 && NT_GNU_BUILD_ID == 3 && NT_GNU_ABI_TAG == 1 && NT_GNU_PROPERTY_TYPE_0 == 5, "NT");
SA(AT_NULL == 0 && AT_PHDR == 3 && AT_PAGESZ == 6 && AT_ENTRY == 9 && AT_HWCAP == 16, "AT");
SA(AT_CLKTCK == 17 && AT_SECURE == 23 && AT_RANDOM == 25 && AT_HWCAP2 == 26 && AT_EXECFN == 31, "AT2");
SA(AT_SYSINFO == 32 && AT_SYSINFO_EHDR == 33 && AT_MINSIGSTKSZ == 51, "AT3");
SA(AT_RSEQ_FEATURE_SIZE == 27 && AT_RSEQ_ALIGN == 28 && AT_HWCAP3 == 29 && AT_HWCAP4 == 30, "AT4");
SA(SAME(Elf64_Addr, uint64_t) && SAME(Elf32_Word, uint32_t) && SAME(Elf64_Half, uint16_t), "elf types");
SA(SAME(Elf64_Sxword, int64_t) && SAME(Elf32_Sword, int32_t), "elf signed types");
