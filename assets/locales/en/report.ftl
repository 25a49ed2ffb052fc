# The report's words (and the command line's, which prints the same results).

## Dates and numbers in the report's language. `$iso` is 2026-12-02; `$year`, `$month`, `$day` its parts.
date = { $iso }
number-grouping = {","}
number-decimal = {"."}

## The stances and the document's status.
stance-accept = ACCEPT
stance-define = DEFINE
stance-forbid = FORBID
stance-incomplete = INCOMPLETE
stance-meaning-accepted = The use may go ahead; the residual risk was accepted by { $by } on { $on }.
stance-meaning-accept = The use may go ahead once the residual risk has been accepted at sign-off.
stance-meaning-define = The use is allowed only for the defined purposes and only under the conditions listed.
stance-meaning-forbid = The use should be prohibited for business purposes.
verdict-provisional = Provisional result, for guidance only, with missing answers counted as "don't know".
status-draft = Draft
status-in-review = In review
status-approved = Approved
status-draft-text = Draft: not yet reviewed or approved; it records no decision
status-in-review-text = In review: sign-off is not complete, so it records no decision yet
status-approved-text = Approved by { $by } on { $on }

## How sentences and lists are joined.
sentence-separator = {" "}
list-semicolon = {"; "}
quantity-with-unit = { $quantity } { $unit }

## The applicable law.
law-undetermined = Applicable law: not determined until the questions on where the organisation is established and where the people are have been answered.
law-heading = Applicable law.
law-assessment-duty = { $law }, enforced by { $authority }: an impact assessment is a duty ({ $reference }).
law-assessment-good-practice = { $law }, enforced by { $authority }: an impact assessment is good practice, not a duty ({ $reference }).
law-assessment-not-required = { $law }, enforced by { $authority }: no impact assessment is required.
law-assessment-check = { $law }, enforced by { $authority }: whether an impact assessment is required must be checked under that law.

## The WP248 rev.01 screening criteria, as the guidelines word them.
criterion-evaluation = Evaluation or scoring
criterion-automated-decisions = Automated decision-making with legal or similar significant effect
criterion-monitoring = Systematic monitoring
criterion-sensitive-data = Sensitive data or data of a highly personal nature
criterion-large-scale = Data processed on a large scale
criterion-matching = Matching or combining datasets
criterion-vulnerable = Data concerning vulnerable data subjects
criterion-innovative = Innovative use or applying new technological or organisational solutions
criterion-prevents-rights = Processing that prevents data subjects from exercising a right or using a service

## Regions of the knowledge base, as a sentence names them.
region-eea = the EU/EEA
region-uk = the UK
region-switzerland = Switzerland
region-hong-kong = Hong Kong
region-prc = mainland China
region-us = the US
region-other = other countries

## An app's provision, data location and closure.
data-location-unstated = not stated by the provider
data-location-partly-unstated = { $places }, and elsewhere not stated by the provider
provision-unknown = No source found says which company provides { $app } to an organisation in { $region }; the data is stored or processed in: { $places }.
provision-known = For an organisation in { $region }, { $app } is provided by { $provider }; the data is stored or processed in: { $places }.
app-closed-sentence = { $app } closed on { $on } ({ $source }); the facts below describe it as it was, and the use should move to another app.
no-app-chosen = No app chosen
# A name the files no longer hold (an app, risk, control, question, option, rule since removed or renamed): its id, marked so.
name-unknown = { $id } (unknown)

## Ratings and what a measure changes.
rating-words = { $level } (likelihood { $likelihood }, severity { $severity })
change-level = { $risk }: { $before } to { $after }
change-likelihood-lower = { $risk }: likelihood lower, still { $level }
change-likelihood-higher = { $risk }: likelihood higher, still { $level }
change-severity-lower = { $risk }: severity lower, still { $level }
change-severity-higher = { $risk }: severity higher, still { $level }

