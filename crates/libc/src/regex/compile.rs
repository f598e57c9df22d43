//! The parser (every flavour glibc's syntax bits describe: POSIX BRE and
//! ERE with glibc's GNU extensions, Emacs, awk, grep, egrep …) and the
//! compiler from its syntax tree to the matcher's program.
//!
//! Parsing is recursive descent with the group nesting bounded
//! (`MAX_DEPTH`), so no pattern can run the stack out; the tree lives in
//! one arena and lists (concatenations, alternatives) are chains of
//! arena indices, compiled by loops, not recursion, except through
//! groups and repetitions (bounded by the same depth).
use super::syntax::*;
use super::{Error, Inst, Item, Look, Prog, SetHead};
use crate::heap::{NoMemory, Vec};
use crate::wchar::utf8;

impl From<NoMemory> for Error {
    fn from(_: NoMemory) -> Self {
        Error::Space
    }
}

/// No more than this many nested groups, nor repetition operators on
/// one atom (more: `REG_ESPACE`), which bounds the recursion.
const MAX_DEPTH: u32 = 200;
/// glibc's `RE_DUP_MAX`.
pub const DUP_MAX: u32 = 0x7fff;
/// An unbounded repetition's upper count.
const INF: u32 = u32::MAX;
/// No node.
const NIL: u32 = u32::MAX;

#[derive(Clone, Copy)]
enum Node {
    Empty,
    Char(u32),
    Any,
    Set(u32),
    Look(Look),
    Backref(u32),
    Group(u32, u32),
    /// A concatenation: the first element's node and the next element
    /// (another `Cat` or NIL).
    Cat(u32, u32),
    /// Alternatives: this one and the next `Alt` (or NIL).
    Alt(u32, u32),
    Rep(u32, u32, u32),
}

/// Compile flags the parser needs: the GNU syntax bits (`RE_*`; the
/// POSIX `regcomp` is `RE_SYNTAX_POSIX_BASIC` or `_EXTENDED` adjusted
/// for its flags) and whether characters are UTF-8.
#[derive(Clone, Copy)]
pub struct Flags {
    pub syntax: Syntax,
    pub utf8: bool,
}

impl Flags {
    /// The flags `regcomp` compiles with for `cflags`, as glibc's.
    pub fn posix(cflags: i32, utf8: bool) -> Self {
        let mut syntax = if cflags & super::REG_EXTENDED != 0 {
            RE_SYNTAX_POSIX_EXTENDED
        } else {
            RE_SYNTAX_POSIX_BASIC
        };
        if cflags & super::REG_ICASE != 0 {
            syntax |= RE_ICASE;
        }
        if cflags & super::REG_NEWLINE != 0 {
            syntax &= !RE_DOT_NEWLINE;
            syntax |= RE_HAT_LISTS_NOT_NEWLINE;
        }
        Flags { syntax, utf8 }
    }

    #[inline]
    fn on(&self, bit: Syntax) -> bool {
        self.syntax & bit != 0
    }
}

/// A repetition operator's kind.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rep {
    Star,
    Plus,
    Quest,
    Brace,
}

struct Parser<'a> {
    p: &'a [u8],
    i: usize,
    f: Flags,
    nodes: Vec<Node>,
    prog: Prog,
    /// Groups opened so far, and which are closed.
    ngroups: u32,
    closed: Vec<bool>,
    depth: u32,
    /// Just after a group's open or an alternation bar (where a `^` is
    /// an anchor whatever the syntax).
    caret: bool,
}

/// One character of a pattern or subject at `i`: its value and length
/// (an invalid byte in UTF-8 is itself, marked with the top bit).
#[inline]
pub fn char_at(s: &[u8], i: usize, utf8_mode: bool) -> Option<(u32, usize)> {
    let b = *s.get(i)?;
    if !utf8_mode || b < 0x80 {
        return Some((b as u32, 1));
    }
    match utf8::decode(&s[i..]) {
        utf8::Step::Char(c, n) => Some((c, n)),
        _ => Some((0x8000_0000 | b as u32, 1)),
    }
}

