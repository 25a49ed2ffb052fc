//! The assessor's own risks and measures, for what the catalogue does not cover: a risk rated by
//! the assessor (likelihood and severity before any measure), and a measure that lowers one or
//! more of those risks. They join the knowledge base for this assessment only, so they are
//! scored, reported and put in the action plan like the catalogue's; a measure of one's own
//! counts once the action plan marks it done. A catalogue risk the assessor judges differently
//! is re-rated with an override instead (see [`super::judgement`]), since the catalogue's
//! measures address named exposures that an own measure cannot name.

use super::raw;
use crate::diagnostic::{Findings, Said};
use crate::knowledge::{Control, Exposure, FearedEvent, KnowledgeBase, Reduction, Risk};
use crate::scale::Scale;

/// A risk of the assessor's own.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnRisk {
    /// Its id, unique among the catalogue's risks and the assessor's.
    pub id: String,
    /// Short name.
    pub name: String,
    /// What can go wrong.
    pub description: String,
    /// The harm to the people concerned if it does.
    pub harm: String,
    /// Which of CNIL's feared events it is.
    pub feared_event: FearedEvent,
    /// Likelihood before any measure.
    pub likelihood: Scale,
    /// Severity before any measure.
    pub severity: Scale,
}

/// A measure of the assessor's own, lowering their own risks.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnMeasure {
    /// Its id, unique among the catalogue's controls and the assessor's.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Its wording, for the policy or the conditions of use.
    pub wording: String,
    /// The risks it lowers, and by how many steps.
    pub reduces: Vec<OwnReduction>,
}

/// How much an own measure lowers one own risk.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnReduction {
    /// The own risk's id.
    pub risk: String,
    /// Steps off the likelihood.
    pub likelihood: u8,
    /// Steps off the severity.
    pub severity: u8,
}

/// The prefix of the exposure an own risk stands for.
const OWN_EXPOSURE: &str = "own-risk:";

/// The exposure an own risk stands for, which only the measures addressing it may lower.
fn exposure_of(risk: &str) -> String {
    format!("{OWN_EXPOSURE}{risk}")
}

/// Whether an exposure is the one an own risk stands for (its rating is the assessor's, not
/// the evidence of answers and facts).
pub fn is_own_exposure(exposure: &str) -> bool {
    exposure.starts_with(OWN_EXPOSURE)
}

pub(super) fn validate_risks(raw: Vec<raw::OwnRisk>, findings: &mut Findings<'_>) -> Vec<OwnRisk> {
    raw.into_iter()
        .map(|r| {
            let mut point = |value: u8, field: &str| {
                Scale::new(value).unwrap_or_else(|| {
                    findings.error(
                        &["own_risks", r.id.as_str()],
                        Said::new("assessment-own-risk-off-the-scale")
                            .with("risk", &r.id)
                            .with("field", field)
                            .with("value", value),
                    );
                    Scale::MIN
                })
            };
            let likelihood = point(r.likelihood, "likelihood");
            let severity = point(r.severity, "severity");
            OwnRisk {
                id: r.id,
                name: r.name,
                description: r.description,
                harm: r.harm,
                feared_event: r.feared_event,
                likelihood,
                severity,
            }
        })
        .collect()
}

pub(super) fn validate_measures(
    raw: Vec<raw::OwnMeasure>,
    findings: &mut Findings<'_>,
) -> Vec<OwnMeasure> {
    raw.into_iter()
        .map(|m| {
            let reduces = m
                .reduces
                .into_iter()
                .map(|r| {
                    if r.likelihood > 3 || r.severity > 3 {
                        findings.error(
                            &["own_measures", m.id.as_str(), r.risk.as_str()],
                            Said::new("assessment-own-measure-too-many-steps")
                                .with("measure", &m.id)
                                .with("risk", &r.risk),
                        );
                    }
                    OwnReduction {
                        risk: r.risk,
                        likelihood: r.likelihood.min(3),
                        severity: r.severity.min(3),
                    }
                })
                .collect();
            OwnMeasure {
                id: m.id,
                name: m.name,
                wording: m.wording,
                reduces,
            }
        })
        .collect()
}

