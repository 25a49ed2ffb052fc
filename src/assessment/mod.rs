//! An assessment: who assesses what, against which questionnaire, and the answers given.

mod fit;
mod format_1;
mod judgement;
mod own;
pub(crate) mod raw;
mod review_date_answer;
mod revision;
mod scored_with;
pub mod sign_off;
mod status;

use crate::answer::Answers;
use crate::checks;
use crate::date::Date;
use crate::diagnostic::{Checked, Findings, InvalidFile, Said};
use crate::ron_file;
use crate::source::SourceFile;
pub use fit::{Misfit, MisfitKind, misfits, unknown_measures};
pub use judgement::{Judgement, RiskOverride, unknown_overrides};
pub use own::{OwnMeasure, OwnReduction, OwnRisk, is_own_exposure, own_problems, with_own};
pub use review_date_answer::{FORMER_REVIEW_QUESTION, ReviewDateCarried, carry_review_date_answer};
pub use scored_with::ScoredWith;
pub use sign_off::{AdviceOutcome, Approval, Consultation, MeasureStatus, PlannedMeasure, SignOff};
pub use status::DocumentStatus;

/// The assessment file format this version writes. It reads this format and every older one,
/// migrating it on load (format 1: [`format_1`]; formats 2 to 4 are format 5 without the fields
/// each later one added: the record of what it was last scored with in 3, document control and
/// consultations in 4, the assessor's judgement, the contributors and the apps compared in 5).
pub const FORMAT_VERSION: u32 = 5;

/// A validated assessment. Answers are kept exactly as found, even those that no longer fit the
/// questionnaire, so that loading and saving never drops what a user wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// The questionnaire it answers.
    pub questionnaire_id: String,
    /// The questionnaire version it was answered against.
    pub questionnaire_version: String,
    /// Who, what and when.
    pub metadata: Metadata,
    /// The answers, keyed by question id.
    pub answers: Answers,
    /// The action plan and approvals.
    pub sign_off: SignOff,
    /// The assessor's own notes and ratings.
    pub judgement: Judgement,
    /// Apps looked at beside the ones assessed, by knowledge-base id: scored with the same
    /// answers for comparison, but not part of what is assessed.
    pub compared: Vec<String>,
    /// The knowledge base, facts and result it was last scored with, once saved by the app.
    pub scored_with: Option<ScoredWith>,
}

/// Who assesses, for whom, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Metadata {
    /// The organisation (controller).
    pub organisation: String,
    /// Its sector, in words.
    pub sector: String,
    /// Its country.
    pub country: String,
    /// The person who carried out the assessment.
    pub assessor: String,
    /// The data protection officer.
    pub dpo: String,
    /// The date of the assessment; the report's date.
    pub assessment_date: Date,
    /// When it must be reviewed.
    pub review_date: Option<Date>,
    /// The organisation's own version label for this assessment, such as "1.2".
    pub assessment_version: String,
    /// The versions issued so far, oldest first (document control).
    pub history: Vec<Revision>,
    /// Who receives the report, one person or group a line (document control).
    pub distribution: Vec<String>,
    /// Who else contributed (IT, information security, the team that will use the app).
    pub contributors: Vec<Contributor>,
}

/// Someone who contributed to the assessment besides the assessor and the DPO.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contributor {
    /// Their name.
    pub name: String,
    /// Their role, such as "IT support provider" or "Head of family team".
    pub role: String,
}

/// One issued version of the assessment, for the report's document control.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Revision {
    /// Its version label, such as "0.9".
    pub version: String,
    /// When it was issued.
    pub on: Option<Date>,
    /// Who issued it.
    pub by: String,
    /// What changed, in short.
    pub changes: String,
}

