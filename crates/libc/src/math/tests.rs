//! Host checks of the exact cores against Rust std's (correct) f32/f64
//! operations: a sweep over bit patterns of every exponent range.
use super::generic as g;

/// Bit-identical, or both NaN.
fn same32(a: f32, b: f32) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}
fn same64(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

/// Every 4099th float32 bit pattern (both signs, all exponents).
fn f32s() -> impl Iterator<Item = f32> {
    (0..=u32::MAX / 4099).map(|i| f32::from_bits(i.wrapping_mul(4099)))
}

/// A spread of f64 patterns: a multiplicative walk over the bits.
fn f64s() -> impl Iterator<Item = f64> {
    let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..200_000).map(move |_| {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        f64::from_bits(s)
    })
}

#[test]
fn rounding_f32() {
    for x in f32s() {
        assert!(same32(g::floor(x), x.floor()), "floor {x:e}");
        assert!(same32(g::ceil(x), x.ceil()), "ceil {x:e}");
        assert!(same32(g::trunc(x), x.trunc()), "trunc {x:e}");
        assert!(same32(g::round(x), x.round()), "round {x:e}");
        assert!(
            same32(g::roundeven(x), x.round_ties_even()),
            "roundeven {x:e}"
        );
        assert!(same32(g::rint(x), x.round_ties_even()), "rint {x:e}");
        assert!(same32(super::sqrtf(x), x.sqrt()), "sqrt {x:e}");
    }
}

#[test]
fn rounding_f64() {
    for x in f64s() {
        assert!(same64(g::floor(x), x.floor()), "floor {x:e}");
        assert!(same64(g::ceil(x), x.ceil()), "ceil {x:e}");
        assert!(same64(g::trunc(x), x.trunc()), "trunc {x:e}");
        assert!(same64(g::round(x), x.round()), "round {x:e}");
        assert!(
            same64(g::roundeven(x), x.round_ties_even()),
            "roundeven {x:e}"
        );
        assert!(same64(super::sqrt(x), x.sqrt()), "sqrt {x:e}");
    }
}

#[test]
fn fmod_and_remainder() {
    let ys: [f32; 7] = [1.0, -3.0, 0.1, 1e-40, 3e38, 7.5e-3, 1.5];
    for x in f32s().step_by(7) {
        for &y in &ys {
            assert!(same32(g::fmod(x, y), x % y), "fmod {x:e} {y:e}");
            // the IEEE remainder through f64 (exact while q·y fits 53 bits)
            if x.is_finite() {
                let (r, _) = g::remquo(x, y);
                let q = (x as f64 / y as f64).round_ties_even();
                let want = (x as f64 - q * y as f64) as f32;
                if q.abs() < (1u64 << 28) as f64 {
                    assert_eq!(r, want, "remainder {x:e} {y:e}");
                }
            }
        }
    }
    for x in f64s() {
        for y in [1.0, -3.0, 1e-310, 1e300, 0.1f64] {
            assert!(same64(g::fmod(x, y), x % y), "fmod {x:e} {y:e}");
        }
    }
}

#[test]
fn exponents() {
    for x in f32s() {
        if x.is_finite() && x != 0.0 {
            let (m, e) = g::frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "frexp {x:e}");
            assert_eq!(m as f64 * 2f64.powi(e), x as f64);
            for n in [-300, -150, -10, 0, 10, 150, 300] {
                let want = (x as f64 * 2f64.powi(n)) as f32;
                assert!(same32(g::scalbn(x, n as i64), want), "scalbn {x:e} {n}");
            }
        }
    }
}
