//! Checks shared by the loaders of every file kind.

use crate::date::Date;
use crate::diagnostic::{Findings, Said};
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
                Said::new("format-id-used-twice")
                    .with("what", kind_of(what))
                    .with("id", id)
                    .with("line", first.line)
                    .with("column", first.column),
            );
        }
    }
}

/// The most bytes an id may hold.
const LONGEST_ID: usize = 64;

/// A kind of item (`what`: "question", "consistency check") as `$what` holds it, a key the
/// messages word: dashes for spaces.
fn kind_of(what: &str) -> String {
    what.replace(' ', "-")
}

/// Ids are what files refer to each other by: keep them to lower-case letters, digits, `_` and
/// `-` so they survive copying between files and tools.
pub(crate) fn id_syntax(id: &str, what: &str, path: &[&str], findings: &mut Findings<'_>) {
    let valid = !id.is_empty()
        && id.len() <= LONGEST_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if !valid {
        findings.error(
            path,
            Said::new("format-id-syntax")
                .with("what", kind_of(what))
                .with("id", id)
                .with("longest", LONGEST_ID),
        );
    }
}

/// A text field that must say something.
pub(crate) fn not_blank(text: &str, field: &str, path: &[&str], findings: &mut Findings<'_>) {
    if text.trim().is_empty() {
        findings.error_at_field(
            path,
            field,
            Said::new("format-field-empty").with("field", field),
        );
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
            Said::new("format-not-a-date")
                .with("field", field)
                .with("text", text),
        );
    }
    date
}
