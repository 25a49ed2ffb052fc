//! The residual rating: what the safeguards in place (or any set of measures) leave of a risk.
//! This is the one place a residual rating is computed: the why-trail's residual steps
//! ([`add_residual_steps`]) and the fast sum "what it would take" calls many times
//! ([`residual_with`]) come from the same amounts, so they can never disagree.

use super::{Cause, Phase, Rating, RiskResult, Step};
use crate::effect::Effect;
use crate::knowledge::{Control, KnowledgeBase, Reduction};
use crate::scale::Scale;

/// Appends the residual steps to an inherent trail (the excess carried over from above the
/// scale, then each control's reduction) and returns the residual rating. This is the one
/// place a residual rating is computed: the why-trail, the stance and "what it would take" all
/// come through here, so they can never disagree.
pub(super) fn add_residual_steps(
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

/// What an exposure adds to a risk in its inherent steps: (exposure, likelihood, severity).
pub(super) fn contribution<'e>(inherent: &[Step], exposure: &'e str) -> (&'e str, i32, i32) {
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
pub(super) fn settle(trail: &mut Vec<Step>, phase: Phase) -> Rating {
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