## Answers that do not fit the questionnaire, for the reader.
misfit-no-such-question = The file holds an answer (stored as “{ $stored }”) to a question that version { $version } of the questionnaire no longer asks; it is kept but not used.
misfit-answer-again = “{ $question }”: { $problem }. Please answer it again.
misfit-wrong-kind = the answer stored is { $found }, but the question asks for { $expected }
misfit-no-such-option = the answer stored names { $option }, an option the question does not offer
misfit-no-such-options = the answer stored names options the question does not offer: { $options }
misfit-no-such-app = the answer stored names “{ $app }”, which is not an app of the knowledge base
misfit-not-finite = the value stored is not a finite number
misfit-out-of-range = the number must be { $range }, and { $found } is stored
misfit-not-a-date = “{ $text }” is stored, which is not a date written YYYY-MM-DD
range-between = between { $min } and { $max }
range-at-least = { $min } or more
range-at-most = { $max } or less
range-any = within its range
kind-choice = a single choice
kind-choices = a multiple choice
kind-yes-no = a yes/no answer
kind-text = a text
kind-number = a number
kind-date = a date
kind-apps = a list of apps
kind-other = an answer of another kind

## The report: document and cover.
report-document-title = DPIA: business use of { $apps }
report-document-subject = Data protection impact assessment for { $organisation }
report-marking = CONFIDENTIAL
report-marking-draft = DRAFT · CONFIDENTIAL
report-no-app = no app chosen
report-cover-title = Data protection impact assessment
report-cover-lead = Business use of { $apps } by { $organisation }.
report-confidential = This assessment describes the organisation's processing and its weaknesses. Share it only with the people who need it.
report-cover-status = Status
report-cover-organisation = Organisation
report-cover-sector = Sector
report-cover-country = Country
report-cover-apps = App(s) assessed
report-cover-assessor = Assessor
report-cover-dpo = Data protection officer
report-cover-contributors = Contributors
report-cover-assessment-date = Assessment date
report-cover-review-date = Review date
report-cover-assessment-version = Assessment version
report-cover-report-date = Report date
report-contributor = { $name }, { $role }
report-status-review-overdue = { $status }; its review was due on { $due } and has not been recorded
report-document-control = Document control
report-history-version = Version
report-history-date = Date
report-history-by = By
report-history-changes = Changes
report-history-this-report = This report ({ $status })
report-distribution = Distribution
report-not-recorded = Not recorded
report-provenance = What this report was produced from
report-provenance-questionnaire = Questionnaire
report-provenance-questionnaire-sha = Questionnaire SHA-256
report-provenance-knowledge = Knowledge base
report-provenance-knowledge-sha = Knowledge base SHA-256

## The report: summary.
report-summary = Summary
report-draft-incomplete = DRAFT: { $incomplete }
report-questions-to-answer = Questions still to answer
report-provisionally = provisionally { $stance }
report-app-headline = { $app }: { $stance }
report-risk-rated = { $risk }: { $rating }
report-main-residual-risks = Main residual risks for { $app }
report-conditions-for = Conditions of use for { $apps }
report-condition-for-some = For { $apps }: { $condition }
report-measure-with-policy = { $measure }: { $policy }
report-overall-stance = Overall stance: { $stance }. Using the apps together is only as safe as the weakest of them.
report-findings = Findings to resolve
report-input-warnings = Warnings about the inputs
report-changes-title = Changes in the knowledge base since the last assessment
report-changes-note = This report uses the current facts; the changes above should be reviewed before it is signed.

## The report: screening, description, necessity.
report-screening = Screening
report-screening-intro = The nine criteria of the EDPB-endorsed WP29 guidelines on DPIAs (WP248 rev.01). Processing that meets two or more of them requires a DPIA in most cases.
report-screening-criterion = Criterion (WP248 rev.01)
report-screening-met = Met
report-screening-because = Because of the answer
report-yes = Yes
report-no = No
report-description-title = Systematic description of the processing
report-description-intro = The processing and its purposes, written from the answers.
report-description-intro-under-law = { $law }: the processing and its purposes, written from the answers.
report-necessity-title = Necessity and proportionality
report-necessity-intro = Why messaging is needed for the purpose, and how its use is kept in proportion.
report-necessity-intro-under-law = { $law }: why messaging is needed for the purpose, and how its use is kept in proportion.

