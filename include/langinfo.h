/*
 * langinfo.h - language information constants (POSIX.1-2024).
 * Part of ferrolibc.  Item numbers are glibc's ((category << 16) | index).
 */
#ifndef _LANGINFO_H
#define _LANGINFO_H 1
#include <features.h>
#if defined(__FERRO_USE_POSIX2008) && !defined(__FERRO_DEFINED_locale_t)
#define __FERRO_DEFINED_locale_t
typedef struct __locale_struct *locale_t;
#endif

#ifndef __FERRO_DEFINED_nl_item
#define __FERRO_DEFINED_nl_item
typedef int nl_item;
#endif

#define ABDAY_1 0x20000
#define ABDAY_2 0x20001
#define ABDAY_3 0x20002
#define ABDAY_4 0x20003
#define ABDAY_5 0x20004
#define ABDAY_6 0x20005
#define ABDAY_7 0x20006
#define DAY_1 0x20007
#define DAY_2 0x20008
#define DAY_3 0x20009
#define DAY_4 0x2000a
#define DAY_5 0x2000b
#define DAY_6 0x2000c
#define DAY_7 0x2000d
#define ABMON_1 0x2000e
#define ABMON_2 0x2000f
#define ABMON_3 0x20010
#define ABMON_4 0x20011
#define ABMON_5 0x20012
#define ABMON_6 0x20013
#define ABMON_7 0x20014
#define ABMON_8 0x20015
#define ABMON_9 0x20016
#define ABMON_10 0x20017
#define ABMON_11 0x20018
#define ABMON_12 0x20019
#define MON_1 0x2001a
#define MON_2 0x2001b
#define MON_3 0x2001c
#define MON_4 0x2001d
#define MON_5 0x2001e
#define MON_6 0x2001f
#define MON_7 0x20020
#define MON_8 0x20021
#define MON_9 0x20022
#define MON_10 0x20023
#define MON_11 0x20024
#define MON_12 0x20025
#define AM_STR 0x20026
#define PM_STR 0x20027
#define D_T_FMT 0x20028
#define D_FMT 0x20029
#define T_FMT 0x2002a
#define T_FMT_AMPM 0x2002b
#define ERA 0x2002c
#define __ERA_YEAR 0x2002d
#define ERA_D_FMT 0x2002e
#define ALT_DIGITS 0x2002f
#define ERA_D_T_FMT 0x20030
#define ERA_T_FMT 0x20031
#define _DATE_FMT 0x2006c
#define _NL_TIME_CODESET 0x2006e
#define __ALTMON_1 0x2006f
#define __ALTMON_2 0x20070
#define __ALTMON_3 0x20071
#define __ALTMON_4 0x20072
#define __ALTMON_5 0x20073
#define __ALTMON_6 0x20074
#define __ALTMON_7 0x20075
#define __ALTMON_8 0x20076
#define __ALTMON_9 0x20077
#define __ALTMON_10 0x20078
#define __ALTMON_11 0x20079
#define __ALTMON_12 0x2007a
#define _NL_ABALTMON_1 0x20087
#define _NL_ABALTMON_2 0x20088
#define _NL_ABALTMON_3 0x20089
#define _NL_ABALTMON_4 0x2008a
#define _NL_ABALTMON_5 0x2008b
#define _NL_ABALTMON_6 0x2008c
#define _NL_ABALTMON_7 0x2008d
#define _NL_ABALTMON_8 0x2008e
#define _NL_ABALTMON_9 0x2008f
#define _NL_ABALTMON_10 0x20090
#define _NL_ABALTMON_11 0x20091
#define _NL_ABALTMON_12 0x20092
#define CODESET 0xe
#define __DECIMAL_POINT 0x10000
#define __THOUSANDS_SEP 0x10001
#define __GROUPING 0x10002
#define _NL_NUMERIC_CODESET 0x10005
#define __YESEXPR 0x50000
#define __NOEXPR 0x50001
#define __YESSTR 0x50002
#define __NOSTR 0x50003
#define _NL_MESSAGES_CODESET 0x50004
#define __INT_CURR_SYMBOL 0x40000
#define __CURRENCY_SYMBOL 0x40001
#define __MON_DECIMAL_POINT 0x40002
#define __MON_THOUSANDS_SEP 0x40003
#define __MON_GROUPING 0x40004
#define __POSITIVE_SIGN 0x40005
#define __NEGATIVE_SIGN 0x40006
#define __INT_FRAC_DIGITS 0x40007
#define __FRAC_DIGITS 0x40008
#define __P_CS_PRECEDES 0x40009
#define __P_SEP_BY_SPACE 0x4000a
#define __N_CS_PRECEDES 0x4000b
#define __N_SEP_BY_SPACE 0x4000c
#define __P_SIGN_POSN 0x4000d
#define __N_SIGN_POSN 0x4000e
#define _NL_MONETARY_CRNCYSTR 0x4000f
#define __INT_P_CS_PRECEDES 0x40010
#define __INT_P_SEP_BY_SPACE 0x40011
#define __INT_N_CS_PRECEDES 0x40012
#define __INT_N_SEP_BY_SPACE 0x40013
#define __INT_P_SIGN_POSN 0x40014
#define __INT_N_SIGN_POSN 0x40015
#define _NL_MONETARY_CODESET 0x4002d
#define _NL_COLLATE_CODESET 0x30012
#define _NL_PAPER_CODESET 0x70002
#define _NL_NAME_CODESET 0x80006
#define _NL_ADDRESS_CODESET 0x9000c
#define _NL_TELEPHONE_CODESET 0xa0004
#define _NL_MEASUREMENT_CODESET 0xb0001
#define _NL_IDENTIFICATION_CODESET 0xc000f

