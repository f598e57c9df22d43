//! The matcher.
//!
//! * Without back-references, the overall match is found by a Pike VM
//!   (a breadth-first simulation of the program over all threads at
//!   once) that keeps, for every program state, the earliest start that
//!   reaches it: the first match seen has the leftmost start, and the
//!   threads of that start run on to the longest end. Time O(program ×
//!   subject), no recursion.
//! * The subexpressions are then found by a backtracking walk constrained
//!   to end exactly there, trying each choice in priority order (more
//!   iterations before fewer, the left alternative first), with a visited
//!   bit per (instruction, position) so no state is explored twice: again
//!   O(program × match length) time, plus that many bits of memory.
//! * With back-references the visited bits are not sound (a state's
//!   future depends on what the groups hold), so a full backtracking
//!   search runs instead, on an explicit stack (no recursion), keeping
//!   the longest match from the leftmost start.
//!
//! A loop's first iteration may match the empty string (its captures
//! kept: `(a*)*` on "b" reports `(0,0)`), a later one may not (`(a*)+x`
//! on "aax" reports `(0,2)`), as glibc.
use super::compile::{WORD_CLASS, char_at};
use super::{Error, Inst, Item, Look, Prog};
use crate::heap::Vec;
use crate::wctype;

/// The subject and its context.
pub struct Subject<'a> {
    pub s: &'a [u8],
    /// Where the search starts and the subject ends (`REG_STARTEND`).
    pub start: usize,
    pub end: usize,
    /// The last position a match may start at (`re_search`'s range).
    pub last_start: usize,
    /// No match goes past here (`re_search_2`'s stop; at most `end`,
    /// which anchors and word boundaries still see).
    pub stop: usize,
    pub notbol: bool,
    pub noteol: bool,
    /// `^` and `$` match at newlines (`REG_NEWLINE`, `newline_anchor`).
    pub nl_anchor: bool,
}

#[cfg(test)]
impl<'a> Subject<'a> {
    /// All of `s[..end]` from `start`, as `regexec` searches.
    pub fn new(s: &'a [u8], start: usize, end: usize) -> Self {
        Subject {
            s,
            start,
            end,
            last_start: end,
            stop: end,
            notbol: false,
            noteol: false,
            nl_anchor: false,
        }
    }
}

struct Ctx<'a> {
    p: &'a Prog,
    t: &'a Subject<'a>,
}

impl Ctx<'_> {
    /// The character at `i` to match.
    fn at(&self, i: usize) -> Option<(u32, usize)> {
        if i >= self.t.stop {
            return None;
        }
        char_at(&self.t.s[..self.t.stop], i, self.p.utf8)
    }

    /// The character after `i` as context (past `stop`).
    fn after(&self, i: usize) -> Option<u32> {
        if i >= self.t.end {
            return None;
        }
        char_at(&self.t.s[..self.t.end], i, self.p.utf8).map(|x| x.0)
    }

    fn before(&self, i: usize) -> Option<u32> {
        if i == 0 {
            return None;
        }
        let s = self.t.s;
        if !self.p.utf8 || s[i - 1] < 0x80 {
            return Some(s[i - 1] as u32);
        }
        let mut j = i - 1;
        while j > 0 && i - j < 4 && s[j] & 0xc0 == 0x80 {
            j -= 1;
        }
        match char_at(&s[..i], j, true) {
            Some((c, n)) if j + n == i => Some(c),
            _ => Some(0x8000_0000 | s[i - 1] as u32),
        }
    }

    fn is_word(&self, c: Option<u32>) -> bool {
        c.is_some_and(|c| c == b'_' as u32 || wctype::is(c, 1, self.p.utf8))
    }

    fn look(&self, l: Look, i: usize) -> bool {
        let nl = self.t.nl_anchor;
        match l {
            Look::Bol => (i == 0 && !self.t.notbol) || (nl && i > 0 && self.t.s[i - 1] == b'\n'),
            Look::Eol => {
                (i == self.t.end && !self.t.noteol)
                    || (nl && i < self.t.end && self.t.s[i] == b'\n')
            }
            Look::BufStart => i == 0,
            Look::BufEnd => i == self.t.end,
            Look::Word => self.is_word(self.before(i)) != self.is_word(self.after(i)),
            Look::NotWord => self.is_word(self.before(i)) == self.is_word(self.after(i)),
            Look::WordStart => !self.is_word(self.before(i)) && self.is_word(self.after(i)),
            Look::WordEnd => self.is_word(self.before(i)) && !self.is_word(self.after(i)),
        }
    }

    fn fold(&self, c: u32) -> u32 {
        wctype::lower(c, self.p.utf8)
    }

    fn set_has(&self, s: u32, c: u32) -> bool {
        set_has(self.p, s, c)
    }

    /// The length of the character at `i` if instruction `inst` consumes it.
    fn step(&self, inst: Inst, i: usize) -> Option<usize> {
        let (c, n) = self.at(i)?;
        let ok = match inst {
            Inst::Char(p) => c == p || (self.p.icase && self.fold(c) == self.fold(p)),
            Inst::Any => (c != 0 || !self.p.dot_not_nul) && (c != b'\n' as u32 || self.p.dot_nl),
            Inst::Set(s) => self.set_has(s, c),
            _ => false,
        };
        ok.then_some(n)
    }
}

