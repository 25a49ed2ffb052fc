//! Numbers as the report and the app write them, before a language's own separators are put in
//! (see [`super::vocabulary::Words::quantity`]).

/// Numbers as people write them: no ".0" on whole numbers.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A number for reading: whole numbers of four digits or more grouped by thousands ("12,500"),
/// as the report's English style writes them; others as [`format_number`] writes them (the
/// editor keeps the plain form, which its field reads back).
pub(crate) fn quantity(value: f64) -> String {
    let plain = format_number(value);
    if value.fract() != 0.0 || value.abs() < 1000.0 || value.abs() >= 1e15 {
        return plain;
    }
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", plain.as_str()),
    };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}")
}

#[cfg(test)]
mod tests {
    use super::quantity;

    #[test]
    fn whole_numbers_of_four_digits_or_more_are_grouped_by_thousands() {
        assert_eq!(quantity(12500.0), "12,500");
        assert_eq!(quantity(1000.0), "1,000");
        assert_eq!(quantity(1234567.0), "1,234,567");
        assert_eq!(quantity(-2500.0), "-2,500");
        assert_eq!(quantity(999.0), "999");
        assert_eq!(quantity(40.0), "40");
        assert_eq!(quantity(2.5), "2.5");
    }
}
