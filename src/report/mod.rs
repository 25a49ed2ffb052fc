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
use crate::knowledge::{KnowledgeBase, Region, UNKNOWN};
use crate::present::vocabulary::{FluentArgs, Words};
use crate::present::{
    self, app_facts, citations, describe, misfits, names, risk_map, risk_register, since_scored,
    terms, verdict, why_trail,
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
        title: input.words.get("report-changes-title"),
        new_page: false,
        blocks: vec![
            Block::Paragraph(since_scored::headline(&changes, input.words)),
            Block::Bullets(since_scored::change_lines(
                input.knowledge,
                &changes,
                input.words,
            )),
            Block::Note(input.words.get("report-changes-note")),
        ],
    })
}

/// Builds the report document.
pub fn build(input: &ReportInput<'_>) -> Document {
    let metadata = &input.assessment.metadata;
    let w = input.words;
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
            &w.get("report-description-title"),
            &under_the_law(
                input,
                |r| &r.description_reference,
                "report-description-intro",
            ),
        ),
        prose::part_section(
            input,
            crate::questionnaire::ReportPart::Necessity,
            &w.get("report-necessity-title"),
            &under_the_law(input, |r| &r.necessity_reference, "report-necessity-intro"),
        ),
    ]);
    for result in &input.scoring.apps {
        sections.push(risk_register(input, result, &refs));
    }
    if input.scoring.apps.len() > 1 {
        sections.push(Section {
            title: w.get("report-rules-applied"),
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
    let mut method = methodology::section(input.knowledge, Some(input.report_date), input.words);
    method.blocks.splice(0..0, provenance(input));
    sections.push(method);
    sections.push(bibliography(&refs, w));
    Document {
        title: w.with_texts("report-document-title", &[("apps", &apps)]),
        author: metadata.assessor.clone(),
        subject: w.with_texts(
            "report-document-subject",
            &[("organisation", &metadata.organisation)],
        ),
        date: input.report_date,
        running_header: format!("{} · {apps}", metadata.organisation),
        labels: labels(w, input.report_date),
        marking: if status(input).is_draft() {
            w.get("report-marking-draft")
        } else {
            w.get("report-marking")
        },
        sections,
    }
}

/// The words the renderers add around a report in `words`' language, dated `date`.
pub fn labels(words: &Words, date: Date) -> document::Labels {
    document::Labels {
        language: words.get("document-language"),
        contents: words.get("document-contents"),
        page_number: [
            words.get("document-page-before"),
            words.get("document-page-between"),
            words.get("document-page-after"),
        ],
        date: words.date(date),
    }
}

/// A section's introduction (the message `introduction`) led by where the applicable law asks
/// for it ("UK GDPR Art. 35(7)(a): …", the message `introduction` with `-under-law`); with no such
/// provision (the Hong Kong PDPO has no statutory assessment), the introduction alone.
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
        input.words.get(introduction)
    } else {
        input.words.with_texts(
            &format!("{introduction}-under-law"),
            &[("law", &verdict::list_in(&references, input.words))],
        )
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
    let text = verdict::status_text(&status, input.words);
    match input.assessment.metadata.review_date {
        Some(due) if !status.is_draft() && input.assessment.review_due(input.report_date) => {
            input.words.with_texts(
                "report-status-review-overdue",
                &[("status", &text), ("due", &input.words.date(due))],
            )
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
        .map(|id| names::app(input.knowledge, id, input.words).into_owned())
        .collect();
    if names.is_empty() {
        input.words.get("report-no-app")
    } else {
        names.join(&input.words.get("list-separator"))
    }
}

fn app_name(input: &ReportInput<'_>, result: &AppResult) -> String {
    names::chosen_app(input.knowledge, result.app.as_deref(), input.words).into_owned()
}

fn cover(input: &ReportInput<'_>, apps: &str) -> Section {
    let m = &input.assessment.metadata;
    let w = input.words;
    let label = |id: &str| w.get(id);
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            "—".to_string()
        } else {
            s.to_string()
        }
    };
    let mut facts = vec![
        (label("report-cover-status"), status_on_cover(input)),
        (
            label("report-cover-organisation"),
            or_blank(&m.organisation),
        ),
        (label("report-cover-sector"), or_blank(&m.sector)),
        (label("report-cover-country"), or_blank(&m.country)),
        (label("report-cover-apps"), apps.to_string()),
        (label("report-cover-assessor"), or_blank(&m.assessor)),
        (label("report-cover-dpo"), or_blank(&m.dpo)),
        (
            label("report-cover-assessment-date"),
            w.date(m.assessment_date),
        ),
        (
            label("report-cover-review-date"),
            m.review_date.map_or_else(dash, |d| w.date(d)),
        ),
        (
            label("report-cover-assessment-version"),
            or_blank(&m.assessment_version),
        ),
        (label("report-cover-report-date"), w.date(input.report_date)),
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
                (name, role) => {
                    w.with_texts("report-contributor", &[("name", name), ("role", role)])
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        // After the DPO: the people who carried out the assessment together.
        facts.insert(7, (label("report-cover-contributors"), names));
    }
    Section {
        title: label("report-cover-title"),
        new_page: false,
        blocks: vec![
            Block::Paragraph(w.with_texts(
                "report-cover-lead",
                &[("apps", apps), ("organisation", &or_blank(&m.organisation))],
            )),
            Block::Callout {
                headline: label("report-marking"),
                body: label("report-confidential"),
                tone: Tone::Caution,
            },
            Block::Facts(facts),
            // The contents stay on the first page; the document control follows them.
            Block::Contents,
            Block::Heading(label("report-document-control")),
            Block::Table(version_history(input)),
            Block::Facts(vec![(
                label("report-distribution"),
                if m.distribution.is_empty() {
                    label("report-not-recorded")
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
    let w = input.words;
    vec![
        Block::Heading(w.get("report-provenance")),
        Block::Facts(vec![
            (
                w.get("report-provenance-questionnaire"),
                format!(
                    "{} {} — {}",
                    input.questionnaire.id, input.questionnaire.version, input.questionnaire.title
                ),
            ),
            (
                w.get("report-provenance-questionnaire-sha"),
                input.questionnaire_sha256.to_string(),
            ),
            (
                w.get("report-provenance-knowledge"),
                format!("{} {}", input.knowledge.id, input.knowledge.version),
            ),
            (
                w.get("report-provenance-knowledge-sha"),
                input.knowledge_sha256.to_string(),
            ),
        ]),
    ]
}

/// The versions issued so far and this one, oldest first.
fn version_history(input: &ReportInput<'_>) -> Table {
    let m = &input.assessment.metadata;
    let w = input.words;
    let mut table = table_of(
        w,
        &[
            ("report-history-version", 1.2),
            ("report-history-date", 1.6),
            ("report-history-by", 3.0),
            ("report-history-changes", 6.0),
        ],
    );
    for revision in &m.history {
        table.row(vec![
            blank_dash(&revision.version),
            revision.on.map_or_else(dash, |d| w.date(d)),
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
            w.date(input.report_date),
            blank_dash(&m.assessor),
            w.with_texts(
                "report-history-this-report",
                &[(
                    "status",
                    &verdict::status_word(&status(input), w).to_lowercase(),
                )],
            ),
        ]);
    }
    table
}

/// A table whose columns are titled by the messages given, each with its relative width.
fn table_of(words: &Words, columns: &[(&str, f32)]) -> Table {
    let titles: Vec<(String, f32)> = columns
        .iter()
        .map(|(id, weight)| (words.get(id), *weight))
        .collect();
    let columns: Vec<(&str, f32)> = titles
        .iter()
        .map(|(title, weight)| (title.as_str(), *weight))
        .collect();
    Table::new(&columns)
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
            headline: input.words.with_texts(
                "report-draft-incomplete",
                &[("incomplete", &verdict::incomplete_word(input.words))],
            ),
            body: verdict::incomplete_explanation(input.scoring, input.words),
            tone: Tone::Neutral,
        },
        Block::Heading(input.words.get("report-questions-to-answer")),
        Block::Bullets(verdict::missing_questions(
            input.questionnaire,
            &input.scoring.missing,
            input.words,
        )),
    ]
}

fn summary(input: &ReportInput<'_>) -> Section {
    let scoring = input.scoring;
    let w = input.words;
    let mut blocks = Vec::new();
    if !scoring.complete {
        blocks.extend(incomplete_blocks(input));
    }
    for result in &scoring.apps {
        let decision = &result.decision;
        let stance = verdict::stance_word(decision.stance, w);
        let (headline, tone) = if scoring.complete {
            (stance, tone_of(decision.stance))
        } else {
            (
                w.with_texts("report-provisionally", &[("stance", &stance)]),
                Tone::Neutral,
            )
        };
        // A provisional result never says the use may go ahead: it is guidance until complete.
        let opening = if scoring.complete {
            verdict::stance_meaning(decision.stance, &status(input), w)
        } else {
            w.get("verdict-provisional")
        };
        let mut sentences = vec![
            opening,
            verdict::decision_reason(input.knowledge, decision, w),
        ];
        if let Some(reach) = &decision.what_it_would_take {
            sentences.push(verdict::what_it_would_take(input.knowledge, reach, w));
        }
        blocks.push(Block::Callout {
            headline: w.with_texts(
                "report-app-headline",
                &[("app", &app_name(input, result)), ("stance", &headline)],
            ),
            body: verdict::sentences(&sentences, w),
            tone,
        });
        let highest: Vec<String> = result
            .main_residual(3)
            .into_iter()
            .map(|r| {
                w.with_texts(
                    "report-risk-rated",
                    &[
                        ("risk", &names::risk(input.knowledge, &r.risk, input.words)),
                        ("rating", &describe::rating_words(&r.residual, w)),
                    ],
                )
            })
            .collect();
        blocks.push(Block::Heading(w.with_texts(
            "report-main-residual-risks",
            &[("app", &app_name(input, result))],
        )));
        blocks.push(Block::Bullets(highest));
        if !decision.conditions.is_empty() && scoring.apps.len() == 1 {
            blocks.push(Block::Heading(w.with_texts(
                "report-conditions-for",
                &[("apps", &app_name(input, result))],
            )));
            blocks.push(Block::Bullets(control_lines(input, &decision.conditions)));
        }
    }
    if scoring.apps.len() > 1 {
        blocks.extend(shared_conditions(input));
        blocks.push(Block::Paragraph(w.with_texts(
            "report-overall-stance",
            &[("stance", &verdict::stance_word(scoring.stance, w))],
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
        w,
    )));
    blocks.push(Block::Paragraph(verdict::prior_consultation(
        input.questionnaire,
        scoring,
        input.words,
    )));
    if !scoring.findings.is_empty() {
        blocks.push(Block::Heading(w.get("report-findings")));
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
        blocks.push(Block::Heading(w.get("report-input-warnings")));
        blocks.push(Block::Bullets(
            scoring
                .misfits
                .iter()
                .map(|m| misfits::reader_text(input.questionnaire, m, w))
                .collect(),
        ));
    }
    Section {
        title: w.get("report-summary"),
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
                input.words.with_texts(
                    "report-condition-for-some",
                    &[
                        ("apps", &natural_names(input, &binding)),
                        ("condition", &line),
                    ],
                )
            }
        })
        .collect();
    let heading = input.words.with_texts(
        "report-conditions-for",
        &[("apps", &natural_names(input, &conditioned))],
    );
    vec![Block::Heading(heading), Block::Bullets(lines)]
}

fn control_lines(input: &ReportInput<'_>, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| match input.knowledge.control(id) {
            Some(control) => input.words.with_texts(
                "report-measure-with-policy",
                &[("measure", &control.name), ("policy", &control.policy_text)],
            ),
            None => names::control(input.knowledge, id, input.words).into_owned(),
        })
        .collect()
}

fn screening(input: &ReportInput<'_>) -> Section {
    let w = input.words;
    let mut table = table_of(
        w,
        &[
            ("report-screening-criterion", 5.0),
            ("report-screening-met", 1.0),
            ("report-screening-because", 6.0),
        ],
    );
    for result in &input.scoring.screening.criteria {
        let because: Vec<String> = result
            .met_by
            .iter()
            .map(|b| answer_ref_text(b, input.questionnaire, input.words))
            .collect();
        table.row(vec![
            format!(
                "{}. {}",
                result.criterion.number(),
                w.get(terms::criterion(result.criterion))
            ),
            w.get(if result.is_met() {
                "report-yes"
            } else {
                "report-no"
            }),
            if because.is_empty() {
                dash()
            } else {
                because.join("\n")
            },
        ]);
    }
    Section {
        title: w.get("report-screening"),
        new_page: true,
        blocks: vec![
            Block::Paragraph(w.get("report-screening-intro")),
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
    let w = input.words;
    let mut columns = vec![
        ("report-register-risk", 4.0),
        ("report-register-inherent", 3.0),
        ("report-register-residual", 3.0),
    ];
    if has_plan {
        columns.push(("report-register-once-planned", 3.0));
    }
    let mut table = table_of(w, &columns);
    let rows = risk_register::risk_rows(input.knowledge, result, input.words);
    for risk in &rows {
        let residual = match risk.computed() {
            // On lines of their own, so that neither rating is broken across lines.
            Some(computed) => w.with_texts(
                "report-register-own-rating",
                &[
                    ("rating", &rating_text(&risk.residual(), w)),
                    ("computed", &rating_text(&computed, w)),
                ],
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
        "report-register-intro-with-plan"
    } else {
        "report-register-intro"
    };
    let mut blocks = vec![Block::Paragraph(w.get(explanation)), Block::Table(table)];
    // With several apps the rules are listed once, after the registers.
    if input.scoring.apps.len() == 1 {
        blocks.push(Block::Heading(w.get("report-rules-applied")));
        blocks.push(rules_applied(input, refs));
    }
    blocks.push(Block::Heading(w.get("report-register-why")));
    blocks.push(Block::Bullets(risk_briefs(input, result, &ordered)));
    Section {
        title: w.with_texts("report-register", &[("app", &app_name(input, result))]),
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
            let name = names::risk(input.knowledge, &risk.risk, input.words);
            match same_as {
                Some(other) => input.words.with_texts(
                    "report-brief-same-as",
                    &[("risk", &name), ("app", &app_name(input, other))],
                ),
                None => input
                    .words
                    .with_texts("report-brief", &[("risk", &name), ("reasons", &text)]),
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
            .map(|r| names::risk(input.knowledge, &r.risk, input.words).into_owned())
            .collect();
        lines.push(risk_brief::untouched_sentence(&names, level, input.words));
    }
    lines
}

/// Appendix B: every step of every rating, with each risk's description and harm, for the
/// reader who checks the numbers.
fn rating_steps_appendix(input: &ReportInput<'_>, refs: &references::References) -> Section {
    let mut blocks = vec![Block::Paragraph(input.words.get("report-steps-intro"))];
    for result in &input.scoring.apps {
        if input.scoring.apps.len() > 1 {
            blocks.push(Block::Heading(app_name(input, result)));
        }
        for risk in result.highest_residual(result.risks.len()) {
            blocks.extend(why_trail(input, result, risk, refs));
        }
    }
    Section {
        title: input.words.get("report-steps"),
        new_page: true,
        blocks,
    }
}

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
                _ => natural_names(input, &holding),
            };
            let citation = refs.cite_all(&citations::works_in(&rule.citation));
            let texts = [
                ("rule", rule.title.as_str()),
                ("apps", &scope),
                ("explanation", &rule.explanation),
                ("citation", &citation),
            ];
            Some(if scope.is_empty() {
                input.words.with_texts("report-rule", &texts)
            } else {
                input.words.with_texts("report-rule-for-some", &texts)
            })
        })
        .collect();
    if rules.is_empty() {
        Block::Paragraph(input.words.get("report-no-rule"))
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
    let name = names::risk(input.knowledge, &risk.risk, input.words);
    let w = input.words;
    let mut table = table_of(
        w,
        &[
            ("report-step", 8.0),
            ("report-likelihood", 1.5),
            ("report-severity", 1.5),
        ],
    );
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
    let mut blocks = vec![Block::Heading(w.with_texts(
        "report-risk-levels",
        &[
            ("risk", &name),
            ("inherent", &w.get(terms::risk_level(risk.inherent.level))),
            ("residual", &w.get(terms::risk_level(risk.residual.level))),
        ],
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
        blocks.push(Block::Paragraph(w.with_texts(
            "report-risk-described",
            &[
                ("description", &known.description),
                ("harm", &known.harm),
                ("measures", &reduced_by.join(&w.get("list-semicolon"))),
            ],
        )));
    }
    blocks.push(Block::Table(table));
    blocks
}

/// Two 4×4 maps per app, before and with the safeguards in place; each cell names its level and
/// lists the numbers of the risks in it, so the maps read in black and white.
const INHERENT_MAP: &str = "report-map-inherent";
const RESIDUAL_MAP: &str = "report-map-residual";
const MAPS_PER_ROW: usize = 3;

fn risk_maps(input: &ReportInput<'_>) -> Section {
    let w = input.words;
    let mut blocks = vec![Block::Paragraph(w.get("report-maps-intro"))];
    let positions = risk_map::map_cells;
    let results = &input.scoring.apps;
    if results.len() == 1 {
        blocks.push(Block::Grids(vec![
            risk_grid(
                w,
                &w.get(INHERENT_MAP),
                &positions(&results[0], Phase::Inherent),
            ),
            risk_grid(
                w,
                &w.get(RESIDUAL_MAP),
                &positions(&results[0], Phase::Residual),
            ),
        ]));
    } else {
        // Several apps: one row of maps per phase, the apps side by side (at most three to a
        // row, so each map stays legible), residual first because it is the one decided on.
        for (heading, phase) in [
            (RESIDUAL_MAP, Phase::Residual),
            (INHERENT_MAP, Phase::Inherent),
        ] {
            blocks.push(Block::Heading(w.get(heading)));
            for row in results.chunks(MAPS_PER_ROW) {
                blocks.push(Block::Grids(
                    row.iter()
                        .map(|r| risk_grid(w, &app_name(input, r), &positions(r, phase)))
                        .collect(),
                ));
            }
        }
    }
    // A numbered key, not a bulleted one: "• 1." would mark each entry twice. Every app rates
    // the same risks in the same order, so one key serves all the maps.
    let mut legend = table_of(w, &[("report-number", 1.0), ("report-register-risk", 9.0)]);
    for (index, risk) in input.knowledge.risks.iter().enumerate() {
        legend.row(vec![(index + 1).to_string(), risk.name.clone()]);
    }
    blocks.push(Block::Table(legend));
    Section {
        title: w.get("report-maps"),
        // The layout keeps the maps whole and with their heading; no forced page.
        new_page: false,
        blocks,
    }
}

/// The apps side by side, when there are several (assessed, or only compared): stance,
/// residual risks and facts.
fn comparison(input: &ReportInput<'_>) -> Option<Section> {
    let w = input.words;
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
                w.with_texts("report-compared-only", &[("app", &app.name)])
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
        w.get("report-stance"),
        apps.iter()
            .map(|(r, _)| verdict::app_headline(input.scoring, r, w))
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
        table.row(row(
            w.with_texts("report-residual-of", &[("risk", &risk.name)]),
            cells,
        ));
    }
    table.row(row(
        w.get("report-vendor-jurisdiction"),
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
        title: w.get("report-comparison"),
        // It continues the maps, which compare the apps too.
        new_page: false,
        blocks: vec![
            Block::Paragraph(w.get(if input.scoring.candidates.is_empty() {
                "report-comparison-intro"
            } else {
                "report-comparison-intro-with-candidates"
            })),
            Block::Table(table),
            Block::Paragraph(recommendation(input)),
        ],
    })
}

/// Which of the apps compared to prefer, and why, in one paragraph.
fn recommendation(input: &ReportInput<'_>) -> String {
    let w = input.words;
    let preferred = input.scoring.preferred_apps();
    let Some(first) = preferred.first() else {
        return w.get("report-recommend-none");
    };
    let high = first
        .risks
        .iter()
        .filter(|r| r.residual.level >= crate::scale::RiskLevel::High)
        .count();
    let stance = first.decision.stance;
    let mut args = FluentArgs::new();
    args.set("remaining", w.count("report-high-remaining", high));
    args.set("stance", verdict::stance_word(stance, w));
    args.set(
        "conditions",
        if stance == Stance::Define {
            "yes"
        } else {
            "no"
        },
    );
    let best_assessed: Vec<&AppResult> = preferred
        .iter()
        .copied()
        .filter(|r| !input.scoring.is_candidate(r))
        .collect();
    if best_assessed.is_empty() {
        let assessed: Vec<&AppResult> = input.scoring.apps.iter().collect();
        args.set("preferred", natural_names(input, &preferred));
        args.set("count", preferred.len());
        args.set("assessed", natural_names(input, &assessed));
        return w.with("report-recommend-compared", &args);
    }
    if input.scoring.apps.len() == 1 {
        args.set("assessed", natural_names(input, &best_assessed));
        return w.with("report-recommend-keep", &args);
    }
    if best_assessed.len() == input.scoring.apps.len() {
        return w.with("report-recommend-equal", &args);
    }
    args.set("preferred", natural_names(input, &best_assessed));
    args.set("count", best_assessed.len());
    w.with("report-recommend-best", &args)
}

/// Appendix E: every work the report cites, by its number, with its kind and its own date; web
/// addresses are links.
fn bibliography(refs: &references::References, words: &Words) -> Section {
    let mut table = table_of(words, &[("report-number", 1.0), ("report-source", 11.0)]);
    for (number, work) in refs.bibliography() {
        table.row(vec![number, work]);
    }
    Section {
        title: words.get("report-sources"),
        new_page: true,
        blocks: vec![
            Block::Paragraph(words.get("report-sources-intro")),
            Block::Table(table),
        ],
    }
}

fn risk_grid(words: &Words, title: &str, map: &[risk_map::MapCell]) -> document::Grid {
    let cells = map
        .iter()
        .map(|cell| document::GridCell {
            caption: words.get(terms::risk_level(cell.level)),
            content: cell
                .risks
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(&words.get("list-separator")),
            shade: cell.level as u8,
        })
        .collect();
    let labels = |values: [u8; 4]| values.map(|v| v.to_string());
    document::Grid {
        title: title.to_string(),
        across: words.get("report-map-across"),
        up: words.get("report-map-up"),
        column_labels: labels([1, 2, 3, 4]),
        row_labels: labels([4, 3, 2, 1]),
        cells,
    }
}

/// Recommended measures, each listed once with the apps it is recommended for and its expected
/// effect, then the safeguards already in place.
fn measures(input: &ReportInput<'_>) -> Vec<Block> {
    let w = input.words;
    let results = &input.scoring.apps;
    let several = results.len() > 1;
    let mut ids: Vec<&String> = Vec::new();
    for id in results.iter().flat_map(|r| r.recommended.iter()) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut blocks = vec![Block::Heading(w.get("report-recommended"))];
    if ids.is_empty() {
        blocks.push(Block::Paragraph(w.get("report-recommended-none")));
    } else {
        blocks.push(Block::Paragraph(w.get("report-recommended-intro")));
        let mut columns = vec![("report-measure", 3.0)];
        if several {
            columns.push(("report-for", 1.8));
        }
        columns.extend([("report-expected-effect", 3.5), ("report-policy", 5.5)]);
        let mut table = table_of(w, &columns);
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
                    w.get("report-all-apps")
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
    blocks.push(Block::Heading(w.get("report-in-place")));
    if in_place.is_empty() {
        blocks.push(Block::Paragraph(w.get("report-in-place-none")));
    } else {
        // By name: the answers that put each in place are in Appendix A, and the register says
        // what each one lowers.
        let names: Vec<String> = in_place
            .iter()
            .map(|id| names::control(input.knowledge, id, input.words).into_owned())
            .collect();
        blocks.push(Block::Paragraph(w.with_texts(
            "report-in-place-list",
            &[("measures", &verdict::list_in(&names, w))],
        )));
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
        input.words.get("report-condition-mark")
    } else {
        input.words.with_texts(
            "report-condition-mark-for",
            &[("apps", &natural_names(input, &conditioned))],
        )
    }
}

/// The apps' names as a list in prose.
fn natural_names(input: &ReportInput<'_>, results: &[&AppResult]) -> String {
    let names: Vec<String> = results.iter().map(|r| app_name(input, r)).collect();
    verdict::list_in(&names, input.words)
}

/// What a measure would change on its own, one risk a line; per app when the apps differ.
fn effect_text(input: &ReportInput<'_>, id: &str, results: &[&AppResult]) -> String {
    let lines_for = |result: &AppResult| -> Vec<String> {
        result
            .effect_of(id, input.knowledge)
            .iter()
            .map(|change| {
                describe::change_text(
                    &names::risk(input.knowledge, change.risk, input.words),
                    change,
                    input.words,
                )
            })
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
            .map(|(name, lines)| {
                input.words.with_texts(
                    "report-effect-for",
                    &[
                        ("app", name),
                        ("changes", &lines.join(&input.words.get("list-semicolon"))),
                    ],
                )
            })
            .collect::<Vec<String>>()
            .join("\n")
    };
    if text.is_empty() {
        input.words.get("report-effect-none")
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
    let mut table = table_of(input.words, &[("report-fact", 5.0), ("report-value", 2.0)]);
    let rows = app_facts::fact_rows(input.knowledge, app, input.report_date, input.words);
    for row in &rows {
        table.row(vec![row.label.to_string(), row.value_marked()]);
    }
    let stale = rows.iter().filter(|row| row.staleness.is_some()).count();
    let mut blocks = app_identity(input, app, refs);
    blocks.push(Block::Paragraph(input.words.get("report-profile-intro")));
    blocks.push(Block::Table(table));
    if stale > 0 {
        blocks.push(Block::Note(app_facts::stale_note(stale, input.words)));
    }
    Some(Section {
        title: input
            .words
            .with_texts("report-profile", &[("app", &app.name)]),
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
    let w = input.words;
    let mut blocks = Vec::new();
    if let Some(closed) = &app.discontinued {
        blocks.push(Block::Note(describe::closed_text(app, closed, w)));
    }
    blocks.push(Block::Facts(vec![
        (w.get("report-vendor"), app.vendor.clone()),
        (
            w.get("report-vendor-jurisdiction"),
            describe::jurisdiction_text(&app.jurisdiction, w),
        ),
        (
            w.get("report-source"),
            checked_source(&refs.cite(&app.vendor_work()), app.vendor_checked_on, w),
        ),
    ]));
    if let Some(region) = organisation_region(input).and_then(|id| app.region(id).map(|r| (id, r)))
    {
        blocks.push(Block::Facts(region_facts(region, refs, w)));
    }
    blocks
}

/// "[3], checked 2026-11-02": a source cited and the day it was checked.
fn checked_source(cited: &str, checked_on: crate::date::Date, words: &Words) -> String {
    words.with_texts(
        "report-source-checked",
        &[("source", cited), ("checked", &words.date(checked_on))],
    )
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
        let mut table = table_of(
            input.words,
            &[
                ("report-fact", 3.2),
                ("report-value", 1.6),
                ("report-detail", 6.0),
                ("report-source", 1.2),
                ("report-checked", 2.5),
            ],
        );
        for row in app_facts::fact_rows(input.knowledge, app, input.report_date, input.words) {
            let source = row
                .fact
                .map_or_else(dash, |f| refs.cite(&f.citation.work()));
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
        blocks.push(Block::Paragraph(input.words.get("report-facts-no-app")));
    }
    Section {
        title: input.words.get("report-facts"),
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
    w: &Words,
) -> Vec<(String, String)> {
    let transfers = if region.transfers.is_empty() {
        w.get("report-no-transfer")
    } else {
        region.transfers.clone()
    };
    vec![
        (
            w.with_texts(
                "report-provider-for",
                &[("region", &describe::region_text(id, w))],
            ),
            if region.provider == UNKNOWN {
                w.get("report-provider-unknown")
            } else {
                region.provider.clone()
            },
        ),
        (
            w.get("report-data-location"),
            describe::data_location_text(region, w),
        ),
        (w.get("report-transfers"), transfers),
        (
            w.get("report-source"),
            checked_source(
                &refs.cite(&region.citation.work()),
                region.citation.checked_on,
                w,
            ),
        ),
    ]
}

fn action_plan(input: &ReportInput<'_>) -> Section {
    let w = input.words;
    let mut blocks = measures(input);
    blocks.push(Block::Heading(w.get("report-plan")));
    let measures = &input.assessment.sign_off.measures;
    if measures.is_empty() {
        blocks.push(Block::Paragraph(w.get("report-plan-none")));
    } else {
        let mut table = table_of(
            w,
            &[
                ("report-measure", 3.5),
                ("report-expected-effect", 4.5),
                ("report-owner", 2.5),
                ("report-due", 1.8),
                ("report-measure-status", 1.7),
            ],
        );
        let results: Vec<&AppResult> = input.scoring.apps.iter().collect();
        for measure in measures {
            // A measure marked done is a safeguard in place: its effect is already in the
            // residual ratings, not still to come.
            let effect = if measure.status == crate::assessment::MeasureStatus::Done {
                w.get("report-plan-in-place")
            } else {
                effect_text(input, &measure.control, &results)
            };
            table.row(vec![
                names::control(input.knowledge, &measure.control, input.words).into_owned(),
                effect,
                blank_dash(&measure.owner),
                measure.due.map_or_else(dash, |d| w.date(d)),
                w.get(terms::measure_status(measure.status)),
            ]);
        }
        blocks.push(Block::Paragraph(w.get("report-plan-intro")));
        blocks.push(Block::Table(table));
    }
    Section {
        title: w.get("report-measures-and-plan"),
        // Flows on: a forced break here would leave most of the page before it empty.
        new_page: false,
        blocks,
    }
}

/// ICO step 3: who was consulted and what they said, and why the people concerned were not
/// asked (when they were not).
fn consultation(input: &ReportInput<'_>) -> Section {
    let s = &input.assessment.sign_off;
    let w = input.words;
    let mut blocks = vec![Block::Paragraph(w.get("report-consultation-intro"))];
    if s.consultations.is_empty() {
        blocks.push(Block::Paragraph(w.get("report-consultation-none")));
    } else {
        let mut table = table_of(
            w,
            &[
                ("report-consulted-who", 3.0),
                ("report-consulted-how", 3.0),
                ("report-consulted-when", 1.6),
                ("report-consulted-views", 5.0),
            ],
        );
        for c in &s.consultations {
            table.row(vec![
                blank_dash(&c.who),
                blank_dash(&c.how),
                c.on.map_or_else(dash, |d| w.date(d)),
                blank_dash(&c.views),
            ]);
        }
        blocks.push(Block::Table(table));
    }
    if !s.individuals_not_consulted_because.trim().is_empty() {
        blocks.push(Block::Facts(vec![(
            w.get("report-not-consulted-because"),
            s.individuals_not_consulted_because.trim().to_string(),
        )]));
    }
    // Whether the regulator must be consulted is in the summary, with the applicable law.
    Section {
        title: w.get("report-consultation"),
        new_page: false,
        blocks,
    }
}

/// "Name, position, on 2026-11-30", or a dash when nobody has approved yet.
fn approval_line(approval: &crate::assessment::Approval, w: &Words) -> String {
    match approval.on {
        Some(on) if !approval.by.trim().is_empty() => w.with_texts(
            "report-approved-on",
            &[("by", approval.by.trim()), ("on", &w.date(on))],
        ),
        Some(on) => w.with_texts("report-approved-on-nameless", &[("on", &w.date(on))]),
        None => blank_dash(&approval.by),
    }
}

fn sign_off(input: &ReportInput<'_>) -> Section {
    let s = &input.assessment.sign_off;
    let w = input.words;
    let outcome = match s.dpo_advice_outcome {
        crate::assessment::AdviceOutcome::Overruled => w.with_texts(
            "report-overruled-because",
            &[("reason", &blank_dash(&s.overruled_reason))],
        ),
        other => w.get(terms::advice_outcome(other)),
    };
    let facts = vec![
        (
            w.get("report-measures-approved-by"),
            approval_line(&s.measures_approval, w),
        ),
        (
            w.get("report-risks-approved-by"),
            approval_line(&s.residual_risks_approval, w),
        ),
        (w.get("report-dpo-advice"), blank_dash(&s.dpo_advice)),
        (w.get("report-dpo-advice-outcome"), outcome),
        (
            w.get("report-consultation-responses"),
            blank_dash(&s.consultation_responses),
        ),
        (
            w.get("report-kept-under-review-by"),
            blank_dash(&s.kept_under_review_by),
        ),
        (
            w.get("report-cover-review-date"),
            input
                .assessment
                .metadata
                .review_date
                .map_or_else(dash, |d| w.date(d)),
        ),
    ];
    let mut signatures = table_of(
        w,
        &[
            ("report-signature-role", 3.0),
            ("report-signature-name", 3.0),
            ("report-signature", 4.0),
            ("report-history-date", 2.0),
        ],
    );
    for role in [
        "report-measures-approved-by",
        "report-risks-approved-by",
        "report-cover-dpo",
    ] {
        signatures.row(vec![
            w.get(role),
            "\n\n".to_string(),
            String::new(),
            String::new(),
        ]);
    }
    Section {
        title: w.get("report-sign-off"),
        // Short, and kept whole by the layout: it follows the action plan it approves.
        new_page: false,
        blocks: vec![
            Block::Paragraph(w.get("report-sign-off-intro")),
            Block::Facts(facts),
            Block::Heading(w.get("report-signatures")),
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
        dash()
    } else {
        text.to_string()
    }
}

fn answers_appendix(input: &ReportInput<'_>) -> Section {
    let answers = &input.assessment.answers;
    let w = input.words;
    let shown = input.questionnaire.shown_ids(answers);
    let mut blocks = Vec::new();
    for section in &input.questionnaire.sections {
        let mut table = table_of(w, &[("report-question", 5.0), ("report-answer", 5.0)]);
        for question in &section.questions {
            let text = if !shown.contains(&question.id.as_str()) {
                w.get("report-not-asked")
            } else {
                match answers.get(&question.id) {
                    Some(answer) if answer.is_given() => {
                        answer_text(question, answer, input.knowledge, w)
                    }
                    _ => w.get("report-not-answered"),
                }
            };
            let text = match input.assessment.judgement.notes.get(&question.id) {
                Some(note) if !note.trim().is_empty() => w.with_texts(
                    "report-with-note",
                    &[("answer", &text), ("note", note.trim())],
                ),
                _ => text,
            };
            table.row(vec![question.text.clone(), text]);
        }
        blocks.push(Block::Heading(section.title.clone()));
        blocks.push(Block::Table(table));
    }
    let misfits = crate::assessment::misfits(answers, input.questionnaire, input.knowledge);
    if !misfits.is_empty() {
        blocks.push(Block::Heading(w.get("report-misfits")));
        blocks.push(Block::Bullets(
            misfits
                .iter()
                .map(|m| present::misfits::reader_text(input.questionnaire, m, w))
                .collect(),
        ));
    }
    Section {
        title: w.get("report-answers"),
        new_page: true,
        blocks,
    }
}