pub(super) fn risks_to_raw(risks: &[OwnRisk]) -> Vec<raw::OwnRisk> {
    risks
        .iter()
        .map(|r| raw::OwnRisk {
            id: r.id.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
            harm: r.harm.clone(),
            feared_event: r.feared_event,
            likelihood: r.likelihood.get(),
            severity: r.severity.get(),
        })
        .collect()
}

pub(super) fn measures_to_raw(measures: &[OwnMeasure]) -> Vec<raw::OwnMeasure> {
    measures
        .iter()
        .map(|m| raw::OwnMeasure {
            id: m.id.clone(),
            name: m.name.clone(),
            wording: m.wording.clone(),
            reduces: m
                .reduces
                .iter()
                .map(|r| raw::OwnReduction {
                    risk: r.risk.clone(),
                    likelihood: r.likelihood,
                    severity: r.severity,
                })
                .collect(),
        })
        .collect()
}

/// The knowledge base with the assessor's own risks and measures added, for scoring and
/// reporting this assessment. An own item without a name yet, whose id is already taken, or a
/// reduction of a risk that is not the assessor's, is left out (and reported by
/// [`own_problems`]).
pub fn with_own(
    knowledge: &KnowledgeBase,
    risks: &[OwnRisk],
    measures: &[OwnMeasure],
) -> KnowledgeBase {
    let mut extended = knowledge.clone();
    // An item without a name is still being written: it is kept, but not scored or reported.
    let risks: Vec<&OwnRisk> = risks.iter().filter(|r| !r.name.trim().is_empty()).collect();
    for risk in &risks {
        if extended.risk(&risk.id).is_some() {
            continue;
        }
        let exposure = exposure_of(&risk.id);
        extended.exposures.push(Exposure {
            id: exposure.clone(),
            name: risk.name.clone(),
            description: risk.description.clone(),
        });
        extended.risks.push(Risk {
            id: risk.id.clone(),
            name: risk.name.clone(),
            description: risk.description.clone(),
            harm: risk.harm.clone(),
            feared_event: risk.feared_event,
            base_likelihood: risk.likelihood,
            base_severity: risk.severity,
            base_exposure: Some(exposure),
        });
    }
    let own_risk = |id: &str| risks.iter().any(|r| r.id == id) && knowledge.risk(id).is_none();
    for measure in measures.iter().filter(|m| !m.name.trim().is_empty()) {
        if extended.control(&measure.id).is_some() {
            continue;
        }
        extended.controls.push(Control {
            id: measure.id.clone(),
            name: measure.name.clone(),
            policy_text: measure.wording.clone(),
            reduces: measure
                .reduces
                .iter()
                .filter(|r| own_risk(&r.risk))
                .map(|r| Reduction {
                    risk: r.risk.clone(),
                    likelihood: r.likelihood,
                    severity: r.severity,
                    exposure: exposure_of(&r.risk),
                })
                .collect(),
            available_with: Vec::new(),
            brings: Vec::new(),
        });
    }
    extended
}

/// What keeps an own item out of the scoring, as data worded in any language: an item without
/// a name, an id the catalogue already uses, or a reduction of a risk that is not the
/// assessor's.
pub fn own_problems(
    knowledge: &KnowledgeBase,
    risks: &[OwnRisk],
    measures: &[OwnMeasure],
) -> Vec<Said> {
    let mut problems = Vec::new();
    for risk in risks.iter().filter(|r| r.name.trim().is_empty()) {
        problems.push(Said::new("assessment-own-risk-unnamed").with("risk", &risk.id));
    }
    for measure in measures.iter().filter(|m| m.name.trim().is_empty()) {
        problems.push(Said::new("assessment-own-measure-unnamed").with("measure", &measure.id));
    }
    for risk in risks.iter().filter(|r| knowledge.risk(&r.id).is_some()) {
        problems.push(Said::new("assessment-own-risk-id-taken").with("risk", &risk.id));
    }
    for measure in measures {
        if knowledge.control(&measure.id).is_some() {
            problems
                .push(Said::new("assessment-own-measure-id-taken").with("measure", &measure.id));
        }
        for reduction in &measure.reduces {
            let own = risks.iter().any(|r| r.id == reduction.risk)
                && knowledge.risk(&reduction.risk).is_none();
            if !own {
                problems.push(
                    Said::new("assessment-own-measure-lowers-other-risk")
                        .with("measure", &measure.id)
                        .with("risk", &reduction.risk),
                );
            }
        }
    }
    problems
}
