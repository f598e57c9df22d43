/*
 * ABI comparison probe: compiled once against the system (glibc) headers and
 * once against ferrolibc's headers; abi_compare.sh checks that the emitted
 * tables are byte-identical.  Generated list of names; edit freely.
 *
 * Deliberately NOT compared (ferrolibc follows the POSIX minimum / its own
 * implementation limits where glibc picks other values):
 *   HOST_NAME_MAX 255 (glibc 64), PTHREAD_KEYS_MAX 128 (glibc 1024),
 *   CHARCLASS_NAME_MAX 14 (glibc 2048), COLL_WEIGHTS_MAX 2 (glibc 255),
 *   RE_DUP_MAX 255 (glibc 0x7fff), NL_ARGMAX 9 (glibc 4096),
 *   NL_LANGMAX 32 (glibc 2048), NL_MSGMAX/NL_SETMAX/NL_TEXTMAX (glibc INT_MAX).
 *   LINE_MAX, ARG_MAX, PTHREAD_STACK_MIN are not compared either: glibc
 *   defines LINE_MAX 2048 (ours 4096), no ARG_MAX, and a sysconf()-based
 *   PTHREAD_STACK_MIN under _GNU_SOURCE.
 */
#include <stddef.h>
#include <stdint.h>
#include <limits.h>
#include <float.h>
#include <elf.h>

#define CODE(x) _Generic((x), _Bool: 1, char: 2, signed char: 3, unsigned char: 4, \
  short: 5, unsigned short: 6, int: 7, unsigned int: 8, long: 9, unsigned long: 10, \
  long long: 11, unsigned long long: 12, float: 13, double: 14, long double: 15, default: 99)
#define TY(T) { CODE((T)0), sizeof(T), _Alignof(T) }
#define EX(e) { CODE(e), sizeof(e), 0 }
struct tinfo { unsigned char code, size, align; };
typedef char max_align_t_dummy;

