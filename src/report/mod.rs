//! The report model: everything a DPIA report says, built from the questionnaire, knowledge
//! base, assessment and scoring. Pure: the date and the file fingerprints come in as data.

pub use describe::format_number;
pub mod document;
mod markdown;
mod methodology;
mod next_steps;
mod prose;
mod references;
mod risk_brief;
pub mod sentences;
pub use markdown::section_markdown;
pub use methodology::markdown as methodology_markdown;

use crate::assessment::{Assessment, DocumentStatus};
use crate::date::Date;
use crate::knowledge::{KnowledgeBase, Region, UNKNOWN, region_name};
use crate::present::{
    self, app_facts, citations, describe, misfits, names, risk_map, risk_register, since_scored,
    verdict, why_trail,
};
use crate::questionnaire::Questionnaire;
use crate::scoring::{AppResult, Phase, Scoring, Stance};
use describe::{answer_ref_text, answer_text, rating_text};
use document::{Block, Document, Section, Table, Tone};

/// What a report is made from.
#[derive(Clone, Copy, Debug)]
pub struct ReportInput<'a> {
    /// The questionnaire answered.
    pub questionnaire: &'a Questionnaire,
    /// The knowledge base used.
    pub knowledge: &'a KnowledgeBase,
    /// The assessment.
    pub assessment: &'a Assessment,
    /// Its scoring.
    pub scoring: &'a Scoring,
    /// SHA-256 of the questionnaire file's text.
    pub questionnaire_sha256: &'a str,
    /// SHA-256 of the knowledge base file's text.
    pub knowledge_sha256: &'a str,
    /// The date the report is made (used for staleness and the footer).
    pub report_date: Date,
    /// The words the report is written in.
    pub words: &'a crate::present::vocabulary::Words,
}

/// When the assessment was last scored with another knowledge base: which facts of its apps
/// changed since and what that changes in the result, so a reader of a re-issued report sees it.
fn knowledge_changes(input: &ReportInput<'_>) -> Option<Section> {
    let recorded = input.assessment.scored_with.as_ref()?;
    let changes = crate::since_scored::since_scored(
        recorded,
        input.knowledge,
        input.knowledge_sha256,
        input.scoring,
    )?;
    Some(Section {
        title: "Changes in the knowledge base since the last assessment".to_string(),
        new_page: false,
        blocks: vec![
            Block::Paragraph(since_scored::headline(&changes, input.words)),
            Block::Bullets(since_scored::change_lines(
                input.knowledge,
                &changes,
                input.words,
            )),
            Block::Note(
                "This report uses the current facts; the changes above should be reviewed before it is signed."
                    .to_string(),
            ),
        ],
    })
}

/// Builds the report document.
pub fn build(input: &ReportInput<'_>) -> Document {
    let metadata = &input.assessment.metadata;
    let apps = app_names(input);
    // Numbered in the order the sections below are built, which is the order of the document.
    let refs = references::References::default();
    let mut sections = vec![cover(input, &apps), summary(input)];
    sections.extend(knowledge_changes(input));
    sections.extend([
        screening(input),
        prose::part_section(
            input,
            crate::questionnaire::ReportPart::Description,
            "Systematic description of the processing",
            &under_the_law(
                input,
                |r| &r.description_reference,
                "the processing and its purposes, written from the answers.",
            ),
        ),
        prose::part_section(
            input,
            crate::questionnaire::ReportPart::Necessity,
            "Necessity and proportionality",
            &under_the_law(
                input,
                |r| &r.necessity_reference,
                "why messaging is needed for the purpose, and how its use is kept in proportion.",
            ),
        ),
    ]);
    for result in &input.scoring.apps {
        sections.push(risk_register(input, result, &refs));
    }
    if input.scoring.apps.len() > 1 {
        sections.push(Section {
            title: RULES_APPLIED.to_string(),
            new_page: false,
            blocks: vec![rules_applied(input, &refs)],
        });
    }
    sections.push(risk_maps(input));
    // Several apps are compared side by side in the main body; their profiles, which would
    // repeat the comparison app by app, are in Appendix C.
    match comparison(input) {
        Some(section) => sections.push(section),
        None => sections.extend(
            input
                .scoring
                .apps
                .iter()
                .filter_map(|r| app_profile(input, r, &refs)),
        ),
    }
    sections.push(action_plan(input));
    sections.push(consultation(input));
    sections.push(sign_off(input));
    sections.push(answers_appendix(input));
    sections.push(rating_steps_appendix(input, &refs));
    sections.push(app_facts_appendix(input, &refs));
    let mut method = methodology::section(input.knowledge, Some(input.report_date));
    method.blocks.splice(0..0, provenance(input));
    sections.push(method);
    sections.push(bibliography(&refs));
    Document {
        title: format!("DPIA: business use of {apps}"),
        author: metadata.assessor.clone(),
        subject: format!(
            "Data protection impact assessment for {}",
            metadata.organisation
        ),
        date: input.report_date,
        running_header: format!("{} · {apps}", metadata.organisation),
        marking: if status(input).is_draft() {
            "DRAFT · CONFIDENTIAL".to_string()
        } else {
            "CONFIDENTIAL".to_string()
        },
        sections,
    }
}

/// A section's introduction led by where the applicable law asks for it ("UK GDPR Art.
/// 35(7)(a): …"); with no such provision (the Hong Kong PDPO has no statutory assessment), the
/// introduction alone, capitalised.
fn under_the_law(
    input: &ReportInput<'_>,
    reference: impl Fn(&crate::questionnaire::Regime) -> &String,
    introduction: &str,
) -> String {
    let mut references: Vec<String> = Vec::new();
    for regime in input
        .questionnaire
        .regimes
        .iter()
        .filter(|r| input.scoring.regimes.contains(&r.id))
    {
        let cited = reference(regime).trim();
        if !cited.is_empty() && !references.iter().any(|r| r == cited) {
            references.push(cited.to_string());
        }
    }
    if references.is_empty() {
        capitalise(introduction)
    } else {
        format!("{}: {introduction}", verdict::list(&references))
    }
}

/// The report's approval status. An incomplete assessment has no stance to approve, so at
/// most it is in review whatever its sign-off says.
fn status(input: &ReportInput<'_>) -> DocumentStatus {
    match input.assessment.sign_off.status() {
        DocumentStatus::Approved { .. } if !input.scoring.complete => DocumentStatus::InReview,
        status => status,
    }
}

