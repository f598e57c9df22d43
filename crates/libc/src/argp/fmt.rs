//! The word-wrapping stream behind argp's help text. Text is collected in
//! a buffer; [`Fmt::update`] lays out what was added since the last call
//! with the margins then in force: a left margin (`lmargin`) at the start
//! of each line, a break before column `rmargin` at the last blank that
//! fits (a word longer than the line stays whole on a line of its own),
//! and `wmargin` blanks at the start of each line so made.
//!
//! glibc's stream decides the layout piece by piece, and its decisions
//! depend on its buffer: 200 bytes at first, laid out and written when a
//! piece does not fit (a formatted piece first asks for 150), and read
//! one byte past the text when a line ends exactly at the margin (that
//! byte is whatever an earlier piece left there). To give the same text
//! in every case, this buffer is that buffer: the same capacity and
//! growth, the same moves, the bytes past the text kept (zero at first,
//! as a fresh allocation), the NUL a formatted piece leaves after itself,
//! and the column answered as glibc's callers convert it (-1 after a
//! break with no wrap margin).
use crate::file::FILE;
use crate::heap::Vec;

/// Room a formatted piece asks for before it is written.
const PRINTF_GUESS: usize = 150;
/// The buffer's first capacity.
const INIT_CAP: usize = 200;

pub struct Fmt {
    stream: *mut FILE,
    /// The whole buffer (its capacity), text in `b[..p]`.
    b: Vec<u8>,
    p: usize,
    /// `b[..point_offs]` is laid out; `point_col` is the column after it
    /// (-1: a fresh line that takes no left margin).
    point_offs: usize,
    point_col: isize,
    pub lmargin: usize,
    pub rmargin: usize,
    wmargin: usize,
    failed: bool,
}

fn blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

impl Fmt {
    pub fn new(stream: *mut FILE, rmargin: usize) -> Fmt {
        let mut f = Fmt {
            stream,
            b: Vec::new(),
            p: 0,
            point_offs: 0,
            point_col: 0,
            lmargin: 0,
            rmargin,
            wmargin: 0,
            failed: false,
        };
        f.grow(INIT_CAP);
        f
    }

    fn end(&self) -> usize {
        self.b.len()
    }

    /// Adds `n` zero bytes of capacity.
    fn grow(&mut self, n: usize) {
        if self.b.reserve(n).is_err() {
            self.failed = true;
            return;
        }
        for _ in 0..n {
            let _ = self.b.push(0);
        }
    }

    /// The byte at `i` (a zero past the buffer, which is no blank).
    fn at(&self, i: isize) -> u8 {
        if i < 0 {
            return 0;
        }
        self.b.as_slice().get(i as usize).copied().unwrap_or(0)
    }

    fn direct(&mut self, s: &[u8]) {
        if !s.is_empty() {
            // SAFETY: the stream is the caller's live FILE; the bytes are ours.
            unsafe {
                crate::stdio::fwrite(s.as_ptr() as *const _, 1, s.len(), self.stream);
            }
        }
    }

    fn direct_spaces(&mut self, n: usize) {
        for _ in 0..n {
            self.direct(b" ");
        }
    }

