//! How much text a file may hold, checked when it is loaded, before any scoring or layout:
//! generous for any real assessment, and small enough that every input within them is reported
//! in seconds and well under 200 MB (docs/reliability.md has the figures). The size of a whole
//! file is limited where it is read ([`crate::io::MAX_INPUT_BYTES`]).

use crate::diagnostic::{Findings, Said};

/// The most characters one text may hold (an answer, a note, a reason, a measure): about forty
/// pages. Checked for every text of every file as it is read (`ron_structure`).
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most characters a detail of the assessment (organisation, assessor, version…) may hold:
/// these are names, printed on every page's heading.
pub const MAX_DETAIL_CHARS: usize = 300;

/// Refuses a detail longer than [`MAX_DETAIL_CHARS`], at its value.
pub(crate) fn check_detail(text: &str, field: &str, findings: &mut Findings<'_>) {
    let length = text.chars().count();
    if length > MAX_DETAIL_CHARS {
        findings.error_at_field(
            &[],
            field,
            Said::new("format-detail-too-long")
                .with("field", field)
                .with("length", length)
                .with("limit", MAX_DETAIL_CHARS),
        );
    }
}
