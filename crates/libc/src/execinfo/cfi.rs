//! A small DWARF call-frame (`.eh_frame`) interpreter: find the FDE that
//! covers a PC, run its CIE's and its own instructions up to the PC, and
//! turn one frame's registers into its caller's. It reads the program's
//! own `.eh_frame` through bounds-checked slices; every walk is bounded
//! by the section, and an instruction it does not know (a DWARF
//! expression rule, say) ends the walk rather than guessing.
//!
//! Registers are indexed by their DWARF numbers ([`NREG`] slots: every
//! arch here numbers its callee-saved registers, stack pointer and return
//! address below 33).

/// Register slots, by DWARF number.
pub const NREG: usize = 33;

/// How the caller's value of a register is found.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Rule {
    /// Unchanged (callee-saved and not saved: same value).
    Same,
    /// Not recoverable.
    Undefined,
    /// Saved at CFA + offset.
    Offset(isize),
    /// Is CFA + offset.
    ValOffset(isize),
    /// Is in another register.
    Register(u8),
    /// Saved at the address a DWARF expression computes (address and
    /// length of the expression in `.eh_frame`).
    Expr(usize, usize),
    /// Is the value a DWARF expression computes.
    ValExpr(usize, usize),
}

/// The CFA rule and the register rules at one PC.
#[derive(Clone, Copy)]
pub struct Row {
    pub cfa_reg: u8,
    pub cfa_off: isize,
    /// A CFA computed by a DWARF expression instead (address, length).
    pub cfa_expr: Option<(usize, usize)>,
    pub rules: [Rule; NREG],
}

/// A CIE's fields the interpreter needs.
#[derive(Clone, Copy)]
pub struct Cie<'a> {
    pub code_align: usize,
    pub data_align: isize,
    pub ra: u8,
    pub fde_enc: u8,
    pub init: &'a [u8],
}

/// A byte cursor over a slice, its position also an address (`base` is
/// the slice's run-time address, for PC-relative pointers).
pub struct Cur<'a> {
    pub b: &'a [u8],
    pub pos: usize,
    pub base: usize,
}

impl<'a> Cur<'a> {
    pub fn new(b: &'a [u8], pos: usize, base: usize) -> Self {
        Cur { b, pos, base }
    }
    pub fn u8(&mut self) -> Option<u8> {
        let v = *self.b.get(self.pos)?;
        self.pos += 1;
        Some(v)
    }
    fn bytes<const N: usize>(&mut self) -> Option<[u8; N]> {
        let s = self.b.get(self.pos..self.pos.checked_add(N)?)?;
        self.pos += N;
        s.try_into().ok()
    }
    pub fn u16(&mut self) -> Option<u16> {
        self.bytes().map(u16::from_ne_bytes)
    }
    pub fn u32(&mut self) -> Option<u32> {
        self.bytes().map(u32::from_ne_bytes)
    }
    pub fn u64(&mut self) -> Option<u64> {
        self.bytes().map(u64::from_ne_bytes)
    }
    pub fn uleb(&mut self) -> Option<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            if shift < 64 {
                v |= ((b & 0x7f) as u64) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
    }
    pub fn sleb(&mut self) -> Option<i64> {
        let mut v = 0i64;
        let mut shift = 0;
        loop {
            let b = self.u8()?;
            if shift < 64 {
                v |= ((b & 0x7f) as i64) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                if shift < 64 && b & 0x40 != 0 {
                    v |= -1i64 << shift;
                }
                return Some(v);
            }
        }
    }
    pub fn cstr(&mut self) -> Option<&'a [u8]> {
        let rest = self.b.get(self.pos..)?;
        let n = rest.iter().position(|&c| c == 0)?;
        self.pos += n + 1;
        rest.get(..n)
    }
    /// A pointer in encoding `enc` (`DW_EH_PE_*`); indirect ones are
    /// refused (no personality or LSDA is needed here, only PCs).
    pub fn ptr(&mut self, enc: u8) -> Option<usize> {
        if enc == 0xff || enc & 0x80 != 0 {
            return None;
        }
        let at = self.base.wrapping_add(self.pos);
        let v: usize = match enc & 0x0f {
            0x00 => {
                if usize::BITS == 64 {
                    self.u64()? as usize
                } else {
                    self.u32()? as usize
                }
            }
            0x01 => self.uleb()? as usize,
            0x02 => self.u16()? as usize,
            0x03 => self.u32()? as usize,
            0x04 => self.u64()? as usize,
            0x09 => self.sleb()? as usize,
            0x0a => self.u16()? as i16 as isize as usize,
            0x0b => self.u32()? as i32 as isize as usize,
            0x0c => self.u64()? as i64 as isize as usize,
            _ => return None,
        };
        match enc & 0x70 {
            0x00 => Some(v),
            0x10 => Some(v.wrapping_add(at)),
            _ => None,
        }
    }
}

