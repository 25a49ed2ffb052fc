//! The questionnaire's consistency checks: answers that contradict each other or the knowledge
//! base become findings for the DPO to resolve. They change no rating.

use super::Finding;
use crate::answer::Answers;
use crate::knowledge::App;
use crate::questionnaire::Questionnaire;

/// Every check whose condition holds, once (or once per app, for checks that look at the app).
/// `active` are the answers as given, not the provisional ones: a contradiction must be the
/// user's, never one the "don't know" stand-ins made up.
pub(super) fn findings(
    questionnaire: &Questionnaire,
    active: &Answers,
    apps: &[Option<&App>],
) -> Vec<Finding> {
    let mut found = Vec::new();
    for check in &questionnaire.consistency {
        if check.when.mentions_app() {
            for app in apps.iter().flatten() {
                if check.when.holds(active, Some(app)) {
                    found.push(Finding::Inconsistent {
                        check: check.id.clone(),
                        app: Some(app.id.clone()),
                    });
                }
            }
        } else if check.when.holds(active, None) {
            found.push(Finding::Inconsistent {
                check: check.id.clone(),
                app: None,
            });
        }
    }
    found
}