/// Whether bracket set `s` of `p` has `c`.
pub fn set_has(p: &Prog, s: u32, c: u32) -> bool {
    let h = p.sets.as_slice()[s as usize];
    let items = &p.items.as_slice()[h.start as usize..(h.start + h.len) as usize];
    let one = |c: u32| {
        items.iter().any(|it| match *it {
            Item::Range(a, z) => (a..=z).contains(&c),
            Item::Class(WORD_CLASS) => c == b'_' as u32 || wctype::is(c, 1, p.utf8),
            Item::Class(k) => wctype::is(c, k as _, p.utf8),
        })
    };
    let mut hit = one(c);
    if !hit && p.icase {
        let l = wctype::lower(c, p.utf8);
        let u = wctype::upper(c, p.utf8);
        hit = (l != c && one(l)) || (u != c && one(u));
    }
    if h.neg {
        !(hit || (p.hat_not_nl && c == b'\n' as u32))
    } else {
        hit
    }
}

/// A thread list: the states in order, a stamp per state for "already
/// on" (equal to `stamp` while this list is being built), and the start
/// position each state carries.
struct List {
    pcs: Vec<u32>,
    on: Vec<u32>,
    start: Vec<usize>,
    stamp: u32,
}

impl List {
    fn new(n: usize) -> Result<Self, Error> {
        let mut l = List {
            pcs: Vec::new(),
            on: Vec::new(),
            start: Vec::new(),
            stamp: 0,
        };
        l.pcs.reserve(n)?;
        l.on.reserve(n)?;
        l.start.reserve(n)?;
        for _ in 0..n {
            l.on.push(u32::MAX)?;
            l.start.push(0)?;
        }
        Ok(l)
    }

    /// Empty the list for a new position.
    fn clear(&mut self) {
        self.pcs.truncate(0);
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == u32::MAX {
            self.stamp = 0;
            for o in self.on.as_mut_slice() {
                *o = u32::MAX;
            }
        }
    }
}

/// The leftmost-longest overall match `(start, end)` of a program
/// without back-references.
fn overall(cx: &Ctx) -> Result<Option<(usize, usize)>, Error> {
    let insts = cx.p.insts.as_slice();
    let n = insts.len();
    let mut cur = List::new(n)?;
    let mut next = List::new(n)?;
    let mut stack: Vec<u32> = Vec::new();
    let mut best: Option<(usize, usize)> = None;
    let mut i = cx.t.start;
    loop {
        // The threads that arrived here are in `cur`, closed over at this
        // position; a new start joins them (the latest start, so last)
        // unless a match was already found.
        if best.is_none() && i <= cx.t.last_start {
            add(cx, &mut cur, &mut stack, 0, i, i)?;
        }
        // The one Match state, if on, carries the earliest start reaching it.
        for &pc in cur.pcs.as_slice() {
            if matches!(insts[pc as usize], Inst::Match) {
                let s = cur.start.as_slice()[pc as usize];
                match best {
                    Some((bs, _)) if bs < s => {}
                    _ => best = Some((s, i)),
                }
                break;
            }
        }
        let Some((_, len)) = cx.at(i) else { break };
        let bstart = best.map(|b| b.0);
        next.clear();
        for k in 0..cur.pcs.len() {
            let pc = cur.pcs.as_slice()[k];
            let s = cur.start.as_slice()[pc as usize];
            if bstart.is_some_and(|b| s > b) {
                continue;
            }
            if cx.step(insts[pc as usize], i).is_some() {
                add(cx, &mut next, &mut stack, pc + 1, i + len, s)?;
            }
        }
        core::mem::swap(&mut cur, &mut next);
        i += len;
        if cur.pcs.is_empty() && (best.is_some() || i > cx.t.last_start) {
            break;
        }
    }
    Ok(best)
}

