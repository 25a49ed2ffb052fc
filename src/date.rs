//! Calendar dates without a clock.
//!
//! The core never reads the system clock: every date it uses (assessment date, report date,
//! as-of date of a fact) arrives as data, which keeps scoring and reports reproducible.

use std::fmt;

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD` in every file we read or write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, or `None` when the day does not exist (such as 2026-02-30).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses the strict `YYYY-MM-DD` form; anything else is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// The date `days` days after the Unix epoch (1970-01-01), used by the IO layer to turn the
    /// system clock into a date. Howard Hinnant's civil-from-days algorithm.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as u16;
        Date { year, month, day }
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Whole calendar months from `self` to `later` (negative when `later` is earlier).
    /// A month counts only once its day is reached: 2025-01-31 to 2025-02-28 is 0 months.
    pub fn whole_months_until(self, later: Date) -> i32 {
        let months = (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month);
        if months > 0 && later.day < self.day {
            months - 1
        } else if months < 0 && later.day > self.day {
            months + 1
        } else {
            months
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates_in_strict_form() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-2-09"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("+023-01-01"), None);
        assert_eq!(Date::parse("２０２３-01-01"), None);
    }

    #[test]
    fn converts_days_since_epoch() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_415).to_string(),
            "2025-11-23"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn counts_whole_months() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2025-01-31").whole_months_until(d("2025-02-28")), 0);
        assert_eq!(d("2025-01-15").whole_months_until(d("2026-07-15")), 18);
        assert_eq!(d("2025-01-15").whole_months_until(d("2026-07-14")), 17);
        assert_eq!(d("2026-07-15").whole_months_until(d("2025-01-15")), -18);
    }
}
