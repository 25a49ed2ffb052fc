//! What an answer, an app fact or a rule does to the assessment: raise a risk, stand for a
//! safeguard in place, or meet a WP248 screening criterion.

use crate::diagnostic::{Findings, Said};
use crate::wp248::Criterion;
use serde::{Deserialize, Serialize};

/// The largest step one effect may take on a 1–4 scale. Larger steps would let a single answer
/// jump a risk from negligible to maximum, which hides the reasoning the why-trail should show.
pub const MAX_STEP: u8 = 3;

/// One effect, as written in questionnaire and knowledge-base files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub enum Effect {
    /// Raises a risk's inherent likelihood and/or severity by the given steps (0 to 3 each).
    Raise {
        /// The risk's id in the knowledge base.
        risk: String,
        /// Steps added to the likelihood.
        #[serde(default)]
        likelihood: u8,
        /// Steps added to the severity.
        #[serde(default)]
        severity: u8,
        /// The named exposure (of the knowledge base) this is evidence of. Raises of one risk
        /// that are evidence of the same exposure count once: the strongest sets the amount and
        /// the others corroborate it. Without one, the raise is an exposure of its own.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exposure: Option<String>,
    },
    /// The answer means this safeguard (a control of the knowledge base) is in place.
    Safeguard(String),
    /// The answer meets this WP248 screening criterion.
    Criterion(Criterion),
}

impl Effect {
    /// The steps this effect raises a risk by (likelihood plus severity); 0 for effects that
    /// raise nothing. Used to tell the more exposed of two answers.
    pub fn raise_steps(&self) -> u32 {
        match self {
            Effect::Raise {
                likelihood,
                severity,
                ..
            } => u32::from(*likelihood) + u32::from(*severity),
            Effect::Safeguard(_) | Effect::Criterion(_) => 0,
        }
    }
}

/// What kinds of effect a place in a file may carry, for validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Allowed {
    /// Options of questions may carry every kind.
    Any,
    /// App facts and rules may only raise risks: neither is a safeguard the organisation runs,
    /// nor an answer to a screening question.
    RaiseOnly,
}

/// What an effect may refer to: the knowledge base's risks, controls and exposures.
pub(crate) struct References<'a> {
    /// Whether a risk id exists.
    pub risk: &'a dyn Fn(&str) -> bool,
    /// Whether a control id exists.
    pub control: &'a dyn Fn(&str) -> bool,
    /// Whether an exposure id exists.
    pub exposure: &'a dyn Fn(&str) -> bool,
}

/// Checks that an effect's references resolve and its steps are in range, recording problems at
/// `path` (see [`crate::source::SourceFile::locate`]).
pub(crate) fn check_effect(
    effect: &Effect,
    allowed: Allowed,
    path: &[&str],
    exists: &References<'_>,
    findings: &mut Findings<'_>,
) {
    match effect {
        Effect::Raise {
            risk,
            likelihood,
            severity,
            exposure,
        } => {
            let at = [path, &[risk.as_str()]].concat();
            if !(exists.risk)(risk) {
                findings.error(&at, Said::new("effect-unknown-risk").with("risk", risk));
            }
            if let Some(exposure) = exposure.as_deref()
                && !(exists.exposure)(exposure)
            {
                findings.error(
                    &[path, &[exposure]].concat(),
                    Said::new("effect-unknown-exposure").with("exposure", exposure),
                );
            }
            for (field, step) in [("likelihood", likelihood), ("severity", severity)] {
                if *step > MAX_STEP {
                    findings.error_at_field(
                        &at,
                        field,
                        Said::new("effect-step-out-of-range")
                            .with("risk", risk)
                            .with("field", field)
                            .with("max", MAX_STEP)
                            .with("step", step),
                    );
                }
            }
            if *likelihood == 0 && *severity == 0 {
                findings.error(&at, Said::new("effect-raises-nothing").with("risk", risk));
            }
        }
        Effect::Safeguard(control) => {
            let at = [path, &[control.as_str()]].concat();
            if allowed == Allowed::RaiseOnly {
                findings.error(
                    &at,
                    Said::new("effect-only-raise").with("effect", "Safeguard"),
                );
            } else if !(exists.control)(control) {
                findings.error(
                    &at,
                    Said::new("effect-unknown-control").with("control", control),
                );
            }
        }
        Effect::Criterion(_) => {
            if allowed == Allowed::RaiseOnly {
                findings.error(
                    path,
                    Said::new("effect-only-raise").with("effect", "Criterion"),
                );
            }
        }
    }
}
