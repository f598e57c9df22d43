//! The parser (POSIX BRE and ERE with glibc's GNU extensions) and the
//! compiler from its syntax tree to the matcher's program.
//!
//! Parsing is recursive descent with the group nesting bounded
//! (`MAX_DEPTH`), so no pattern can run the stack out; the tree lives in
//! one arena and lists (concatenations, alternatives) are chains of
//! arena indices, compiled by loops, not recursion, except through
//! groups and repetitions (bounded by the same depth).
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

/// Compile flags the parser needs.
#[derive(Clone, Copy)]
pub struct Flags {
    pub extended: bool,
    pub icase: bool,
    pub newline: bool,
    pub utf8: bool,
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

    /// Whether the input continues with an alternation bar.
    fn at_bar(&self) -> bool {
        if self.f.extended {
            self.peek() == Some(b'|')
        } else {
            self.peek() == Some(b'\\') && self.peek2() == Some(b'|')
        }
    }

    /// Whether the input continues with a group's close (only inside one).
    fn at_close(&self) -> bool {
        if self.depth == 0 {
            return false;
        }
        if self.f.extended {
            self.peek() == Some(b')')
        } else {
            self.peek() == Some(b'\\') && self.peek2() == Some(b')')
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
        while self.at_bar() {
            self.i += if self.f.extended { 1 } else { 2 };
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

    /// A concatenation of repeated atoms.
    fn cat(&mut self) -> Result<u32, Error> {
        let mut head = NIL;
        let mut last = NIL;
        // Whether we are where a BRE `*` is literal / an ERE one an error.
        let mut start = true;
        loop {
            if self.at_end() || self.at_bar() || self.at_close() {
                break;
            }
            let (mut atom, was_anchor) = self.atom(start)?;
            start = was_anchor && !self.f.extended;
            if !was_anchor || self.f.extended {
                atom = self.repeats(atom, was_anchor)?;
            }
            let n = self.node(Node::Cat(atom, NIL))?;
            if last == NIL {
                head = n;
            } else if let Node::Cat(a, _) = self.nodes.as_slice()[last as usize] {
                self.nodes.as_mut_slice()[last as usize] = Node::Cat(a, n);
            }
            last = n;
        }
        if head == NIL {
            return self.node(Node::Empty);
        }
        Ok(head)
    }

    /// Whether a repetition operator starts here: `Some(is_brace)`.
    fn at_rep(&self) -> Option<bool> {
        match (self.peek()?, self.f.extended) {
            (b'*', _) => Some(false),
            (b'+' | b'?', true) => Some(false),
            (b'{', true) => Some(true),
            (b'\\', false) => match self.peek2()? {
                b'+' | b'?' => Some(false),
                b'{' => Some(true),
                _ => None,
            },
            _ => None,
        }
    }

    /// The repetition operators after an atom.
    fn repeats(&mut self, mut atom: u32, anchor: bool) -> Result<u32, Error> {
        let mut after_rep = false;
        let mut stacked = 0;
        while let Some(brace) = self.at_rep() {
            stacked += 1;
            if stacked > MAX_DEPTH {
                return Err(Error::Space);
            }
            if anchor && self.f.extended {
                return Err(Error::BadRpt);
            }
            let c = if self.f.extended {
                self.p[self.i]
            } else if self.p[self.i] == b'\\' {
                self.p[self.i + 1]
            } else {
                b'*'
            };
            if !self.f.extended && after_rep && (c == b'*' || c == b'{') {
                return Err(Error::BadRpt);
            }
            after_rep = true;
            self.i += if self.f.extended || c == b'*' { 1 } else { 2 };
            let (min, max) = match c {
                b'*' => (0, INF),
                b'+' => (1, INF),
                b'?' => (0, 1),
                _ => {
                    debug_assert!(brace);
                    self.interval()?
                }
            };
            atom = self.node(Node::Rep(atom, min, max))?;
        }
        Ok(atom)
    }

    fn number(&mut self) -> Option<u32> {
        let s = self.i;
        let mut v: u32 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            v = v.saturating_mul(10).saturating_add((d - b'0') as u32);
            self.i += 1;
        }
        if self.i == s { None } else { Some(v) }
    }

    /// `m}`, `m,}`, `m,n}`, `,n}` after the `{` (BRE: `\}`).
    fn interval(&mut self) -> Result<(u32, u32), Error> {
        let min = self.number();
        let max = if self.peek() == Some(b',') {
            self.i += 1;
            self.number().unwrap_or(INF)
        } else {
            match min {
                Some(m) => m,
                None => {
                    return Err(if self.at_end() {
                        Error::EBrace
                    } else {
                        Error::BadBr
                    });
                }
            }
        };
        let close = if self.f.extended {
            self.peek() == Some(b'}')
        } else {
            self.peek() == Some(b'\\') && self.peek2() == Some(b'}')
        };
        if !close {
            return Err(
                if self.at_end() || (!self.f.extended && self.i + 1 >= self.p.len()) {
                    Error::EBrace
                } else {
                    Error::BadBr
                },
            );
        }
        self.i += if self.f.extended { 1 } else { 2 };
        let min = min.unwrap_or(0);
        if max != INF && max < min {
            return Err(Error::BadBr);
        }
        if (max != INF && max > DUP_MAX) || min > DUP_MAX {
            return Err(Error::ESize);
        }
        Ok((min, max))
    }

    /// One atom; the flag says it was an anchor (`^`, or a GNU
    /// zero-width assertion), after which a BRE `*` is literal.
    fn atom(&mut self, start: bool) -> Result<(u32, bool), Error> {
        let b = self.p[self.i];
        let ext = self.f.extended;
        if let Some(brace) = self.at_rep() {
            // A repetition with nothing before it.
            if ext || brace {
                return Err(Error::BadRpt);
            }
            if start && b == b'*' {
                self.i += 1;
                return Ok((self.node(Node::Char(b'*' as u32))?, false));
            }
            if start {
                // BRE `\+` `\?` at the start: literal.
                self.i += 2;
                return Ok((self.node(Node::Char(self.p[self.i - 1] as u32))?, false));
            }
        }
        match b {
            b'^' if ext || start => {
                self.i += 1;
                return Ok((self.node(Node::Look(Look::Bol))?, true));
            }
            b'$' => {
                self.i += 1;
                if ext || self.at_end() || self.at_bar() || self.at_close() {
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
            b'(' if ext => {
                self.i += 1;
                return Ok((self.group()?, false));
            }
            b'\\' => return self.escape(),
            _ => {}
        }
        let (c, n) = char_at(self.p, self.i, self.f.utf8).unwrap_or((b as u32, 1));
        self.i += n;
        Ok((self.node(Node::Char(c))?, false))
    }

    fn group(&mut self) -> Result<u32, Error> {
        if self.depth >= MAX_DEPTH {
            return Err(Error::Space);
        }
        let idx = self.ngroups + 1;
        self.ngroups += 1;
        self.closed.push(false)?;
        self.depth += 1;
        let inner = self.alt()?;
        self.depth -= 1;
        let closes = if self.f.extended {
            self.peek() == Some(b')')
        } else {
            self.peek() == Some(b'\\') && self.peek2() == Some(b')')
        };
        if !closes {
            return Err(Error::EParen);
        }
        self.i += if self.f.extended { 1 } else { 2 };
        self.closed.as_mut_slice()[idx as usize - 1] = true;
        self.node(Node::Group(idx, inner))
    }

    fn escape(&mut self) -> Result<(u32, bool), Error> {
        let Some(&c) = self.p.get(self.i + 1) else {
            return Err(Error::EEscape);
        };
        self.i += 2;
        let look = |l| Ok::<_, Error>((l, true));
        let n = match c {
            b'(' if !self.f.extended => return Ok((self.group()?, false)),
            b')' if !self.f.extended => return Err(Error::EParen),
            b'{' if !self.f.extended => return Err(Error::BadRpt),
            b'1'..=b'9' => {
                let k = (c - b'0') as u32;
                if k > self.ngroups || !self.closed.as_slice()[k as usize - 1] {
                    return Err(Error::ESubreg);
                }
                self.prog.backrefs = true;
                Node::Backref(k)
            }
            b'w' | b'W' | b's' | b'S' => {
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
            b'b' => return look(self.node(Node::Look(Look::Word))?),
            b'B' => return look(self.node(Node::Look(Look::NotWord))?),
            b'<' => return look(self.node(Node::Look(Look::WordStart))?),
            b'>' => return look(self.node(Node::Look(Look::WordEnd))?),
            b'`' => return look(self.node(Node::Look(Look::BufStart))?),
            b'\'' => return look(self.node(Node::Look(Look::BufEnd))?),
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
        // The previous element was a range's end (a `-` then starts none).
        let mut after_range = false;
        loop {
            let Some(b) = self.peek() else {
                return Err(Error::EBrack);
            };
            if b == b']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let lo = self.bracket_elem()?;
            // A range?
            if self.peek() == Some(b'-') && self.peek2().is_some_and(|c| c != b']') {
                if after_range {
                    return Err(Error::ERange);
                }
                self.i += 1;
                let hi = self.bracket_elem()?;
                match (lo, hi) {
                    (Elem::Char(a), Elem::Char(z)) => {
                        if z < a {
                            return Err(Error::ERange);
                        }
                        self.prog.items.push(Item::Range(a, z))?;
                    }
                    _ => return Err(Error::ERange),
                }
                after_range = true;
                continue;
            }
            if after_range && matches!(lo, Elem::Char(0x2d)) && self.peek() != Some(b']') {
                return Err(Error::ERange);
            }
            after_range = false;
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

    /// One element of a bracket: a character, `[.c.]`, `[=c=]` or `[:name:]`.
    fn bracket_elem(&mut self) -> Result<Elem, Error> {
        if self.peek() == Some(b'[')
            && let Some(k @ (b'.' | b'=' | b':')) = self.peek2()
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