impl Assessment {
    /// A new, unanswered assessment of `questionnaire`, dated `date`.
    pub fn blank(questionnaire: &crate::questionnaire::Questionnaire, date: Date) -> Assessment {
        Assessment {
            questionnaire_id: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version.clone(),
            metadata: Metadata {
                organisation: String::new(),
                sector: String::new(),
                country: String::new(),
                assessor: String::new(),
                dpo: String::new(),
                assessment_date: date,
                review_date: None,
                assessment_version: "1.0".to_string(),
                history: Vec::new(),
                distribution: Vec::new(),
                contributors: Vec::new(),
            },
            answers: Answers::new(),
            sign_off: SignOff::default(),
            judgement: Judgement::default(),
            compared: Vec::new(),
            scored_with: None,
        }
    }

    /// Parses and validates an assessment file (format and metadata; the answers are checked
    /// against a questionnaire by [`misfits`]).
    pub fn load(source: &SourceFile) -> Result<Checked<Assessment>, InvalidFile> {
        let mut findings = Findings::new(source);
        // The version is read first, so that each format is parsed by its own structs and a
        // newer file is refused before its unknown fields are misread, however it is nested.
        let scanned = crate::format_version::scan_format_version(source.text());
        let raw = match scanned.map(|(version, _)| version) {
            Some(1) => {
                findings.warn(&[], older_format(1));
                format_1::migrate(ron_file::parse(source)?)
            }
            // Formats 2 to 4 lack only fields later formats added, which default.
            Some(older @ (2..=4)) => {
                findings.warn(&[], older_format(older));
                ron_file::parse::<raw::Assessment>(source)?
            }
            Some(newer) if newer > FORMAT_VERSION => {
                let at = scanned.map_or(0, |(_, offset)| offset);
                findings.error_at(
                    source.location_of(at),
                    Said::new("assessment-newer-format")
                        .with("format", newer)
                        .with("current", FORMAT_VERSION),
                );
                return Err(findings.into_invalid());
            }
            // The current format, format 0 (refused by `validate`), or a file whose version
            // cannot be read: parsing it in full gives the most precise error.
            _ => ron_file::parse::<raw::Assessment>(source)?,
        };
        let assessment = validate(raw, &mut findings);
        findings.finish(assessment)
    }