/// The status on the cover, with a warning once an approved assessment's review date has come
/// by the report's date: a reader must not take a stale approval for a current one.
fn status_on_cover(input: &ReportInput<'_>) -> String {
    let status = status(input);
    let text = verdict::status_text(&status);
    match input.assessment.metadata.review_date {
        Some(due) if !status.is_draft() && input.assessment.review_due(input.report_date) => {
            format!("{text}; its review was due on {due} and has not been recorded")
        }
        _ => text,
    }
}

fn app_names(input: &ReportInput<'_>) -> String {
    let names: Vec<String> = input
        .scoring
        .apps
        .iter()
        .filter_map(|r| r.app.as_ref())
        .map(|id| names::app(input.knowledge, id).into_owned())
        .collect();
    if names.is_empty() {
        "no app chosen".to_string()
    } else {
        names.join(", ")
    }
}

fn app_name(input: &ReportInput<'_>, result: &AppResult) -> String {
    names::chosen_app(input.knowledge, result.app.as_deref()).into_owned()
}

fn cover(input: &ReportInput<'_>, apps: &str) -> Section {
    let m = &input.assessment.metadata;
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    let mut facts = vec![
        ("Status".to_string(), status_on_cover(input)),
        ("Organisation".to_string(), or_blank(&m.organisation)),
        ("Sector".to_string(), or_blank(&m.sector)),
        ("Country".to_string(), or_blank(&m.country)),
        ("App(s) assessed".to_string(), apps.to_string()),
        ("Assessor".to_string(), or_blank(&m.assessor)),
        ("Data protection officer".to_string(), or_blank(&m.dpo)),
        ("Assessment date".to_string(), m.assessment_date.to_string()),
        (
            "Review date".to_string(),
            m.review_date.map_or_else(dash, |d| d.to_string()),
        ),
        (
            "Assessment version".to_string(),
            or_blank(&m.assessment_version),
        ),
        ("Report date".to_string(), input.report_date.to_string()),
    ];
    let contributors: Vec<&crate::assessment::Contributor> = m
        .contributors
        .iter()
        .filter(|c| !c.name.trim().is_empty() || !c.role.trim().is_empty())
        .collect();
    if !contributors.is_empty() {
        let names = contributors
            .iter()
            .map(|c| match (c.name.trim(), c.role.trim()) {
                (name, "") => name.to_string(),
                ("", role) => role.to_string(),
                (name, role) => format!("{name}, {role}"),
            })
            .collect::<Vec<_>>()
            .join("\n");
        // After the DPO: the people who carried out the assessment together.
        facts.insert(7, ("Contributors".to_string(), names));
    }
    Section {
        title: "Data protection impact assessment".to_string(),
        new_page: false,
        blocks: vec![
            Block::Paragraph(format!("Business use of {apps} by {}.", or_blank(&m.organisation))),
            Block::Callout {
                headline: "CONFIDENTIAL".to_string(),
                body: "This assessment describes the organisation's processing and its weaknesses. Share it only with the people who need it.".to_string(),
                tone: Tone::Caution,
            },
            Block::Facts(facts),
            // The contents stay on the first page; the document control follows them.
            Block::Contents,
            Block::Heading("Document control".to_string()),
            Block::Table(version_history(input)),
            Block::Facts(vec![(
                "Distribution".to_string(),
                if m.distribution.is_empty() {
                    "Not recorded".to_string()
                } else {
                    m.distribution.join("\n")
                },
            )]),
        ],
    }
}

/// Which questionnaire and knowledge base produced the report, with their fingerprints, so a
/// reviewer can reproduce it; the start of the methodology appendix.
fn provenance(input: &ReportInput<'_>) -> Vec<Block> {
    vec![
        Block::Heading("What this report was produced from".to_string()),
        Block::Facts(vec![
            (
                "Questionnaire".to_string(),
                format!(
                    "{} {} — {}",
                    input.questionnaire.id, input.questionnaire.version, input.questionnaire.title
                ),
            ),
            (
                "Questionnaire SHA-256".to_string(),
                input.questionnaire_sha256.to_string(),
            ),
            (
                "Knowledge base".to_string(),
                format!("{} {}", input.knowledge.id, input.knowledge.version),
            ),
            (
                "Knowledge base SHA-256".to_string(),
                input.knowledge_sha256.to_string(),
            ),
        ]),
    ]
}

/// The versions issued so far and this one, oldest first.
fn version_history(input: &ReportInput<'_>) -> Table {
    let m = &input.assessment.metadata;
    let mut table = Table::new(&[
        ("Version", 1.2),
        ("Date", 1.6),
        ("By", 3.0),
        ("Changes", 6.0),
    ]);
    for revision in &m.history {
        table.row(vec![
            blank_dash(&revision.version),
            revision.on.map_or_else(dash, |d| d.to_string()),
            blank_dash(&revision.by),
            blank_dash(&revision.changes),
        ]);
    }
    // This report, unless the history already lists its version.
    if !m
        .history
        .iter()
        .any(|r| r.version.trim() == m.assessment_version.trim())
    {
        table.row(vec![
            blank_dash(&m.assessment_version),
            input.report_date.to_string(),
            blank_dash(&m.assessor),
            format!(
                "This report ({})",
                verdict::status_word(&status(input)).to_lowercase()
            ),
        ]);
    }
    table
}

fn tone_of(stance: Stance) -> Tone {
    match stance {
        Stance::Accept => Tone::Positive,
        Stance::Define => Tone::Caution,
        Stance::Forbid => Tone::Negative,
    }
}

/// The callout and list that replace the stances while required answers are missing.
fn incomplete_blocks(input: &ReportInput<'_>) -> Vec<Block> {
    vec![
        Block::Callout {
            headline: format!("DRAFT: {}", verdict::INCOMPLETE),
            body: verdict::incomplete_explanation(input.scoring, input.words),
            tone: Tone::Neutral,
        },
        Block::Heading("Questions still to answer".to_string()),
        Block::Bullets(verdict::missing_questions(
            input.questionnaire,
            &input.scoring.missing,
        )),
    ]
}

