//! A fact cannot have been checked after today: a `checked_on` in the future is a typing error
//! or a made-up date, and would keep the fact from ever being flagged for checking again. The
//! core has no clock, so the caller passes today's date.

use super::KnowledgeBase;
use crate::date::Date;
use crate::diagnostic::{Diagnostic, InvalidFile, Said};
use crate::source::SourceFile;

/// Refuses every `checked_on` and `vendor_checked_on` after `today`, each located in `source`.
pub fn refuse_checks_after(
    knowledge: &KnowledgeBase,
    source: &SourceFile,
    today: Date,
) -> Result<(), InvalidFile> {
    let mut diagnostics = Vec::new();
    // Located at the date itself: the path ends with the date's text.
    let mut refuse = |path: &[&str], field: &str, date: Date| {
        let text = date.to_string();
        let mut at = path.to_vec();
        at.push(&text);
        diagnostics.push(Diagnostic::new(
            source.name(),
            source.locate(&at),
            Said::new("knowledge-checked-after-today")
                .with("field", field)
                .with("date", date)
                .with("today", today),
        ));
    };
    for app in &knowledge.apps {
        if app.edition_of.is_none() && app.vendor_checked_on > today {
            refuse(
                &[app.id.as_str()],
                "vendor_checked_on",
                app.vendor_checked_on,
            );
        }
        for fact in knowledge
            .own_facts(app)
            .filter(|f| f.citation.checked_on > today)
        {
            refuse(
                &[app.id.as_str(), fact.id.as_str()],
                "checked_on",
                fact.citation.checked_on,
            );
        }
    }
    if diagnostics.is_empty() {
        Ok(())
    } else {
        Err(InvalidFile { diagnostics })
    }
}
