//! Proleptic Gregorian calendar arithmetic on day numbers (days since
//! 1970-01-01), exact over every `i64` year a `time_t` can reach: the
//! era-based conversion (400-year cycles of 146,097 days) done in integer
//! arithmetic, no tables.

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days in month `m` (1..=12) of year `y`.
pub fn month_days(y: i64, m: i64) -> i64 {
    match m {
        2 => 28 + is_leap(y) as i64,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day number of `y-m-d` (`m` 1..=12, `d` any: it counts on).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    // Years start in March, so February's leap day ends the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // 0..=399
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `(year, month 1..=12, day 1..=31)` of a day number.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let (y, m, d, _) = civil_yday(z);
    (y, m, d)
}

/// [`civil_from_days`] and the day of the year (0-based), in one pass.
pub fn civil_yday(z: i64) -> (i64, u32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + (m <= 2) as i64;
    // doy counts from March 1: January and February end the year.
    let yday = if doy >= 306 {
        doy - 306
    } else {
        doy + 59 + is_leap(y) as i64
    };
    (y, m, d, yday as u32)
}

/// The year a day number falls in.
pub fn year_of(z: i64) -> i64 {
    civil_from_days(z).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        let mut prev = civil_from_days(-800_000);
        for z in -799_999..800_000 {
            let c = civil_from_days(z);
            assert_eq!(days_from_civil(c.0, c.1 as i64, c.2 as i64), z);
            if c.2 != 1 {
                assert_eq!((c.0, c.1, c.2 - 1), prev);
            }
            assert_eq!(civil_yday(z).3 as i64, z - days_from_civil(c.0, 1, 1));
            prev = c;
        }
        for y in [
            -1_000_000_000_000i64,
            -4713,
            0,
            1,
            1900,
            2100,
            292_277_026_596,
        ] {
            let z = days_from_civil(y, 2, 29);
            assert_eq!(
                civil_from_days(z),
                if is_leap(y) { (y, 2, 29) } else { (y, 3, 1) }
            );
        }
    }
}