__attribute__((used, section(".rodata.types"))) const struct tinfo types[] = {
  TY(int8_t), /* int8_t */
  TY(int16_t), /* int16_t */
  TY(int32_t), /* int32_t */
  TY(int64_t), /* int64_t */
  TY(uint8_t), /* uint8_t */
  TY(uint16_t), /* uint16_t */
  TY(uint32_t), /* uint32_t */
  TY(uint64_t), /* uint64_t */
  TY(int_least8_t), /* int_least8_t */
  TY(int_least16_t), /* int_least16_t */
  TY(int_least32_t), /* int_least32_t */
  TY(int_least64_t), /* int_least64_t */
  TY(uint_least8_t), /* uint_least8_t */
  TY(uint_least16_t), /* uint_least16_t */
  TY(uint_least32_t), /* uint_least32_t */
  TY(uint_least64_t), /* uint_least64_t */
  TY(int_fast8_t), /* int_fast8_t */
  TY(int_fast16_t), /* int_fast16_t */
  TY(int_fast32_t), /* int_fast32_t */
  TY(int_fast64_t), /* int_fast64_t */
  TY(uint_fast8_t), /* uint_fast8_t */
  TY(uint_fast16_t), /* uint_fast16_t */
  TY(uint_fast32_t), /* uint_fast32_t */
  TY(uint_fast64_t), /* uint_fast64_t */
  TY(intptr_t), /* intptr_t */
  TY(uintptr_t), /* uintptr_t */
  TY(intmax_t), /* intmax_t */
  TY(uintmax_t), /* uintmax_t */
  TY(size_t), /* size_t */
  TY(ptrdiff_t), /* ptrdiff_t */
  TY(wchar_t), /* wchar_t */
  TY(max_align_t_dummy), /* max_align_t_dummy */
  { 0, sizeof(Elf32_Ehdr), _Alignof(Elf32_Ehdr) }, /* Elf32_Ehdr */
  { 0, sizeof(Elf64_Ehdr), _Alignof(Elf64_Ehdr) }, /* Elf64_Ehdr */
  { 0, sizeof(Elf32_Phdr), _Alignof(Elf32_Phdr) }, /* Elf32_Phdr */
  { 0, sizeof(Elf64_Phdr), _Alignof(Elf64_Phdr) }, /* Elf64_Phdr */
  { 0, sizeof(Elf32_Shdr), _Alignof(Elf32_Shdr) }, /* Elf32_Shdr */
  { 0, sizeof(Elf64_Shdr), _Alignof(Elf64_Shdr) }, /* Elf64_Shdr */
  { 0, sizeof(Elf32_Sym), _Alignof(Elf32_Sym) }, /* Elf32_Sym */
  { 0, sizeof(Elf64_Sym), _Alignof(Elf64_Sym) }, /* Elf64_Sym */
  { 0, sizeof(Elf32_Dyn), _Alignof(Elf32_Dyn) }, /* Elf32_Dyn */
  { 0, sizeof(Elf64_Dyn), _Alignof(Elf64_Dyn) }, /* Elf64_Dyn */
  { 0, sizeof(Elf32_Rel), _Alignof(Elf32_Rel) }, /* Elf32_Rel */
  { 0, sizeof(Elf64_Rel), _Alignof(Elf64_Rel) }, /* Elf64_Rel */
  { 0, sizeof(Elf32_Rela), _Alignof(Elf32_Rela) }, /* Elf32_Rela */
  { 0, sizeof(Elf64_Rela), _Alignof(Elf64_Rela) }, /* Elf64_Rela */
  { 0, sizeof(Elf32_Nhdr), _Alignof(Elf32_Nhdr) }, /* Elf32_Nhdr */
  { 0, sizeof(Elf64_Nhdr), _Alignof(Elf64_Nhdr) }, /* Elf64_Nhdr */
  { 0, sizeof(Elf32_Chdr), _Alignof(Elf32_Chdr) }, /* Elf32_Chdr */
  { 0, sizeof(Elf64_Chdr), _Alignof(Elf64_Chdr) }, /* Elf64_Chdr */
  { 0, sizeof(Elf32_Verdef), _Alignof(Elf32_Verdef) }, /* Elf32_Verdef */
  { 0, sizeof(Elf64_Verdef), _Alignof(Elf64_Verdef) }, /* Elf64_Verdef */
  { 0, sizeof(Elf32_Verdaux), _Alignof(Elf32_Verdaux) }, /* Elf32_Verdaux */
  { 0, sizeof(Elf64_Verdaux), _Alignof(Elf64_Verdaux) }, /* Elf64_Verdaux */
  { 0, sizeof(Elf32_Verneed), _Alignof(Elf32_Verneed) }, /* Elf32_Verneed */
  { 0, sizeof(Elf64_Verneed), _Alignof(Elf64_Verneed) }, /* Elf64_Verneed */
  { 0, sizeof(Elf32_Vernaux), _Alignof(Elf32_Vernaux) }, /* Elf32_Vernaux */
  { 0, sizeof(Elf64_Vernaux), _Alignof(Elf64_Vernaux) }, /* Elf64_Vernaux */
  { 0, sizeof(Elf32_auxv_t), _Alignof(Elf32_auxv_t) }, /* Elf32_auxv_t */
  { 0, sizeof(Elf64_auxv_t), _Alignof(Elf64_auxv_t) }, /* Elf64_auxv_t */
  { 0, sizeof(Elf32_Half), _Alignof(Elf32_Half) }, /* Elf32_Half */
  { 0, sizeof(Elf64_Half), _Alignof(Elf64_Half) }, /* Elf64_Half */
  { 0, sizeof(Elf32_Word), _Alignof(Elf32_Word) }, /* Elf32_Word */
  { 0, sizeof(Elf32_Sword), _Alignof(Elf32_Sword) }, /* Elf32_Sword */
  { 0, sizeof(Elf64_Word), _Alignof(Elf64_Word) }, /* Elf64_Word */
  { 0, sizeof(Elf64_Sword), _Alignof(Elf64_Sword) }, /* Elf64_Sword */
  { 0, sizeof(Elf32_Xword), _Alignof(Elf32_Xword) }, /* Elf32_Xword */
  { 0, sizeof(Elf32_Sxword), _Alignof(Elf32_Sxword) }, /* Elf32_Sxword */
  { 0, sizeof(Elf64_Xword), _Alignof(Elf64_Xword) }, /* Elf64_Xword */
  { 0, sizeof(Elf64_Sxword), _Alignof(Elf64_Sxword) }, /* Elf64_Sxword */
  { 0, sizeof(Elf32_Addr), _Alignof(Elf32_Addr) }, /* Elf32_Addr */
  { 0, sizeof(Elf64_Addr), _Alignof(Elf64_Addr) }, /* Elf64_Addr */
  { 0, sizeof(Elf32_Off), _Alignof(Elf32_Off) }, /* Elf32_Off */
  { 0, sizeof(Elf64_Off), _Alignof(Elf64_Off) }, /* Elf64_Off */
  { 0, sizeof(Elf32_Section), _Alignof(Elf32_Section) }, /* Elf32_Section */
  { 0, sizeof(Elf64_Section), _Alignof(Elf64_Section) }, /* Elf64_Section */
  { 0, sizeof(Elf32_Versym), _Alignof(Elf32_Versym) }, /* Elf32_Versym */
  { 0, sizeof(Elf64_Versym), _Alignof(Elf64_Versym) }, /* Elf64_Versym */
  { 0, sizeof(max_align_t), _Alignof(max_align_t) }, /* max_align_t */
};
__attribute__((used, section(".rodata.mtypes"))) const struct tinfo mtypes[] = {
  EX(INT8_MIN), /* INT8_MIN */
  EX(INT16_MIN), /* INT16_MIN */
  EX(INT32_MIN), /* INT32_MIN */
  EX(INT64_MIN), /* INT64_MIN */
  EX(INT8_MAX), /* INT8_MAX */
  EX(INT16_MAX), /* INT16_MAX */
  EX(INT32_MAX), /* INT32_MAX */
  EX(INT64_MAX), /* INT64_MAX */
  EX(UINT8_MAX), /* UINT8_MAX */
  EX(UINT16_MAX), /* UINT16_MAX */
  EX(UINT32_MAX), /* UINT32_MAX */
  EX(UINT64_MAX), /* UINT64_MAX */
  EX(INT_LEAST8_MIN), /* INT_LEAST8_MIN */
  EX(INT_LEAST16_MIN), /* INT_LEAST16_MIN */
  EX(INT_LEAST32_MIN), /* INT_LEAST32_MIN */
  EX(INT_LEAST64_MIN), /* INT_LEAST64_MIN */
  EX(INT_LEAST8_MAX), /* INT_LEAST8_MAX */
  EX(INT_LEAST16_MAX), /* INT_LEAST16_MAX */
  EX(INT_LEAST32_MAX), /* INT_LEAST32_MAX */
  EX(INT_LEAST64_MAX), /* INT_LEAST64_MAX */
  EX(UINT_LEAST8_MAX), /* UINT_LEAST8_MAX */
  EX(UINT_LEAST16_MAX), /* UINT_LEAST16_MAX */
  EX(UINT_LEAST32_MAX), /* UINT_LEAST32_MAX */
  EX(UINT_LEAST64_MAX), /* UINT_LEAST64_MAX */
  EX(INT_FAST8_MIN), /* INT_FAST8_MIN */
  EX(INT_FAST16_MIN), /* INT_FAST16_MIN */
  EX(INT_FAST32_MIN), /* INT_FAST32_MIN */
  EX(INT_FAST64_MIN), /* INT_FAST64_MIN */
  EX(INT_FAST8_MAX), /* INT_FAST8_MAX */
  EX(INT_FAST16_MAX), /* INT_FAST16_MAX */
  EX(INT_FAST32_MAX), /* INT_FAST32_MAX */
  EX(INT_FAST64_MAX), /* INT_FAST64_MAX */
  EX(UINT_FAST8_MAX), /* UINT_FAST8_MAX */
  EX(UINT_FAST16_MAX), /* UINT_FAST16_MAX */
  EX(UINT_FAST32_MAX), /* UINT_FAST32_MAX */
  EX(UINT_FAST64_MAX), /* UINT_FAST64_MAX */
  EX(INTPTR_MIN), /* INTPTR_MIN */
  EX(INTPTR_MAX), /* INTPTR_MAX */
  EX(UINTPTR_MAX), /* UINTPTR_MAX */
  EX(INTMAX_MIN), /* INTMAX_MIN */
  EX(INTMAX_MAX), /* INTMAX_MAX */
  EX(UINTMAX_MAX), /* UINTMAX_MAX */
  EX(PTRDIFF_MIN), /* PTRDIFF_MIN */
  EX(PTRDIFF_MAX), /* PTRDIFF_MAX */
  EX(SIG_ATOMIC_MIN), /* SIG_ATOMIC_MIN */
  EX(SIG_ATOMIC_MAX), /* SIG_ATOMIC_MAX */
  EX(SIZE_MAX), /* SIZE_MAX */
  EX(WCHAR_MIN), /* WCHAR_MIN */
  EX(WCHAR_MAX), /* WCHAR_MAX */
  EX(WINT_MIN), /* WINT_MIN */
  EX(WINT_MAX), /* WINT_MAX */
  EX(INT8_C(1)), /* INT8_C(1) */
  EX(INT16_C(1)), /* INT16_C(1) */
  EX(INT32_C(1)), /* INT32_C(1) */
  EX(INT64_C(1)), /* INT64_C(1) */
  EX(UINT8_C(1)), /* UINT8_C(1) */
  EX(UINT16_C(1)), /* UINT16_C(1) */
  EX(UINT32_C(1)), /* UINT32_C(1) */
  EX(UINT64_C(1)), /* UINT64_C(1) */
  EX(INTMAX_C(1)), /* INTMAX_C(1) */
  EX(UINTMAX_C(1)), /* UINTMAX_C(1) */
  EX(CHAR_BIT), /* CHAR_BIT */
  EX(SCHAR_MIN), /* SCHAR_MIN */
  EX(SCHAR_MAX), /* SCHAR_MAX */
  EX(UCHAR_MAX), /* UCHAR_MAX */
  EX(CHAR_MIN), /* CHAR_MIN */
  EX(CHAR_MAX), /* CHAR_MAX */
  EX(SHRT_MIN), /* SHRT_MIN */
  EX(SHRT_MAX), /* SHRT_MAX */
  EX(USHRT_MAX), /* USHRT_MAX */
  EX(INT_MIN), /* INT_MIN */
  EX(INT_MAX), /* INT_MAX */
  EX(UINT_MAX), /* UINT_MAX */
  EX(LONG_MIN), /* LONG_MIN */
  EX(LONG_MAX), /* LONG_MAX */
  EX(ULONG_MAX), /* ULONG_MAX */
  EX(LLONG_MIN), /* LLONG_MIN */
  EX(LLONG_MAX), /* LLONG_MAX */
  EX(ULLONG_MAX), /* ULLONG_MAX */
  EX(MB_LEN_MAX), /* MB_LEN_MAX */
  EX(_POSIX_AIO_LISTIO_MAX), /* _POSIX_AIO_LISTIO_MAX */
  EX(_POSIX_AIO_MAX), /* _POSIX_AIO_MAX */
  EX(_POSIX_ARG_MAX), /* _POSIX_ARG_MAX */
  EX(_POSIX_CHILD_MAX), /* _POSIX_CHILD_MAX */
  EX(_POSIX_DELAYTIMER_MAX), /* _POSIX_DELAYTIMER_MAX */
  EX(_POSIX_HOST_NAME_MAX), /* _POSIX_HOST_NAME_MAX */
  EX(_POSIX_LINK_MAX), /* _POSIX_LINK_MAX */
  EX(_POSIX_LOGIN_NAME_MAX), /* _POSIX_LOGIN_NAME_MAX */
  EX(_POSIX_MAX_CANON), /* _POSIX_MAX_CANON */
  EX(_POSIX_MAX_INPUT), /* _POSIX_MAX_INPUT */
  EX(_POSIX_MQ_OPEN_MAX), /* _POSIX_MQ_OPEN_MAX */
  EX(_POSIX_MQ_PRIO_MAX), /* _POSIX_MQ_PRIO_MAX */
  EX(_POSIX_NAME_MAX), /* _POSIX_NAME_MAX */
  EX(_POSIX_NGROUPS_MAX), /* _POSIX_NGROUPS_MAX */
  EX(_POSIX_OPEN_MAX), /* _POSIX_OPEN_MAX */
  EX(_POSIX_PATH_MAX), /* _POSIX_PATH_MAX */
  EX(_POSIX_PIPE_BUF), /* _POSIX_PIPE_BUF */
  EX(_POSIX_RE_DUP_MAX), /* _POSIX_RE_DUP_MAX */
  EX(_POSIX_RTSIG_MAX), /* _POSIX_RTSIG_MAX */
  EX(_POSIX_SEM_NSEMS_MAX), /* _POSIX_SEM_NSEMS_MAX */
  EX(_POSIX_SEM_VALUE_MAX), /* _POSIX_SEM_VALUE_MAX */
  EX(_POSIX_SIGQUEUE_MAX), /* _POSIX_SIGQUEUE_MAX */
  EX(_POSIX_SSIZE_MAX), /* _POSIX_SSIZE_MAX */
  EX(_POSIX_STREAM_MAX), /* _POSIX_STREAM_MAX */
  EX(_POSIX_SYMLINK_MAX), /* _POSIX_SYMLINK_MAX */
  EX(_POSIX_SYMLOOP_MAX), /* _POSIX_SYMLOOP_MAX */
  EX(_POSIX_THREAD_DESTRUCTOR_ITERATIONS), /* _POSIX_THREAD_DESTRUCTOR_ITERATIONS */
  EX(_POSIX_THREAD_KEYS_MAX), /* _POSIX_THREAD_KEYS_MAX */
  EX(_POSIX_THREAD_THREADS_MAX), /* _POSIX_THREAD_THREADS_MAX */
  EX(_POSIX_TIMER_MAX), /* _POSIX_TIMER_MAX */
  EX(_POSIX_TTY_NAME_MAX), /* _POSIX_TTY_NAME_MAX */
  EX(_POSIX_TZNAME_MAX), /* _POSIX_TZNAME_MAX */
  EX(_POSIX_CLOCKRES_MIN), /* _POSIX_CLOCKRES_MIN */
  EX(_POSIX2_BC_BASE_MAX), /* _POSIX2_BC_BASE_MAX */
  EX(_POSIX2_BC_DIM_MAX), /* _POSIX2_BC_DIM_MAX */
  EX(_POSIX2_BC_SCALE_MAX), /* _POSIX2_BC_SCALE_MAX */
  EX(_POSIX2_BC_STRING_MAX), /* _POSIX2_BC_STRING_MAX */
  EX(_POSIX2_CHARCLASS_NAME_MAX), /* _POSIX2_CHARCLASS_NAME_MAX */
  EX(_POSIX2_COLL_WEIGHTS_MAX), /* _POSIX2_COLL_WEIGHTS_MAX */
  EX(_POSIX2_EXPR_NEST_MAX), /* _POSIX2_EXPR_NEST_MAX */
  EX(_POSIX2_LINE_MAX), /* _POSIX2_LINE_MAX */
  EX(_POSIX2_RE_DUP_MAX), /* _POSIX2_RE_DUP_MAX */
  EX(_XOPEN_IOV_MAX), /* _XOPEN_IOV_MAX */
  EX(PATH_MAX), /* PATH_MAX */
  EX(NAME_MAX), /* NAME_MAX */
  EX(PIPE_BUF), /* PIPE_BUF */
  EX(IOV_MAX), /* IOV_MAX */
  EX(LOGIN_NAME_MAX), /* LOGIN_NAME_MAX */
  EX(TTY_NAME_MAX), /* TTY_NAME_MAX */
  EX(NGROUPS_MAX), /* NGROUPS_MAX */
  EX(RTSIG_MAX), /* RTSIG_MAX */
  EX(MQ_PRIO_MAX), /* MQ_PRIO_MAX */
  EX(DELAYTIMER_MAX), /* DELAYTIMER_MAX */
  EX(SEM_VALUE_MAX), /* SEM_VALUE_MAX */
  EX(PTHREAD_DESTRUCTOR_ITERATIONS), /* PTHREAD_DESTRUCTOR_ITERATIONS */
  EX(BC_BASE_MAX), /* BC_BASE_MAX */
  EX(BC_DIM_MAX), /* BC_DIM_MAX */
  EX(BC_SCALE_MAX), /* BC_SCALE_MAX */
  EX(BC_STRING_MAX), /* BC_STRING_MAX */
  EX(EXPR_NEST_MAX), /* EXPR_NEST_MAX */
  EX(NZERO), /* NZERO */
  EX(SSIZE_MAX), /* SSIZE_MAX */
  EX(LONG_BIT), /* LONG_BIT */
  EX(WORD_BIT), /* WORD_BIT */
  EX(FLT_RADIX), /* FLT_RADIX */
  EX(FLT_MANT_DIG), /* FLT_MANT_DIG */
  EX(DBL_MANT_DIG), /* DBL_MANT_DIG */
  EX(LDBL_MANT_DIG), /* LDBL_MANT_DIG */
  EX(DECIMAL_DIG), /* DECIMAL_DIG */
  EX(FLT_DIG), /* FLT_DIG */
  EX(DBL_DIG), /* DBL_DIG */
  EX(LDBL_DIG), /* LDBL_DIG */
  EX(FLT_MIN_EXP), /* FLT_MIN_EXP */
  EX(DBL_MIN_EXP), /* DBL_MIN_EXP */
  EX(LDBL_MIN_EXP), /* LDBL_MIN_EXP */
  EX(FLT_MIN_10_EXP), /* FLT_MIN_10_EXP */
  EX(DBL_MIN_10_EXP), /* DBL_MIN_10_EXP */
  EX(LDBL_MIN_10_EXP), /* LDBL_MIN_10_EXP */
  EX(FLT_MAX_EXP), /* FLT_MAX_EXP */
  EX(DBL_MAX_EXP), /* DBL_MAX_EXP */
  EX(LDBL_MAX_EXP), /* LDBL_MAX_EXP */
  EX(FLT_MAX_10_EXP), /* FLT_MAX_10_EXP */
  EX(DBL_MAX_10_EXP), /* DBL_MAX_10_EXP */
  EX(LDBL_MAX_10_EXP), /* LDBL_MAX_10_EXP */
  EX(FLT_EVAL_METHOD), /* FLT_EVAL_METHOD */
  EX(FLT_DECIMAL_DIG), /* FLT_DECIMAL_DIG */
  EX(DBL_DECIMAL_DIG), /* DBL_DECIMAL_DIG */
  EX(LDBL_DECIMAL_DIG), /* LDBL_DECIMAL_DIG */
  EX(FLT_HAS_SUBNORM), /* FLT_HAS_SUBNORM */
  EX(DBL_HAS_SUBNORM), /* DBL_HAS_SUBNORM */
  EX(LDBL_HAS_SUBNORM), /* LDBL_HAS_SUBNORM */
  EX(FLT_MAX), /* FLT_MAX */
  EX(DBL_MAX), /* DBL_MAX */
  EX(LDBL_MAX), /* LDBL_MAX */
  EX(FLT_EPSILON), /* FLT_EPSILON */
  EX(DBL_EPSILON), /* DBL_EPSILON */
  EX(LDBL_EPSILON), /* LDBL_EPSILON */
  EX(FLT_MIN), /* FLT_MIN */
  EX(DBL_MIN), /* DBL_MIN */
  EX(LDBL_MIN), /* LDBL_MIN */
  EX(FLT_TRUE_MIN), /* FLT_TRUE_MIN */
  EX(DBL_TRUE_MIN), /* DBL_TRUE_MIN */
  EX(LDBL_TRUE_MIN), /* LDBL_TRUE_MIN */
};
__attribute__((used, section(".rodata.ivals"))) const long long ivals[] = {
  (long long)(INT8_MIN), /* INT8_MIN */
  (long long)(INT16_MIN), /* INT16_MIN */
  (long long)(INT32_MIN), /* INT32_MIN */
  (long long)(INT64_MIN), /* INT64_MIN */
  (long long)(INT8_MAX), /* INT8_MAX */
  (long long)(INT16_MAX), /* INT16_MAX */
  (long long)(INT32_MAX), /* INT32_MAX */
  (long long)(INT64_MAX), /* INT64_MAX */
  (long long)(UINT8_MAX), /* UINT8_MAX */
  (long long)(UINT16_MAX), /* UINT16_MAX */
  (long long)(UINT32_MAX), /* UINT32_MAX */
  (long long)(UINT64_MAX), /* UINT64_MAX */
  (long long)(INT_LEAST8_MIN), /* INT_LEAST8_MIN */
  (long long)(INT_LEAST16_MIN), /* INT_LEAST16_MIN */
  (long long)(INT_LEAST32_MIN), /* INT_LEAST32_MIN */
  (long long)(INT_LEAST64_MIN), /* INT_LEAST64_MIN */
  (long long)(INT_LEAST8_MAX), /* INT_LEAST8_MAX */
  (long long)(INT_LEAST16_MAX), /* INT_LEAST16_MAX */
  (long long)(INT_LEAST32_MAX), /* INT_LEAST32_MAX */
  (long long)(INT_LEAST64_MAX), /* INT_LEAST64_MAX */
  (long long)(UINT_LEAST8_MAX), /* UINT_LEAST8_MAX */
  (long long)(UINT_LEAST16_MAX), /* UINT_LEAST16_MAX */
  (long long)(UINT_LEAST32_MAX), /* UINT_LEAST32_MAX */
  (long long)(UINT_LEAST64_MAX), /* UINT_LEAST64_MAX */
  (long long)(INT_FAST8_MIN), /* INT_FAST8_MIN */
  (long long)(INT_FAST16_MIN), /* INT_FAST16_MIN */
  (long long)(INT_FAST32_MIN), /* INT_FAST32_MIN */
  (long long)(INT_FAST64_MIN), /* INT_FAST64_MIN */
  (long long)(INT_FAST8_MAX), /* INT_FAST8_MAX */
  (long long)(INT_FAST16_MAX), /* INT_FAST16_MAX */
  (long long)(INT_FAST32_MAX), /* INT_FAST32_MAX */
  (long long)(INT_FAST64_MAX), /* INT_FAST64_MAX */
  (long long)(UINT_FAST8_MAX), /* UINT_FAST8_MAX */
  (long long)(UINT_FAST16_MAX), /* UINT_FAST16_MAX */
  (long long)(UINT_FAST32_MAX), /* UINT_FAST32_MAX */
  (long long)(UINT_FAST64_MAX), /* UINT_FAST64_MAX */
  (long long)(INTPTR_MIN), /* INTPTR_MIN */
  (long long)(INTPTR_MAX), /* INTPTR_MAX */
  (long long)(UINTPTR_MAX), /* UINTPTR_MAX */
  (long long)(INTMAX_MIN), /* INTMAX_MIN */
  (long long)(INTMAX_MAX), /* INTMAX_MAX */
  (long long)(UINTMAX_MAX), /* UINTMAX_MAX */
  (long long)(PTRDIFF_MIN), /* PTRDIFF_MIN */
  (long long)(PTRDIFF_MAX), /* PTRDIFF_MAX */
  (long long)(SIG_ATOMIC_MIN), /* SIG_ATOMIC_MIN */
  (long long)(SIG_ATOMIC_MAX), /* SIG_ATOMIC_MAX */
  (long long)(SIZE_MAX), /* SIZE_MAX */
  (long long)(WCHAR_MIN), /* WCHAR_MIN */
  (long long)(WCHAR_MAX), /* WCHAR_MAX */
  (long long)(WINT_MIN), /* WINT_MIN */
  (long long)(WINT_MAX), /* WINT_MAX */
  (long long)(INT8_C(1)), /* INT8_C(1) */
  (long long)(INT16_C(1)), /* INT16_C(1) */
  (long long)(INT32_C(1)), /* INT32_C(1) */
  (long long)(INT64_C(1)), /* INT64_C(1) */
  (long long)(UINT8_C(1)), /* UINT8_C(1) */
  (long long)(UINT16_C(1)), /* UINT16_C(1) */
  (long long)(UINT32_C(1)), /* UINT32_C(1) */
  (long long)(UINT64_C(1)), /* UINT64_C(1) */
  (long long)(INTMAX_C(1)), /* INTMAX_C(1) */
  (long long)(UINTMAX_C(1)), /* UINTMAX_C(1) */
  (long long)(CHAR_BIT), /* CHAR_BIT */
  (long long)(SCHAR_MIN), /* SCHAR_MIN */
  (long long)(SCHAR_MAX), /* SCHAR_MAX */
  (long long)(UCHAR_MAX), /* UCHAR_MAX */
  (long long)(CHAR_MIN), /* CHAR_MIN */
  (long long)(CHAR_MAX), /* CHAR_MAX */
  (long long)(SHRT_MIN), /* SHRT_MIN */
  (long long)(SHRT_MAX), /* SHRT_MAX */
  (long long)(USHRT_MAX), /* USHRT_MAX */
  (long long)(INT_MIN), /* INT_MIN */
  (long long)(INT_MAX), /* INT_MAX */
  (long long)(UINT_MAX), /* UINT_MAX */
  (long long)(LONG_MIN), /* LONG_MIN */
  (long long)(LONG_MAX), /* LONG_MAX */
  (long long)(ULONG_MAX), /* ULONG_MAX */
  (long long)(LLONG_MIN), /* LLONG_MIN */
  (long long)(LLONG_MAX), /* LLONG_MAX */
  (long long)(ULLONG_MAX), /* ULLONG_MAX */
  (long long)(MB_LEN_MAX), /* MB_LEN_MAX */
  (long long)(_POSIX_AIO_LISTIO_MAX), /* _POSIX_AIO_LISTIO_MAX */
  (long long)(_POSIX_AIO_MAX), /* _POSIX_AIO_MAX */
  (long long)(_POSIX_ARG_MAX), /* _POSIX_ARG_MAX */
  (long long)(_POSIX_CHILD_MAX), /* _POSIX_CHILD_MAX */
  (long long)(_POSIX_DELAYTIMER_MAX), /* _POSIX_DELAYTIMER_MAX */
  (long long)(_POSIX_HOST_NAME_MAX), /* _POSIX_HOST_NAME_MAX */
  (long long)(_POSIX_LINK_MAX), /* _POSIX_LINK_MAX */
  (long long)(_POSIX_LOGIN_NAME_MAX), /* _POSIX_LOGIN_NAME_MAX */
  (long long)(_POSIX_MAX_CANON), /* _POSIX_MAX_CANON */
  (long long)(_POSIX_MAX_INPUT), /* _POSIX_MAX_INPUT */
  (long long)(_POSIX_MQ_OPEN_MAX), /* _POSIX_MQ_OPEN_MAX */
  (long long)(_POSIX_MQ_PRIO_MAX), /* _POSIX_MQ_PRIO_MAX */
  (long long)(_POSIX_NAME_MAX), /* _POSIX_NAME_MAX */
  (long long)(_POSIX_NGROUPS_MAX), /* _POSIX_NGROUPS_MAX */
  (long long)(_POSIX_OPEN_MAX), /* _POSIX_OPEN_MAX */
  (long long)(_POSIX_PATH_MAX), /* _POSIX_PATH_MAX */
  (long long)(_POSIX_PIPE_BUF), /* _POSIX_PIPE_BUF */
  (long long)(_POSIX_RE_DUP_MAX), /* _POSIX_RE_DUP_MAX */
  (long long)(_POSIX_RTSIG_MAX), /* _POSIX_RTSIG_MAX */
  (long long)(_POSIX_SEM_NSEMS_MAX), /* _POSIX_SEM_NSEMS_MAX */
  (long long)(_POSIX_SEM_VALUE_MAX), /* _POSIX_SEM_VALUE_MAX */
  (long long)(_POSIX_SIGQUEUE_MAX), /* _POSIX_SIGQUEUE_MAX */
  (long long)(_POSIX_SSIZE_MAX), /* _POSIX_SSIZE_MAX */
  (long long)(_POSIX_STREAM_MAX), /* _POSIX_STREAM_MAX */
  (long long)(_POSIX_SYMLINK_MAX), /* _POSIX_SYMLINK_MAX */
  (long long)(_POSIX_SYMLOOP_MAX), /* _POSIX_SYMLOOP_MAX */
  (long long)(_POSIX_THREAD_DESTRUCTOR_ITERATIONS), /* _POSIX_THREAD_DESTRUCTOR_ITERATIONS */
  (long long)(_POSIX_THREAD_KEYS_MAX), /* _POSIX_THREAD_KEYS_MAX */
  (long long)(_POSIX_THREAD_THREADS_MAX), /* _POSIX_THREAD_THREADS_MAX */
  (long long)(_POSIX_TIMER_MAX), /* _POSIX_TIMER_MAX */
  (long long)(_POSIX_TTY_NAME_MAX), /* _POSIX_TTY_NAME_MAX */
  (long long)(_POSIX_TZNAME_MAX), /* _POSIX_TZNAME_MAX */
  (long long)(_POSIX_CLOCKRES_MIN), /* _POSIX_CLOCKRES_MIN */
  (long long)(_POSIX2_BC_BASE_MAX), /* _POSIX2_BC_BASE_MAX */
  (long long)(_POSIX2_BC_DIM_MAX), /* _POSIX2_BC_DIM_MAX */
  (long long)(_POSIX2_BC_SCALE_MAX), /* _POSIX2_BC_SCALE_MAX */
  (long long)(_POSIX2_BC_STRING_MAX), /* _POSIX2_BC_STRING_MAX */
  (long long)(_POSIX2_CHARCLASS_NAME_MAX), /* _POSIX2_CHARCLASS_NAME_MAX */
  (long long)(_POSIX2_COLL_WEIGHTS_MAX), /* _POSIX2_COLL_WEIGHTS_MAX */
  (long long)(_POSIX2_EXPR_NEST_MAX), /* _POSIX2_EXPR_NEST_MAX */
  (long long)(_POSIX2_LINE_MAX), /* _POSIX2_LINE_MAX */
  (long long)(_POSIX2_RE_DUP_MAX), /* _POSIX2_RE_DUP_MAX */
  (long long)(_XOPEN_IOV_MAX), /* _XOPEN_IOV_MAX */
  (long long)(PATH_MAX), /* PATH_MAX */
  (long long)(NAME_MAX), /* NAME_MAX */
  (long long)(PIPE_BUF), /* PIPE_BUF */
  (long long)(IOV_MAX), /* IOV_MAX */
  (long long)(LOGIN_NAME_MAX), /* LOGIN_NAME_MAX */
  (long long)(TTY_NAME_MAX), /* TTY_NAME_MAX */
  (long long)(NGROUPS_MAX), /* NGROUPS_MAX */
  (long long)(RTSIG_MAX), /* RTSIG_MAX */
  (long long)(MQ_PRIO_MAX), /* MQ_PRIO_MAX */
  (long long)(DELAYTIMER_MAX), /* DELAYTIMER_MAX */
  (long long)(SEM_VALUE_MAX), /* SEM_VALUE_MAX */
  (long long)(PTHREAD_DESTRUCTOR_ITERATIONS), /* PTHREAD_DESTRUCTOR_ITERATIONS */
  (long long)(BC_BASE_MAX), /* BC_BASE_MAX */
  (long long)(BC_DIM_MAX), /* BC_DIM_MAX */
  (long long)(BC_SCALE_MAX), /* BC_SCALE_MAX */
  (long long)(BC_STRING_MAX), /* BC_STRING_MAX */
  (long long)(EXPR_NEST_MAX), /* EXPR_NEST_MAX */
  (long long)(NZERO), /* NZERO */
  (long long)(SSIZE_MAX), /* SSIZE_MAX */
  (long long)(LONG_BIT), /* LONG_BIT */
  (long long)(WORD_BIT), /* WORD_BIT */
  (long long)(FLT_RADIX), /* FLT_RADIX */
  (long long)(FLT_MANT_DIG), /* FLT_MANT_DIG */
  (long long)(DBL_MANT_DIG), /* DBL_MANT_DIG */
  (long long)(LDBL_MANT_DIG), /* LDBL_MANT_DIG */
  (long long)(DECIMAL_DIG), /* DECIMAL_DIG */
  (long long)(FLT_DIG), /* FLT_DIG */
  (long long)(DBL_DIG), /* DBL_DIG */
  (long long)(LDBL_DIG), /* LDBL_DIG */
  (long long)(FLT_MIN_EXP), /* FLT_MIN_EXP */
  (long long)(DBL_MIN_EXP), /* DBL_MIN_EXP */
  (long long)(LDBL_MIN_EXP), /* LDBL_MIN_EXP */
  (long long)(FLT_MIN_10_EXP), /* FLT_MIN_10_EXP */
  (long long)(DBL_MIN_10_EXP), /* DBL_MIN_10_EXP */
  (long long)(LDBL_MIN_10_EXP), /* LDBL_MIN_10_EXP */
  (long long)(FLT_MAX_EXP), /* FLT_MAX_EXP */
  (long long)(DBL_MAX_EXP), /* DBL_MAX_EXP */
  (long long)(LDBL_MAX_EXP), /* LDBL_MAX_EXP */
  (long long)(FLT_MAX_10_EXP), /* FLT_MAX_10_EXP */
  (long long)(DBL_MAX_10_EXP), /* DBL_MAX_10_EXP */
  (long long)(LDBL_MAX_10_EXP), /* LDBL_MAX_10_EXP */
  (long long)(FLT_EVAL_METHOD), /* FLT_EVAL_METHOD */
  (long long)(FLT_DECIMAL_DIG), /* FLT_DECIMAL_DIG */
  (long long)(DBL_DECIMAL_DIG), /* DBL_DECIMAL_DIG */
  (long long)(LDBL_DECIMAL_DIG), /* LDBL_DECIMAL_DIG */
  (long long)(FLT_HAS_SUBNORM), /* FLT_HAS_SUBNORM */
  (long long)(DBL_HAS_SUBNORM), /* DBL_HAS_SUBNORM */
  (long long)(LDBL_HAS_SUBNORM), /* LDBL_HAS_SUBNORM */
};
__attribute__((used, section(".rodata.elfvals"))) const long long elfvals[] = {
  (long long)(EI_MAG0), /* EI_MAG0 */
  (long long)(EI_MAG1), /* EI_MAG1 */
  (long long)(EI_MAG2), /* EI_MAG2 */
  (long long)(EI_MAG3), /* EI_MAG3 */
  (long long)(EI_CLASS), /* EI_CLASS */
  (long long)(EI_DATA), /* EI_DATA */
  (long long)(EI_VERSION), /* EI_VERSION */
  (long long)(EI_OSABI), /* EI_OSABI */
  (long long)(EI_ABIVERSION), /* EI_ABIVERSION */
  (long long)(EI_PAD), /* EI_PAD */
  (long long)(EI_NIDENT), /* EI_NIDENT */
  (long long)(ELFCLASSNONE), /* ELFCLASSNONE */
  (long long)(ELFCLASS32), /* ELFCLASS32 */
  (long long)(ELFCLASS64), /* ELFCLASS64 */
  (long long)(ELFCLASSNUM), /* ELFCLASSNUM */
  (long long)(ELFDATANONE), /* ELFDATANONE */
  (long long)(ELFDATA2LSB), /* ELFDATA2LSB */
  (long long)(ELFDATA2MSB), /* ELFDATA2MSB */
  (long long)(ELFDATANUM), /* ELFDATANUM */
  (long long)(ELFOSABI_NONE), /* ELFOSABI_NONE */
  (long long)(ELFOSABI_SYSV), /* ELFOSABI_SYSV */
  (long long)(ELFOSABI_HPUX), /* ELFOSABI_HPUX */
  (long long)(ELFOSABI_NETBSD), /* ELFOSABI_NETBSD */
  (long long)(ELFOSABI_GNU), /* ELFOSABI_GNU */
  (long long)(ELFOSABI_LINUX), /* ELFOSABI_LINUX */
  (long long)(ELFOSABI_SOLARIS), /* ELFOSABI_SOLARIS */
  (long long)(ELFOSABI_AIX), /* ELFOSABI_AIX */
  (long long)(ELFOSABI_IRIX), /* ELFOSABI_IRIX */
  (long long)(ELFOSABI_FREEBSD), /* ELFOSABI_FREEBSD */
  (long long)(ELFOSABI_TRU64), /* ELFOSABI_TRU64 */
  (long long)(ELFOSABI_MODESTO), /* ELFOSABI_MODESTO */
  (long long)(ELFOSABI_OPENBSD), /* ELFOSABI_OPENBSD */
  (long long)(ELFOSABI_ARM_AEABI), /* ELFOSABI_ARM_AEABI */
  (long long)(ELFOSABI_ARM), /* ELFOSABI_ARM */
  (long long)(ELFOSABI_STANDALONE), /* ELFOSABI_STANDALONE */
  (long long)(EV_NONE), /* EV_NONE */
  (long long)(EV_CURRENT), /* EV_CURRENT */
  (long long)(EV_NUM), /* EV_NUM */
  (long long)(ET_NONE), /* ET_NONE */
  (long long)(ET_REL), /* ET_REL */
  (long long)(ET_EXEC), /* ET_EXEC */
  (long long)(ET_DYN), /* ET_DYN */
  (long long)(ET_CORE), /* ET_CORE */
  (long long)(ET_NUM), /* ET_NUM */
  (long long)(ET_LOOS), /* ET_LOOS */
  (long long)(ET_HIOS), /* ET_HIOS */
  (long long)(ET_LOPROC), /* ET_LOPROC */
  (long long)(ET_HIPROC), /* ET_HIPROC */
  (long long)(EM_NONE), /* EM_NONE */
  (long long)(EM_M32), /* EM_M32 */
  (long long)(EM_SPARC), /* EM_SPARC */
  (long long)(EM_386), /* EM_386 */
  (long long)(EM_68K), /* EM_68K */
  (long long)(EM_88K), /* EM_88K */
  (long long)(EM_IAMCU), /* EM_IAMCU */
  (long long)(EM_860), /* EM_860 */
  (long long)(EM_MIPS), /* EM_MIPS */
  (long long)(EM_S370), /* EM_S370 */
  (long long)(EM_MIPS_RS3_LE), /* EM_MIPS_RS3_LE */
  (long long)(EM_PARISC), /* EM_PARISC */
  (long long)(EM_SPARC32PLUS), /* EM_SPARC32PLUS */
  (long long)(EM_PPC), /* EM_PPC */
  (long long)(EM_PPC64), /* EM_PPC64 */
  (long long)(EM_S390), /* EM_S390 */
  (long long)(EM_ARM), /* EM_ARM */
  (long long)(EM_SH), /* EM_SH */
  (long long)(EM_SPARCV9), /* EM_SPARCV9 */
  (long long)(EM_IA_64), /* EM_IA_64 */
  (long long)(EM_X86_64), /* EM_X86_64 */
  (long long)(EM_OPENRISC), /* EM_OPENRISC */
  (long long)(EM_XTENSA), /* EM_XTENSA */
  (long long)(EM_MICROBLAZE), /* EM_MICROBLAZE */
  (long long)(EM_AARCH64), /* EM_AARCH64 */
  (long long)(EM_TILEGX), /* EM_TILEGX */
  (long long)(EM_RISCV), /* EM_RISCV */
  (long long)(EM_BPF), /* EM_BPF */
  (long long)(EM_CSKY), /* EM_CSKY */
  (long long)(EM_LOONGARCH), /* EM_LOONGARCH */
  (long long)(EM_NUM), /* EM_NUM */
  (long long)(EM_ALPHA), /* EM_ALPHA */
  (long long)(PT_NULL), /* PT_NULL */
  (long long)(PT_LOAD), /* PT_LOAD */
  (long long)(PT_DYNAMIC), /* PT_DYNAMIC */
  (long long)(PT_INTERP), /* PT_INTERP */
  (long long)(PT_NOTE), /* PT_NOTE */
  (long long)(PT_SHLIB), /* PT_SHLIB */
  (long long)(PT_PHDR), /* PT_PHDR */
  (long long)(PT_TLS), /* PT_TLS */
  (long long)(PT_NUM), /* PT_NUM */
  (long long)(PT_LOOS), /* PT_LOOS */
  (long long)(PT_GNU_EH_FRAME), /* PT_GNU_EH_FRAME */
  (long long)(PT_GNU_STACK), /* PT_GNU_STACK */
  (long long)(PT_GNU_RELRO), /* PT_GNU_RELRO */
  (long long)(PT_GNU_PROPERTY), /* PT_GNU_PROPERTY */
  (long long)(PT_LOSUNW), /* PT_LOSUNW */
  (long long)(PT_SUNWBSS), /* PT_SUNWBSS */
  (long long)(PT_SUNWSTACK), /* PT_SUNWSTACK */
  (long long)(PT_HISUNW), /* PT_HISUNW */
  (long long)(PT_HIOS), /* PT_HIOS */
  (long long)(PT_LOPROC), /* PT_LOPROC */
  (long long)(PT_HIPROC), /* PT_HIPROC */
  (long long)(PF_X), /* PF_X */
  (long long)(PF_W), /* PF_W */
  (long long)(PF_R), /* PF_R */
  (long long)(PF_MASKOS), /* PF_MASKOS */
  (long long)(PF_MASKPROC), /* PF_MASKPROC */
  (long long)(SHT_NULL), /* SHT_NULL */
  (long long)(SHT_PROGBITS), /* SHT_PROGBITS */
  (long long)(SHT_SYMTAB), /* SHT_SYMTAB */
  (long long)(SHT_STRTAB), /* SHT_STRTAB */
  (long long)(SHT_RELA), /* SHT_RELA */
  (long long)(SHT_HASH), /* SHT_HASH */
  (long long)(SHT_DYNAMIC), /* SHT_DYNAMIC */
  (long long)(SHT_NOTE), /* SHT_NOTE */
  (long long)(SHT_NOBITS), /* SHT_NOBITS */
  (long long)(SHT_REL), /* SHT_REL */
  (long long)(SHT_SHLIB), /* SHT_SHLIB */
  (long long)(SHT_DYNSYM), /* SHT_DYNSYM */
  (long long)(SHT_INIT_ARRAY), /* SHT_INIT_ARRAY */
  (long long)(SHT_FINI_ARRAY), /* SHT_FINI_ARRAY */
  (long long)(SHT_PREINIT_ARRAY), /* SHT_PREINIT_ARRAY */
  (long long)(SHT_GROUP), /* SHT_GROUP */
  (long long)(SHT_SYMTAB_SHNDX), /* SHT_SYMTAB_SHNDX */
  (long long)(SHT_RELR), /* SHT_RELR */
  (long long)(SHT_NUM), /* SHT_NUM */
  (long long)(SHT_LOOS), /* SHT_LOOS */
  (long long)(SHT_GNU_ATTRIBUTES), /* SHT_GNU_ATTRIBUTES */
  (long long)(SHT_GNU_HASH), /* SHT_GNU_HASH */
  (long long)(SHT_GNU_LIBLIST), /* SHT_GNU_LIBLIST */
  (long long)(SHT_CHECKSUM), /* SHT_CHECKSUM */
  (long long)(SHT_LOSUNW), /* SHT_LOSUNW */
  (long long)(SHT_SUNW_move), /* SHT_SUNW_move */
  (long long)(SHT_SUNW_COMDAT), /* SHT_SUNW_COMDAT */
  (long long)(SHT_SUNW_syminfo), /* SHT_SUNW_syminfo */
  (long long)(SHT_GNU_verdef), /* SHT_GNU_verdef */
  (long long)(SHT_GNU_verneed), /* SHT_GNU_verneed */
  (long long)(SHT_GNU_versym), /* SHT_GNU_versym */
  (long long)(SHT_HISUNW), /* SHT_HISUNW */
  (long long)(SHT_HIOS), /* SHT_HIOS */
  (long long)(SHT_LOPROC), /* SHT_LOPROC */
  (long long)(SHT_HIPROC), /* SHT_HIPROC */
  (long long)(SHT_LOUSER), /* SHT_LOUSER */
  (long long)(SHT_HIUSER), /* SHT_HIUSER */
  (long long)(SHF_WRITE), /* SHF_WRITE */
  (long long)(SHF_ALLOC), /* SHF_ALLOC */
  (long long)(SHF_EXECINSTR), /* SHF_EXECINSTR */
  (long long)(SHF_MERGE), /* SHF_MERGE */
  (long long)(SHF_STRINGS), /* SHF_STRINGS */
  (long long)(SHF_INFO_LINK), /* SHF_INFO_LINK */
  (long long)(SHF_LINK_ORDER), /* SHF_LINK_ORDER */
  (long long)(SHF_OS_NONCONFORMING), /* SHF_OS_NONCONFORMING */
  (long long)(SHF_GROUP), /* SHF_GROUP */
  (long long)(SHF_TLS), /* SHF_TLS */
  (long long)(SHF_COMPRESSED), /* SHF_COMPRESSED */
  (long long)(SHF_MASKOS), /* SHF_MASKOS */
  (long long)(SHF_MASKPROC), /* SHF_MASKPROC */
  (long long)(SHF_GNU_RETAIN), /* SHF_GNU_RETAIN */
  (long long)(SHF_ORDERED), /* SHF_ORDERED */
  (long long)(SHF_EXCLUDE), /* SHF_EXCLUDE */
  (long long)(ELFCOMPRESS_ZLIB), /* ELFCOMPRESS_ZLIB */
  (long long)(ELFCOMPRESS_LOOS), /* ELFCOMPRESS_LOOS */
  (long long)(ELFCOMPRESS_HIOS), /* ELFCOMPRESS_HIOS */
  (long long)(ELFCOMPRESS_LOPROC), /* ELFCOMPRESS_LOPROC */
  (long long)(ELFCOMPRESS_HIPROC), /* ELFCOMPRESS_HIPROC */
  (long long)(GRP_COMDAT), /* GRP_COMDAT */
  (long long)(SHN_UNDEF), /* SHN_UNDEF */
  (long long)(SHN_LORESERVE), /* SHN_LORESERVE */
  (long long)(SHN_LOPROC), /* SHN_LOPROC */
  (long long)(SHN_BEFORE), /* SHN_BEFORE */
  (long long)(SHN_AFTER), /* SHN_AFTER */
  (long long)(SHN_HIPROC), /* SHN_HIPROC */
  (long long)(SHN_LOOS), /* SHN_LOOS */
  (long long)(SHN_HIOS), /* SHN_HIOS */
  (long long)(SHN_ABS), /* SHN_ABS */
  (long long)(SHN_COMMON), /* SHN_COMMON */
  (long long)(SHN_XINDEX), /* SHN_XINDEX */
  (long long)(SHN_HIRESERVE), /* SHN_HIRESERVE */
  (long long)(STB_LOCAL), /* STB_LOCAL */
  (long long)(STB_GLOBAL), /* STB_GLOBAL */
  (long long)(STB_WEAK), /* STB_WEAK */
  (long long)(STB_NUM), /* STB_NUM */
  (long long)(STB_LOOS), /* STB_LOOS */
  (long long)(STB_GNU_UNIQUE), /* STB_GNU_UNIQUE */
  (long long)(STB_HIOS), /* STB_HIOS */
  (long long)(STB_LOPROC), /* STB_LOPROC */
  (long long)(STB_HIPROC), /* STB_HIPROC */
  (long long)(STT_NOTYPE), /* STT_NOTYPE */
  (long long)(STT_OBJECT), /* STT_OBJECT */
  (long long)(STT_FUNC), /* STT_FUNC */
  (long long)(STT_SECTION), /* STT_SECTION */
  (long long)(STT_FILE), /* STT_FILE */
  (long long)(STT_COMMON), /* STT_COMMON */
  (long long)(STT_TLS), /* STT_TLS */
  (long long)(STT_NUM), /* STT_NUM */
  (long long)(STT_LOOS), /* STT_LOOS */
  (long long)(STT_GNU_IFUNC), /* STT_GNU_IFUNC */
  (long long)(STT_HIOS), /* STT_HIOS */
  (long long)(STT_LOPROC), /* STT_LOPROC */
  (long long)(STT_HIPROC), /* STT_HIPROC */
  (long long)(STN_UNDEF), /* STN_UNDEF */
  (long long)(STV_DEFAULT), /* STV_DEFAULT */
  (long long)(STV_INTERNAL), /* STV_INTERNAL */
  (long long)(STV_HIDDEN), /* STV_HIDDEN */
  (long long)(STV_PROTECTED), /* STV_PROTECTED */
  (long long)(DT_NULL), /* DT_NULL */
  (long long)(DT_NEEDED), /* DT_NEEDED */
  (long long)(DT_PLTRELSZ), /* DT_PLTRELSZ */
  (long long)(DT_PLTGOT), /* DT_PLTGOT */
  (long long)(DT_HASH), /* DT_HASH */
  (long long)(DT_STRTAB), /* DT_STRTAB */
  (long long)(DT_SYMTAB), /* DT_SYMTAB */
  (long long)(DT_RELA), /* DT_RELA */
  (long long)(DT_RELASZ), /* DT_RELASZ */
  (long long)(DT_RELAENT), /* DT_RELAENT */
  (long long)(DT_STRSZ), /* DT_STRSZ */
  (long long)(DT_SYMENT), /* DT_SYMENT */
  (long long)(DT_INIT), /* DT_INIT */
  (long long)(DT_FINI), /* DT_FINI */
  (long long)(DT_SONAME), /* DT_SONAME */
  (long long)(DT_RPATH), /* DT_RPATH */
  (long long)(DT_SYMBOLIC), /* DT_SYMBOLIC */
  (long long)(DT_REL), /* DT_REL */
  (long long)(DT_RELSZ), /* DT_RELSZ */
  (long long)(DT_RELENT), /* DT_RELENT */
  (long long)(DT_PLTREL), /* DT_PLTREL */
  (long long)(DT_DEBUG), /* DT_DEBUG */
  (long long)(DT_TEXTREL), /* DT_TEXTREL */
  (long long)(DT_JMPREL), /* DT_JMPREL */
  (long long)(DT_BIND_NOW), /* DT_BIND_NOW */
  (long long)(DT_INIT_ARRAY), /* DT_INIT_ARRAY */
  (long long)(DT_FINI_ARRAY), /* DT_FINI_ARRAY */
  (long long)(DT_INIT_ARRAYSZ), /* DT_INIT_ARRAYSZ */
  (long long)(DT_FINI_ARRAYSZ), /* DT_FINI_ARRAYSZ */
  (long long)(DT_RUNPATH), /* DT_RUNPATH */
  (long long)(DT_FLAGS), /* DT_FLAGS */
  (long long)(DT_ENCODING), /* DT_ENCODING */
  (long long)(DT_PREINIT_ARRAY), /* DT_PREINIT_ARRAY */
  (long long)(DT_PREINIT_ARRAYSZ), /* DT_PREINIT_ARRAYSZ */
  (long long)(DT_SYMTAB_SHNDX), /* DT_SYMTAB_SHNDX */
  (long long)(DT_RELRSZ), /* DT_RELRSZ */
  (long long)(DT_RELR), /* DT_RELR */
  (long long)(DT_RELRENT), /* DT_RELRENT */
  (long long)(DT_NUM), /* DT_NUM */
  (long long)(DT_LOOS), /* DT_LOOS */
  (long long)(DT_HIOS), /* DT_HIOS */
  (long long)(DT_LOPROC), /* DT_LOPROC */
  (long long)(DT_HIPROC), /* DT_HIPROC */
  (long long)(DT_VALRNGLO), /* DT_VALRNGLO */
  (long long)(DT_GNU_PRELINKED), /* DT_GNU_PRELINKED */
  (long long)(DT_GNU_CONFLICTSZ), /* DT_GNU_CONFLICTSZ */
  (long long)(DT_GNU_LIBLISTSZ), /* DT_GNU_LIBLISTSZ */
  (long long)(DT_CHECKSUM), /* DT_CHECKSUM */
  (long long)(DT_PLTPADSZ), /* DT_PLTPADSZ */
  (long long)(DT_MOVEENT), /* DT_MOVEENT */
  (long long)(DT_MOVESZ), /* DT_MOVESZ */
  (long long)(DT_FEATURE_1), /* DT_FEATURE_1 */
  (long long)(DT_POSFLAG_1), /* DT_POSFLAG_1 */
  (long long)(DT_SYMINSZ), /* DT_SYMINSZ */
  (long long)(DT_SYMINENT), /* DT_SYMINENT */
  (long long)(DT_VALRNGHI), /* DT_VALRNGHI */
  (long long)(DT_VALNUM), /* DT_VALNUM */
  (long long)(DT_ADDRRNGLO), /* DT_ADDRRNGLO */
  (long long)(DT_GNU_HASH), /* DT_GNU_HASH */
  (long long)(DT_TLSDESC_PLT), /* DT_TLSDESC_PLT */
  (long long)(DT_TLSDESC_GOT), /* DT_TLSDESC_GOT */
  (long long)(DT_GNU_CONFLICT), /* DT_GNU_CONFLICT */
  (long long)(DT_GNU_LIBLIST), /* DT_GNU_LIBLIST */
  (long long)(DT_CONFIG), /* DT_CONFIG */
  (long long)(DT_DEPAUDIT), /* DT_DEPAUDIT */
  (long long)(DT_AUDIT), /* DT_AUDIT */
  (long long)(DT_PLTPAD), /* DT_PLTPAD */
  (long long)(DT_MOVETAB), /* DT_MOVETAB */
  (long long)(DT_SYMINFO), /* DT_SYMINFO */
  (long long)(DT_ADDRRNGHI), /* DT_ADDRRNGHI */
  (long long)(DT_ADDRNUM), /* DT_ADDRNUM */
  (long long)(DT_VERSYM), /* DT_VERSYM */
  (long long)(DT_RELACOUNT), /* DT_RELACOUNT */
  (long long)(DT_RELCOUNT), /* DT_RELCOUNT */
  (long long)(DT_FLAGS_1), /* DT_FLAGS_1 */
  (long long)(DT_VERDEF), /* DT_VERDEF */
  (long long)(DT_VERDEFNUM), /* DT_VERDEFNUM */
  (long long)(DT_VERNEED), /* DT_VERNEED */
  (long long)(DT_VERNEEDNUM), /* DT_VERNEEDNUM */
  (long long)(DT_VERSIONTAGNUM), /* DT_VERSIONTAGNUM */
  (long long)(DT_AUXILIARY), /* DT_AUXILIARY */
  (long long)(DT_FILTER), /* DT_FILTER */
  (long long)(DT_EXTRANUM), /* DT_EXTRANUM */
  (long long)(DF_ORIGIN), /* DF_ORIGIN */
  (long long)(DF_SYMBOLIC), /* DF_SYMBOLIC */
  (long long)(DF_TEXTREL), /* DF_TEXTREL */
  (long long)(DF_BIND_NOW), /* DF_BIND_NOW */
  (long long)(DF_STATIC_TLS), /* DF_STATIC_TLS */
  (long long)(DF_1_NOW), /* DF_1_NOW */
  (long long)(DF_1_GLOBAL), /* DF_1_GLOBAL */
  (long long)(DF_1_GROUP), /* DF_1_GROUP */
  (long long)(DF_1_NODELETE), /* DF_1_NODELETE */
  (long long)(DF_1_LOADFLTR), /* DF_1_LOADFLTR */
  (long long)(DF_1_INITFIRST), /* DF_1_INITFIRST */
  (long long)(DF_1_NOOPEN), /* DF_1_NOOPEN */
  (long long)(DF_1_ORIGIN), /* DF_1_ORIGIN */
  (long long)(DF_1_DIRECT), /* DF_1_DIRECT */
  (long long)(DF_1_TRANS), /* DF_1_TRANS */
  (long long)(DF_1_INTERPOSE), /* DF_1_INTERPOSE */
  (long long)(DF_1_NODEFLIB), /* DF_1_NODEFLIB */
  (long long)(DF_1_NODUMP), /* DF_1_NODUMP */
  (long long)(DF_1_CONFALT), /* DF_1_CONFALT */
  (long long)(DF_1_ENDFILTEE), /* DF_1_ENDFILTEE */
  (long long)(DF_1_DISPRELDNE), /* DF_1_DISPRELDNE */
  (long long)(DF_1_DISPRELPND), /* DF_1_DISPRELPND */
  (long long)(DF_1_NODIRECT), /* DF_1_NODIRECT */
  (long long)(DF_1_IGNMULDEF), /* DF_1_IGNMULDEF */
  (long long)(DF_1_NOKSYMS), /* DF_1_NOKSYMS */
  (long long)(DF_1_NOHDR), /* DF_1_NOHDR */
  (long long)(DF_1_EDITED), /* DF_1_EDITED */
  (long long)(DF_1_NORELOC), /* DF_1_NORELOC */
  (long long)(DF_1_SYMINTPOSE), /* DF_1_SYMINTPOSE */
  (long long)(DF_1_GLOBAUDIT), /* DF_1_GLOBAUDIT */
  (long long)(DF_1_SINGLETON), /* DF_1_SINGLETON */
  (long long)(DF_1_STUB), /* DF_1_STUB */
  (long long)(DF_1_PIE), /* DF_1_PIE */
  (long long)(DF_1_KMOD), /* DF_1_KMOD */
  (long long)(DF_1_WEAKFILTER), /* DF_1_WEAKFILTER */
  (long long)(DF_1_NOCOMMON), /* DF_1_NOCOMMON */
  (long long)(VER_DEF_NONE), /* VER_DEF_NONE */
  (long long)(VER_DEF_CURRENT), /* VER_DEF_CURRENT */
  (long long)(VER_DEF_NUM), /* VER_DEF_NUM */
  (long long)(VER_FLG_BASE), /* VER_FLG_BASE */
  (long long)(VER_FLG_WEAK), /* VER_FLG_WEAK */
  (long long)(VER_NDX_LOCAL), /* VER_NDX_LOCAL */
  (long long)(VER_NDX_GLOBAL), /* VER_NDX_GLOBAL */
  (long long)(VER_NDX_LORESERVE), /* VER_NDX_LORESERVE */
  (long long)(VER_NDX_ELIMINATE), /* VER_NDX_ELIMINATE */
  (long long)(VER_NEED_NONE), /* VER_NEED_NONE */
  (long long)(VER_NEED_CURRENT), /* VER_NEED_CURRENT */
  (long long)(VER_NEED_NUM), /* VER_NEED_NUM */
  (long long)(NT_PRSTATUS), /* NT_PRSTATUS */
  (long long)(NT_PRFPREG), /* NT_PRFPREG */
  (long long)(NT_FPREGSET), /* NT_FPREGSET */
  (long long)(NT_PRPSINFO), /* NT_PRPSINFO */
  (long long)(NT_PRXREG), /* NT_PRXREG */
  (long long)(NT_TASKSTRUCT), /* NT_TASKSTRUCT */
  (long long)(NT_PLATFORM), /* NT_PLATFORM */
  (long long)(NT_AUXV), /* NT_AUXV */
  (long long)(NT_GWINDOWS), /* NT_GWINDOWS */
  (long long)(NT_ASRS), /* NT_ASRS */
  (long long)(NT_PSTATUS), /* NT_PSTATUS */
  (long long)(NT_PSINFO), /* NT_PSINFO */
  (long long)(NT_PRCRED), /* NT_PRCRED */
  (long long)(NT_UTSNAME), /* NT_UTSNAME */
  (long long)(NT_LWPSTATUS), /* NT_LWPSTATUS */
  (long long)(NT_LWPSINFO), /* NT_LWPSINFO */
  (long long)(NT_PRFPXREG), /* NT_PRFPXREG */
  (long long)(NT_SIGINFO), /* NT_SIGINFO */
  (long long)(NT_FILE), /* NT_FILE */
  (long long)(NT_PRXFPREG), /* NT_PRXFPREG */
  (long long)(NT_X86_XSTATE), /* NT_X86_XSTATE */
  (long long)(NT_ARM_VFP), /* NT_ARM_VFP */
  (long long)(NT_ARM_TLS), /* NT_ARM_TLS */
  (long long)(NT_ARM_HW_BREAK), /* NT_ARM_HW_BREAK */
  (long long)(NT_ARM_HW_WATCH), /* NT_ARM_HW_WATCH */
  (long long)(NT_ARM_SYSTEM_CALL), /* NT_ARM_SYSTEM_CALL */
  (long long)(NT_ARM_SVE), /* NT_ARM_SVE */
  (long long)(NT_ARM_PAC_MASK), /* NT_ARM_PAC_MASK */
  (long long)(NT_VERSION), /* NT_VERSION */
  (long long)(NT_GNU_ABI_TAG), /* NT_GNU_ABI_TAG */
  (long long)(NT_GNU_HWCAP), /* NT_GNU_HWCAP */
  (long long)(NT_GNU_BUILD_ID), /* NT_GNU_BUILD_ID */
  (long long)(NT_GNU_GOLD_VERSION), /* NT_GNU_GOLD_VERSION */
  (long long)(NT_GNU_PROPERTY_TYPE_0), /* NT_GNU_PROPERTY_TYPE_0 */
  (long long)(ELF_NOTE_OS_LINUX), /* ELF_NOTE_OS_LINUX */
  (long long)(ELF_NOTE_OS_GNU), /* ELF_NOTE_OS_GNU */
  (long long)(ELF_NOTE_OS_SOLARIS2), /* ELF_NOTE_OS_SOLARIS2 */
  (long long)(ELF_NOTE_OS_FREEBSD), /* ELF_NOTE_OS_FREEBSD */
  (long long)(GNU_PROPERTY_STACK_SIZE), /* GNU_PROPERTY_STACK_SIZE */
  (long long)(GNU_PROPERTY_NO_COPY_ON_PROTECTED), /* GNU_PROPERTY_NO_COPY_ON_PROTECTED */
  (long long)(GNU_PROPERTY_LOPROC), /* GNU_PROPERTY_LOPROC */
  (long long)(GNU_PROPERTY_HIPROC), /* GNU_PROPERTY_HIPROC */
  (long long)(GNU_PROPERTY_LOUSER), /* GNU_PROPERTY_LOUSER */
  (long long)(GNU_PROPERTY_HIUSER), /* GNU_PROPERTY_HIUSER */
  (long long)(GNU_PROPERTY_X86_FEATURE_1_AND), /* GNU_PROPERTY_X86_FEATURE_1_AND */
  (long long)(GNU_PROPERTY_X86_FEATURE_1_IBT), /* GNU_PROPERTY_X86_FEATURE_1_IBT */
  (long long)(GNU_PROPERTY_X86_FEATURE_1_SHSTK), /* GNU_PROPERTY_X86_FEATURE_1_SHSTK */
  (long long)(GNU_PROPERTY_AARCH64_FEATURE_1_AND), /* GNU_PROPERTY_AARCH64_FEATURE_1_AND */
  (long long)(GNU_PROPERTY_AARCH64_FEATURE_1_BTI), /* GNU_PROPERTY_AARCH64_FEATURE_1_BTI */
  (long long)(GNU_PROPERTY_AARCH64_FEATURE_1_PAC), /* GNU_PROPERTY_AARCH64_FEATURE_1_PAC */
  (long long)(AT_NULL), /* AT_NULL */
  (long long)(AT_IGNORE), /* AT_IGNORE */
  (long long)(AT_EXECFD), /* AT_EXECFD */
  (long long)(AT_PHDR), /* AT_PHDR */
  (long long)(AT_PHENT), /* AT_PHENT */
  (long long)(AT_PHNUM), /* AT_PHNUM */
  (long long)(AT_PAGESZ), /* AT_PAGESZ */
  (long long)(AT_BASE), /* AT_BASE */
  (long long)(AT_FLAGS), /* AT_FLAGS */
  (long long)(AT_ENTRY), /* AT_ENTRY */
  (long long)(AT_NOTELF), /* AT_NOTELF */
  (long long)(AT_UID), /* AT_UID */
  (long long)(AT_EUID), /* AT_EUID */
  (long long)(AT_GID), /* AT_GID */
  (long long)(AT_EGID), /* AT_EGID */
  (long long)(AT_CLKTCK), /* AT_CLKTCK */
  (long long)(AT_PLATFORM), /* AT_PLATFORM */
  (long long)(AT_HWCAP), /* AT_HWCAP */
  (long long)(AT_FPUCW), /* AT_FPUCW */
  (long long)(AT_DCACHEBSIZE), /* AT_DCACHEBSIZE */
  (long long)(AT_ICACHEBSIZE), /* AT_ICACHEBSIZE */
  (long long)(AT_UCACHEBSIZE), /* AT_UCACHEBSIZE */
  (long long)(AT_IGNOREPPC), /* AT_IGNOREPPC */
  (long long)(AT_SECURE), /* AT_SECURE */
  (long long)(AT_BASE_PLATFORM), /* AT_BASE_PLATFORM */
  (long long)(AT_RANDOM), /* AT_RANDOM */
  (long long)(AT_HWCAP2), /* AT_HWCAP2 */
  (long long)(AT_EXECFN), /* AT_EXECFN */
  (long long)(AT_SYSINFO), /* AT_SYSINFO */
  (long long)(AT_SYSINFO_EHDR), /* AT_SYSINFO_EHDR */
  (long long)(AT_L1I_CACHESHAPE), /* AT_L1I_CACHESHAPE */
  (long long)(AT_L1D_CACHESHAPE), /* AT_L1D_CACHESHAPE */
  (long long)(AT_L2_CACHESHAPE), /* AT_L2_CACHESHAPE */
  (long long)(AT_L3_CACHESHAPE), /* AT_L3_CACHESHAPE */
  (long long)(AT_L1I_CACHESIZE), /* AT_L1I_CACHESIZE */
  (long long)(AT_L1I_CACHEGEOMETRY), /* AT_L1I_CACHEGEOMETRY */
  (long long)(AT_L1D_CACHESIZE), /* AT_L1D_CACHESIZE */
  (long long)(AT_L1D_CACHEGEOMETRY), /* AT_L1D_CACHEGEOMETRY */
  (long long)(AT_L2_CACHESIZE), /* AT_L2_CACHESIZE */
  (long long)(AT_L2_CACHEGEOMETRY), /* AT_L2_CACHEGEOMETRY */
  (long long)(AT_L3_CACHESIZE), /* AT_L3_CACHESIZE */
  (long long)(AT_L3_CACHEGEOMETRY), /* AT_L3_CACHEGEOMETRY */
  (long long)(AT_MINSIGSTKSZ), /* AT_MINSIGSTKSZ */
};
__attribute__((used, section(".rodata.fvals"))) const long double fvals[] = {
  FLT_MAX, /* FLT_MAX */
  DBL_MAX, /* DBL_MAX */
  LDBL_MAX, /* LDBL_MAX */
  FLT_EPSILON, /* FLT_EPSILON */
  DBL_EPSILON, /* DBL_EPSILON */
  LDBL_EPSILON, /* LDBL_EPSILON */
  FLT_MIN, /* FLT_MIN */
  DBL_MIN, /* DBL_MIN */
  LDBL_MIN, /* LDBL_MIN */
  FLT_TRUE_MIN, /* FLT_TRUE_MIN */
  DBL_TRUE_MIN, /* DBL_TRUE_MIN */
  LDBL_TRUE_MIN, /* LDBL_TRUE_MIN */
};
