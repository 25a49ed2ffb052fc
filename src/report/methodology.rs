//! The methodology appendix: scales, the level mapping and the stance rule, in words.

use super::document::{Block, Section, Table};
use crate::date::Date;
use crate::knowledge::{
    CHECK_AGAIN_AFTER_MONTHS, FearedEvent, KnowledgeBase, SOURCE_OLD_AFTER_MONTHS,
};
use crate::present::terms;
use crate::present::vocabulary::{FluentArgs, Words};
use crate::scale::{RiskLevel, Scale};
use crate::scoring::Stance;

/// Every risk of the knowledge base under the CNIL feared event it is, in CNIL's order.
fn feared_events(knowledge: &KnowledgeBase, words: &Words) -> Table {
    let mut table = Table::new(&[
        (&words.get("method-feared-event"), 4.0),
        (&words.get("method-risks-assessed"), 6.0),
    ]);
    for event in FearedEvent::ALL {
        let risks: Vec<&str> = knowledge
            .risks
            .iter()
            .filter(|r| r.feared_event == event)
            .map(|r| r.name.as_str())
            .collect();
        table.row(vec![
            words.get(terms::feared_event(event)),
            if risks.is_empty() {
                "—".to_string()
            } else {
                risks.join("\n")
            },
        ]);
    }
    table
}

/// The named exposures: each raises a risk once, whatever the amount of evidence for it.
fn exposures(knowledge: &KnowledgeBase, words: &Words) -> Table {
    let mut table = Table::new(&[
        (&words.get("method-exposure"), 4.0),
        (&words.get("method-exposure-what"), 8.0),
    ]);
    // The catalogue's exposures: an own risk's stands for the assessor's rating, not evidence.
    for exposure in knowledge
        .exposures
        .iter()
        .filter(|e| !crate::assessment::is_own_exposure(&e.id))
    {
        table.row(vec![exposure.name.clone(), exposure.description.clone()]);
    }
    table
}

/// The methodology as Markdown, with no report date: `docs/methodology.md` (in English).
pub fn markdown(knowledge: &KnowledgeBase, words: &Words) -> String {
    super::markdown::section_markdown(&section(knowledge, None, words))
}

/// The table of levels: severity down, likelihood across.
fn levels(words: &Words) -> Table {
    let corner = words.get("method-levels-corner");
    let mut levels = Table::new(&[
        (&corner, 3.0),
        ("1", 2.0),
        ("2", 2.0),
        ("3", 2.0),
        ("4", 2.0),
    ]);
    for severity in (1..=4).rev() {
        let s = Scale::new(severity).unwrap_or(Scale::MIN);
        let mut args = FluentArgs::new();
        args.set("point", s.get());
        args.set("name", words.get(terms::scale_point(s)));
        let mut row = vec![words.with("method-scale-row", &args)];
        for likelihood in 1..=4 {
            let l = Scale::new(likelihood).unwrap_or(Scale::MIN);
            row.push(words.get(terms::risk_level(RiskLevel::of(l, s))));
        }
        levels.row(row);
    }
    levels
}

/// The stance rule, one bullet per case, with the stance words of the report's language.
fn stance_rule(words: &Words) -> Vec<String> {
    let stance = |stance| crate::present::verdict::stance_word(stance, words);
    let stances = [
        ("forbid", stance(Stance::Forbid)),
        ("define", stance(Stance::Define)),
        ("accept", stance(Stance::Accept)),
        (
            "incomplete",
            crate::present::verdict::incomplete_word(words),
        ),
    ];
    let stances: Vec<(&str, &str)> = stances
        .iter()
        .map(|(name, word)| (*name, word.as_str()))
        .collect();
    [
        "method-stance-forbid",
        "method-stance-high",
        "method-stance-define",
        "method-stance-accept",
        "method-stance-would-take",
        "method-stance-incomplete",
        "method-stance-planned",
        "method-stance-prior",
    ]
    .iter()
    .map(|id| words.with_texts(id, &stances))
    .collect()
}

/// How app facts are sourced and when one is to be checked again, against the report's date
/// when there is one.
fn staleness(report_date: Option<Date>, words: &Words) -> String {
    let mut args = FluentArgs::new();
    args.set("check_months", CHECK_AGAIN_AFTER_MONTHS);
    args.set("old_months", SOURCE_OLD_AFTER_MONTHS);
    match report_date {
        Some(date) => {
            args.set("date", words.date(date));
            words.with("method-sources-text-dated", &args)
        }
        None => words.with("method-sources-text", &args),
    }
}

/// The appendix explaining how every number in the report was produced.
pub(super) fn section(
    knowledge: &KnowledgeBase,
    report_date: Option<Date>,
    words: &Words,
) -> Section {
    let mut threshold = FluentArgs::new();
    threshold.set("n", crate::wp248::Criterion::DPIA_THRESHOLD);
    let threshold = words.with("count-word", &threshold);
    Section {
        title: words.get("method-title"),
        new_page: true,
        blocks: vec![
            Block::Heading(words.get("method-feared-heading")),
            Block::Paragraph(words.get("method-feared-text")),
            Block::Table(feared_events(knowledge, words)),
            Block::Heading(words.get("method-exposures-heading")),
            Block::Paragraph(words.get("method-exposures-text")),
            Block::Table(exposures(knowledge, words)),
            Block::Heading(words.get("method-scales-heading")),
            Block::Paragraph(words.get("method-scales-text")),
            Block::Heading(words.get("method-own-rating-heading")),
            Block::Paragraph(words.get("method-own-rating-text")),
            Block::Heading(words.get("method-level-heading")),
            Block::Paragraph(words.get("method-level-text")),
            Block::Table(levels(words)),
            Block::Heading(words.get("method-stance-heading")),
            Block::Bullets(stance_rule(words)),
            Block::Heading(words.get("method-screening-heading")),
            Block::Paragraph(
                words.with_texts("method-screening-text", &[("threshold", &threshold)]),
            ),
            Block::Heading(words.get("method-sources-heading")),
            Block::Paragraph(staleness(report_date, words)),
        ],
    }
}