## The report: risk registers, rules, maps.
report-register = Risk register: { $app }
report-register-risk = Risk
report-register-inherent = Inherent
report-register-residual = Residual
report-register-once-planned = Once the plan is done
report-register-own-rating =
    { $rating }
    The assessor's rating
    Computed: { $computed }
report-register-intro-with-plan = Likelihood (L) and severity (S) on the CNIL 1–4 scales, before safeguards (inherent), with the safeguards in place today (residual), and once every measure of the action plan is done. Only measures marked done count today. The risks are in order of their residual level; the main reasons for each follow, and Appendix B lists every step that produced the numbers.
report-register-intro = Likelihood (L) and severity (S) on the CNIL 1–4 scales, before safeguards (inherent) and with the safeguards in place (residual). The risks are in order of their residual level; the main reasons for each follow, and Appendix B lists every step that produced the numbers.
report-register-why = Why each risk is rated as it is
report-brief = { $risk }: { $reasons }
report-brief-same-as = { $risk }: for the same reasons as for { $app }, and with the same result.
report-rules-applied = Legal and jurisdiction rules applied
report-rule = { $rule }. { $explanation } { $citation }
report-rule-for-some = { $rule } (for { $apps }). { $explanation } { $citation }
report-no-rule = No legal or jurisdiction rule of the questionnaire applies to these answers and this app.
report-steps = Appendix B: how each rating was reached
report-steps-intro = Each table lists every step that produced a risk's rating: its starting point, the answers, the app's facts and the legal rules that raise it, and the safeguards in place that lower it. The inherent steps add up to the rating before safeguards, and all the steps to the rating with them.
report-step = Step
report-likelihood = Likelihood
report-severity = Severity
report-risk-levels = { $risk }: { $inherent } → { $residual }
report-risk-described = { $description } Harm to the people concerned: { $harm } Measures that reduce it: { $measures }.
report-maps = Risk maps
report-maps-intro = Each risk is placed by likelihood (across) and severity (up), before the safeguards and with the safeguards in place. The numbers refer to the table under the maps.
report-map-inherent = Before safeguards (inherent)
report-map-residual = With the safeguards in place (residual)
report-map-across = Likelihood → (1 negligible … 4 maximum)
report-map-up = Severity ↑
report-number = No.

## The report: comparison and recommendation.
report-comparison = App comparison
report-comparison-intro = The apps assessed, scored with the same answers. Appendix C gives each app's vendor, where its data goes, and each fact's detail, source and dates.
report-comparison-intro-with-candidates = The apps assessed and those only compared, all scored with the same answers: an app compared only is rated as if it replaced the one assessed, and takes no part in the stance. The facts are the knowledge base's, each with its source in Appendix E.
report-compared-only = { $app } (compared only)
report-stance = Stance
report-residual-of = Residual: { $risk }
report-vendor-jurisdiction = Vendor's jurisdiction
report-high-remaining = { $count ->
    [0] no residual risk high or above
    [one] one residual risk high or above
   *[other] { $count } residual risks high or above
}
report-recommend-none = Recommendation: none of the apps compared can be recommended; each is to be forbidden for this use as the answers stand.
report-recommend-compared = Recommendation: under the same answers, { $preferred } would leave the organisation better placed ({ $stance }, with { $remaining }). Assess { $count ->
    [one] it
   *[other] one of them
} in place of { $assessed } before changing app: the answers about the app and its safeguards may differ.
report-recommend-keep = Recommendation: none of the apps compared would leave the organisation better placed than { $assessed } under the same answers ({ $stance }, with { $remaining }).
report-recommend-equal = Recommendation: the apps compared leave the organisation equally placed ({ $stance }, with { $remaining } each); any of them may be used for the purposes assessed{ $conditions ->
    [yes] , under its conditions of use
   *[no] {""}
}.
report-recommend-best = Recommendation: of the apps compared, { $preferred } { $count ->
    [one] leaves
   *[other] leave
} the organisation best placed ({ $stance }, with { $remaining }); use { $count ->
    [one] it
   *[other] one of them
} for the purposes assessed{ $conditions ->
    [yes] , under its conditions of use
   *[no] {""}
}, and not the others.

