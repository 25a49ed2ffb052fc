//! What an answer, an app fact or a rule does to the assessment: raise a risk, stand for a
//! safeguard in place, or meet a WP248 screening criterion.

use crate::diagnostic::Findings;
use crate::wp248::Criterion;
use serde::{Deserialize, Serialize};

/// The largest step one effect may take on a 1–4 scale. Larger steps would let a single answer
/// jump a risk from negligible to maximum, which hides the reasoning the why-trail should show.
pub const MAX_STEP: u8 = 3;

/// One effect, as written in questionnaire and knowledge-base files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    },
    /// The answer means this safeguard (a control of the knowledge base) is in place.
    Safeguard(String),
    /// The answer meets this WP248 screening criterion.
    Criterion(Criterion),
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

/// Checks that an effect's references resolve and its steps are in range, recording problems at
/// `path` (see [`crate::source::SourceFile::locate`]).
pub(crate) fn check_effect(
    effect: &Effect,
    allowed: Allowed,
    path: &[&str],
    risk_exists: &dyn Fn(&str) -> bool,
    control_exists: &dyn Fn(&str) -> bool,
    findings: &mut Findings<'_>,
) {
    match effect {
        Effect::Raise {
            risk,
            likelihood,
            severity,
        } => {
            let at = [path, &[risk.as_str()]].concat();
            if !risk_exists(risk) {
                findings.error(&at, format!("`{risk}` is not a risk of the knowledge base"));
            }
            if *likelihood > MAX_STEP || *severity > MAX_STEP {
                findings.error(
                    &at,
                    format!("raising `{risk}`: each step must be between 0 and {MAX_STEP}"),
                );
            }
            if *likelihood == 0 && *severity == 0 {
                findings.error(
                    &at,
                    format!("raising `{risk}` by 0 likelihood and 0 severity does nothing; give `likelihood` or `severity`"),
                );
            }
        }
        Effect::Safeguard(control) => {
            let at = [path, &[control.as_str()]].concat();
            if allowed == Allowed::RaiseOnly {
                findings.error(
                    &at,
                    "only `Raise` effects are allowed here, not `Safeguard`",
                );
            } else if !control_exists(control) {
                findings.error(
                    &at,
                    format!("`{control}` is not a control (safeguard) of the knowledge base"),
                );
            }
        }
        Effect::Criterion(_) => {
            if allowed == Allowed::RaiseOnly {
                findings.error(
                    path,
                    "only `Raise` effects are allowed here, not `Criterion`",
                );
            }
        }
    }
}