fn summary(input: &ReportInput<'_>) -> Section {
    let scoring = input.scoring;
    let mut blocks = Vec::new();
    if !scoring.complete {
        blocks.extend(incomplete_blocks(input));
    }
    for result in &scoring.apps {
        let decision = &result.decision;
        let (headline, tone) = if scoring.complete {
            (decision.stance.name().to_string(), tone_of(decision.stance))
        } else {
            (
                format!("provisionally {}", decision.stance.name()),
                Tone::Neutral,
            )
        };
        // A provisional result never says the use may go ahead: it is guidance until complete.
        let opening = if scoring.complete {
            capitalise(&verdict::stance_meaning(decision.stance, &status(input)))
        } else {
            verdict::PROVISIONAL.to_string()
        };
        let mut body = format!(
            "{opening}. {}",
            verdict::decision_reason(input.knowledge, decision, input.words)
        );
        if let Some(reach) = &decision.what_it_would_take {
            body.push(' ');
            body.push_str(&verdict::what_it_would_take(
                input.knowledge,
                reach,
                input.words,
            ));
        }
        blocks.push(Block::Callout {
            headline: format!("{}: {headline}", app_name(input, result)),
            body,
            tone,
        });
        let highest: Vec<String> = result
            .main_residual(3)
            .into_iter()
            .map(|r| {
                format!(
                    "{}: {}",
                    names::risk(input.knowledge, &r.risk),
                    describe::rating_words(&r.residual)
                )
            })
            .collect();
        blocks.push(Block::Heading(format!(
            "Main residual risks for {}",
            app_name(input, result)
        )));
        blocks.push(Block::Bullets(highest));
        if !decision.conditions.is_empty() && scoring.apps.len() == 1 {
            blocks.push(Block::Heading(format!(
                "Conditions of use for {}",
                app_name(input, result)
            )));
            blocks.push(Block::Bullets(control_lines(input, &decision.conditions)));
        }
    }
    if scoring.apps.len() > 1 {
        blocks.extend(shared_conditions(input));
        blocks.push(Block::Paragraph(format!(
            "Overall stance: {}. Using the apps together is only as safe as the weakest of them.",
            scoring.stance.name()
        )));
    }
    blocks.extend(next_steps::paragraph(input).map(Block::Paragraph));
    blocks.push(Block::Paragraph(verdict::screening(
        &scoring.screening,
        input.words,
    )));
    blocks.push(Block::Paragraph(verdict::applicable_law(
        input.questionnaire,
        scoring,
    )));
    blocks.push(Block::Paragraph(verdict::prior_consultation(
        input.questionnaire,
        scoring,
        input.words,
    )));
    if !scoring.findings.is_empty() {
        blocks.push(Block::Heading("Findings to resolve".to_string()));
        blocks.push(Block::Bullets(
            scoring
                .findings
                .iter()
                .map(|f| {
                    verdict::finding_text(
                        input.questionnaire,
                        input.knowledge,
                        &scoring.regimes,
                        f,
                        input.words,
                    )
                })
                .collect(),
        ));
    }
    if !scoring.misfits.is_empty() {
        blocks.push(Block::Heading("Warnings about the inputs".to_string()));
        blocks.push(Block::Bullets(
            scoring
                .misfits
                .iter()
                .map(|m| misfits::reader_text(input.questionnaire, m))
                .collect(),
        ));
    }
    Section {
        title: "Summary".to_string(),
        new_page: true,
        blocks,
    }
}

/// With several apps, each condition of use once, naming the apps it binds unless it binds
/// every app allowed with conditions.
fn shared_conditions(input: &ReportInput<'_>) -> Vec<Block> {
    let results = &input.scoring.apps;
    let conditioned: Vec<&AppResult> = results
        .iter()
        .filter(|r| !r.decision.conditions.is_empty())
        .collect();
    let mut ids: Vec<&String> = Vec::new();
    for id in conditioned
        .iter()
        .flat_map(|r| r.decision.conditions.iter())
    {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Vec::new();
    }
    let lines = ids
        .into_iter()
        .map(|id| {
            let binding: Vec<&AppResult> = conditioned
                .iter()
                .copied()
                .filter(|r| r.decision.conditions.contains(id))
                .collect();
            let line = control_lines(input, std::slice::from_ref(id)).remove(0);
            if binding.len() == conditioned.len() {
                line
            } else {
                format!("For {}: {line}", natural_names(input, &binding))
            }
        })
        .collect();
    let heading = if conditioned.len() == 1 {
        format!("Conditions of use for {}", app_name(input, conditioned[0]))
    } else {
        format!(
            "Conditions of use for {}",
            natural_names(input, &conditioned)
        )
    };
    vec![Block::Heading(heading), Block::Bullets(lines)]
}

fn control_lines(input: &ReportInput<'_>, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| match input.knowledge.control(id) {
            Some(control) => format!("{}: {}", control.name, control.policy_text),
            None => names::control(input.knowledge, id).into_owned(),
        })
        .collect()
}

fn screening(input: &ReportInput<'_>) -> Section {
    let mut table = Table::new(&[
        ("Criterion (WP248 rev.01)", 5.0),
        ("Met", 1.0),
        ("Because of the answer", 6.0),
    ]);
    for result in &input.scoring.screening.criteria {
        let because: Vec<String> = result
            .met_by
            .iter()
            .map(|b| answer_ref_text(b, input.questionnaire))
            .collect();
        table.row(vec![
            format!(
                "{}. {}",
                result.criterion.number(),
                result.criterion.title()
            ),
            if result.is_met() {
                "Yes".to_string()
            } else {
                "No".to_string()
            },
            if because.is_empty() {
                "—".to_string()
            } else {
                because.join("\n")
            },
        ]);
    }
    Section {
        title: "Screening".to_string(),
        new_page: true,
        blocks: vec![
            Block::Paragraph("The nine criteria of the EDPB-endorsed WP29 guidelines on DPIAs (WP248 rev.01). Processing that meets two or more of them requires a DPIA in most cases.".to_string()),
            Block::Table(table),
        ],
    }
}

