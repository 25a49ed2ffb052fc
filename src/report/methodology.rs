//! The methodology appendix: scales, the level mapping and the stance rule, in words.

use super::document::{Block, Section, Table};
use crate::date::Date;
use crate::knowledge::{
    CHECK_AGAIN_AFTER_MONTHS, FearedEvent, KnowledgeBase, SOURCE_OLD_AFTER_MONTHS,
};
use crate::scale::{RiskLevel, Scale};

/// Every risk of the knowledge base under the CNIL feared event it is, in CNIL's order.
fn feared_events(knowledge: &KnowledgeBase) -> Table {
    let mut table = Table::new(&[("Feared event (CNIL)", 4.0), ("Risks assessed", 6.0)]);
    for event in FearedEvent::ALL {
        let risks: Vec<&str> = knowledge
            .risks
            .iter()
            .filter(|r| r.feared_event == event)
            .map(|r| r.name.as_str())
            .collect();
        table.row(vec![
            event.name().to_string(),
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
fn exposures(knowledge: &KnowledgeBase) -> Table {
    let mut table = Table::new(&[("Exposure", 4.0), ("What it is", 8.0)]);
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

/// The methodology as Markdown, with no report date: `docs/methodology.md`.
pub fn markdown(knowledge: &KnowledgeBase) -> String {
    super::markdown::section_markdown(&section(knowledge, None))
}

/// The appendix explaining how every number in the report was produced.
pub(super) fn section(knowledge: &KnowledgeBase, report_date: Option<Date>) -> Section {
    let mut levels = Table::new(&[
        ("Severity \\ Likelihood", 3.0),
        ("1", 2.0),
        ("2", 2.0),
        ("3", 2.0),
        ("4", 2.0),
    ]);
    for severity in (1..=4).rev() {
        let s = Scale::new(severity).unwrap_or(Scale::MIN);
        let mut row = vec![format!("{} {}", s.get(), s.name())];
        for likelihood in 1..=4 {
            let l = Scale::new(likelihood).unwrap_or(Scale::MIN);
            row.push(RiskLevel::of(l, s).name().to_string());
        }
        levels.row(row);
    }
    Section {
        title: "Appendix D: methodology".to_string(),
        new_page: true,
        blocks: vec![
            Block::Heading("Risks and CNIL's feared events".to_string()),
            Block::Paragraph("Each risk assessed is one of the three feared events of the CNIL's PIA method.".to_string()),
            Block::Table(feared_events(knowledge)),
            Block::Heading("Exposures counted once".to_string()),
            Block::Paragraph("Answers, app facts and rules are evidence of named exposures. Evidence of the same exposure raises a risk once: the strongest piece sets the amount and the others are listed in the why-trail as corroboration. A measure that addresses an exposure lowers a risk by at most what that exposure added to it, so no measure lowers a risk through a weakness it does not address. Every measure names the exposures it addresses. A risk's starting point stands for the exposure every use carries (phones get lost, people misaddress messages, messages carry personal data), which only the measures that address it can lower. A measure may bring an exposure of its own (a capture service keeps a copy of every message), which counts whenever the measure does. Measures the app cannot have (an optional end-to-end mode it lacks, an administered edition it does not offer) are neither counted nor proposed.".to_string()),
            Block::Table(exposures(knowledge)),
            Block::Heading("Scales".to_string()),
            Block::Paragraph("Likelihood and severity use the CNIL scales: 1 negligible, 2 limited, 3 significant, 4 maximum. Each risk starts from a baseline in the knowledge base. Answers, facts about the app and legal rules raise it by whole steps; the inherent rating is the sum kept within 1–4 (the why-trail shows when this happens). Each safeguard in place then lowers it by the steps the knowledge base gives, never below 1; raises beyond the top of the scale are offset first, so a risk driven far past the maximum needs more safeguards to come down. A safeguard can only lower a risk, never raise it.".to_string()),
            Block::Heading("The assessor's own rating".to_string()),
            Block::Paragraph("Where the assessor knows better than the method (two phones stolen this year, a team that never discusses matters on the app), they may set a risk's likelihood, severity or both with safeguards in place, giving their reason. Their rating then counts for the level, the stance and prior consultation; the method's rating stays beside it in the register, and the why-trail ends with their step and reason. The correction carries over to the rating once the action plan is done. A rating without a reason does not count, and is listed among the findings. The assessor may also add risks the catalogue does not cover, rated by them before any measure, and measures of their own that lower those risks; both are scored, reported and planned like the catalogue's.".to_string()),
            Block::Heading("Level".to_string()),
            Block::Paragraph("The level is the product of likelihood and severity: 1–3 low, 4–6 medium, 8–9 high, 12–16 very high.".to_string()),
            Block::Table(levels),
            Block::Heading("Stance rule".to_string()),
            Block::Bullets(vec![
                "FORBID when any residual risk is very high.".to_string(),
                "When a residual risk is high: DEFINE if measures not yet in place would bring every high risk to medium or lower (the smallest such set of measures becomes the conditions of use, with the safeguards in place that the stance relies on); otherwise FORBID.".to_string(),
                "DEFINE when every residual risk is medium or lower but some are only because of safeguards in place (their inherent level is high or very high); those safeguards become the conditions of use.".to_string(),
                "ACCEPT otherwise.".to_string(),
                "Under FORBID, the report says what it would take to allow the use on conditions: the smallest set of measures that brings every high or very high risk to medium or lower, or that no measure can, because the exposure comes from the provider, its jurisdiction or the data.".to_string(),
                "No stance while a required question is unanswered: the result is INCOMPLETE and the report a draft. For a provisional view only, a missing answer counts as \"don't know\", and \"don't know\" counts as the exposed answer (an exposure that cannot be ruled out is assumed), never as a safeguard in place.".to_string(),
                "Planned is not done: a measure of the action plan counts as in place only once the plan marks it done. Each risk is also rated as it will be once the whole plan is done.".to_string(),
                "Prior consultation is flagged when a high or very high residual risk remains; whether it is a duty, and with which authority, follows the applicable law (GDPR Art. 36, UK GDPR Art. 36, FADP Art. 23; none under the Hong Kong PDPO or the PRC PIPL).".to_string(),
            ]),
            Block::Heading("Screening".to_string()),
            Block::Paragraph("A WP248 criterion is met when an answer meets it; a DPIA is required when two or more are met.".to_string()),
            Block::Heading("Sources and staleness".to_string()),
            Block::Paragraph(format!(
                "Every app fact carries its source, whether that source is primary (the vendor's own policy, documentation or white paper, a regulator, a statute, an official list, the published audit itself) or secondary (used only where no primary was found), the date the source itself states (or that it states none), and the day the fact was last checked against it. A fact is flagged to be checked again when it was last checked more than {CHECK_AGAIN_AFTER_MONTHS} months before {}, or when it rests on a page the vendor keeps updating (a policy, terms, a help page) whose version is dated more than {SOURCE_OLD_AFTER_MONTHS} months before it (a month or a year counts from its last day); a fixed publication such as a white paper version, an audit or a statute keeps its date.",
                report_date.map_or("the report date".to_string(), |date| format!("the report date ({date})"))
            )),
        ],
    }
}