    /// Lays out the text added since the last call.
    pub fn update(&mut self) {
        if self.failed {
            return;
        }
        let rm = self.rmargin as isize;
        let wm = self.wmargin as isize;
        let mut buf = self.point_offs as isize;
        while buf < self.p as isize {
            if self.point_col == 0 && self.lmargin != 0 {
                let pad = self.lmargin;
                if self.p + pad < self.end() {
                    let (from, to) = (buf as usize, self.p);
                    let v = self.b.as_mut_slice();
                    v.copy_within(from..to, from + pad);
                    v[from..from + pad].fill(b' ');
                    self.p += pad;
                    buf += pad as isize;
                } else {
                    self.direct_spaces(pad);
                }
                self.point_col = pad as isize;
            }
            let mut len = self.p as isize - buf;
            let found = self.b.as_slice()[buf as usize..self.p]
                .iter()
                .position(|&c| c == b'\n');
            if self.point_col < 0 {
                self.point_col = 0;
            }
            let nl = match found {
                None => {
                    if self.point_col + len < rm {
                        self.point_col += len;
                        break;
                    }
                    self.p as isize
                }
                Some(k) => {
                    if self.point_col + (k as isize) < rm {
                        self.point_col = 0;
                        buf += k as isize + 1;
                        continue;
                    }
                    buf + k as isize
                }
            };
            let r = rm - 1;
            let mut p = buf + (r + 1 - self.point_col);
            while p >= buf && !blank(self.at(p)) {
                p -= 1;
            }
            let mut nextline = p + 1;
            let mut nl2;
            if nextline > buf {
                if p >= buf {
                    loop {
                        p -= 1;
                        if !(p >= buf && blank(self.at(p))) {
                            break;
                        }
                    }
                }
                nl2 = p + 1;
            } else {
                p = buf + (r + 1 - self.point_col);
                loop {
                    p += 1;
                    if p >= nl || blank(self.at(p)) {
                        break;
                    }
                }
                if p == nl {
                    self.point_col = 0;
                    buf = nl + 1;
                    continue;
                }
                nl2 = p;
                loop {
                    p += 1;
                    if !blank(self.at(p)) {
                        break;
                    }
                }
                nextline = p;
            }
            let end = self.end() as isize;
            let at_end = nextline == buf + len + 1;
            let short = if at_end {
                end - nl2 < wm + 1
            } else {
                nextline - (nl2 + 1) < wm
            };
            if short && self.p as isize > nextline {
                if end - self.p as isize > wm + 1 {
                    let mv = self.p - nextline as usize;
                    let to = (nl2 + 1 + wm) as usize;
                    self.b
                        .as_mut_slice()
                        .copy_within(nextline as usize..nextline as usize + mv, to);
                    nextline = nl2 + 1 + wm;
                    len = nextline + mv as isize - buf;
                    self.b.as_mut_slice()[nl2 as usize] = b'\n';
                    nl2 += 1;
                } else {
                    let first = nl2 as usize;
                    let mut line = Vec::new();
                    let _ = line.extend_from_slice(&self.b.as_slice()[..first]);
                    self.direct(line.as_slice());
                    self.direct(b"\n");
                    len += buf;
                    nl2 = 0;
                    buf = 0;
                }
            } else if (nl2 as usize) < self.end() {
                self.b.as_mut_slice()[nl2 as usize] = b'\n';
                nl2 += 1;
            } else {
                nl2 += 1;
            }
            if nextline - nl2 >= wm || (nextline == buf + len + 1 && end - nextline >= wm) {
                for _ in 0..wm {
                    if (nl2 as usize) < self.end() {
                        self.b.as_mut_slice()[nl2 as usize] = b' ';
                    }
                    nl2 += 1;
                }
            } else {
                self.direct_spaces(wm as usize);
            }
            if nl2 < nextline {
                let (from, to) = (nextline as usize, (buf + len) as usize);
                if from < to {
                    self.b.as_mut_slice().copy_within(from..to, nl2 as usize);
                }
            }
            len -= nextline - buf;
            buf = nl2;
            self.p = (nl2 + len).max(0) as usize;
            self.point_col = if wm != 0 { wm } else { -1 };
        }
        self.point_offs = self.p;
    }

    fn pending(&self) -> bool {
        self.p > self.point_offs
    }

    /// The column the next byte would go to, as glibc returns it: -1
    /// right after a break with no wrap margin.
    pub fn point(&mut self) -> isize {
        if self.pending() {
            self.update();
        }
        self.point_col
    }

    pub fn set_lmargin(&mut self, n: usize) -> usize {
        if self.pending() {
            self.update();
        }
        core::mem::replace(&mut self.lmargin, n)
    }

    pub fn set_wmargin(&mut self, n: usize) -> usize {
        if self.pending() {
            self.update();
        }
        core::mem::replace(&mut self.wmargin, n)
    }

    pub fn wmargin(&self) -> usize {
        self.wmargin
    }

    /// Makes room for `n` more bytes: lays out and writes the buffer when
    /// it lacks them, and grows it when it is smaller than `n`.
    fn ensure(&mut self, n: usize) -> bool {
        if self.end() - self.p < n {
            self.update();
            let mut out = Vec::new();
            let _ = out.extend_from_slice(&self.b.as_slice()[..self.p]);
            self.direct(out.as_slice());
            self.p = 0;
            self.point_offs = 0;
            if self.end() < n {
                self.grow(n);
            }
        }
        !self.failed
    }

    fn put_at_p(&mut self, s: &[u8]) {
        let p = self.p;
        self.b.as_mut_slice()[p..p + s.len()].copy_from_slice(s);
        self.p += s.len();
    }

    pub fn putc(&mut self, c: u8) {
        if self.p < self.end() || self.ensure(1) {
            self.put_at_p(&[c]);
        }
    }

    pub fn puts(&mut self, s: &[u8]) {
        if self.p + s.len() < self.end() || self.ensure(s.len()) {
            self.put_at_p(s);
        }
    }

    /// A piece glibc writes with its printf: room for 150 bytes first
    /// (more if the piece is longer), and the NUL its vsnprintf leaves.
    pub fn printf(&mut self, parts: &[&[u8]]) {
        let n: usize = parts.iter().map(|p| p.len()).sum();
        let mut guess = PRINTF_GUESS;
        loop {
            if !self.ensure(guess) {
                return;
            }
            if n >= self.end() - self.p {
                guess = n + 1;
                continue;
            }
            break;
        }
        for p in parts {
            self.put_at_p(p);
        }
        let p = self.p;
        self.b.as_mut_slice()[p] = 0;
    }

    /// Lays out and writes what is left.
    pub fn finish(mut self) {
        self.update();
        let mut out = Vec::new();
        let _ = out.extend_from_slice(&self.b.as_slice()[..self.p]);
        self.direct(out.as_slice());
    }
}
