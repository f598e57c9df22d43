//! The GNU syntax bits (`reg_syntax_t`, glibc's values) and the
//! combinations `<regex.h>` names.
#![allow(dead_code)]

/// glibc's `reg_syntax_t` (an `unsigned long`).
pub type Syntax = crate::types::c_ulong;

pub const RE_BACKSLASH_ESCAPE_IN_LISTS: Syntax = 1;
pub const RE_BK_PLUS_QM: Syntax = 1 << 1;
pub const RE_CHAR_CLASSES: Syntax = 1 << 2;
pub const RE_CONTEXT_INDEP_ANCHORS: Syntax = 1 << 3;
pub const RE_CONTEXT_INDEP_OPS: Syntax = 1 << 4;
pub const RE_CONTEXT_INVALID_OPS: Syntax = 1 << 5;
pub const RE_DOT_NEWLINE: Syntax = 1 << 6;
pub const RE_DOT_NOT_NULL: Syntax = 1 << 7;
pub const RE_HAT_LISTS_NOT_NEWLINE: Syntax = 1 << 8;
pub const RE_INTERVALS: Syntax = 1 << 9;
pub const RE_LIMITED_OPS: Syntax = 1 << 10;
pub const RE_NEWLINE_ALT: Syntax = 1 << 11;
pub const RE_NO_BK_BRACES: Syntax = 1 << 12;
pub const RE_NO_BK_PARENS: Syntax = 1 << 13;
pub const RE_NO_BK_REFS: Syntax = 1 << 14;
pub const RE_NO_BK_VBAR: Syntax = 1 << 15;
pub const RE_NO_EMPTY_RANGES: Syntax = 1 << 16;
pub const RE_UNMATCHED_RIGHT_PAREN_ORD: Syntax = 1 << 17;
pub const RE_NO_POSIX_BACKTRACKING: Syntax = 1 << 18;
pub const RE_NO_GNU_OPS: Syntax = 1 << 19;
pub const RE_DEBUG: Syntax = 1 << 20;
pub const RE_INVALID_INTERVAL_ORD: Syntax = 1 << 21;
pub const RE_ICASE: Syntax = 1 << 22;
pub const RE_CARET_ANCHORS_HERE: Syntax = 1 << 23;
pub const RE_CONTEXT_INVALID_DUP: Syntax = 1 << 24;
pub const RE_NO_SUB: Syntax = 1 << 25;

pub const RE_SYNTAX_POSIX_COMMON: Syntax =
    RE_CHAR_CLASSES | RE_DOT_NEWLINE | RE_DOT_NOT_NULL | RE_INTERVALS | RE_NO_EMPTY_RANGES;
pub const RE_SYNTAX_POSIX_BASIC: Syntax =
    RE_SYNTAX_POSIX_COMMON | RE_BK_PLUS_QM | RE_CONTEXT_INVALID_DUP;
pub const RE_SYNTAX_POSIX_EXTENDED: Syntax = RE_SYNTAX_POSIX_COMMON
    | RE_CONTEXT_INDEP_ANCHORS
    | RE_CONTEXT_INDEP_OPS
    | RE_NO_BK_BRACES
    | RE_NO_BK_PARENS
    | RE_NO_BK_VBAR
    | RE_CONTEXT_INVALID_OPS
    | RE_UNMATCHED_RIGHT_PAREN_ORD;