fn risk_register(
    input: &ReportInput<'_>,
    result: &AppResult,
    refs: &references::References,
) -> Section {
    // Planned is not done: the rating once the action plan is complete stands beside the
    // current one, never in its place.
    let has_plan = !input.assessment.sign_off.measures.is_empty();
    let mut columns = vec![("Risk", 4.0), ("Inherent", 3.0), ("Residual", 3.0)];
    if has_plan {
        columns.push(("Once the plan is done", 3.0));
    }
    let mut table = Table::new(&columns);
    let rows = risk_register::risk_rows(input.knowledge, result);
    for risk in &rows {
        let residual = match risk.computed() {
            // On lines of their own, so that neither rating is broken across lines.
            Some(computed) => format!(
                "{}\nThe assessor's rating\nComputed: {}",
                rating_text(&risk.residual(), input.words),
                rating_text(&computed, input.words)
            ),
            None => rating_text(&risk.residual(), input.words),
        };
        let mut row = vec![
            risk.name.to_string(),
            rating_text(&risk.inherent(), input.words),
            residual,
        ];
        if has_plan {
            row.push(rating_text(&risk.once_planned(), input.words));
        }
        table.row(row);
    }
    let ordered: Vec<&crate::scoring::RiskResult> = rows.iter().map(|row| row.result).collect();
    let explanation = if has_plan {
        "Likelihood (L) and severity (S) on the CNIL 1–4 scales, before safeguards (inherent), with the safeguards in place today (residual), and once every measure of the action plan is done. Only measures marked done count today. The risks are in order of their residual level; the main reasons for each follow, and Appendix B lists every step that produced the numbers."
    } else {
        "Likelihood (L) and severity (S) on the CNIL 1–4 scales, before safeguards (inherent) and with the safeguards in place (residual). The risks are in order of their residual level; the main reasons for each follow, and Appendix B lists every step that produced the numbers."
    };
    let mut blocks = vec![
        Block::Paragraph(explanation.to_string()),
        Block::Table(table),
    ];
    // With several apps the rules are listed once, after the registers.
    if input.scoring.apps.len() == 1 {
        blocks.push(Block::Heading(RULES_APPLIED.to_string()));
        blocks.push(rules_applied(input, refs));
    }
    blocks.push(Block::Heading(
        "Why each risk is rated as it is".to_string(),
    ));
    blocks.push(Block::Bullets(risk_briefs(input, result, &ordered)));
    Section {
        title: format!("Risk register: {}", app_name(input, result)),
        // The registers flow on from the description and from one another (a page break
        // would leave the page before it part empty); the layout keeps each title with its
        // table.
        new_page: false,
        blocks,
    }
}

/// Each risk in two or three sentences, in register order; the risks nothing moves share one
/// sentence per level, after the others.
fn risk_briefs(
    input: &ReportInput<'_>,
    result: &AppResult,
    ordered: &[&crate::scoring::RiskResult],
) -> Vec<String> {
    // The apps whose registers come before this one: a risk explained word for word as for
    // one of them refers to it instead of repeating it.
    let earlier: Vec<&AppResult> = input
        .scoring
        .apps
        .iter()
        .take_while(|r| !std::ptr::eq(*r, result))
        .collect();
    let mut lines: Vec<String> = ordered
        .iter()
        .filter(|risk| !risk_brief::is_untouched(risk))
        .map(|risk| {
            let text = risk_brief::sentences(input, risk);
            let same_as = earlier.iter().find(|other| {
                other
                    .risks
                    .iter()
                    .find(|r| r.risk == risk.risk)
                    .is_some_and(|r| risk_brief::sentences(input, r) == text)
            });
            let name = names::risk(input.knowledge, &risk.risk);
            match same_as {
                Some(other) => format!(
                    "{name}: for the same reasons as for {}, and with the same result.",
                    app_name(input, other)
                ),
                None => format!("{name}: {text}"),
            }
        })
        .collect();
    let mut levels: Vec<crate::scale::RiskLevel> = Vec::new();
    for risk in ordered.iter().filter(|r| risk_brief::is_untouched(r)) {
        if !levels.contains(&risk.residual.level) {
            levels.push(risk.residual.level);
        }
    }
    for level in levels {
        let names: Vec<String> = ordered
            .iter()
            .filter(|r| risk_brief::is_untouched(r) && r.residual.level == level)
            .map(|r| names::risk(input.knowledge, &r.risk).into_owned())
            .collect();
        lines.push(risk_brief::untouched_sentence(&names, level));
    }
    lines
}

/// Appendix B: every step of every rating, with each risk's description and harm, for the
/// reader who checks the numbers.
fn rating_steps_appendix(input: &ReportInput<'_>, refs: &references::References) -> Section {
    let mut blocks = vec![Block::Paragraph(
        "Each table lists every step that produced a risk's rating: its starting point, the answers, the app's facts and the legal rules that raise it, and the safeguards in place that lower it. The inherent steps add up to the rating before safeguards, and all the steps to the rating with them.".to_string(),
    )];
    for result in &input.scoring.apps {
        if input.scoring.apps.len() > 1 {
            blocks.push(Block::Heading(app_name(input, result)));
        }
        for risk in result.highest_residual(result.risks.len()) {
            blocks.extend(why_trail(input, result, risk, refs));
        }
    }
    Section {
        title: "Appendix B: how each rating was reached".to_string(),
        new_page: true,
        blocks,
    }
}

/// The legal and jurisdiction rules that fired for this app, each with its citation.
const RULES_APPLIED: &str = "Legal and jurisdiction rules applied";

/// The questionnaire's legal and jurisdiction rules that hold for the apps assessed, each once;
/// with several apps, each names the apps it holds for unless it holds for all of them.
fn rules_applied(input: &ReportInput<'_>, refs: &references::References) -> Block {
    let results = &input.scoring.apps;
    let rules: Vec<String> = input
        .questionnaire
        .rules
        .iter()
        .filter_map(|rule| {
            let holding: Vec<&AppResult> = results
                .iter()
                .filter(|r| r.rules_applied.contains(&rule.id))
                .collect();
            let scope = match holding.len() {
                0 => return None,
                n if n == results.len() => String::new(),
                _ => format!(" (for {})", natural_names(input, &holding)),
            };
            Some(format!(
                "{}{scope}. {} {}",
                rule.title,
                rule.explanation,
                refs.cite_all(&citations::works_in(&rule.citation))
            ))
        })
        .collect();
    if rules.is_empty() {
        Block::Paragraph("No legal or jurisdiction rule of the questionnaire applies to these answers and this app.".to_string())
    } else {
        Block::Bullets(rules)
    }
}

