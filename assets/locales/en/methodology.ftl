# The methodology the report ends with (and docs/methodology.md).

## The appendix's title and headings

method-title = Appendix D: methodology
method-feared-heading = Risks and CNIL's feared events
method-exposures-heading = Exposures counted once
method-scales-heading = Scales
method-own-rating-heading = The assessor's own rating
method-level-heading = Level
method-stance-heading = Stance rule
method-screening-heading = Screening
method-sources-heading = Sources and staleness

## Tables: each risk under its feared event, the exposures, and the level of each likelihood and
## severity (severity down, likelihood across; a row is a point of the scale and its name).

method-feared-event = Feared event (CNIL)
method-risks-assessed = Risks assessed
method-exposure = Exposure
method-exposure-what = What it is
method-levels-corner = Severity \ Likelihood
method-scale-row = { $point } { $name }

## The method in words

method-feared-text = Each risk assessed is one of the three feared events of the CNIL's PIA method.
method-exposures-text = Answers, app facts and rules are evidence of named exposures. Evidence of the same exposure raises a risk once: the strongest piece sets the amount and the others are listed in the why-trail as corroboration. A measure that addresses an exposure lowers a risk by at most what that exposure added to it, so no measure lowers a risk through a weakness it does not address. Every measure names the exposures it addresses. A risk's starting point stands for the exposure every use carries (phones get lost, people misaddress messages, messages carry personal data), which only the measures that address it can lower. A measure may bring an exposure of its own (a capture service keeps a copy of every message), which counts whenever the measure does. Measures the app cannot have (an optional end-to-end mode it lacks, an administered edition it does not offer) are neither counted nor proposed.
method-scales-text = Likelihood and severity use the CNIL scales: 1 negligible, 2 limited, 3 significant, 4 maximum. Each risk starts from a baseline in the knowledge base. Answers, facts about the app and legal rules raise it by whole steps; the inherent rating is the sum kept within 1–4 (the why-trail shows when this happens). Each safeguard in place then lowers it by the steps the knowledge base gives, never below 1; raises beyond the top of the scale are offset first, so a risk driven far past the maximum needs more safeguards to come down. A safeguard can only lower a risk, never raise it.
method-own-rating-text = Where the assessor knows better than the method (two phones stolen this year, a team that never discusses matters on the app), they may set a risk's likelihood, severity or both with safeguards in place, giving their reason. Their rating then counts for the level, the stance and prior consultation; the method's rating stays beside it in the register, and the why-trail ends with their step and reason. The correction carries over to the rating once the action plan is done. A rating without a reason does not count, and is listed among the findings. The assessor may also add risks the catalogue does not cover, rated by them before any measure, and measures of their own that lower those risks; both are scored, reported and planned like the catalogue's.
method-level-text = The level is the product of likelihood and severity: 1–3 low, 4–6 medium, 8–9 high, 12–16 very high.

## The stance rule, one bullet each. `$forbid`, `$define`, `$accept` and `$incomplete` are the
## stance words as the report writes them (`stance-forbid`…: FORBID, DEFINE, ACCEPT, INCOMPLETE).

method-stance-forbid = { $forbid } when any residual risk is very high.
method-stance-high = When a residual risk is high: { $define } if measures not yet in place would bring every high risk to medium or lower (the smallest such set of measures becomes the conditions of use, with the safeguards in place that the stance relies on); otherwise { $forbid }.
method-stance-define = { $define } when every residual risk is medium or lower but some are only because of safeguards in place (their inherent level is high or very high); those safeguards become the conditions of use.
method-stance-accept = { $accept } otherwise.
method-stance-would-take = Under { $forbid }, the report says what it would take to allow the use on conditions: the smallest set of measures that brings every high or very high risk to medium or lower, or that no measure can, because the exposure comes from the provider, its jurisdiction or the data.
method-stance-incomplete = No stance while a required question is unanswered: the result is { $incomplete } and the report a draft. For a provisional view only, a missing answer counts as "don't know", and "don't know" counts as the exposed answer (an exposure that cannot be ruled out is assumed), never as a safeguard in place.
method-stance-planned = Planned is not done: a measure of the action plan counts as in place only once the plan marks it done. Each risk is also rated as it will be once the whole plan is done.
method-stance-prior = Prior consultation is flagged when a high or very high residual risk remains; whether it is a duty, and with which authority, follows the applicable law (GDPR Art. 36, UK GDPR Art. 36, FADP Art. 23; none under the Hong Kong PDPO or the PRC PIPL).

## Screening, and how an app's facts are sourced and checked again. `$threshold` is the number
## of criteria that make a DPIA required, in words ("two"); `$check_months` and `$old_months`
## are numbers of months; `$date` is the report's date.

method-screening-text = A WP248 criterion is met when an answer meets it; a DPIA is required when { $threshold } or more are met.
method-sources-text = Every app fact carries its source, whether that source is primary (the vendor's own policy, documentation or white paper, a regulator, a statute, an official list, the published audit itself) or secondary (used only where no primary was found), the date the source itself states (or that it states none), and the day the fact was last checked against it. A fact is flagged to be checked again when it was last checked more than { $check_months } months before the report date, or when it rests on a page the vendor keeps updating (a policy, terms, a help page) whose version is dated more than { $old_months } months before it (a month or a year counts from its last day); a fixed publication such as a white paper version, an audit or a statute keeps its date.
method-sources-text-dated = Every app fact carries its source, whether that source is primary (the vendor's own policy, documentation or white paper, a regulator, a statute, an official list, the published audit itself) or secondary (used only where no primary was found), the date the source itself states (or that it states none), and the day the fact was last checked against it. A fact is flagged to be checked again when it was last checked more than { $check_months } months before the report date ({ $date }), or when it rests on a page the vendor keeps updating (a policy, terms, a help page) whose version is dated more than { $old_months } months before it (a month or a year counts from its last day); a fixed publication such as a white paper version, an audit or a statute keeps its date.