/// Add the closure of `pc` at position `i` with start `s` to `l`.
fn add(
    cx: &Ctx,
    l: &mut List,
    stack: &mut Vec<u32>,
    pc: u32,
    i: usize,
    s: usize,
) -> Result<(), Error> {
    let insts = cx.p.insts.as_slice();
    stack.truncate(0);
    stack.push(pc)?;
    while let Some(pc) = stack.as_slice().last().copied() {
        stack.truncate(stack.len() - 1);
        let on = &mut l.on.as_mut_slice()[pc as usize];
        if *on == l.stamp {
            continue;
        }
        *on = l.stamp;
        l.start.as_mut_slice()[pc as usize] = s;
        match insts[pc as usize] {
            Inst::Jmp(t) => stack.push(t)?,
            Inst::Split(a, b) | Inst::Loop(_, a, b) => {
                stack.push(b)?;
                stack.push(a)?;
            }
            Inst::Save(_) | Inst::Mark(_) | Inst::Enter(..) | Inst::Check(_) => {
                stack.push(pc + 1)?
            }
            Inst::Look(k) => {
                if cx.look(k, i) {
                    stack.push(pc + 1)?;
                }
            }
            _ => l.pcs.push(pc)?,
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Frame {
    Try(u32, usize),
    Cap(u32, isize),
    Mark(u32, usize),
}

/// The backtracking walk from `start`. With `end` given, only a match
/// ending exactly there counts and the first one (in priority order) is
/// taken, visiting each (instruction, position) once; without, every path
/// is tried and the longest match kept (back-references).
fn backtrack(
    cx: &Ctx,
    start: usize,
    end: Option<usize>,
    caps: &mut [isize],
) -> Result<Option<usize>, Error> {
    let insts = cx.p.insts.as_slice();
    let width = end.map_or(0, |e| e - start + 1);
    let mut visited: Vec<usize> = Vec::new();
    if end.is_some() {
        let bits = insts.len().checked_mul(width).ok_or(Error::Space)?;
        let words = bits / usize::BITS as usize + 1;
        visited.reserve(words)?;
        for _ in 0..words {
            visited.push(0)?;
        }
    }
    let mut cur: Vec<isize> = Vec::new();
    cur.extend_from_slice(caps)?;
    let mut marks: Vec<usize> = Vec::new();
    for _ in 0..cx.p.nmarks {
        marks.push(usize::MAX)?;
    }
    let mut stack: Vec<Frame> = Vec::new();
    stack.push(Frame::Try(0, start))?;
    let mut best: Option<usize> = None;
    while let Some(f) = stack.as_slice().last().copied() {
        stack.truncate(stack.len() - 1);
        let (mut pc, mut i) = match f {
            Frame::Cap(k, v) => {
                cur.as_mut_slice()[k as usize] = v;
                continue;
            }
            Frame::Mark(k, v) => {
                marks.as_mut_slice()[k as usize] = v;
                continue;
            }
            Frame::Try(pc, i) => (pc, i),
        };
        loop {
            if end.is_some() {
                let bit = pc as usize * width + (i - start);
                let w = &mut visited.as_mut_slice()[bit / usize::BITS as usize];
                let m = 1usize << (bit % usize::BITS as usize);
                if *w & m != 0 {
                    break;
                }
                *w |= m;
            }
            match insts[pc as usize] {
                Inst::Match => {
                    match end {
                        Some(e) => {
                            if i == e {
                                caps.copy_from_slice(cur.as_slice());
                                return Ok(Some(i));
                            }
                        }
                        None => {
                            if best.is_none_or(|b| i > b) {
                                best = Some(i);
                                caps.copy_from_slice(cur.as_slice());
                                if i == cx.t.stop {
                                    return Ok(best);
                                }
                            }
                        }
                    }
                    break;
                }
                Inst::Jmp(t) => pc = t,
                Inst::Split(a, b) => {
                    stack.push(Frame::Try(b, i))?;
                    pc = a;
                }
                Inst::Loop(k, back, out) => {
                    let m = marks.as_slice()[k as usize];
                    if i != m >> 1 {
                        pc = back;
                    } else if m & 1 != 0 {
                        pc = out;
                    } else {
                        break;
                    }
                }
                Inst::Save(k) => {
                    let old = cur.as_slice()[k as usize];
                    stack.push(Frame::Cap(k, old))?;
                    cur.as_mut_slice()[k as usize] = i as isize;
                    pc += 1;
                }
                Inst::Enter(k, _) | Inst::Mark(k) => {
                    let old = marks.as_slice()[k as usize];
                    stack.push(Frame::Mark(k, old))?;
                    // An iteration's start, doubled, plus 1 for the first
                    // (MAX: the next is the first; MAX - 1: it is not).
                    marks.as_mut_slice()[k as usize] = match insts[pc as usize] {
                        Inst::Enter(_, true) => usize::MAX,
                        Inst::Enter(_, false) => usize::MAX - 1,
                        _ if old == usize::MAX => 2 * i + 1,
                        _ => 2 * i,
                    };
                    pc += 1;
                }
                Inst::Check(k) => {
                    let m = marks.as_slice()[k as usize];
                    if i == m >> 1 && m & 1 == 0 {
                        break;
                    }
                    pc += 1;
                }
                Inst::Look(l) => {
                    if !cx.look(l, i) {
                        break;
                    }
                    pc += 1;
                }
                Inst::Backref(k) => {
                    let (a, b) = (
                        cur.as_slice()[2 * k as usize],
                        cur.as_slice()[2 * k as usize + 1],
                    );
                    if a < 0 || b < 0 {
                        break;
                    }
                    match backref(cx, a as usize, b as usize, i, end.unwrap_or(cx.t.stop)) {
                        Some(n) => i = n,
                        None => break,
                    }
                    pc += 1;
                }
                inst => {
                    if end.is_some_and(|e| i >= e) {
                        break;
                    }
                    match cx.step(inst, i) {
                        Some(n) => i += n,
                        None => break,
                    }
                    pc += 1;
                }
            }
        }
    }
    Ok(best)
}

/// Where the text `s[a..b]` matched again at `i` ends (case folded
/// under `REG_ICASE`), if it does before `limit`.
fn backref(cx: &Ctx, a: usize, b: usize, mut i: usize, limit: usize) -> Option<usize> {
    let mut j = a;
    while j < b {
        let (c, n) = char_at(&cx.t.s[..b], j, cx.p.utf8)?;
        if i >= limit {
            return None;
        }
        let (d, m) = cx.at(i)?;
        if c != d && !(cx.p.icase && cx.fold(c) == cx.fold(d)) {
            return None;
        }
        j += n;
        i += m;
    }
    (i <= limit).then_some(i)
}

/// Search `t` with `p`; on a match fill `caps` (2 per group, group 0
/// first, -1 where unmatched; `caps` may be shorter than the program's
/// groups, down to 0 when only the verdict is wanted).
pub fn search(p: &Prog, t: &Subject, caps: &mut [isize]) -> Result<bool, Error> {
    let cx = Ctx { p, t };
    let nslots = 2 * (p.nsub + 1);
    let mut all: Vec<isize> = Vec::new();
    for _ in 0..nslots {
        all.push(-1)?;
    }
    if p.backrefs {
        let mut s = t.start;
        loop {
            if s > t.last_start {
                return Ok(false);
            }
            if backtrack(&cx, s, None, all.as_mut_slice())?.is_some() {
                break;
            }
            match cx.at(s) {
                Some((_, n)) => s += n,
                None => return Ok(false),
            }
        }
    } else {
        let Some((s, e)) = overall(&cx)? else {
            return Ok(false);
        };
        if caps.len() > 2 && p.nsub > 0 {
            backtrack(&cx, s, Some(e), all.as_mut_slice())?;
        } else {
            all.as_mut_slice()[0] = s as isize;
            all.as_mut_slice()[1] = e as isize;
        }
    }
    let n = caps.len().min(nslots);
    caps[..n].copy_from_slice(&all.as_slice()[..n]);
    for c in caps[n..].iter_mut() {
        *c = -1;
    }
    Ok(true)
}
