//! `cargo xtask bench`: comes with the vDSO issue.
use crate::util::Res;

pub fn run(_quick: bool) -> Res {
    Err("bench: no rows yet (the vDSO issue adds them)".into())
}