fn why_trail(
    input: &ReportInput<'_>,
    result: &AppResult,
    risk: &crate::scoring::RiskResult,
    refs: &references::References,
) -> Vec<Block> {
    let known = input.knowledge.risk(&risk.risk);
    let name = names::risk(input.knowledge, &risk.risk);
    let mut table = Table::new(&[("Step", 8.0), ("Likelihood", 1.5), ("Severity", 1.5)]);
    let cite = |works: &[String]| refs.cite_all(works);
    for row in why_trail::trail_rows(
        risk,
        input.questionnaire,
        input.knowledge,
        &cite,
        input.words,
    ) {
        table.row(vec![row.text, row.likelihood, row.severity]);
    }
    // Levels in the heading, which must not wrap mid-rating; the arithmetic is in the table.
    let mut blocks = vec![Block::Heading(format!(
        "{name}: {} → {}",
        risk.inherent.level, risk.residual.level
    ))];
    if let Some(known) = known {
        let reduced_by: Vec<&str> = input
            .knowledge
            .controls
            .iter()
            .filter(|c| c.reduces.iter().any(|r| r.risk == known.id))
            .filter(|c| !result.out_of_scope.contains(&c.id))
            .map(|c| c.name.as_str())
            .collect();
        // Body text, not a small grey note: this is what the risk is, read by the partner.
        blocks.push(Block::Paragraph(format!(
            "{} Harm to the people concerned: {} Measures that reduce it: {}.",
            known.description,
            known.harm,
            reduced_by.join("; ")
        )));
    }
    blocks.push(Block::Table(table));
    blocks
}

/// Two 4×4 maps per app, before and with the safeguards in place; each cell names its level and
/// lists the numbers of the risks in it, so the maps read in black and white.
const INHERENT_MAP: &str = "Before safeguards (inherent)";
const RESIDUAL_MAP: &str = "With the safeguards in place (residual)";
const MAPS_PER_ROW: usize = 3;

fn risk_maps(input: &ReportInput<'_>) -> Section {
    let mut blocks = vec![Block::Paragraph(
        "Each risk is placed by likelihood (across) and severity (up), before the safeguards and with the safeguards in place. The numbers refer to the table under the maps.".to_string(),
    )];
    let positions = risk_map::map_cells;
    let results = &input.scoring.apps;
    if results.len() == 1 {
        blocks.push(Block::Grids(vec![
            risk_grid(INHERENT_MAP, &positions(&results[0], Phase::Inherent)),
            risk_grid(RESIDUAL_MAP, &positions(&results[0], Phase::Residual)),
        ]));
    } else {
        // Several apps: one row of maps per phase, the apps side by side (at most three to a
        // row, so each map stays legible), residual first because it is the one decided on.
        for (heading, phase) in [
            (RESIDUAL_MAP, Phase::Residual),
            (INHERENT_MAP, Phase::Inherent),
        ] {
            blocks.push(Block::Heading(heading.to_string()));
            for row in results.chunks(MAPS_PER_ROW) {
                blocks.push(Block::Grids(
                    row.iter()
                        .map(|r| risk_grid(&app_name(input, r), &positions(r, phase)))
                        .collect(),
                ));
            }
        }
    }
    // A numbered key, not a bulleted one: "• 1." would mark each entry twice. Every app rates
    // the same risks in the same order, so one key serves all the maps.
    let mut legend = Table::new(&[("No.", 1.0), ("Risk", 9.0)]);
    for (index, risk) in input.knowledge.risks.iter().enumerate() {
        legend.row(vec![(index + 1).to_string(), risk.name.clone()]);
    }
    blocks.push(Block::Table(legend));
    Section {
        title: "Risk maps".to_string(),
        // The layout keeps the maps whole and with their heading; no forced page.
        new_page: false,
        blocks,
    }
}

/// The apps side by side, when there are several (assessed, or only compared): stance,
/// residual risks and facts.
fn comparison(input: &ReportInput<'_>) -> Option<Section> {
    let apps: Vec<(&AppResult, &crate::knowledge::App)> = input
        .scoring
        .apps
        .iter()
        .chain(&input.scoring.candidates)
        .filter_map(|r| {
            r.app
                .as_deref()
                .and_then(|id| input.knowledge.app(id))
                .map(|a| (r, a))
        })
        .collect();
    if apps.len() < 2 {
        return None;
    }
    // An app only compared says so in its column's heading.
    let headings: Vec<String> = apps
        .iter()
        .map(|(result, app)| {
            if input.scoring.is_candidate(result) {
                format!("{} (compared only)", app.name)
            } else {
                app.name.clone()
            }
        })
        .collect();
    let mut columns: Vec<(&str, f32)> = vec![("", 3.0)];
    columns.extend(headings.iter().map(|name| (name.as_str(), 2.0)));
    let mut table = Table::new(&columns);
    let row = |label: String, cells: Vec<String>| {
        std::iter::once(label).chain(cells).collect::<Vec<String>>()
    };
    table.row(row(
        "Stance".to_string(),
        apps.iter()
            .map(|(r, _)| verdict::app_headline(input.scoring, r, input.words))
            .collect(),
    ));
    for (index, risk) in input.knowledge.risks.iter().enumerate() {
        let cells = apps
            .iter()
            .map(|(r, _)| {
                r.risks
                    .get(index)
                    .map(|x| rating_text(&x.residual, input.words))
                    .unwrap_or_default()
            })
            .collect();
        table.row(row(format!("Residual: {}", risk.name), cells));
    }
    table.row(row(
        "Vendor's jurisdiction".to_string(),
        apps.iter()
            .map(|(_, a)| describe::jurisdiction_text(&a.jurisdiction, input.words))
            .collect(),
    ));
    // Each app's rows list the knowledge base's facts in the same order.
    let facts: Vec<Vec<app_facts::FactRow>> = apps
        .iter()
        .map(|(_, app)| app_facts::fact_rows(input.knowledge, app, input.report_date, input.words))
        .collect();
    for (index, definition) in input.knowledge.facts.iter().enumerate() {
        let cells = facts
            .iter()
            .map(|rows| rows[index].value_marked())
            .collect();
        table.row(row(definition.label.clone(), cells));
    }
    Some(Section {
        title: "App comparison".to_string(),
        // It continues the maps, which compare the apps too.
        new_page: false,
        blocks: vec![
            Block::Paragraph(if input.scoring.candidates.is_empty() {
                "The apps assessed, scored with the same answers. Appendix C gives each app's vendor, where its data goes, and each fact's detail, source and dates.".to_string()
            } else {
                "The apps assessed and those only compared, all scored with the same answers: an app compared only is rated as if it replaced the one assessed, and takes no part in the stance. The facts are the knowledge base's, each with its source in Appendix E.".to_string()
            }),
            Block::Table(table),
            Block::Paragraph(recommendation(input)),
        ],
    })
}