/// Parse the CIE whose length field is at `off` of `eh`.
pub fn cie(eh: &[u8], base: usize, off: usize) -> Option<Cie<'_>> {
    let mut c = Cur::new(eh, off, base);
    let len = c.u32()? as usize;
    if len == 0 || len == 0xffff_ffff {
        return None;
    }
    let end = c.pos.checked_add(len)?;
    if c.u32()? != 0 {
        return None;
    }
    let version = c.u8()?;
    let aug = c.cstr()?;
    if aug.windows(2).any(|w| w == b"eh") {
        c.ptr(0)?;
    }
    let code_align = c.uleb()? as usize;
    let data_align = c.sleb()? as isize;
    let ra = if version == 1 {
        c.u8()?
    } else {
        c.uleb()? as u8
    };
    let mut fde_enc = 0;
    if aug.first() == Some(&b'z') {
        let alen = c.uleb()? as usize;
        let aend = c.pos.checked_add(alen)?;
        for &a in aug.get(1..)? {
            match a {
                b'R' => fde_enc = c.u8()?,
                b'L' => {
                    c.u8()?;
                }
                b'P' => {
                    let e = c.u8()?;
                    // Skip the personality pointer, whatever its form.
                    match e & 0x0f {
                        0x00 => c.pos += size_of::<usize>(),
                        0x01 | 0x09 => {
                            c.uleb()?;
                        }
                        0x02 | 0x0a => c.pos += 2,
                        0x03 | 0x0b => c.pos += 4,
                        0x04 | 0x0c => c.pos += 8,
                        _ => return None,
                    }
                }
                b'S' | b'B' => {}
                _ => break,
            }
        }
        c.pos = aend;
    }
    Some(Cie {
        code_align,
        data_align,
        ra,
        fde_enc,
        init: eh.get(c.pos..end)?,
    })
}

/// An FDE: the PC range it covers and its instructions.
pub struct Fde<'a> {
    pub start: usize,
    pub end: usize,
    pub cie: Cie<'a>,
    pub insns: &'a [u8],
}

/// Parse the entry at `off`: `Ok(Some(fde))`, `Ok(None)` for a CIE (or
/// one we cannot read), with the offset of the next entry; `Err` at the
/// end of the section.
pub fn entry(eh: &[u8], base: usize, off: usize) -> Result<(Option<Fde<'_>>, usize), ()> {
    let mut c = Cur::new(eh, off, base);
    let len = c.u32().ok_or(())? as usize;
    if len == 0 || len == 0xffff_ffff {
        // The terminator (or a 64-bit length, which GNU ld never writes).
        return Err(());
    }
    let next = c.pos.checked_add(len).ok_or(())?;
    if next > eh.len() {
        return Err(());
    }
    let id_at = c.pos;
    let id = c.u32().ok_or(())? as usize;
    if id == 0 {
        return Ok((None, next));
    }
    let parse = || -> Option<Fde<'_>> {
        let cie_off = id_at.checked_sub(id)?;
        let cie = cie(eh, base, cie_off)?;
        let mut c = Cur::new(eh, id_at + 4, base);
        let start = c.ptr(cie.fde_enc)?;
        let range = c.ptr(cie.fde_enc & 0x0f)?;
        // 'z' augmentation data of the FDE: its length, skipped.
        if cie_has_z(eh, cie_off) {
            let n = c.uleb()? as usize;
            c.pos = c.pos.checked_add(n)?;
        }
        Some(Fde {
            start,
            end: start.checked_add(range)?,
            cie,
            insns: eh.get(c.pos..next)?,
        })
    };
    Ok((parse(), next))
}

