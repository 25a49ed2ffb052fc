//! Rating one app's risks: baseline, raises from answers, app facts and rules, then the
//! safeguards in place.

use super::effects::Collected;
use super::residual::{add_residual_steps, contribution, residual_with, settle};
use super::{AppResult, Cause, Measures, Phase, RiskResult, Step, decision};
use crate::answer::Answers;
use crate::effect::Effect;
use crate::knowledge::{App, Control, KnowledgeBase, Risk};
use crate::questionnaire::Questionnaire;
use crate::scale::RiskLevel;

/// One raise of one risk, whatever caused it.
struct Raise {
    cause: Cause,
    risk: String,
    likelihood: u8,
    severity: u8,
    exposure: Option<String>,
}

/// Scores every risk for one app (or for no app) and decides the stance.
pub(super) fn assess_app(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    active: &Answers,
    collected: &Collected,
    measures: &Measures,
    app: Option<&App>,
    overrides: &[crate::assessment::RiskOverride],
) -> AppResult {
    let rules_applied: Vec<String> = questionnaire
        .rules
        .iter()
        .filter(|rule| rule.when.holds(active, app))
        .map(|rule| rule.id.clone())
        .collect();
    let raises = all_raises(questionnaire, knowledge, collected, app, &rules_applied);
    // A safeguard the app cannot have (an optional mode it lacks) does not count for it.
    let available = |control: &str| {
        knowledge
            .control(control)
            .is_some_and(|c| c.available_for(app))
    };
    let in_place: Vec<&str> = measures
        .in_place
        .iter()
        .map(|s| s.control.as_str())
        .filter(|c| available(c))
        .collect();
    let unavailable: Vec<String> = measures
        .in_place
        .iter()
        .map(|s| s.control.clone())
        .filter(|c| !available(c))
        .collect();
    let mut with_plan = in_place.clone();
    with_plan.extend(
        measures
            .planned
            .iter()
            .map(String::as_str)
            .filter(|c| available(c)),
    );
    let risks: Vec<RiskResult> = knowledge
        .risks
        .iter()
        .map(|risk| {
            let mut result = rate_risk(risk, &raises, &in_place, knowledge);
            super::judgement::apply(&mut result, app.map(|a| a.id.as_str()), overrides);
            result.planned = residual_with(&result, &with_plan, knowledge);
            result
        })
        .collect();
    // A measure is possible when the app offers it and the situation calls for it (no
    // group-owner measure without groups, no client consent without clients).
    let possible = |c: &Control| c.available_for(app) && !measures.inapplicable.contains(&c.id);
    let decision = decision::decide(knowledge, &risks, &in_place, &possible);
    let recommended = decision::recommended_measures(knowledge, &risks, &in_place, &possible);
    let prior_consultation = risks.iter().any(|r| r.residual.level >= RiskLevel::High);
    let out_of_scope = knowledge
        .controls
        .iter()
        .filter(|c| !possible(c))
        .map(|c| c.id.clone())
        .collect();
    AppResult {
        app: app.map(|a| a.id.clone()),
        risks,
        safeguards: measures
            .in_place
            .iter()
            .filter(|s| available(&s.control))
            .cloned()
            .collect(),
        unavailable,
        decision,
        recommended,
        prior_consultation,
        rules_applied,
        out_of_scope,
    }
}

fn all_raises(
    questionnaire: &Questionnaire,
    knowledge: &KnowledgeBase,
    collected: &Collected,
    app: Option<&App>,
    rules_applied: &[String],
) -> Vec<Raise> {
    let mut raises: Vec<Raise> = collected
        .raises
        .iter()
        .map(|r| Raise {
            cause: Cause::Answer(r.because.clone()),
            risk: r.risk.clone(),
            likelihood: r.likelihood,
            severity: r.severity,
            exposure: r.exposure.clone(),
        })
        .collect();
    if let Some(app) = app {
        for definition in &knowledge.facts {
            let cause = Cause::Fact {
                app: app.id.clone(),
                fact: definition.id.clone(),
            };
            let effects = definition.effects_of(app.fact_value(&definition.id));
            raises.extend(raises_of(effects, &cause));
        }
    }
    for rule in questionnaire
        .rules
        .iter()
        .filter(|r| rules_applied.contains(&r.id))
    {
        raises.extend(raises_of(&rule.effects, &Cause::Rule(rule.id.clone())));
    }
    raises
}