## The report: app profile and facts.
report-profile = App profile: { $app }
report-profile-intro = The facts the assessment used; Appendix C gives each one's detail, source and dates.
report-fact = Fact
report-value = Value
report-detail = Detail
report-source = Source
report-checked = Checked
report-vendor = Vendor
report-source-checked = { $source }, checked { $checked }
report-facts = Appendix C: facts about the app
report-facts-no-app = No app was chosen.
report-no-transfer = The data does not leave the region.
report-provider-for = Provider for { $region }
report-provider-unknown = Not stated in any source found
report-data-location = Data stored or processed in
report-transfers = Transfers

## The report: measures and action plan.
report-measures-and-plan = Measures and action plan
report-recommended = Recommended measures
report-recommended-none = None: no measure in the knowledge base would lower a risk that is still medium or above.
report-recommended-intro = The measures that would lower a risk still medium or above, most useful first. The expected effect is each measure's own, added to the safeguards in place today.
report-measure = Measure
report-for = For
report-expected-effect = Expected effect
report-policy = Policy wording
report-all-apps = All the apps assessed
report-condition-mark = {" "}(condition of use)
report-condition-mark-for = {" "}(condition of use for { $apps })
report-effect-for = { $app }: { $changes }
report-effect-none = No rating changes on its own
report-in-place = Safeguards already in place
report-in-place-none = None reported.
report-in-place-list = { $measures }.
report-plan = Action plan
report-plan-none = No action plan has been recorded yet. The recommended measures above are the starting point.
report-plan-intro = Each measure's expected effect on its own; the risk register gives every rating once the whole plan is done.
report-plan-in-place = In place: counted in the residual ratings
report-owner = Owner
report-due = Due
report-measure-status = Status

## The report: consultation and sign-off.
report-consultation = Consultation
report-consultation-intro = After step 3 of the ICO's DPIA template: the views of the people concerned or their representatives (GDPR Art. 35(9)), and of those inside and outside the organisation who were involved, such as the processor or security experts.
report-consultation-none = No consultation is recorded. The record should say who was asked, how, when and what they said, or why it was not appropriate to ask.
report-consulted-who = Who
report-consulted-how = How
report-consulted-when = When
report-consulted-views = Their views
report-not-consulted-because = Why the people concerned were not consulted
report-sign-off = Sign-off
report-sign-off-intro = After step 7 of the ICO's DPIA template.
report-measures-approved-by = Measures approved by
report-risks-approved-by = Residual risks approved by
report-dpo-advice = DPO advice
report-dpo-advice-outcome = DPO advice accepted or overruled
report-overruled-because = Overruled. Reason: { $reason }
report-consultation-responses = Consultation responses
report-kept-under-review-by = Kept under review by
report-approved-on = { $by }, on { $on }
report-approved-on-nameless = — (dated { $on }, no name given)
report-signatures = Signatures
report-signature-role = Role
report-signature-name = Name
report-signature = Signature

## The report: appendix A and the sources.
report-answers = Appendix A: questions and answers
report-question = Question
report-answer = Answer
report-not-asked = Not asked (its condition was not met)
report-not-answered = Not answered
report-with-note =
    { $answer }
    Assessor's note: { $note }