fn cie_has_z(eh: &[u8], cie_off: usize) -> bool {
    // length (4), id (4), version (1), then the augmentation's first byte.
    eh.get(cie_off + 9) == Some(&b'z')
}

/// The row in force at `pc` inside `fde`.
pub fn row_at(fde: &Fde<'_>, pc: usize) -> Option<Row> {
    let mut row = Row {
        cfa_reg: 0,
        cfa_off: 0,
        cfa_expr: None,
        rules: [Rule::Same; NREG],
    };
    let mut loc = fde.start;
    // The CIE's rules, for DW_CFA_restore.
    let init = run(&fde.cie, fde.cie.init, &mut row, &mut loc, usize::MAX, None)?;
    run(&fde.cie, fde.insns, &mut row, &mut loc, pc, Some(&init))?;
    Some(row)
}

/// Run `insns` on `row` while the location stays at or below `pc`;
/// returns the row reached (the CIE's initial row when `init` is None).
fn run(
    cie: &Cie<'_>,
    insns: &[u8],
    row: &mut Row,
    loc: &mut usize,
    pc: usize,
    init: Option<&Row>,
) -> Option<Row> {
    let mut c = Cur::new(insns, 0, 0);
    // DW_CFA_remember_state's stack, made when first needed (rows are
    // large; most FDEs never remember one).
    let mut stack: Option<[Row; 4]> = None;
    let mut depth = 0;
    let reg = |r: u64| -> Option<usize> { (r < NREG as u64).then_some(r as usize) };
    let set = |row: &mut Row, r: u64, rule: Rule| {
        if let Some(i) = reg(r) {
            row.rules[i] = rule;
        }
    };
    let restore = |row: &mut Row, r: u64| {
        if let (Some(i), Some(init)) = (reg(r), init) {
            row.rules[i] = init.rules[i];
        }
    };
    let da = cie.data_align;
    while c.pos < insns.len() {
        let op = c.u8()?;
        let advance = |loc: &mut usize, d: u64| -> bool {
            *loc = loc.wrapping_add(d as usize * cie.code_align);
            *loc > pc
        };
        match op >> 6 {
            1 => {
                if advance(loc, (op & 0x3f) as u64) {
                    break;
                }
                continue;
            }
            2 => {
                let off = c.uleb()? as isize * da;
                set(row, (op & 0x3f) as u64, Rule::Offset(off));
                continue;
            }
            3 => {
                restore(row, (op & 0x3f) as u64);
                continue;
            }
            _ => {}
        }
        match op {
            0x00 => {}
            0x01 => {
                *loc = c.ptr(cie.fde_enc)?;
                if *loc > pc {
                    break;
                }
            }
            0x02 => {
                let d = c.u8()? as u64;
                if advance(loc, d) {
                    break;
                }
            }
            0x03 => {
                let d = c.u16()? as u64;
                if advance(loc, d) {
                    break;
                }
            }
            0x04 => {
                let d = c.u32()? as u64;
                if advance(loc, d) {
                    break;
                }
            }
            0x05 => {
                let r = c.uleb()?;
                let off = c.uleb()? as isize * da;
                set(row, r, Rule::Offset(off));
            }
            0x06 => {
                let r = c.uleb()?;
                restore(row, r);
            }
            0x07 => {
                let r = c.uleb()?;
                set(row, r, Rule::Undefined);
            }
            0x08 => {
                let r = c.uleb()?;
                set(row, r, Rule::Same);
            }
            0x09 => {
                let r = c.uleb()?;
                let r2 = c.uleb()?;
                set(row, r, Rule::Register(reg(r2)? as u8));
            }
            0x0a => {
                *stack.get_or_insert([*row; 4]).get_mut(depth)? = *row;
                depth += 1;
            }
            0x0b => {
                // The whole row, CFA rule included (as libgcc keeps it).
                depth = depth.checked_sub(1)?;
                *row = *stack.as_ref()?.get(depth)?;
            }
            0x0c => {
                row.cfa_reg = reg(c.uleb()?)? as u8;
                row.cfa_off = c.uleb()? as isize;
                row.cfa_expr = None;
            }
            0x0d => {
                row.cfa_reg = reg(c.uleb()?)? as u8;
                row.cfa_expr = None;
            }
            0x0f => {
                let n = c.uleb()? as usize;
                row.cfa_expr = Some((insns.as_ptr() as usize + c.pos, n));
                c.pos = c.pos.checked_add(n)?;
            }
            0x10 | 0x16 => {
                let r = c.uleb()?;
                let n = c.uleb()? as usize;
                let at = insns.as_ptr() as usize + c.pos;
                c.pos = c.pos.checked_add(n)?;
                set(
                    row,
                    r,
                    if op == 0x10 {
                        Rule::Expr(at, n)
                    } else {
                        Rule::ValExpr(at, n)
                    },
                );
            }
            0x0e => row.cfa_off = c.uleb()? as isize,
            0x11 => {
                let r = c.uleb()?;
                let off = c.sleb()? as isize * da;
                set(row, r, Rule::Offset(off));
            }
            0x12 => {
                row.cfa_reg = reg(c.uleb()?)? as u8;
                row.cfa_off = c.sleb()? as isize * da;
                row.cfa_expr = None;
            }
            0x13 => row.cfa_off = c.sleb()? as isize * da,
            0x14 => {
                let r = c.uleb()?;
                let off = c.uleb()? as isize * da;
                set(row, r, Rule::ValOffset(off));
            }
            0x15 => {
                let r = c.uleb()?;
                let off = c.sleb()? as isize * da;
                set(row, r, Rule::ValOffset(off));
            }
            0x2e => {
                c.uleb()?;
            }
            0x2f => {
                let r = c.uleb()?;
                let off = -(c.uleb()? as isize) * da;
                set(row, r, Rule::Offset(off));
            }
            // AArch64 DW_CFA_AARCH64_negate_ra_state (pointer signing:
            // not used by this target's code).
            0x2d => {}
            _ => return None,
        }
    }
    Some(*row)
}

