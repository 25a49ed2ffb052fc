//! Citations as the reader sees them: the separate works one citation names, and how a source
//! is dated.

use super::vocabulary::Words;
use crate::knowledge::{Citation, SourceDate, SourceKind};

/// How a fact's source is dated, in the reader's words: "primary source, last updated
/// 2026-02-25, checked 2026-11-30".
pub fn dating(citation: &Citation, words: &Words) -> String {
    words.with_texts(
        "source-dating",
        &[
            ("kind", &kind(citation, words)),
            ("dated", &dated(citation, words)),
            ("checked", &words.date(citation.checked_on)),
        ],
    )
}

/// A fact's source as a work, in the reader's words: "Privacy Policy (primary source, last
/// updated 2026-02-25)", without the day it was checked.
pub fn work(citation: &Citation, words: &Words) -> String {
    words.with_texts(
        "source-work",
        &[
            ("source", &citation.source),
            ("kind", &kind(citation, words)),
            ("dated", &dated(citation, words)),
        ],
    )
}

fn kind(citation: &Citation, words: &Words) -> String {
    words.get(match citation.kind {
        SourceKind::Primary => "source-primary",
        SourceKind::Secondary => "source-secondary",
        SourceKind::NoSource => "source-none",
    })
}

/// How a source dates itself: "dated 2024-08-19", "last updated 2026-02-25" or "undated".
fn dated(citation: &Citation, words: &Words) -> String {
    // A day as the language writes it; a month or a year stays as the source gives it.
    let date = match citation.date {
        SourceDate::Day(day) => words.date(day),
        other => other.to_string(),
    };
    match (citation.date, citation.updated) {
        (SourceDate::Undated, _) => words.get("source-undated"),
        (_, true) => words.with_texts("source-updated", &[("date", &date)]),
        (_, false) => words.with_texts("source-dated", &[("date", &date)]),
    }
}

/// The works a rule's citation names, one by one: its parts are separated by semicolons outside
/// brackets ("Act 2011, s. 1; Guidance (v2.1; 2023)" is two works).
pub fn works_in(citation: &str) -> Vec<String> {
    let mut works = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in citation.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if c == ';' && depth <= 0 {
            works.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    works.push(current);
    works
        .into_iter()
        .map(|w| w.trim().trim_end_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_splits_into_works_at_semicolons_outside_brackets() {
        assert_eq!(
            works_in("Act 2011, s. 1; Guidance (v2.1; 2023), paras 4.1–4.3."),
            ["Act 2011, s. 1", "Guidance (v2.1; 2023), paras 4.1–4.3"]
        );
        assert_eq!(works_in("One work"), ["One work"]);
    }
}

#[cfg(test)]
mod dating_tests {
    use super::*;

    #[test]
    fn in_english_a_source_is_dated_as_the_knowledge_base_documents_date_it() {
        let knowledge = crate::embedded::knowledge_base().unwrap().value;
        let english = Words::english();
        let citations: Vec<&Citation> = knowledge
            .apps
            .iter()
            .flat_map(|app| app.facts.iter().map(|fact| &fact.citation))
            .collect();
        assert!(citations.iter().any(|c| c.updated));
        assert!(citations.iter().any(|c| c.date == SourceDate::Undated));
        for citation in citations {
            assert_eq!(dating(citation, english), citation.dating());
            // The report numbers works by these very words.
            assert_eq!(work(citation, english), citation.work());
        }
        let french = Words::shared(crate::present::language::Language::French);
        let updated = knowledge.apps[0]
            .facts
            .iter()
            .find(|fact| fact.citation.updated)
            .expect("a page the vendor keeps updating");
        assert!(dating(&updated.citation, french).contains("mise à jour\u{a0}:"));
    }
}