/// Which of the apps compared to prefer, and why, in one paragraph.
fn recommendation(input: &ReportInput<'_>) -> String {
    let preferred = input.scoring.preferred_apps();
    let Some(first) = preferred.first() else {
        return "Recommendation: none of the apps compared can be recommended; each is to be forbidden for this use as the answers stand.".to_string();
    };
    let high = first
        .risks
        .iter()
        .filter(|r| r.residual.level >= crate::scale::RiskLevel::High)
        .count();
    let remaining = match high {
        0 => "no residual risk high or above".to_string(),
        1 => "one residual risk high or above".to_string(),
        n => format!("{n} residual risks high or above"),
    };
    let stance = first.decision.stance;
    let conditions = if stance == Stance::Define {
        ", under its conditions of use"
    } else {
        ""
    };
    let best_assessed: Vec<&AppResult> = preferred
        .iter()
        .copied()
        .filter(|r| !input.scoring.is_candidate(r))
        .collect();
    if best_assessed.is_empty() {
        let assessed: Vec<&AppResult> = input.scoring.apps.iter().collect();
        return format!(
            "Recommendation: under the same answers, {} would leave the organisation better placed ({}, with {remaining}). Assess {} in place of {} before changing app: the answers about the app and its safeguards may differ.",
            natural_names(input, &preferred),
            stance.name(),
            if preferred.len() == 1 {
                "it"
            } else {
                "one of them"
            },
            natural_names(input, &assessed)
        );
    }
    if input.scoring.apps.len() == 1 {
        return format!(
            "Recommendation: none of the apps compared would leave the organisation better placed than {} under the same answers ({}, with {remaining}).",
            natural_names(input, &best_assessed),
            stance.name()
        );
    }
    let preferred = best_assessed;
    if preferred.len() == input.scoring.apps.len() {
        return format!(
            "Recommendation: the apps compared leave the organisation equally placed ({}, with {remaining} each); any of them may be used for the purposes assessed{conditions}.",
            stance.name()
        );
    }
    let names = natural_names(input, &preferred);
    let verb = if preferred.len() == 1 {
        "leaves"
    } else {
        "leave"
    };
    format!(
        "Recommendation: of the apps compared, {names} {verb} the organisation best placed ({}, with {remaining}); use {} for the purposes assessed{conditions}, and not the others.",
        stance.name(),
        if preferred.len() == 1 {
            "it"
        } else {
            "one of them"
        }
    )
}

/// Appendix E: every work the report cites, by its number, with its kind and its own date; web
/// addresses are links.
fn bibliography(refs: &references::References) -> Section {
    let mut table = Table::new(&[("No.", 1.0), ("Source", 11.0)]);
    for (number, work) in refs.bibliography() {
        table.row(vec![number, work]);
    }
    Section {
        title: "Appendix E: sources".to_string(),
        new_page: true,
        blocks: vec![
            Block::Paragraph("The works cited in this report, numbered in the order they are first cited. Each says whether it is a primary source (the vendor, a regulator, a statute, the analysis itself) or a secondary one, and the date it bears; Appendix C gives the day each fact was checked against it.".to_string()),
            Block::Table(table),
        ],
    }
}

fn risk_grid(title: &str, map: &[risk_map::MapCell]) -> document::Grid {
    let cells = map
        .iter()
        .map(|cell| document::GridCell {
            caption: cell.level.name().to_string(),
            content: cell
                .risks
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            shade: cell.level as u8,
        })
        .collect();
    let labels = |values: [u8; 4]| values.map(|v| v.to_string());
    document::Grid {
        title: title.to_string(),
        across: "Likelihood → (1 negligible … 4 maximum)".to_string(),
        up: "Severity ↑".to_string(),
        column_labels: labels([1, 2, 3, 4]),
        row_labels: labels([4, 3, 2, 1]),
        cells,
    }
}

/// Recommended measures, each listed once with the apps it is recommended for and its expected
/// effect, then the safeguards already in place.
fn measures(input: &ReportInput<'_>) -> Vec<Block> {
    let results = &input.scoring.apps;
    let several = results.len() > 1;
    let mut ids: Vec<&String> = Vec::new();
    for id in results.iter().flat_map(|r| r.recommended.iter()) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut blocks = vec![Block::Heading("Recommended measures".to_string())];
    if ids.is_empty() {
        blocks.push(Block::Paragraph("None: no measure in the knowledge base would lower a risk that is still medium or above.".to_string()));
    } else {
        blocks.push(Block::Paragraph(
            "The measures that would lower a risk still medium or above, most useful first. The expected effect is each measure's own, added to the safeguards in place today.".to_string(),
        ));
        let mut columns = vec![("Measure", 3.0)];
        if several {
            columns.push(("For", 1.8));
        }
        columns.extend([("Expected effect", 3.5), ("Policy wording", 5.5)]);
        let mut table = Table::new(&columns);
        for id in ids {
            let Some(control) = input.knowledge.control(id) else {
                continue;
            };
            let recommending: Vec<&AppResult> = results
                .iter()
                .filter(|r| r.recommended.contains(id))
                .collect();
            let mut row = vec![format!("{}{}", control.name, condition_mark(input, id))];
            if several {
                row.push(if recommending.len() == results.len() {
                    "All the apps assessed".to_string()
                } else {
                    natural_names(input, &recommending)
                });
            }
            row.push(effect_text(input, id, &recommending));
            row.push(control.policy_text.clone());
            table.row(row);
        }
        blocks.push(Block::Table(table));
    }
    let in_place: Vec<String> = results
        .first()
        .map(|r| r.safeguards.iter().map(|s| s.control.clone()).collect())
        .unwrap_or_default();
    blocks.push(Block::Heading("Safeguards already in place".to_string()));
    if in_place.is_empty() {
        blocks.push(Block::Paragraph("None reported.".to_string()));
    } else {
        // By name: the answers that put each in place are in Appendix A, and the register says
        // what each one lowers.
        let names: Vec<String> = in_place
            .iter()
            .map(|id| names::control(input.knowledge, id).into_owned())
            .collect();
        blocks.push(Block::Paragraph(format!("{}.", verdict::list(&names))));
    }
    blocks
}

/// " (condition of use)" after a measure that a DEFINE stance makes a condition, naming the
/// apps when only some of several have it.
fn condition_mark(input: &ReportInput<'_>, id: &str) -> String {
    let results = &input.scoring.apps;
    let conditioned: Vec<&AppResult> = results
        .iter()
        .filter(|r| r.decision.conditions.iter().any(|c| c == id))
        .collect();
    if conditioned.is_empty() {
        String::new()
    } else if conditioned.len() == results.len() {
        " (condition of use)".to_string()
    } else {
        format!(
            " (condition of use for {})",
            natural_names(input, &conditioned)
        )
    }
}

/// The apps' names as a list in prose.
fn natural_names(input: &ReportInput<'_>, results: &[&AppResult]) -> String {
    let names: Vec<String> = results.iter().map(|r| app_name(input, r)).collect();
    verdict::list(&names)
}