    /// The assessment as RON text, in the format [`Assessment::load`] reads.
    pub fn to_ron(&self) -> String {
        let raw = raw::Assessment {
            format_version: FORMAT_VERSION,
            questionnaire: raw::QuestionnaireRef {
                id: self.questionnaire_id.clone(),
                version: self.questionnaire_version.clone(),
            },
            metadata: raw::Metadata {
                organisation: self.metadata.organisation.clone(),
                sector: self.metadata.sector.clone(),
                country: self.metadata.country.clone(),
                assessor: self.metadata.assessor.clone(),
                dpo: self.metadata.dpo.clone(),
                assessment_date: self.metadata.assessment_date.to_string(),
                review_date: self
                    .metadata
                    .review_date
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                assessment_version: self.metadata.assessment_version.clone(),
                history: self
                    .metadata
                    .history
                    .iter()
                    .map(|r| raw::Revision {
                        version: r.version.clone(),
                        on: r.on.map(|d| d.to_string()).unwrap_or_default(),
                        by: r.by.clone(),
                        changes: r.changes.clone(),
                    })
                    .collect(),
                distribution: self.metadata.distribution.clone(),
                contributors: self
                    .metadata
                    .contributors
                    .iter()
                    .map(|c| raw::Contributor {
                        name: c.name.clone(),
                        role: c.role.clone(),
                    })
                    .collect(),
            },
            answers: self.answers.clone(),
            sign_off: raw_sign_off(&self.sign_off),
            judgement: judgement::to_raw(&self.judgement),
            compared: self.compared.clone(),
            scored_with: self.scored_with.as_ref().map(raw_scored_with),
        };
        // Serialising plain strings, numbers, maps and enums cannot fail; should ron ever
        // refuse, an empty string would be written, so fail loudly in debug builds instead.
        let text = ron_file::to_pretty_string(&raw);
        debug_assert!(text.is_ok(), "assessment serialisation failed: {text:?}");
        let mut text = text.unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The warning that a file in the `older` format was read and will be saved in the current one.
fn older_format(older: u32) -> Said {
    Said::new("assessment-older-format")
        .with("format", older)
        .with("current", FORMAT_VERSION)
}

fn validate(raw: raw::Assessment, findings: &mut Findings<'_>) -> Assessment {
    if raw.format_version == 0 {
        findings.error_at_field(&[], "format_version", Said::new("assessment-format-zero"));
    }
    checks::not_blank(&raw.questionnaire.id, "questionnaire id", &[], findings);
    checks::not_blank(
        &raw.questionnaire.version,
        "questionnaire version",
        &[],
        findings,
    );
    let metadata = &raw.metadata;
    if metadata.organisation.trim().is_empty() {
        findings.warn_at_field(
            &[],
            "organisation",
            Said::new("assessment-organisation-blank"),
        );
    }
    for (text, field) in [
        (&metadata.organisation, "organisation"),
        (&metadata.sector, "sector"),
        (&metadata.country, "country"),
        (&metadata.assessor, "assessor"),
        (&metadata.dpo, "dpo"),
        (&metadata.assessment_version, "assessment_version"),
    ] {
        crate::limits::check_detail(text, field, findings);
    }
    let assessment_date = checks::date(&metadata.assessment_date, "assessment_date", &[], findings);
    let review_date = optional_date(&metadata.review_date, "review_date", &[], findings);
    let fallback = Date::new(1970, 1, 1).expect("valid date");
    Assessment {
        questionnaire_id: raw.questionnaire.id,
        questionnaire_version: raw.questionnaire.version,
        metadata: Metadata {
            organisation: raw.metadata.organisation,
            sector: raw.metadata.sector,
            country: raw.metadata.country,
            assessor: raw.metadata.assessor,
            dpo: raw.metadata.dpo,
            assessment_date: assessment_date.unwrap_or(fallback),
            review_date,
            assessment_version: raw.metadata.assessment_version,
            history: validate_history(raw.metadata.history, findings),
            distribution: raw.metadata.distribution,
            contributors: raw
                .metadata
                .contributors
                .into_iter()
                .map(|c| Contributor {
                    name: c.name,
                    role: c.role,
                })
                .collect(),
        },
        answers: raw.answers,
        sign_off: validate_sign_off(raw.sign_off, findings),
        judgement: judgement::validate(raw.judgement, findings),
        compared: raw.compared,
        scored_with: raw
            .scored_with
            .and_then(|record| validate_scored_with(record, findings)),
    }
}

/// The record of what the assessment was last scored with. An unreadable record is dropped with
/// a warning, never an error: it is a cache of the last result, and the next save rewrites it.
fn validate_scored_with(raw: raw::ScoredWith, findings: &mut Findings<'_>) -> Option<ScoredWith> {
    let stance = crate::stance::Stance::from_name(&raw.stance);
    let mut residual = std::collections::BTreeMap::new();
    let mut readable = stance.is_some();
    for (app, levels) in raw.residual {
        let mut parsed = std::collections::BTreeMap::new();
        for (risk, level) in levels {
            match crate::scale::RiskLevel::from_name(&level) {
                Some(level) => {
                    parsed.insert(risk, level);
                }
                None => readable = false,
            }
        }
        residual.insert(app, parsed);
    }
    if !readable {
        findings.warn(
            &["scored_with"],
            Said::new("assessment-scored-with-unreadable"),
        );
        return None;
    }
    Some(ScoredWith {
        knowledge_id: raw.knowledge_base,
        knowledge_version: raw.version,
        knowledge_sha256: raw.sha256,
        facts: raw.facts,
        stance: stance?,
        residual,
    })
}

fn raw_scored_with(record: &ScoredWith) -> raw::ScoredWith {
    raw::ScoredWith {
        knowledge_base: record.knowledge_id.clone(),
        version: record.knowledge_version.clone(),
        sha256: record.knowledge_sha256.clone(),
        facts: record.facts.clone(),
        stance: record.stance.name().to_string(),
        residual: record
            .residual
            .iter()
            .map(|(app, levels)| {
                let levels = levels
                    .iter()
                    .map(|(risk, level)| (risk.clone(), level.name().to_string()))
                    .collect();
                (app.clone(), levels)
            })
            .collect(),
    }
}

fn validate_sign_off(raw: raw::SignOff, findings: &mut Findings<'_>) -> SignOff {
    let measures = raw
        .measures
        .into_iter()
        .map(|m| {
            let due = optional_date(&m.due, "due", &[m.control.as_str()], findings);
            PlannedMeasure {
                control: m.control,
                owner: m.owner,
                due,
                status: m.status,
            }
        })
        .collect();
    SignOff {
        measures,
        measures_approval: validate_approval(raw.measures_approval, "measures_approval", findings),
        residual_risks_approval: validate_approval(
            raw.residual_risks_approval,
            "residual_risks_approval",
            findings,
        ),
        dpo_advice: raw.dpo_advice,
        dpo_advice_outcome: raw.dpo_advice_outcome,
        overruled_reason: raw.overruled_reason,
        consultation_responses: raw.consultation_responses,
        kept_under_review_by: raw.kept_under_review_by,
        consultations: raw
            .consultations
            .into_iter()
            .map(|c| Consultation {
                on: optional_date(&c.on, "on", &[c.who.as_str()], findings),
                who: c.who,
                how: c.how,
                views: c.views,
            })
            .collect(),
        individuals_not_consulted_because: raw.individuals_not_consulted_because,
    }
}

/// An optional date: empty is none; anything else must be a real date.
fn optional_date(
    text: &str,
    field: &str,
    path: &[&str],
    findings: &mut Findings<'_>,
) -> Option<Date> {
    if text.trim().is_empty() {
        None
    } else {
        checks::date(text, field, path, findings)
    }
}

fn validate_history(raw: Vec<raw::Revision>, findings: &mut Findings<'_>) -> Vec<Revision> {
    raw.into_iter()
        .map(|r| Revision {
            on: optional_date(&r.on, "on", &[r.version.as_str()], findings),
            version: r.version,
            by: r.by,
            changes: r.changes,
        })
        .collect()
}

fn validate_approval(raw: raw::Approval, field: &str, findings: &mut Findings<'_>) -> Approval {
    let on = optional_date(&raw.on, field, &[], findings);
    Approval { by: raw.by, on }
}

fn raw_approval(approval: &Approval) -> raw::Approval {
    raw::Approval {
        by: approval.by.clone(),
        on: approval.on.map(|d| d.to_string()).unwrap_or_default(),
    }
}

fn raw_sign_off(sign_off: &SignOff) -> raw::SignOff {
    raw::SignOff {
        measures: sign_off
            .measures
            .iter()
            .map(|m| raw::PlannedMeasure {
                control: m.control.clone(),
                owner: m.owner.clone(),
                due: m.due.map(|d| d.to_string()).unwrap_or_default(),
                status: m.status,
            })
            .collect(),
        measures_approval: raw_approval(&sign_off.measures_approval),
        residual_risks_approval: raw_approval(&sign_off.residual_risks_approval),
        dpo_advice: sign_off.dpo_advice.clone(),
        dpo_advice_outcome: sign_off.dpo_advice_outcome,
        overruled_reason: sign_off.overruled_reason.clone(),
        consultation_responses: sign_off.consultation_responses.clone(),
        kept_under_review_by: sign_off.kept_under_review_by.clone(),
        consultations: sign_off
            .consultations
            .iter()
            .map(|c| raw::Consultation {
                who: c.who.clone(),
                how: c.how.clone(),
                on: c.on.map(|d| d.to_string()).unwrap_or_default(),
                views: c.views.clone(),
            })
            .collect(),
        individuals_not_consulted_because: sign_off.individuals_not_consulted_because.clone(),
    }
}
