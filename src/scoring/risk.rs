//! Rating one app's risks: baseline, raises from answers, app facts and rules, then the
//! safeguards in place.

use super::effects::Collected;
use super::{AppResult, Cause, Measures, Phase, Rating, RiskResult, Step, decision};
use crate::answer::Answers;
use crate::effect::Effect;
use crate::knowledge::{App, Control, KnowledgeBase, Reduction, Risk};
use crate::questionnaire::Questionnaire;
use crate::scale::{RiskLevel, Scale};

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

/// Appends the residual steps to an inherent trail (the excess carried over from above the
/// scale, then each control's reduction) and returns the residual rating. This is the one
/// place a residual rating is computed: the why-trail, the stance and "what it would take" all
/// come through here, so they can never disagree.
fn add_residual_steps(
    trail: &mut Vec<Step>,
    risk: &str,
    controls: &[&str],
    knowledge: &KnowledgeBase,
) -> Rating {
    let carried = carried_over(trail);
    let reduced = reductions(risk, controls, knowledge, trail);
    trail.extend(carried);
    trail.extend(reduced);
    trail.extend(
        brought_amounts(risk, controls, knowledge).map(|(control, exposure, l, s)| Step {
            cause: Cause::BroughtBy(control.id.clone()),
            phase: Phase::Residual,
            likelihood: l,
            severity: s,
            exposure: exposure.map(str::to_string),
        }),
    );
    settle(trail, Phase::Residual)
}

/// Raises beyond the top of the scale are not forgotten once the inherent rating is capped at 4:
/// safeguards must offset them before the residual rating comes down. Without this, an app the
/// provider can read would look as safe as any other once a few unrelated safeguards are in
/// place. The step undoes the cap, so the trail still adds up to the residual rating.
fn carried_over(trail: &[Step]) -> Option<Step> {
    let cap = trail
        .iter()
        .rev()
        .find(|s| s.phase == Phase::Inherent && s.cause == Cause::ScaleLimit)?;
    let likelihood = (-cap.likelihood).max(0);
    let severity = (-cap.severity).max(0);
    (likelihood > 0 || severity > 0).then_some(Step {
        cause: Cause::AboveScale,
        phase: Phase::Residual,
        likelihood,
        severity,
        exposure: None,
    })
}

/// What each of the given controls takes off one risk, in knowledge-base order: the control,
/// the reduction and the (likelihood, severity) steps it really takes. A reduction that
/// addresses a named exposure takes off at most what that exposure still adds to the risk in
/// `inherent` (shared among the controls addressing it), so a control never lowers a risk
/// through a weakness it does not address, nor below what the other evidence leaves. The
/// why-trail's steps and [`residual_with`]'s sums both come from here.
fn reduction_amounts<'k>(
    risk: &str,
    controls: &[&str],
    knowledge: &'k KnowledgeBase,
    inherent: &[Step],
) -> Vec<(&'k Control, &'k Reduction, i32, i32)> {
    let mut left: Vec<(&str, i32, i32)> = Vec::new();
    let mut amounts = Vec::new();
    for control in knowledge
        .controls
        .iter()
        .filter(|control| controls.contains(&control.id.as_str()))
    {
        for reduction in control.reduces.iter().filter(|r| r.risk == risk) {
            let mut likelihood = i32::from(reduction.likelihood);
            let mut severity = i32::from(reduction.severity);
            let exposure = reduction.exposure.as_str();
            let index = left
                .iter()
                .position(|(e, ..)| *e == exposure)
                .unwrap_or_else(|| {
                    left.push(contribution(inherent, exposure));
                    left.len() - 1
                });
            let (_, l, s) = &mut left[index];
            likelihood = likelihood.min(*l);
            severity = severity.min(*s);
            *l -= likelihood;
            *s -= severity;
            if likelihood > 0 || severity > 0 {
                amounts.push((control, reduction, likelihood, severity));
            } else if offset_before(&amounts, reduction) {
                // Another measure already took off all this exposure added: listed at zero so
                // the reader sees the measure counted, and why it takes nothing more.
                amounts.push((control, reduction, 0, 0));
            }
        }
    }
    amounts
}

/// Whether an earlier measure took a share of the same exposure, on a dimension `reduction`
/// addresses: the exposure is here, and already offset.
fn offset_before(amounts: &[(&Control, &Reduction, i32, i32)], reduction: &Reduction) -> bool {
    amounts.iter().any(|(_, earlier, likelihood, severity)| {
        earlier.exposure == reduction.exposure
            && ((reduction.likelihood > 0 && *likelihood > 0)
                || (reduction.severity > 0 && *severity > 0))
    })
}

/// What the given controls bring to one risk themselves (their `brings`), in knowledge-base
/// order: the control, the exposure named and the (likelihood, severity) raise.
fn brought_amounts<'k>(
    risk: &'k str,
    controls: &'k [&str],
    knowledge: &'k KnowledgeBase,
) -> impl Iterator<Item = (&'k Control, Option<&'k str>, i32, i32)> + 'k {
    knowledge
        .controls
        .iter()
        .filter(move |control| controls.contains(&control.id.as_str()))
        .flat_map(move |control| {
            control
                .brings
                .iter()
                .filter_map(move |effect| match effect {
                    Effect::Raise {
                        risk: target,
                        likelihood,
                        severity,
                        exposure,
                    } if target == risk => Some((
                        control,
                        exposure.as_deref(),
                        i32::from(*likelihood),
                        i32::from(*severity),
                    )),
                    _ => None,
                })
        })
}