/// What a measure would change on its own, one risk a line; per app when the apps differ.
fn effect_text(input: &ReportInput<'_>, id: &str, results: &[&AppResult]) -> String {
    let lines_for = |result: &AppResult| -> Vec<String> {
        result
            .effect_of(id, input.knowledge)
            .iter()
            .map(|change| describe::change_text(&names::risk(input.knowledge, change.risk), change))
            .collect()
    };
    let per_app: Vec<(String, Vec<String>)> = results
        .iter()
        .map(|r| (app_name(input, r), lines_for(r)))
        .collect();
    let same = per_app.windows(2).all(|pair| pair[0].1 == pair[1].1);
    let text = if same {
        per_app
            .first()
            .map(|(_, lines)| lines.join("\n"))
            .unwrap_or_default()
    } else {
        per_app
            .iter()
            .filter(|(_, lines)| !lines.is_empty())
            .map(|(name, lines)| format!("{name}: {}", lines.join("; ")))
            .collect::<Vec<String>>()
            .join("\n")
    };
    if text.is_empty() {
        "No rating changes on its own".to_string()
    } else {
        text
    }
}

fn app_profile(
    input: &ReportInput<'_>,
    result: &AppResult,
    refs: &references::References,
) -> Option<Section> {
    let app = input.knowledge.app(result.app.as_ref()?)?;
    // The main body gives each fact's value; the details, sources and dates are in Appendix C.
    let mut table = Table::new(&[("Fact", 5.0), ("Value", 2.0)]);
    let rows = app_facts::fact_rows(input.knowledge, app, input.report_date, input.words);
    for row in &rows {
        table.row(vec![row.label.to_string(), row.value_marked()]);
    }
    let stale = rows.iter().filter(|row| row.staleness.is_some()).count();
    let mut blocks = app_identity(input, app, refs);
    blocks.push(Block::Paragraph(
        "The facts the assessment used; Appendix C gives each one's detail, source and dates."
            .to_string(),
    ));
    blocks.push(Block::Table(table));
    if stale > 0 {
        blocks.push(Block::Note(app_facts::stale_note(stale, input.words)));
    }
    Some(Section {
        title: format!("App profile: {}", app.name),
        new_page: true,
        blocks,
    })
}

/// Who provides the app, under which law, where the organisation's data goes, with sources.
fn app_identity(
    input: &ReportInput<'_>,
    app: &crate::knowledge::App,
    refs: &references::References,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(closed) = &app.discontinued {
        blocks.push(Block::Note(describe::closed_text(app, closed)));
    }
    blocks.push(Block::Facts(vec![
        ("Vendor".to_string(), app.vendor.clone()),
        (
            "Vendor's jurisdiction".to_string(),
            describe::jurisdiction_text(&app.jurisdiction, input.words),
        ),
        (
            "Source".to_string(),
            format!(
                "{}, checked {}",
                refs.cite(&app.vendor_work()),
                app.vendor_checked_on
            ),
        ),
    ]));
    if let Some(region) = organisation_region(input).and_then(|id| app.region(id).map(|r| (id, r)))
    {
        blocks.push(Block::Facts(region_facts(region, refs)));
    }
    blocks
}

/// Appendix C: every fact about each app assessed, with its detail, source, kind of source and
/// dates.
fn app_facts_appendix(input: &ReportInput<'_>, refs: &references::References) -> Section {
    let several = input.scoring.apps.len() > 1;
    let mut blocks = Vec::new();
    for app in input
        .scoring
        .apps
        .iter()
        .filter_map(|r| r.app.as_deref())
        .filter_map(|id| input.knowledge.app(id))
    {
        blocks.push(Block::Heading(app.name.clone()));
        // With several apps the main body compares them and leaves each one's profile here.
        if several {
            blocks.extend(app_identity(input, app, refs));
        }
        // The source's title, kind and own date are in the bibliography; the day each fact was
        // checked is the fact's own.
        let mut table = Table::new(&[
            ("Fact", 3.2),
            ("Value", 1.6),
            ("Detail", 6.0),
            ("Source", 1.2),
            ("Checked", 2.5),
        ]);
        for row in app_facts::fact_rows(input.knowledge, app, input.report_date, input.words) {
            let source = row
                .fact
                .map_or_else(|| "—".to_string(), |f| refs.cite(&f.citation.work()));
            table.row(vec![
                row.label.to_string(),
                row.value(),
                row.detail(),
                source,
                row.checked(),
            ]);
        }
        blocks.push(Block::Table(table));
    }
    if blocks.is_empty() {
        blocks.push(Block::Paragraph("No app was chosen.".to_string()));
    }
    Section {
        title: "Appendix C: facts about the app".to_string(),
        new_page: true,
        blocks,
    }
}

/// The region the organisation is established in, when it has said.
pub(super) fn organisation_region<'a>(input: &ReportInput<'a>) -> Option<&'a str> {
    input
        .questionnaire
        .organisation_region(&input.assessment.answers)
}

/// The provider, data location and transfers for the organisation's region, with their source.
fn region_facts(
    (id, region): (&str, &Region),
    refs: &references::References,
) -> Vec<(String, String)> {
    let transfers = if region.transfers.is_empty() {
        "The data does not leave the region.".to_string()
    } else {
        region.transfers.clone()
    };
    vec![
        (
            format!("Provider for {}", region_name(id)),
            if region.provider == UNKNOWN {
                "Not stated in any source found".to_string()
            } else {
                region.provider.clone()
            },
        ),
        (
            "Data stored or processed in".to_string(),
            describe::data_location_text(region),
        ),
        ("Transfers".to_string(), transfers),
        (
            "Source".to_string(),
            format!(
                "{}, checked {}",
                refs.cite(&region.citation.work()),
                region.citation.checked_on
            ),
        ),
    ]
}