impl Parser<'_> {
    fn node(&mut self, n: Node) -> Result<u32, Error> {
        self.nodes.push(n)?;
        Ok(self.nodes.len() as u32 - 1)
    }

    fn peek(&self) -> Option<u8> {
        self.p.get(self.i).copied()
    }

    fn peek2(&self) -> Option<u8> {
        self.p.get(self.i + 1).copied()
    }

    fn at_end(&self) -> bool {
        self.i >= self.p.len()
    }

    /// The length of the token here if it is `c` spelled plain (`bk`
    /// false) or after a backslash (`bk` true).
    fn tok(&self, c: u8, bk: bool) -> Option<usize> {
        if bk {
            (self.peek() == Some(b'\\') && self.peek2() == Some(c)).then_some(2)
        } else {
            (self.peek() == Some(c)).then_some(1)
        }
    }

    /// The length of an alternation token here (`|`, `\|`, or a newline
    /// under `RE_NEWLINE_ALT`).
    fn bar_len(&self) -> Option<usize> {
        if self.f.on(RE_NEWLINE_ALT) && self.peek() == Some(b'\n') {
            return Some(1);
        }
        if self.f.on(RE_LIMITED_OPS) {
            return None;
        }
        self.tok(b'|', !self.f.on(RE_NO_BK_VBAR))
    }

    fn at_bar(&self) -> bool {
        self.bar_len().is_some()
    }

    fn open_len(&self) -> Option<usize> {
        self.tok(b'(', !self.f.on(RE_NO_BK_PARENS))
    }

    /// The length of a group-close token here, inside a group or not.
    fn close_len(&self) -> Option<usize> {
        self.tok(b')', !self.f.on(RE_NO_BK_PARENS))
    }

    /// Whether the input continues with a group's close (only inside one).
    fn at_close(&self) -> bool {
        self.depth > 0 && self.close_len().is_some()
    }

    fn brace_close_len(&self) -> Option<usize> {
        if !self.f.on(RE_INTERVALS) {
            return None;
        }
        self.tok(b'}', !self.f.on(RE_NO_BK_BRACES))
    }

    /// The repetition operator here, with its token's length.
    fn rep_tok(&self) -> Option<(Rep, usize)> {
        let f = self.f;
        match self.peek()? {
            b'*' => Some((Rep::Star, 1)),
            b'+' if !f.on(RE_LIMITED_OPS) && !f.on(RE_BK_PLUS_QM) => Some((Rep::Plus, 1)),
            b'?' if !f.on(RE_LIMITED_OPS) && !f.on(RE_BK_PLUS_QM) => Some((Rep::Quest, 1)),
            b'{' if f.on(RE_INTERVALS) && f.on(RE_NO_BK_BRACES) => Some((Rep::Brace, 1)),
            b'\\' => match self.peek2()? {
                b'+' if !f.on(RE_LIMITED_OPS) && f.on(RE_BK_PLUS_QM) => Some((Rep::Plus, 2)),
                b'?' if !f.on(RE_LIMITED_OPS) && f.on(RE_BK_PLUS_QM) => Some((Rep::Quest, 2)),
                b'{' if f.on(RE_INTERVALS) && !f.on(RE_NO_BK_BRACES) => Some((Rep::Brace, 2)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Alternatives up to the end or a group's close.
    fn alt(&mut self) -> Result<u32, Error> {
        let g0 = self.ngroups as usize;
        let first = self.cat()?;
        if !self.at_bar() {
            return Ok(first);
        }
        let head = self.node(Node::Alt(first, NIL))?;
        let mut last = head;
        while let Some(n) = self.bar_len() {
            self.i += n;
            self.caret = true;
            // As glibc: a back-reference may not name a group of an
            // earlier alternative (each starts with the groups complete
            // before the alternation; all are complete after it).
            for c in &mut self.closed.as_mut_slice()[g0..] {
                *c = false;
            }
            let c = self.cat()?;
            let n = self.node(Node::Alt(c, NIL))?;
            if let Node::Alt(a, _) = self.nodes.as_slice()[last as usize] {
                self.nodes.as_mut_slice()[last as usize] = Node::Alt(a, n);
            }
            last = n;
        }
        for c in &mut self.closed.as_mut_slice()[g0..] {
            *c = true;
        }
        Ok(head)
    }

    /// Append `atom` to the concatenation `head .. last`.
    fn append(&mut self, head: &mut u32, last: &mut u32, atom: u32) -> Result<(), Error> {
        let n = self.node(Node::Cat(atom, NIL))?;
        if *last == NIL {
            *head = n;
        } else if let Node::Cat(a, _) = self.nodes.as_slice()[*last as usize] {
            self.nodes.as_mut_slice()[*last as usize] = Node::Cat(a, n);
        }
        *last = n;
        Ok(())
    }

    /// A concatenation of repeated atoms.
    fn cat(&mut self) -> Result<u32, Error> {
        let mut head = NIL;
        let mut last = NIL;
        // Whether an expression starts here (at the branch's start or
        // after an anchor), where a repetition operator has nothing to
        // repeat.
        let mut start = true;
        loop {
            if self.at_end() || self.at_bar() || self.at_close() {
                self.caret = false;
                break;
            }
            let (mut atom, was_anchor) = self.atom(start)?;
            self.caret = false;
            start = was_anchor;
            if was_anchor {
                self.append(&mut head, &mut last, atom)?;
                continue;
            }
            loop {
                // A `{` not starting a valid interval under
                // RE_INVALID_INTERVAL_ORD is an ordinary character.
                let (a, brace) = self.repeats(atom)?;
                self.append(&mut head, &mut last, a)?;
                if brace == 0 {
                    break;
                }
                self.i += brace;
                atom = self.node(Node::Char(b'{' as u32))?;
            }
        }
        if head == NIL {
            return self.node(Node::Empty);
        }
        Ok(head)
    }

    /// The repetition operators after an atom; also the length of a
    /// `{` token left here to be taken literally (0: none).
    fn repeats(&mut self, mut atom: u32) -> Result<(u32, usize), Error> {
        let mut stacked = 0;
        while let Some((kind, len)) = self.rep_tok() {
            stacked += 1;
            if stacked > MAX_DEPTH {
                return Err(Error::Space);
            }
            let at = self.i;
            self.i += len;
            let (min, max) = match kind {
                Rep::Star => (0, INF),
                Rep::Plus => (1, INF),
                Rep::Quest => (0, 1),
                Rep::Brace => match self.interval()? {
                    Some(r) => r,
                    None => {
                        self.i = at;
                        return Ok((atom, len));
                    }
                },
            };
            atom = self.node(Node::Rep(atom, min, max))?;
            // In a BRE, a `*` or an interval may not follow another
            // repetition.
            if self.f.on(RE_CONTEXT_INVALID_DUP)
                && matches!(self.rep_tok(), Some((Rep::Star | Rep::Brace, _)))
            {
                return Err(Error::BadRpt);
            }
        }
        Ok((atom, 0))
    }

    /// A number inside an interval, read token by token up to a close,
    /// a comma or the end, as glibc: `Num(-1)` when there are no digits,
    /// `Num(-2)` when something else came first (or the end).
    fn fetch_number(&mut self) -> (i32, IntEnd) {
        let mut num: i32 = -1;
        loop {
            if self.at_end() {
                return (-2, IntEnd::End);
            }
            if let Some(n) = self.brace_close_len() {
                self.i += n;
                return (num, IntEnd::Close);
            }
            let (c, plain) = if self.peek() == Some(b'\\') && self.peek2().is_some() {
                self.i += 2;
                (self.p[self.i - 1], false)
            } else {
                self.i += 1;
                (self.p[self.i - 1], true)
            };
            if c == b',' {
                return (num, IntEnd::Comma);
            }
            // An escaped digit is one too when it is no back-reference
            // (`\0`, or under RE_NO_BK_REFS), as glibc's tokens.
            let digit = c.is_ascii_digit() && (plain || c == b'0' || self.f.on(RE_NO_BK_REFS));
            num = if !digit || num == -2 {
                -2
            } else if num == -1 {
                (c - b'0') as i32
            } else {
                (num * 10 + (c - b'0') as i32).min(DUP_MAX as i32 + 1)
            };
        }
    }

    /// `m}`, `m,}`, `m,n}`, `,n}` after the `{` (BRE: `\}`); `None` when
    /// it is no interval and `RE_INVALID_INTERVAL_ORD` makes the `{`
    /// ordinary.
    fn interval(&mut self) -> Result<Option<(u32, u32)>, Error> {
        let (mut min, mut end) = self.fetch_number();
        if min == -1 {
            if end == IntEnd::Comma {
                min = 0;
            } else {
                // `{}`
                return Err(Error::BadBr);
            }
        }
        let mut max = -2;
        if min != -2 {
            max = match end {
                IntEnd::Close => min,
                IntEnd::Comma => {
                    let (m, e) = self.fetch_number();
                    end = e;
                    m
                }
                IntEnd::End => -2,
            };
        }
        if min == -2 || max == -2 {
            if self.f.on(RE_INVALID_INTERVAL_ORD) {
                return Ok(None);
            }
            return Err(if end == IntEnd::End {
                Error::EBrace
            } else {
                Error::BadBr
            });
        }
        if (max != -1 && min > max) || end != IntEnd::Close {
            return Err(Error::BadBr);
        }
        if (if max == -1 { min } else { max }) > DUP_MAX as i32 {
            return Err(Error::ESize);
        }
        let max = if max == -1 { INF } else { max as u32 };
        Ok(Some((min as u32, max)))
    }

    /// One atom; the flag says it was an anchor (`^`, `$`, or a GNU
    /// zero-width assertion), after which a repetition operator has
    /// nothing to repeat.
    fn atom(&mut self, start: bool) -> Result<(u32, bool), Error> {
        // A repetition operator with nothing before it (only at an
        // expression's start: elsewhere `repeats` took it).
        while let Some((kind, len)) = self.rep_tok() {
            debug_assert!(start);
            if kind == Rep::Brace && self.f.on(RE_CONTEXT_INVALID_DUP) {
                return Err(Error::BadRpt);
            }
            if self.f.on(RE_CONTEXT_INVALID_OPS) && !self.f.on(RE_CONTEXT_INVALID_DUP) {
                return Err(Error::BadRpt);
            }
            if self.f.on(RE_CONTEXT_INDEP_OPS) {
                // Ignored (what follows is the expression, even a close,
                // which is then ordinary or an error).
                self.i += len;
                if self.at_end() || self.at_bar() {
                    return Ok((self.node(Node::Empty)?, false));
                }
                continue;
            }
            // Ordinary.
            self.i += len;
            return Ok((self.node(Node::Char(self.p[self.i - 1] as u32))?, false));
        }
        if let Some(n) = self.open_len() {
            self.i += n;
            return Ok((self.group()?, false));
        }
        if let Some(n) = self.close_len() {
            // Unmatched (a matched one ends the concatenation first).
            if !self.f.on(RE_UNMATCHED_RIGHT_PAREN_ORD) {
                return Err(Error::ERParen);
            }
            self.i += n;
            return Ok((self.node(Node::Char(b')' as u32))?, false));
        }
        let b = self.p[self.i];
        match b {
            b'^' if self.f.on(RE_CONTEXT_INDEP_ANCHORS | RE_CARET_ANCHORS_HERE)
                || self.i == 0
                || self.caret
                || (self.f.on(RE_NEWLINE_ALT) && self.p[self.i - 1] == b'\n') =>
            {
                self.i += 1;
                return Ok((self.node(Node::Look(Look::Bol))?, true));
            }
            b'$' => {
                self.i += 1;
                if self.f.on(RE_CONTEXT_INDEP_ANCHORS)
                    || self.at_end()
                    || self.at_bar()
                    || self.close_len().is_some()
                {
                    return Ok((self.node(Node::Look(Look::Eol))?, true));
                }
                return Ok((self.node(Node::Char(b'$' as u32))?, false));
            }
            b'.' => {
                self.i += 1;
                return Ok((self.node(Node::Any)?, false));
            }
            b'[' => {
                self.i += 1;
                let s = self.bracket()?;
                return Ok((self.node(Node::Set(s))?, false));
            }
            b'\\' => return self.escape(),
            _ => {}
        }
        let (c, n) = char_at(self.p, self.i, self.f.utf8).unwrap_or((b as u32, 1));
        self.i += n;
        Ok((self.node(Node::Char(c))?, false))
    }

    /// A group after its open.
    fn group(&mut self) -> Result<u32, Error> {
        if self.depth >= MAX_DEPTH {
            return Err(Error::Space);
        }
        let idx = self.ngroups + 1;
        self.ngroups += 1;
        self.closed.push(false)?;
        self.depth += 1;
        self.caret = true;
        let inner = self.alt()?;
        self.depth -= 1;
        let Some(n) = self.close_len() else {
            return Err(Error::EParen);
        };
        self.i += n;
        self.closed.as_mut_slice()[idx as usize - 1] = true;
        self.node(Node::Group(idx, inner))
    }

    /// A backslash and what follows (not a group, bar or repetition
    /// token: `atom` took those).
    fn escape(&mut self) -> Result<(u32, bool), Error> {
        let Some(&c) = self.p.get(self.i + 1) else {
            return Err(Error::EEscape);
        };
        self.i += 2;
        let gnu = !self.f.on(RE_NO_GNU_OPS);
        let look = |l| Ok::<_, Error>((l, true));
        let n = match c {
            b'1'..=b'9' if !self.f.on(RE_NO_BK_REFS) => {
                let k = (c - b'0') as u32;
                if k > self.ngroups || !self.closed.as_slice()[k as usize - 1] {
                    return Err(Error::ESubreg);
                }
                self.prog.backrefs = true;
                Node::Backref(k)
            }
            b'w' | b'W' | b's' | b'S' if gnu => {
                let class = if c | 0x20 == b'w' {
                    WORD_CLASS
                } else {
                    SPACE_CLASS
                };
                let s = self.prog.sets.len() as u32;
                self.prog.sets.push(SetHead {
                    neg: c.is_ascii_uppercase(),
                    start: self.prog.items.len() as u32,
                    len: 1,
                })?;
                self.prog.items.push(Item::Class(class))?;
                Node::Set(s)
            }
            b'b' if gnu => return look(self.node(Node::Look(Look::Word))?),
            b'B' if gnu => return look(self.node(Node::Look(Look::NotWord))?),
            b'<' if gnu => return look(self.node(Node::Look(Look::WordStart))?),
            b'>' if gnu => return look(self.node(Node::Look(Look::WordEnd))?),
            b'`' if gnu => return look(self.node(Node::Look(Look::BufStart))?),
            b'\'' if gnu => return look(self.node(Node::Look(Look::BufEnd))?),
            _ => {
                let (ch, n) = char_at(self.p, self.i - 1, self.f.utf8).unwrap_or((c as u32, 1));
                self.i += n - 1;
                Node::Char(ch)
            }
        };
        Ok((self.node(n)?, false))
    }

    /// A bracket expression after its `[`; returns the set's index.
    fn bracket(&mut self) -> Result<u32, Error> {
        let neg = self.peek() == Some(b'^');
        if neg {
            self.i += 1;
        }
        let start = self.prog.items.len() as u32;
        let mut first = true;
        // The previous element was a range or a class, so a `-` here
        // starts an element (not a range from a character).
        let mut after_set = false;
        loop {
            let Some(b) = self.peek() else {
                return Err(Error::EBrack);
            };
            if b == b']' && !first {
                self.i += 1;
                break;
            }
            // As glibc: past the first element, a `-` starts none (it ends
            // the list, or follows a range's start) — `[a-c-e]`,
            // `[[:alpha:]-z]`.
            if !first && b == b'-' && self.peek2() != Some(b']') {
                return Err(if self.peek2().is_none() && !after_set {
                    Error::EBrack
                } else {
                    Error::ERange
                });
            }
            first = false;
            let lo = self.bracket_elem()?;
            // A range?
            if self.peek() == Some(b'-') && self.peek2().is_some_and(|c| c != b']') {
                self.i += 1;
                let hi = self.bracket_elem()?;
                match (lo, hi) {
                    (Elem::Char(a), Elem::Char(z)) => {
                        if z < a {
                            if self.f.on(RE_NO_EMPTY_RANGES) {
                                return Err(Error::ERange);
                            }
                        } else {
                            self.prog.items.push(Item::Range(a, z))?;
                        }
                    }
                    _ => return Err(Error::ERange),
                }
                after_set = true;
                continue;
            }
            after_set = matches!(lo, Elem::Class(_));
            match lo {
                Elem::Char(c) => self.prog.items.push(Item::Range(c, c))?,
                Elem::Class(k) => self.prog.items.push(Item::Class(k))?,
            }
        }
        let s = self.prog.sets.len() as u32;
        let len = self.prog.items.len() as u32 - start;
        self.prog.sets.push(SetHead { neg, start, len })?;
        Ok(s)
    }

    /// One element of a bracket: a character, `[.c.]`, `[=c=]` or
    /// `[:name:]` (under `RE_CHAR_CLASSES`), or a backslash and a
    /// character (under `RE_BACKSLASH_ESCAPE_IN_LISTS`).
    fn bracket_elem(&mut self) -> Result<Elem, Error> {
        if self.f.on(RE_BACKSLASH_ESCAPE_IN_LISTS)
            && self.peek() == Some(b'\\')
            && self.i + 1 < self.p.len()
        {
            let (c, n) = char_at(self.p, self.i + 1, self.f.utf8).unwrap_or((0, 1));
            self.i += 1 + n;
            return Ok(Elem::Char(c));
        }
        if self.peek() == Some(b'[')
            && let Some(k @ (b'.' | b'=' | b':')) = self.peek2()
            && (k != b':' || self.f.on(RE_CHAR_CLASSES))
        {
            let body = self.i + 2;
            let mut j = body;
            loop {
                if j + 1 >= self.p.len() {
                    return Err(Error::EBrack);
                }
                if self.p[j] == k && self.p[j + 1] == b']' {
                    break;
                }
                j += 1;
            }
            let name = &self.p[body..j];
            self.i = j + 2;
            if k == b':' {
                let c = crate::wctype::class_index(name);
                if c == 0 {
                    return Err(Error::ECtype);
                }
                return Ok(Elem::Class(c as u8));
            }
            return match char_at(name, 0, self.f.utf8) {
                Some((c, n)) if n == name.len() => Ok(Elem::Char(c)),
                _ => Err(Error::ECollate),
            };
        }
        let (c, n) = char_at(self.p, self.i, self.f.utf8).unwrap_or((0, 1));
        self.i += n;
        Ok(Elem::Char(c))
    }
}

/// What ended a number in an interval.
#[derive(Clone, Copy, PartialEq, Eq)]
enum IntEnd {
    Close,
    Comma,
    End,
}

#[derive(Clone, Copy)]
enum Elem {
    Char(u32),
    Class(u8),
}

/// The classes `\w` (alnum and `_`) and `\s` (space), beyond `wctype`'s.
pub const WORD_CLASS: u8 = 100;
pub const SPACE_CLASS: u8 = 10;

/// A program being emitted.
struct Emit<'a> {
    nodes: &'a [Node],
    prog: Prog,
}

impl Emit<'_> {
    fn pc(&self) -> u32 {
        self.prog.insts.len() as u32
    }

    fn push(&mut self, i: Inst) -> Result<u32, Error> {
        if self.prog.insts.len() >= MAX_INSTS {
            return Err(Error::ESize);
        }
        self.prog.insts.push(i)?;
        Ok(self.pc() - 1)
    }

    fn set(&mut self, at: u32, i: Inst) {
        self.prog.insts.as_mut_slice()[at as usize] = i;
    }

    fn node(&mut self, n: u32) -> Result<(), Error> {
        match self.nodes[n as usize] {
            Node::Empty => {}
            Node::Char(c) => {
                self.push(Inst::Char(c))?;
            }
            Node::Any => {
                self.push(Inst::Any)?;
            }
            Node::Set(s) => {
                self.push(Inst::Set(s))?;
            }
            Node::Look(l) => {
                self.push(Inst::Look(l))?;
            }
            Node::Backref(k) => {
                self.push(Inst::Backref(k))?;
            }
            Node::Group(k, inner) => {
                self.push(Inst::Save(2 * k))?;
                self.node(inner)?;
                self.push(Inst::Save(2 * k + 1))?;
            }
            Node::Cat(..) => {
                let mut c = n;
                while c != NIL {
                    let Node::Cat(a, next) = self.nodes[c as usize] else {
                        break;
                    };
                    self.node(a)?;
                    c = next;
                }
            }
            Node::Alt(..) => {
                // Split(alt1, next); alt1; Jmp end; next: Split(alt2, ...)...
                let mut jumps: Vec<u32> = Vec::new();
                let mut c = n;
                while c != NIL {
                    let Node::Alt(a, next) = self.nodes[c as usize] else {
                        break;
                    };
                    if next == NIL {
                        self.node(a)?;
                        break;
                    }
                    let split = self.push(Inst::Split(0, 0))?;
                    self.node(a)?;
                    jumps.push(self.push(Inst::Jmp(0))?)?;
                    let here = self.pc();
                    self.set(split, Inst::Split(split + 1, here));
                    c = next;
                }
                let end = self.pc();
                for &j in jumps.as_slice() {
                    self.set(j, Inst::Jmp(end));
                }
            }
            Node::Rep(a, min, max) => {
                if max == INF {
                    // min - 1 copies, then the loop (its first iteration
                    // mandatory when min > 0): Enter; [head: Split(body,
                    // out);] body: Mark; a; Loop(back, out).
                    for _ in 1..min {
                        self.node(a)?;
                    }
                    let slot = self.prog.nmarks;
                    self.prog.nmarks += 1;
                    self.push(Inst::Enter(slot, true))?;
                    let head = if min == 0 {
                        Some(self.push(Inst::Split(0, 0))?)
                    } else {
                        None
                    };
                    let body = self.push(Inst::Mark(slot))?;
                    self.node(a)?;
                    let lp = self.pc();
                    let back = match head {
                        Some(h) => {
                            self.push(Inst::Loop(slot, h, 0))?;
                            h
                        }
                        None => {
                            self.push(Inst::Loop(slot, lp + 1, 0))?;
                            self.push(Inst::Split(body, 0))?
                        }
                    };
                    let out = self.pc();
                    if let Some(h) = head {
                        self.set(h, Inst::Split(body, out));
                    } else {
                        self.set(back, Inst::Split(body, out));
                    }
                    self.set(lp, Inst::Loop(slot, back, out));
                    return Ok(());
                }
                for _ in 0..min {
                    self.node(a)?;
                }
                if max > min {
                    // Each optional iteration: Split(body, out); body:
                    // Mark; a; [Check]. glibc takes an optional empty
                    // iteration after a non-empty one except in `{m,m+1}`
                    // with m >= 1 (observed: `(a*){1,2}` on "ax" reports
                    // (0,1), `(a*){1,3}` on "aax" (2,2)); Check does that.
                    let slot = self.prog.nmarks;
                    self.prog.nmarks += 1;
                    self.push(Inst::Enter(slot, min == 0))?;
                    let check = max - min == 1 && min >= 1;
                    let mut splits: Vec<u32> = Vec::new();
                    for _ in min..max {
                        splits.push(self.push(Inst::Split(0, 0))?)?;
                        self.push(Inst::Mark(slot))?;
                        self.node(a)?;
                        if check {
                            self.push(Inst::Check(slot))?;
                        }
                    }
                    let out = self.pc();
                    for &s in splits.as_slice() {
                        self.set(s, Inst::Split(s + 1, out));
                    }
                }
            }
        }
        Ok(())
    }
}

/// The largest program (instructions) a pattern may compile to.
const MAX_INSTS: usize = 1 << 22;

/// Parse and compile `pattern`.
pub fn compile(pattern: &[u8], f: Flags) -> Result<Prog, Error> {
    let mut p = Parser {
        p: pattern,
        i: 0,
        f,
        nodes: Vec::new(),
        prog: Prog::new(f),
        ngroups: 0,
        closed: Vec::new(),
        depth: 0,
        caret: false,
    };
    let root = p.alt()?;
    if !p.at_end() {
        // Only an unmatched close can stop the top level.
        return Err(Error::EParen);
    }
    let mut prog = core::mem::replace(&mut p.prog, Prog::new(f));
    prog.nsub = p.ngroups as usize;
    let mut e = Emit {
        nodes: p.nodes.as_slice(),
        prog,
    };
    e.push(Inst::Save(0))?;
    e.node(root)?;
    e.push(Inst::Save(1))?;
    e.push(Inst::Match)?;
    Ok(e.prog)
}