#define RADIXCHAR __DECIMAL_POINT
#define THOUSEP __THOUSANDS_SEP
#define YESEXPR __YESEXPR
#define NOEXPR __NOEXPR
#define CRNCYSTR _NL_MONETARY_CRNCYSTR
#ifdef __FERRO_USE_GNU
#define ERA_YEAR __ERA_YEAR
#define DECIMAL_POINT __DECIMAL_POINT
#define THOUSANDS_SEP __THOUSANDS_SEP
#define GROUPING __GROUPING
#define YESSTR __YESSTR
#define NOSTR __NOSTR
#define ALTMON_1 __ALTMON_1
#define ALTMON_2 __ALTMON_2
#define ALTMON_3 __ALTMON_3
#define ALTMON_4 __ALTMON_4
#define ALTMON_5 __ALTMON_5
#define ALTMON_6 __ALTMON_6
#define ALTMON_7 __ALTMON_7
#define ALTMON_8 __ALTMON_8
#define ALTMON_9 __ALTMON_9
#define ALTMON_10 __ALTMON_10
#define ALTMON_11 __ALTMON_11
#define ALTMON_12 __ALTMON_12
#define INT_CURR_SYMBOL __INT_CURR_SYMBOL
#define CURRENCY_SYMBOL __CURRENCY_SYMBOL
#define MON_DECIMAL_POINT __MON_DECIMAL_POINT
#define MON_THOUSANDS_SEP __MON_THOUSANDS_SEP
#define MON_GROUPING __MON_GROUPING
#define POSITIVE_SIGN __POSITIVE_SIGN
#define NEGATIVE_SIGN __NEGATIVE_SIGN
#define INT_FRAC_DIGITS __INT_FRAC_DIGITS
#define FRAC_DIGITS __FRAC_DIGITS
#define P_CS_PRECEDES __P_CS_PRECEDES
#define P_SEP_BY_SPACE __P_SEP_BY_SPACE
#define N_CS_PRECEDES __N_CS_PRECEDES
#define N_SEP_BY_SPACE __N_SEP_BY_SPACE
#define P_SIGN_POSN __P_SIGN_POSN
#define N_SIGN_POSN __N_SIGN_POSN
#define INT_P_CS_PRECEDES __INT_P_CS_PRECEDES
#define INT_P_SEP_BY_SPACE __INT_P_SEP_BY_SPACE
#define INT_N_CS_PRECEDES __INT_N_CS_PRECEDES
#define INT_N_SEP_BY_SPACE __INT_N_SEP_BY_SPACE
#define INT_P_SIGN_POSN __INT_P_SIGN_POSN
#define INT_N_SIGN_POSN __INT_N_SIGN_POSN
#endif

__FERRO_BEGIN_DECLS
char *nl_langinfo(nl_item);
#ifdef __FERRO_USE_POSIX2008
char *nl_langinfo_l(nl_item, locale_t);
#endif
__FERRO_END_DECLS
#endif