fn action_plan(input: &ReportInput<'_>) -> Section {
    let mut blocks = measures(input);
    blocks.push(Block::Heading("Action plan".to_string()));
    let measures = &input.assessment.sign_off.measures;
    if measures.is_empty() {
        blocks.push(Block::Paragraph("No action plan has been recorded yet. The recommended measures above are the starting point.".to_string()));
    } else {
        let mut table = Table::new(&[
            ("Measure", 3.5),
            ("Expected effect", 4.5),
            ("Owner", 2.5),
            ("Due", 1.8),
            ("Status", 1.7),
        ]);
        let results: Vec<&AppResult> = input.scoring.apps.iter().collect();
        for measure in measures {
            // A measure marked done is a safeguard in place: its effect is already in the
            // residual ratings, not still to come.
            let effect = if measure.status == crate::assessment::MeasureStatus::Done {
                "In place: counted in the residual ratings".to_string()
            } else {
                effect_text(input, &measure.control, &results)
            };
            table.row(vec![
                names::control(input.knowledge, &measure.control).into_owned(),
                effect,
                blank_dash(&measure.owner),
                measure.due.map_or_else(dash, |d| d.to_string()),
                measure.status.name().to_string(),
            ]);
        }
        blocks.push(Block::Paragraph("Each measure's expected effect on its own; the risk register gives every rating once the whole plan is done.".to_string()));
        blocks.push(Block::Table(table));
    }
    Section {
        title: "Measures and action plan".to_string(),
        // Flows on: a forced break here would leave most of the page before it empty.
        new_page: false,
        blocks,
    }
}

/// ICO step 3: who was consulted and what they said, and why the people concerned were not
/// asked (when they were not).
fn consultation(input: &ReportInput<'_>) -> Section {
    let s = &input.assessment.sign_off;
    let mut blocks = vec![Block::Paragraph(
        "After step 3 of the ICO's DPIA template: the views of the people concerned or their representatives (GDPR Art. 35(9)), and of those inside and outside the organisation who were involved, such as the processor or security experts.".to_string(),
    )];
    if s.consultations.is_empty() {
        blocks.push(Block::Paragraph(
            "No consultation is recorded. The record should say who was asked, how, when and what they said, or why it was not appropriate to ask."
                .to_string(),
        ));
    } else {
        let mut table = Table::new(&[
            ("Who", 3.0),
            ("How", 3.0),
            ("When", 1.6),
            ("Their views", 5.0),
        ]);
        for c in &s.consultations {
            table.row(vec![
                blank_dash(&c.who),
                blank_dash(&c.how),
                c.on.map_or_else(dash, |d| d.to_string()),
                blank_dash(&c.views),
            ]);
        }
        blocks.push(Block::Table(table));
    }
    if !s.individuals_not_consulted_because.trim().is_empty() {
        blocks.push(Block::Facts(vec![(
            "Why the people concerned were not consulted".to_string(),
            s.individuals_not_consulted_because.trim().to_string(),
        )]));
    }
    // Whether the regulator must be consulted is in the summary, with the applicable law.
    Section {
        title: "Consultation".to_string(),
        new_page: false,
        blocks,
    }
}

/// "Name, position, on 2026-11-30", or a dash when nobody has approved yet.
fn approval_line(approval: &crate::assessment::Approval) -> String {
    match approval.on {
        Some(on) if !approval.by.trim().is_empty() => format!("{}, on {on}", approval.by.trim()),
        Some(on) => format!("— (dated {on}, no name given)"),
        None => blank_dash(&approval.by),
    }
}

fn sign_off(input: &ReportInput<'_>) -> Section {
    let s = &input.assessment.sign_off;
    let outcome = match s.dpo_advice_outcome {
        crate::assessment::AdviceOutcome::Overruled => {
            format!("Overruled. Reason: {}", blank_dash(&s.overruled_reason))
        }
        other => other.name().to_string(),
    };
    let facts = vec![
        (
            "Measures approved by".to_string(),
            approval_line(&s.measures_approval),
        ),
        (
            "Residual risks approved by".to_string(),
            approval_line(&s.residual_risks_approval),
        ),
        ("DPO advice".to_string(), blank_dash(&s.dpo_advice)),
        ("DPO advice accepted or overruled".to_string(), outcome),
        (
            "Consultation responses".to_string(),
            blank_dash(&s.consultation_responses),
        ),
        (
            "Kept under review by".to_string(),
            blank_dash(&s.kept_under_review_by),
        ),
        (
            "Review date".to_string(),
            input
                .assessment
                .metadata
                .review_date
                .map_or_else(dash, |d| d.to_string()),
        ),
    ];
    let mut signatures = Table::new(&[
        ("Role", 3.0),
        ("Name", 3.0),
        ("Signature", 4.0),
        ("Date", 2.0),
    ]);
    for role in [
        "Measures approved by",
        "Residual risks approved by",
        "Data protection officer",
    ] {
        signatures.row(vec![
            role.to_string(),
            "\n\n".to_string(),
            String::new(),
            String::new(),
        ]);
    }
    Section {
        title: "Sign-off".to_string(),
        // Short, and kept whole by the layout: it follows the action plan it approves.
        new_page: false,
        blocks: vec![
            Block::Paragraph("After step 7 of the ICO's DPIA template.".to_string()),
            Block::Facts(facts),
            Block::Heading("Signatures".to_string()),
            Block::Table(signatures),
        ],
    }
}

/// The dash that stands for a blank.
fn dash() -> String {
    "—".to_string()
}

fn blank_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}

fn answers_appendix(input: &ReportInput<'_>) -> Section {
    let answers = &input.assessment.answers;
    let shown = input.questionnaire.shown_ids(answers);
    let mut blocks = Vec::new();
    for section in &input.questionnaire.sections {
        let mut table = Table::new(&[("Question", 5.0), ("Answer", 5.0)]);
        for question in &section.questions {
            let text = if !shown.contains(&question.id.as_str()) {
                "Not asked (its condition was not met)".to_string()
            } else {
                match answers.get(&question.id) {
                    Some(answer) if answer.is_given() => {
                        answer_text(question, answer, input.knowledge)
                    }
                    _ => "Not answered".to_string(),
                }
            };
            let text = match input.assessment.judgement.notes.get(&question.id) {
                Some(note) if !note.trim().is_empty() => {
                    format!("{text}\nAssessor's note: {}", note.trim())
                }
                _ => text,
            };
            table.row(vec![question.text.clone(), text]);
        }
        blocks.push(Block::Heading(section.title.clone()));
        blocks.push(Block::Table(table));
    }
    let misfits = crate::assessment::misfits(answers, input.questionnaire, input.knowledge);
    if !misfits.is_empty() {
        blocks.push(Block::Heading(
            "Answers that do not fit this questionnaire".to_string(),
        ));
        blocks.push(Block::Bullets(
            misfits
                .iter()
                .map(|m| present::misfits::reader_text(input.questionnaire, m))
                .collect(),
        ));
    }
    Section {
        title: "Appendix A: questions and answers".to_string(),
        new_page: true,
        blocks,
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