report-misfits = Answers that do not fit this questionnaire
report-sources = Appendix E: sources
report-sources-intro = The works cited in this report, numbered in the order they are first cited. Each says whether it is a primary source (the vendor, a regulator, a statute, the analysis itself) or a secondary one, and the date it bears; Appendix C gives the day each fact was checked against it.

## What the renderers add around the report.
document-language = en-GB
document-contents = Contents
document-page-before = {"Page "}
document-page-between = {" of "}
document-page-after = {""}

## The command line: `msgdpia score` and `msgdpia report`.
score-stance = Stance: { $stance }
score-questions-to-answer = Questions still to answer:
score-condition = condition: { $measure }
score-assessor-rating = {" "}(assessor's rating; computed { $rating })
score-once-planned = {" "}({ $rating } once the plan is done)
score-short-rating = L{ $likelihood } S{ $severity } { $level }
score-finding = finding: { $text }
score-warning = warning: { $text }
cli-wrote = Wrote { $file } ({ $bytes } bytes): stance { $stance }
check-ok = OK: { $file }: { $summary }
check-knowledge-base = knowledge base { $id } { $version }: { $risks } risks, { $controls } controls, { $apps } apps
check-questionnaire = questionnaire { $id } { $version }: { $sections } sections, { $questions } questions, { $rules } rules
check-questionnaire-translation = translation of questionnaire { $id } { $version }: { $sections } sections, { $questions } questions
check-knowledge-base-translation = translation of knowledge base { $id } { $version }: { $risks } risks, { $exposures } exposures, { $controls } controls, { $facts } facts
check-assessment = assessment of { $organisation } answering { $id } { $version } ({ $answers } answers)
check-unknown-kind = cannot tell what kind of file this is: expected it to start with `Questionnaire(`, `QuestionnaireTranslation(`, `KnowledgeBase(`, `KnowledgeBaseTranslation(` or `Assessment(`
kb-diff-versions = Knowledge base { $old_id } { $old_version } → { $new_id } { $new_version }
kb-diff-reassessing = Re-assessing { $file }:
kb-diff-nothing-changes = The stance and every rating stay as they were.
kb-diff-stance = Stance: { $was } → { $now }
kb-diff-no-change = No app fact changed.
kb-diff-added = Apps added: { $apps }
kb-diff-removed = Apps removed: { $apps }
kb-diff-app = { $app }:
kb-diff-vendor = Vendor: description updated
kb-diff-jurisdiction = Vendor's jurisdiction: { $was } → { $now }
kb-diff-fact = { $fact }: { $was } → { $now }
kb-diff-fact-updated = { $fact }: same value, detail, source or dates updated
cli-batch-wrote = Wrote { $written } of { $total } reports to { $folder } in { $seconds } s{ $failed ->
    [0] {""}
   *[other] ; { $failed } failed (see above)
}
untranslated-questionnaire = the questionnaire { $id } { $version } has no translation into this language: its questions and answers keep their own words in the report
untranslated-knowledge-base = the knowledge base { $id } { $version } has no translation into this language: its risks and measures keep their own words in the report
# The CNIL PIA export and import (msgdpia export-pia, import-pia; docs/interop.md).
cnil-pia-measure-in-place = In place.
cnil-pia-measure-planned = Planned in the action plan, not yet done.
cnil-pia-gauge-basis = Set by msgdpia from the highest of its risks of this kind, as rated once the measures in place and those planned are done:
cnil-pia-risk-rated = { $risk }: likelihood { $likelihood } of 4, severity { $severity } of 4 ({ $level }).
cnil-pia-export-incomplete = the assessment is incomplete, so the risks are written without gauges: rate them in the CNIL tool, or finish the assessment and export it again
# The PIA's name in the CNIL tool's list: what is assessed and by whom, as on the report's cover.
cnil-pia-name = Business use of { $apps } by { $organisation }
cnil-pia-wrote = Wrote { $file } ({ $bytes } bytes): a CNIL PIA export, for the Import button of the CNIL's PIA tool
cnil-pia-not-json = this is not JSON: { $detail }
cnil-pia-wrong-structure = this is not shaped like a CNIL PIA export: { $detail }
cnil-pia-wrong-field = this is not shaped like a CNIL PIA export: at { $field }, { $detail }
cnil-pia-threats = Threats: { $list }
cnil-pia-sources = Risk sources: { $list }
cnil-pia-imported = Wrote { $file }: a new assessment from the CNIL PIA; answer its questions in msgdpia (msgdpia check { $file } lists them)
cnil-pia-all-mapped = Everything the CNIL PIA holds was carried into the new assessment.
cnil-pia-unmapped-heading = Not carried into the new assessment:
cnil-pia-unmapped-line = - { $place }: { $why }
cnil-pia-place-question = CNIL part { $item }, question { $question }
cnil-pia-place-answer = an answer to { $reference }
cnil-pia-place-risk-item = CNIL risk { $item }
cnil-pia-place-measure = the measure “{ $title }”
cnil-pia-place-untitled-measure = a measure without a title
cnil-pia-place-field = the PIA's { $field }
cnil-pia-place-evaluation = the evaluation of { $reference }
cnil-pia-place-pending = { $count ->
    [one] one evaluation submitted and pending
   *[other] { $count } evaluations submitted and pending
}
cnil-pia-place-comment = a comment on { $reference }
cnil-pia-own-risk-name = { $event } (rated in the CNIL PIA tool, planned measures counted)
cnil-pia-own-risk-basis = Rated in the CNIL PIA tool: seriousness { $severity } of 4, likelihood { $likelihood } of 4, “taking account of the existing or planned measures”. Planned is not done: this is not a rating of the risk as it stands today, and no measure of this assessment lowers it. Rate it before any measure, add the measures that lower it, and rename it.
cnil-pia-why-not-text = the CNIL tool writes text there; this is not text
cnil-pia-why-no-question = msgdpia asks nothing on this subject in words
cnil-pia-why-measure-links = msgdpia needs to know by how much a measure lowers a risk, which the CNIL PIA does not say
cnil-pia-why-no-rating = without both a seriousness and a likelihood gauge there is no rating to carry
cnil-pia-why-evaluation = msgdpia's method rates the answers itself; the evaluator's verdict, comment and action plan have no place in an assessment
cnil-pia-why-pending = nothing was evaluated yet
cnil-pia-why-comment = an assessment holds no comments
cnil-pia-why-status = in msgdpia an approval names who approved and when
cnil-pia-why-validator = msgdpia names who approved, with the date, only once they have
cnil-pia-why-opinion-status = msgdpia records whether the advice was followed, not whether it was favourable
cnil-pia-why-people-status = msgdpia records what the people concerned said, not whether their opinion was favourable
cnil-pia-why-no-field = msgdpia has no such field
cnil-pia-why-processing-name = it names the processing, not the organisation, which a CNIL PIA does not record: give the organisation on the first page, About this assessment
cnil-pia-why-not-standard = it is not a question of the CNIL's standard structure
cnil-pia-why-too-long = it is longer than an assessment may hold there
cnil-pia-why-untitled = a measure needs a name

## Before a PDF is written: what it cannot show as written (said by the command line and with the
## app's export confirmation).
# `$count`: how many characters no font draws; `$shown`: the first twenty, each as
# `print-character`, joined as a list.
print-unprintable = { $count ->
        [one] the report's font cannot draw 1 character, which will print as an empty box: { $shown }
       *[other] the report's font cannot draw { $count } characters, which will print as empty boxes: { $shown }
    }
# `$shown`: the characters named; `$more`: how many more there are.
print-unprintable-more = { $shown } and { $more } more
# `$code`: the code point in hexadecimal, as in "U+5F35".
print-character = { $character } (U+{ $code })
print-right-to-left = the report holds right-to-left text (such as { $character }, U+{ $code }), which the PDF cannot shape: it will print with its letters in left-to-right order and unjoined; the HTML export shows it correctly
