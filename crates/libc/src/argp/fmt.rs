//! The word-wrapping stream behind argp's help text. Text is collected in
//! a buffer; [`Fmt::update`] lays out what was added since the last call
//! with the margins then in force: a left margin (`lmargin`) at the start
//! of each line, a break before column `rmargin` at the last blank that
//! fits (a word longer than the line stays whole on a line of its own),
//! and `wmargin` blanks at the start of each line so made. Like glibc's
//! stream, the layout is decided piece by piece: a margin change or a
//! column query lays out the text so far, and the buffer holds 200 bytes
//! before it is laid out and written (a formatted piece first makes room
//! for 150), so the breaks fall where glibc's fall.
use crate::file::FILE;
use crate::heap::Vec;

/// Room a formatted piece asks for before it is written.
const PRINTF_GUESS: usize = 150;
/// The buffer's first capacity.
const INIT_CAP: usize = 200;

pub struct Fmt {
    stream: *mut FILE,
    buf: Vec<u8>,
    cap: usize,
    /// `buf[..point_offs]` is laid out; `point_col` is the column after it
    /// (-1: a fresh line that takes no left margin).
    point_offs: usize,
    point_col: isize,
    pub lmargin: usize,
    pub rmargin: usize,
    wmargin: usize,
    failed: bool,
}

fn blank(b: Option<&u8>) -> bool {
    matches!(b, Some(b' ' | b'\t'))
}

impl Fmt {
    pub fn new(stream: *mut FILE, rmargin: usize) -> Fmt {
        Fmt {
            stream,
            buf: Vec::new(),
            cap: INIT_CAP,
            point_offs: 0,
            point_col: 0,
            lmargin: 0,
            rmargin,
            wmargin: 0,
            failed: false,
        }
    }

    fn insert(&mut self, at: usize, bytes: &[u8], remove: usize) {
        if self.failed {
            return;
        }
        let old = self.buf.len();
        let new_len = old - remove + bytes.len();
        if new_len > old && self.buf.reserve(new_len - old).is_err() {
            self.failed = true;
            return;
        }
        let tail = old - (at + remove);
        // Grow to the new length, then move the tail and fill the gap.
        while self.buf.len() < new_len {
            if self.buf.push(0).is_err() {
                self.failed = true;
                return;
            }
        }
        let v = self.buf.as_mut_slice();
        v.copy_within(at + remove..at + remove + tail, at + bytes.len());
        v[at..at + bytes.len()].copy_from_slice(bytes);
        self.buf.truncate(new_len);
    }

    /// Lays out the text added since the last call.
    pub fn update(&mut self) {
        let mut i = self.point_offs;
        while i < self.buf.len() {
            if self.point_col == 0 && self.lmargin != 0 {
                let pad = self.lmargin;
                self.spaces_at(i, pad);
                i += pad;
                self.point_col = pad as isize;
            }
            if self.point_col < 0 {
                self.point_col = 0;
            }
            let len = self.buf.len() - i;
            let v = self.buf.as_slice();
            let col = self.point_col;
            let r = self.rmargin as isize - 1;
            let nl = match v[i..].iter().position(|&b| b == b'\n') {
                None => {
                    if col + (len as isize) < self.rmargin as isize {
                        self.point_col += len as isize;
                        i = self.buf.len();
                        break;
                    }
                    self.buf.len()
                }
                Some(k) => {
                    if col + (k as isize) < self.rmargin as isize {
                        self.point_col = 0;
                        i += k + 1;
                        continue;
                    }
                    i + k
                }
            };
            // The line is too long: break it at a blank.
            let at = |p: isize| if p < 0 { None } else { v.get(p as usize) };
            let mut p = i as isize + (r + 1 - col);
            while p >= i as isize && !blank(at(p)) {
                p -= 1;
            }
            let mut nextline = p + 1;
            let nlpos;
            if nextline > i as isize {
                // Swallow the blanks before the break.
                if p >= i as isize {
                    loop {
                        p -= 1;
                        if !(p >= i as isize && blank(at(p))) {
                            break;
                        }
                    }
                }
                nlpos = (p + 1) as usize;
            } else {
                // One word longer than the line: end the line after it.
                p = i as isize + (r + 1 - col);
                if p < nl as isize {
                    loop {
                        p += 1;
                        if p >= nl as isize || blank(at(p)) {
                            break;
                        }
                    }
                }
                if p == nl as isize {
                    self.point_col = 0;
                    i = nl + 1;
                    continue;
                }
                nlpos = p as usize;
                loop {
                    p += 1;
                    if !blank(at(p)) {
                        break;
                    }
                }
                nextline = p;
            }
            let nextline = (nextline as usize).min(self.buf.len());
            let wm = self.wmargin;
            self.insert(nlpos, b"\n", nextline - nlpos);
            self.spaces_at(nlpos + 1, wm);
            i = nlpos + 1 + wm;
            self.point_col = if wm != 0 { wm as isize } else { -1 };
            if self.failed {
                return;
            }
        }
        self.point_offs = i.min(self.buf.len());
    }

    fn spaces_at(&mut self, at: usize, n: usize) {
        const SP: [u8; 32] = [b' '; 32];
        let mut left = n;
        while left > 0 {
            let k = left.min(SP.len());
            self.insert(at, &SP[..k], 0);
            left -= k;
        }
    }

    fn pending(&self) -> bool {
        self.buf.len() > self.point_offs
    }

    /// The column the next byte would go to.
    pub fn point(&mut self) -> usize {
        if self.pending() {
            self.update();
        }
        self.point_col.max(0) as usize
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

    fn write_out(&mut self) {
        let v = self.buf.as_slice();
        if !v.is_empty() {
            // SAFETY: the stream is the caller's live FILE; the bytes are ours.
            unsafe {
                crate::stdio::fwrite(v.as_ptr() as *const _, 1, v.len(), self.stream);
            }
        }
        self.buf.truncate(0);
        self.point_offs = 0;
    }

    /// Makes room for `n` more bytes: lays out and writes the buffer when
    /// it lacks them, and grows it when it is smaller than `n`.
    fn ensure(&mut self, n: usize) {
        if self.cap - self.buf.len() < n {
            self.update();
            self.write_out();
            if self.cap < n {
                self.cap += n;
            }
        }
    }

    fn append(&mut self, s: &[u8]) {
        if self.failed {
            return;
        }
        if self.buf.extend_from_slice(s).is_err() {
            self.failed = true;
        }
    }

    pub fn putc(&mut self, c: u8) {
        if self.buf.len() >= self.cap {
            self.ensure(1);
        }
        self.append(&[c]);
    }

    pub fn puts(&mut self, s: &[u8]) {
        if self.buf.len() + s.len() >= self.cap {
            self.ensure(s.len());
        }
        self.append(s);
    }

    /// A piece glibc writes with its printf: room for 150 bytes first
    /// (more if the piece is longer).
    pub fn printf(&mut self, parts: &[&[u8]]) {
        let n: usize = parts.iter().map(|p| p.len()).sum();
        let mut guess = PRINTF_GUESS;
        loop {
            self.ensure(guess);
            if n >= self.cap - self.buf.len() {
                guess = n + 1;
                continue;
            }
            break;
        }
        for p in parts {
            self.append(p);
        }
    }

    /// Lays out and writes what is left.
    pub fn finish(mut self) {
        self.update();
        self.write_out();
    }
}
