//! Checks shared by the loaders of every file kind.

use crate::date::Date;
use crate::diagnostic::Findings;
use std::collections::HashMap;

/// Reports every id that appears more than once, at its second (third, …) appearance.
pub(crate) fn unique_ids<'i>(
    ids: impl IntoIterator<Item = &'i str>,
    what: &str,
    findings: &mut Findings<'_>,
) {
    unique_ids_under(&[], ids, what, findings);
}

/// Like [`unique_ids`] for ids that need only be unique inside one item (the facts of one app,
/// the options of one question), located after that item's id.
pub(crate) fn unique_ids_in<'i>(
    scope: &str,
    ids: impl IntoIterator<Item = &'i str>,
    what: &str,
    findings: &mut Findings<'_>,
) {
    unique_ids_under(&[scope], ids, what, findings);
}

fn unique_ids_under<'i>(
    scope: &[&str],
    ids: impl IntoIterator<Item = &'i str>,
    what: &str,
    findings: &mut Findings<'_>,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in ids {
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        if *count > 1 {
            let path = [scope, &[id]].concat();
            let location = findings.source().locate_nth(&path, *count - 1);
            let first = findings.source().locate_nth(&path, 0);
            findings.error_at(
                location,
                format!(
                    "the {what} id `{id}` is used more than once (first at line {}, column {}); ids must be unique",
                    first.line, first.column
                ),
            );
        }
    }
}

/// Ids are what files refer to each other by: keep them to lower-case letters, digits, `_` and
/// `-` so they survive copying between files and tools.
pub(crate) fn id_syntax(id: &str, what: &str, path: &[&str], findings: &mut Findings<'_>) {
    let valid = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if !valid {
        findings.error(
            path,
            format!("the {what} id `{id}` must be 1 to 64 lower-case letters, digits, `_` or `-`"),
        );
    }
}

/// A text field that must say something.
pub(crate) fn not_blank(text: &str, field: &str, path: &[&str], findings: &mut Findings<'_>) {
    if text.trim().is_empty() {
        findings.error_at_field(path, field, format!("`{field}` must not be empty"));
    }
}

/// A `YYYY-MM-DD` date field.
pub(crate) fn date(
    text: &str,
    field: &str,
    path: &[&str],
    findings: &mut Findings<'_>,
) -> Option<Date> {
    let date = Date::parse(text);
    if date.is_none() {
        let at = [path, &[text]].concat();
        findings.error(
            &at,
            format!("`{field}` must be a real date written YYYY-MM-DD, such as 2026-03-31; found `{text}`"),
        );
    }
    date
}
