//! The assessor's own judgement, recorded beside the method's: a note on any question, and an
//! override of a risk's residual likelihood or severity with the reason for it. The method's
//! rating is never lost: scoring keeps it beside the override, and the report shows both.

use super::raw;
use crate::diagnostic::{Findings, Said};
use crate::knowledge::KnowledgeBase;
use crate::scale::Scale;
use std::collections::BTreeMap;

/// What the assessor adds of their own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Judgement {
    /// A note on a question, keyed by the question's id.
    pub notes: BTreeMap<String, String>,
    /// The assessor's ratings that replace the computed ones.
    pub overrides: Vec<RiskOverride>,
    /// Risks the catalogue does not cover.
    pub own_risks: Vec<super::own::OwnRisk>,
    /// Measures that lower those risks.
    pub own_measures: Vec<super::own::OwnMeasure>,
}

/// The assessor's own rating of one risk's residual likelihood, severity or both.
#[derive(Clone, Debug, PartialEq)]
pub struct RiskOverride {
    /// The risk's id in the knowledge base.
    pub risk: String,
    /// The app it applies to; `None` for every app assessed.
    pub app: Option<String>,
    /// The likelihood the assessor sets, if they set it.
    pub likelihood: Option<Scale>,
    /// The severity the assessor sets, if they set it.
    pub severity: Option<Scale>,
    /// Why. An override without a reason is kept in the file but does not count.
    pub reason: String,
}

impl RiskOverride {
    /// Whether it counts: it has a reason and sets something.
    pub fn counts(&self) -> bool {
        !self.reason.trim().is_empty() && (self.likelihood.is_some() || self.severity.is_some())
    }

    /// Whether it concerns `risk` for `app`.
    pub fn concerns(&self, risk: &str, app: Option<&str>) -> bool {
        self.risk == risk && (self.app.is_none() || self.app.as_deref() == app)
    }
}

/// Validates the judgement read from a file. A likelihood or severity outside 1 to 4 is an
/// error (the file was edited by hand); everything else is kept as written.
pub(super) fn validate(raw: raw::Judgement, findings: &mut Findings<'_>) -> Judgement {
    let overrides = raw
        .overrides
        .into_iter()
        .map(|o| {
            let path = ["judgement", o.risk.as_str()];
            let mut scale = |value: Option<u8>, field: &str| {
                value.and_then(|v| {
                    let scale = Scale::new(v);
                    if scale.is_none() {
                        findings.error(
                            &path,
                            Said::new("assessment-override-off-the-scale")
                                .with("risk", &o.risk)
                                .with("field", field)
                                .with("value", v),
                        );
                    }
                    scale
                })
            };
            let likelihood = scale(o.likelihood, "likelihood");
            let severity = scale(o.severity, "severity");
            RiskOverride {
                app: (!o.app.trim().is_empty()).then_some(o.app),
                risk: o.risk,
                likelihood,
                severity,
                reason: o.reason,
            }
        })
        .collect();
    Judgement {
        notes: raw.notes,
        overrides,
        own_risks: super::own::validate_risks(raw.own_risks, findings),
        own_measures: super::own::validate_measures(raw.own_measures, findings),
    }
}

/// The judgement as the file holds it.
pub(super) fn to_raw(judgement: &Judgement) -> raw::Judgement {
    raw::Judgement {
        notes: judgement.notes.clone(),
        overrides: judgement
            .overrides
            .iter()
            .map(|o| raw::RiskOverride {
                risk: o.risk.clone(),
                app: o.app.clone().unwrap_or_default(),
                likelihood: o.likelihood.map(Scale::get),
                severity: o.severity.map(Scale::get),
                reason: o.reason.clone(),
            })
            .collect(),
        own_risks: super::own::risks_to_raw(&judgement.own_risks),
        own_measures: super::own::measures_to_raw(&judgement.own_measures),
    }
}

/// Overrides that name a risk or an app the knowledge base does not have (kept, not used), as
/// data worded in any language.
pub fn unknown_overrides(judgement: &Judgement, knowledge: &KnowledgeBase) -> Vec<Said> {
    judgement
        .overrides
        .iter()
        .filter_map(|o| {
            let own = judgement.own_risks.iter().any(|r| r.id == o.risk);
            if knowledge.risk(&o.risk).is_none() && !own {
                Some(Said::new("assessment-override-unknown-risk").with("risk", &o.risk))
            } else {
                o.app
                    .as_deref()
                    .filter(|app| knowledge.app(app).is_none())
                    .map(|app| {
                        Said::new("assessment-override-unknown-app")
                            .with("risk", &o.risk)
                            .with("app", app)
                    })
            }
        })
        .collect()
}
