//! When a source is dated, as precisely as it says: a day, a month, a year, or not at all.
//! Vendor pages are often undated, and a press report may give only a month; writing a made-up
//! day (2016-01-01) would hide that, so the precision the source gives is kept.

use crate::date::Date;
use std::fmt;

/// The date a source itself states (published, last updated or effective).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceDate {
    /// A full date.
    Day(Date),
    /// A month of a year, the day not given.
    Month(u16, u8),
    /// A year, the month not given.
    Year(u16),
    /// The source states no date.
    Undated,
}

impl SourceDate {
    /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `undated`.
    pub fn parse(text: &str) -> Option<SourceDate> {
        if text == "undated" {
            return Some(SourceDate::Undated);
        }
        if let Some(day) = Date::parse(text) {
            return Some(SourceDate::Day(day));
        }
        let year = |part: &str| {
            (part.len() == 4)
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        match text.split_once('-') {
            Some((y, m)) if m.len() == 2 => {
                let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
                Some(SourceDate::Month(year(y)?, month))
            }
            Some(_) => None,
            None => Some(SourceDate::Year(year(text)?)),
        }
    }

    /// The latest day the source can be from (the last day of its month or year): ages are
    /// counted from there, so a source is never called older than it may be.
    pub fn latest_day(self) -> Option<Date> {
        let last_of =
            |year: u16, month: u8| (28..=31).rev().find_map(|day| Date::new(year, month, day));
        match self {
            SourceDate::Day(date) => Some(date),
            SourceDate::Month(year, month) => last_of(year, month),
            SourceDate::Year(year) => last_of(year, 12),
            SourceDate::Undated => None,
        }
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceDate::Day(date) => write!(f, "{date}"),
            SourceDate::Month(year, month) => write!(f, "{year:04}-{month:02}"),
            SourceDate::Year(year) => write!(f, "{year:04}"),
            SourceDate::Undated => f.write_str("undated"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_precision_parses_and_prints_back() {
        for text in ["2024-08-19", "2013-10", "2016", "undated"] {
            assert_eq!(SourceDate::parse(text).unwrap().to_string(), text);
        }
        for bad in ["2016-1", "2016-13", "16", "2016-02-30", "last year", ""] {
            assert_eq!(SourceDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_partial_date_counts_from_the_last_day_it_can_be() {
        assert_eq!(
            SourceDate::parse("2024-02").unwrap().latest_day(),
            Date::new(2024, 2, 29)
        );
        assert_eq!(
            SourceDate::parse("2016").unwrap().latest_day(),
            Date::new(2016, 12, 31)
        );
        assert_eq!(SourceDate::Undated.latest_day(), None);
    }
}