/// Evaluate the DWARF expression `e` (the stack starting with `init`, if
/// any) over the registers `r`, reading memory through `load`; the
/// operations GCC writes in call-frame information: register-based
/// addresses, constants, arithmetic, dereference.
pub fn eval(
    e: &[u8],
    r: &[usize; NREG],
    init: Option<usize>,
    load: impl Fn(usize) -> usize,
) -> Option<usize> {
    let mut st = [0usize; 8];
    let mut n = 0;
    let mut c = Cur::new(e, 0, 0);
    macro_rules! push {
        ($v:expr) => {{
            let v = $v;
            *st.get_mut(n)? = v;
            n += 1;
        }};
    }
    macro_rules! pop {
        () => {{
            n = n.checked_sub(1)?;
            st[n]
        }};
    }
    if let Some(v) = init {
        push!(v);
    }
    while c.pos < e.len() {
        let op = c.u8()?;
        match op {
            0x06 => {
                let a = pop!();
                push!(load(a));
            }
            0x08 => push!(c.u8()? as usize),
            0x09 => push!(c.u8()? as i8 as isize as usize),
            0x0a => push!(c.u16()? as usize),
            0x0b => push!(c.u16()? as i16 as isize as usize),
            0x0c => push!(c.u32()? as usize),
            0x0d => push!(c.u32()? as i32 as isize as usize),
            0x10 => push!(c.uleb()? as usize),
            0x11 => push!(c.sleb()? as isize as usize),
            0x12 => {
                let v = *st.get(n.checked_sub(1)?)?;
                push!(v);
            }
            0x13 => {
                pop!();
            }
            0x1a => {
                let (b, a) = (pop!(), pop!());
                push!(a & b);
            }
            0x1c => {
                let (b, a) = (pop!(), pop!());
                push!(a.wrapping_sub(b));
            }
            0x22 => {
                let (b, a) = (pop!(), pop!());
                push!(a.wrapping_add(b));
            }
            0x23 => {
                let a = pop!();
                push!(a.wrapping_add(c.uleb()? as usize));
            }
            0x30..=0x4f => push!((op - 0x30) as usize),
            0x70..=0x8f => {
                let v = *r.get((op - 0x70) as usize)?;
                push!(v.wrapping_add_signed(c.sleb()? as isize));
            }
            0x92 => {
                let v = *r.get(c.uleb()? as usize)?;
                push!(v.wrapping_add_signed(c.sleb()? as isize));
            }
            _ => return None,
        }
    }
    Some(pop!())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A CIE (`zR`, pc-relative sdata4 pointers, x86_64-like rules) and
    /// one FDE of 0x20 bytes: `push rbp` at +1 moves the CFA and saves rbp.
    fn section() -> Vec<u8> {
        let mut v = Vec::new();
        let cie: &[u8] = &[
            0, 0, 0, 0, // id
            1, b'z', b'R', 0, 1, 0x78, 16, // version, aug, code 1, data -8, ra 16
            1, 0x1b, // aug data: R = pcrel|sdata4
            0x0c, 7, 8, // def_cfa rsp+8
            0x90, 1, // offset r16 at cfa-8
            0, 0, // padding
        ];
        v.extend_from_slice(&(cie.len() as u32).to_ne_bytes());
        v.extend_from_slice(cie);
        let fde_at = v.len();
        let mut fde = Vec::new();
        fde.extend_from_slice(&((fde_at + 4) as u32).to_ne_bytes()); // CIE pointer
        // pc_begin: pc-relative to its own field, pointing 0x1000 ahead.
        fde.extend_from_slice(&0x1000i32.to_ne_bytes());
        fde.extend_from_slice(&0x20u32.to_ne_bytes());
        fde.extend_from_slice(&[
            0, 0x41, 0x0e, 16, 0x86, 2, 0x0a, 0x0f, 3, 0x76, 0x7c, 0x06, 0x0b, 0,
        ]);
        v.extend_from_slice(&(fde.len() as u32).to_ne_bytes());
        v.extend_from_slice(&fde);
        v.extend_from_slice(&[0; 4]);
        v
    }

    #[test]
    fn rows_and_expressions() {
        let eh = section();
        let base = 0x40_0000;
        let (cie_entry, next) = entry(&eh, base, 0).unwrap();
        assert!(cie_entry.is_none());
        let (fde, end) = entry(&eh, base, next).unwrap();
        let fde = fde.unwrap();
        assert_eq!(fde.start, base + next + 8 + 0x1000);
        assert_eq!(fde.end, fde.start + 0x20);
        assert!(entry(&eh, base, end).is_err());
        let r0 = row_at(&fde, fde.start).unwrap();
        assert_eq!((r0.cfa_reg, r0.cfa_off), (7, 8));
        assert_eq!(r0.rules[16], Rule::Offset(-8));
        assert_eq!(r0.rules[6], Rule::Same);
        let r1 = row_at(&fde, fde.start + 1).unwrap();
        assert_eq!((r1.cfa_reg, r1.cfa_off), (7, 16));
        assert_eq!(r1.rules[6], Rule::Offset(-16));
        // remember, CFA by expression (*(rbp - 4)), restore: still the
        // remembered row after the restore.
        assert!(r1.cfa_expr.is_none());
        let (at, len) = {
            let mut row = r1;
            let mut loc = fde.start;
            run(
                &fde.cie,
                &fde.insns[..fde.insns.len() - 2],
                &mut row,
                &mut loc,
                usize::MAX,
                Some(&r0),
            )
            .unwrap();
            row.cfa_expr.unwrap()
        };
        // SAFETY: the expression lies in `eh`, alive here.
        let e = unsafe { core::slice::from_raw_parts(at as *const u8, len) };
        let mut regs = [0usize; NREG];
        regs[6] = 104;
        assert_eq!(eval(e, &regs, None, |a| a * 2), Some(200));
        assert_eq!(eval(&[0x23, 5], &regs, Some(10), |a| a), Some(15));
        assert_eq!(eval(&[0xff], &regs, None, |a| a), None);
        let r2 = row_at(&fde, fde.start + 0x10).unwrap();
        assert!(r2.cfa_expr.is_none());
        assert_eq!((r2.cfa_reg, r2.cfa_off), (7, 16));
    }

    #[test]
    fn truncated_input_is_refused() {
        let eh = section();
        for n in 0..eh.len() {
            let cut = &eh[..n];
            let mut off = 0;
            let mut steps = 0;
            while let Ok((f, next)) = entry(cut, 0, off) {
                if let Some(f) = f {
                    let _ = row_at(&f, f.start + 1);
                }
                off = next;
                steps += 1;
                assert!(steps < 10);
            }
        }
    }
}