fn raises_of<'e>(effects: &'e [Effect], cause: &'e Cause) -> impl Iterator<Item = Raise> + 'e {
    effects.iter().filter_map(move |effect| match effect {
        Effect::Raise {
            risk,
            likelihood,
            severity,
            exposure,
        } => Some(Raise {
            cause: cause.clone(),
            risk: risk.clone(),
            likelihood: *likelihood,
            severity: *severity,
            exposure: exposure.clone(),
        }),
        _ => None,
    })
}

fn rate_risk(
    risk: &Risk,
    raises: &[Raise],
    in_place: &[&str],
    knowledge: &KnowledgeBase,
) -> RiskResult {
    let mut trail = vec![Step {
        cause: Cause::Baseline,
        phase: Phase::Inherent,
        likelihood: i32::from(risk.base_likelihood.get()),
        severity: i32::from(risk.base_severity.get()),
        exposure: risk.base_exposure.clone(),
    }];
    let of_risk: Vec<&Raise> = raises.iter().filter(|r| r.risk == risk.id).collect();
    trail.extend(counted_once(&of_risk));
    let inherent = settle(&mut trail, Phase::Inherent);
    let residual = add_residual_steps(&mut trail, &risk.id, in_place, knowledge);
    RiskResult {
        risk: risk.id.clone(),
        inherent,
        residual,
        planned: residual,
        computed: None,
        trail,
    }
}

/// The inherent steps of one risk's raises, each exposure counted once: among the raises that
/// are evidence of the same exposure, the first with the largest likelihood step sets the
/// likelihood and the first with the largest severity step sets the severity; the others stay
/// in the trail at zero, as corroboration. Raises without an exposure count in full.
fn counted_once(raises: &[&Raise]) -> Vec<Step> {
    let strongest = |exposure: &str, dimension: fn(&Raise) -> u8| -> Option<usize> {
        let largest = raises
            .iter()
            .filter(|r| r.exposure.as_deref() == Some(exposure))
            .map(|r| dimension(r))
            .max()?;
        raises
            .iter()
            .position(|r| r.exposure.as_deref() == Some(exposure) && dimension(r) == largest)
    };
    raises
        .iter()
        .enumerate()
        .map(|(index, raise)| {
            let (likelihood, severity) = match raise.exposure.as_deref() {
                None => (raise.likelihood, raise.severity),
                Some(exposure) => (
                    if strongest(exposure, |r| r.likelihood) == Some(index) {
                        raise.likelihood
                    } else {
                        0
                    },
                    if strongest(exposure, |r| r.severity) == Some(index) {
                        raise.severity
                    } else {
                        0
                    },
                ),
            };
            Step {
                cause: raise.cause.clone(),
                phase: Phase::Inherent,
                likelihood: i32::from(likelihood),
                severity: i32::from(severity),
                exposure: raise.exposure.clone(),
            }
        })
        .collect()
}

impl RiskResult {
    /// The exposures that raise this risk before safeguards, each with the steps it adds
    /// (likelihood plus severity, counted as [`contribution`] counts them), largest first and
    /// ties in the order of the trail.
    pub fn exposures_raising(&self) -> Vec<(&str, i32)> {
        let mut seen: Vec<&str> = Vec::new();
        for exposure in self.trail.iter().filter_map(|s| s.exposure.as_deref()) {
            if !seen.contains(&exposure) {
                seen.push(exposure);
            }
        }
        let mut raising: Vec<(&str, i32)> = seen
            .into_iter()
            .map(|exposure| contribution(&self.trail, exposure))
            .map(|(exposure, likelihood, severity)| (exposure, likelihood + severity))
            .filter(|(_, amount)| *amount > 0)
            .collect();
        raising.sort_by_key(|(_, amount)| std::cmp::Reverse(*amount));
        raising
    }
}