/// The why-trail steps of [`reduction_amounts`].
fn reductions(
    risk: &str,
    controls: &[&str],
    knowledge: &KnowledgeBase,
    inherent: &[Step],
) -> Vec<Step> {
    reduction_amounts(risk, controls, knowledge, inherent)
        .into_iter()
        .map(|(control, reduction, likelihood, severity)| Step {
            cause: Cause::Safeguard(control.id.clone()),
            phase: Phase::Residual,
            likelihood: -likelihood,
            severity: -severity,
            exposure: Some(reduction.exposure.clone()),
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

/// What an exposure adds to a risk in its inherent steps: (exposure, likelihood, severity).
fn contribution<'e>(inherent: &[Step], exposure: &'e str) -> (&'e str, i32, i32) {
    let of = inherent
        .iter()
        .filter(|s| s.phase == Phase::Inherent && s.exposure.as_deref() == Some(exposure));
    // The base rating stands for its exposure only above the bottom of the scale.
    let (likelihood, severity) = of.fold((0, 0), |(l, s), step| match step.cause {
        Cause::Baseline => (l + step.likelihood - 1, s + step.severity - 1),
        _ => (l + step.likelihood, s + step.severity),
    });
    (exposure, likelihood, severity)
}

/// Adds up the trail so far; when the sum leaves the 1–4 scale, appends the step that brings it
/// back, so the trail always adds up to the rating it explains.
fn settle(trail: &mut Vec<Step>, phase: Phase) -> Rating {
    let likelihood: i32 = trail.iter().map(|s| s.likelihood).sum();
    let severity: i32 = trail.iter().map(|s| s.severity).sum();
    let rating = Rating::new(
        Scale::MIN.shifted(likelihood - 1),
        Scale::MIN.shifted(severity - 1),
    );
    let back_l = i32::from(rating.likelihood.get()) - likelihood;
    let back_s = i32::from(rating.severity.get()) - severity;
    if back_l != 0 || back_s != 0 {
        trail.push(Step {
            cause: Cause::ScaleLimit,
            phase,
            likelihood: back_l,
            severity: back_s,
            exposure: None,
        });
    }
    rating
}

/// The residual rating a risk would have with these controls in place (and no others): the
/// sum the why-trail would add up to, from the same steps ([`carried_over`] and
/// [`reduction_amounts`]), without building the trail. "What it would take" calls it for many
/// sets of measures.
pub(super) fn residual_with(
    result: &RiskResult,
    controls: &[&str],
    knowledge: &KnowledgeBase,
) -> Rating {
    let inherent: &[Step] = match result.trail.iter().position(|s| s.phase == Phase::Residual) {
        Some(end) => &result.trail[..end],
        None => &result.trail,
    };
    let mut likelihood: i32 = inherent.iter().map(|s| s.likelihood).sum();
    let mut severity: i32 = inherent.iter().map(|s| s.severity).sum();
    if let Some(carried) = carried_over(inherent) {
        likelihood += carried.likelihood;
        severity += carried.severity;
    }
    for (_, _, l, s) in reduction_amounts(&result.risk, controls, knowledge, inherent) {
        likelihood -= l;
        severity -= s;
    }
    for (_, _, l, s) in brought_amounts(&result.risk, controls, knowledge) {
        likelihood += l;
        severity += s;
    }
    // The assessor's correction applies to the computed rating, within the scale.
    let (judged_l, judged_s) = super::judgement::correction(&result.trail);
    Rating::new(
        Scale::MIN.shifted(likelihood - 1).shifted(judged_l),
        Scale::MIN.shifted(severity - 1).shifted(judged_s),
    )
}

#[cfg(test)]
mod tests {
    use super::residual_with;
    use crate::assessment::Assessment;
    use crate::bundle::Bundle;
    use crate::embedded;
    use crate::source::SourceFile;

    /// One residual maths: the fast sum the stance search uses gives the rating the why-trail
    /// adds up to, for every risk of every shipped example.
    #[test]
    fn residual_with_the_safeguards_in_place_is_the_residual_of_the_trail() {
        let bundle = Bundle::load(
            &embedded::knowledge_base_source(),
            &embedded::questionnaire_sources()[0],
        )
        .unwrap();
        // The shipped examples, and the format 5 sample, whose assessor raises a likelihood.
        let judged = (
            "format-5.ron",
            include_str!("../../tests/formats/format-5.ron"),
        );
        let files = embedded::EXAMPLES
            .iter()
            .map(|example| (example.name, example.text))
            .chain([judged]);
        for (name, text) in files {
            let assessment = Assessment::load(&SourceFile::new(name, text))
                .unwrap()
                .value;
            let scoring = bundle.score(&assessment);
            for app in &scoring.apps {
                let in_place: Vec<&str> =
                    app.safeguards.iter().map(|s| s.control.as_str()).collect();
                for risk in &app.risks {
                    assert_eq!(
                        residual_with(risk, &in_place, &bundle.knowledge),
                        risk.residual,
                        "{}: {}",
                        name,
                        risk.risk
                    );
                }
            }
        }
    }
}
