# The desktop app's words in English. Every message here must exist in fr/app.ftl and
# zh-HK/app.ftl with the same variables (a test checks it).

## Menu bar

menu-file = File
menu-view = View
menu-new-assessment = New assessment
menu-open = Open…
menu-use-knowledge-base = Use a knowledge base file…
menu-save = Save
menu-save-as = Save as…
menu-export-pdf = Export PDF…
menu-export-html = Export HTML…
menu-export-word = Export Word…
menu-report-language = Report language
menu-remove-passphrase = Remove the passphrase
menu-protect = Protect with a passphrase…
menu-close = Close

## View menu: the theme

theme-system = Follow the system
theme-light = Light
theme-dark = Dark

## Live risk panel

panel-questions-left =
    { $count ->
        [one] One required question still to answer.
       *[other] { $count } required questions still to answer.
    }

## Start screen

-product = Messaging DPIA
start-title = { -product }
start-intro = A guided data protection impact assessment (GDPR Art. 35) of using a messaging or video app for business. It asks which app, how sensitive the data is, which jurisdictions are involved and which safeguards exist, then gives a scored PDF report and a stance: FORBID, DEFINE or ACCEPT.
start-private = Private by design: nothing leaves this machine. { -product } opens no network connection; your assessments stay in local files.
start-unsaved-found = Unsaved work was found
start-recover-file = The last session ended before { $file } was saved. Recover it?
start-recover-new = The last session ended before a new assessment was saved. Recover it?
start-discard-confirm = Discard the unsaved work for good? It cannot be recovered afterwards.
start-discard-for-good = Discard for good
start-keep-it = Keep it
start-recover = Recover
start-discard-it = Discard it
start-heading = Start
start-new = New assessment
start-new-with = New assessment ({ $questionnaire })
start-new-from-file = New assessment from a questionnaire file…
start-open = Open assessment…
start-recent = Recent files
start-examples = Examples
start-examples-intro = Assessments drawn from published guidance. Opening one starts an unsaved copy.

## Every step's frame

step-back = Back
step-next = Next
step-enter-hint = Enter also goes to the next step.

## The steps

steps-heading = Steps
step-details = About this assessment
step-compare = Compare apps
step-sign-off = Action plan and sign-off
step-result = Result and report

## Buttons and hints used on many pages

button-ok = OK
button-cancel = Cancel
button-remove = Remove
# The format dates are typed in, shown in empty date fields.
date-hint = YYYY-MM-DD

## Window title and message bar

window-title = { -product }
window-title-file = { $file } — { -product }
window-title-encrypted-file = { $file } (encrypted) — { -product }
message-open-report = Open the report
message-dismiss = Dismiss
no-such-step = There is no step called { $name }; the steps are { $names }.
answer-before-going-on =
    Please answer or correct { $count ->
        [one] this required question
       *[other] these { $count } required questions
    } before going on:
    { $list }
approved-read-only = This version is approved and read-only: start a new revision to change it.
new-revision-started = Version { $version } started: the approved version is kept in the document history, and the new one needs approving again.
open-externally-failed = Could not open { $file }: { $error }
recent-not-kept = The list of recent files could not be kept for the next start: { $error }
theme-not-kept = The theme applies now, but could not be kept for the next start: { $error }
passphrase-removed = The passphrase is removed: the next save writes the assessment without encryption.

## Unsaved changes

unsaved-heading = Unsaved changes
unsaved-question = Save the changes to { $file } first?
unsaved-dont-save = Don't save
saving-encrypting = Saving (encrypting)…

## File dialogs and the typed path

dialog-open-assessment = Open assessment
dialog-open-questionnaire = Open questionnaire
dialog-open-knowledge-base = Use a knowledge base file
dialog-save-assessment = Save assessment as
dialog-export-pdf = Export PDF report
dialog-export-html = Export HTML report
dialog-export-word = Export Word report
dialog-filter-assessment = Assessment
dialog-filter-questionnaire = Questionnaire
dialog-filter-knowledge-base = Knowledge base
dialog-filter-pdf = PDF
dialog-filter-html = HTML
dialog-filter-word = Word document
path-prompt-intro = No file dialog is available here (or it was cancelled). Type the file's full path:
path-prompt-path = Path

## Passphrase

passphrase-file-encrypted = { $file } is encrypted
passphrase-autosave-encrypted = The autosaved work is encrypted
passphrase-protect-title = Protect with a passphrase
passphrase-type-it = Type the passphrase it was saved with.
passphrase-protect-explanation = From now on this assessment is saved encrypted (an age file, which the age and rage tools can also open). Nobody can recover it without the passphrase: keep it somewhere safe.
passphrase-label = Passphrase
passphrase-again = Type it again
passphrase-length = At least { $count } characters: a few unrelated words are easy to remember and hard to guess.
passphrase-checking = Checking the passphrase (about a second)…
passphrase-protect = Protect
passphrase-open = Open

## Two people, one file

held-by = { $user } has this assessment open on { $machine } since { $since }
# What a damaged lock file does not say, in `held-by` and the messages like it.
lock-unknown-user = someone
lock-unknown-machine = another machine
lock-unknown-time = an unknown time
held-read-only = Read-only: { $holder }.
held-edit-anyway = Edit anyway
held-edit-anyway-hover = Takes the file over, for when they are no longer working on it. If they save too, the later save replaces the earlier one.
held-save-as-hover = Keeps your own copy under another name, which you can then edit.
held-edit-refused = { $holder }, so it is read-only here: choose Edit anyway if they are no longer working on it, or Save as… to keep your own copy.
changed-on-disk-heading = The file changed on disk
changed-on-disk-question = { $file } was changed since you opened it here: someone else may have saved it. Overwrite it with your version, or save yours under another name?
changed-on-disk-overwrite = Overwrite
lock-stale-replaced = A lock left by { $user } on { $machine } since { $since } was out of date (that app is no longer running, or stopped refreshing it) and has been replaced.
lock-held-read-only = Read-only: { $holder }. Save as… keeps your own copy; Edit anyway takes the file over if they are no longer working on it.
lock-failed = The file could not be locked, so a colleague could open it at the same time: { $error }
lock-taken-over = You took over the file. If they save too, the later save replaces the earlier one: tell them.
lock-taken-over-from = You took over the file from { $user } on { $machine }. If they save too, the later save replaces the earlier one: tell them.
lock-take-over-failed = Could not take the file over. { $error }
lock-not-saved-held = Not saved: { $holder }, so this app does not write over it. Save under another name, or use Edit anyway on that file.
lock-lost = { $holder }: they took the file over, so it is read-only here now. Save as… keeps your changes in a copy; Edit anyway takes it back.
lock-refresh-failed = The file's lock could not be refreshed. { $error }

## Notices above an assessment

approval-read-only = Version { $version } was approved by { $by } on { $on }. It is read-only: start a new revision to change it.
approval-review-due = Its review was due on { $due }.
approval-new-revision = Start a new revision
approval-new-revision-hover = Keeps this version in the document history, raises the version number and clears the approvals, which the new version needs again.
knowledge-record = Record the re-assessment
knowledge-what-changed = What changed ({ $count })

## Details step

details-intro = Who carries out this assessment, for whom, and when. These details go on the report's cover.
details-organisation = Organisation (required)
details-sector = Sector
details-country = Country
details-assessor = Assessor
details-dpo = Data protection officer
details-assessment-date = Assessment date (YYYY-MM-DD)
details-review-date = Review date (YYYY-MM-DD)
details-version = Assessment version
details-required = Required: please fill this in.
details-date-format = Write the date as YYYY-MM-DD, such as 2027-03-31.
contributors-heading = Contributors
contributors-intro = Others who took part: IT or security, the team that will use the app, the provider.
contributor-name = Name
contributor-role = Role
# What a screen reader announces for a contributor's fields.
contributor-name-of = Contributor { $number }: name
contributor-role-of = Contributor { $number }: role
contributor-remove = Remove contributor { $number }
contributor-add = Add a contributor

## Questions

question-required = (required)
question-why = Why we ask
question-hide-why = Hide why we ask
question-add-note = Add a note
question-hide-note = Hide note
question-note-hover = Your own remark on this question; the report shows it beside the answer.
# What a screen reader announces for one of a question's widgets: the question, then the widget.
question-widget = { $question }: { $what }
question-note-button = { $button }: { $question }
question-misfit = The answer stored in the file does not fit this question: please answer it again.
question-flagged = This question is required: please answer it.
note-label = Your note:
note-hint = Shown beside the answer in the report's appendix
note-name = your note
number-expected = Type a number, such as 250.
number-ordinary = Type an ordinary number.
number-at-least = The number must be at least { $limit }.
number-at-most = The number must be at most { $limit }.
app-closed = { $app } (closed on { $on })
app-key-facts =
    { $count ->
        [0] Key facts about { $app }
       *[other] Key facts about { $app } ({ $count } to check again)
    }
app-vendor = Vendor: { $vendor } (jurisdiction: { $jurisdiction })
app-fact-source = Source: { $source } ({ $dating })

## Live risk panel

panel-heading = Live risk
panel-fold = Fold ▸
panel-fold-hover = Fold the panel away to give the form more room
panel-unfold = ◂ Live risk
panel-unfold-hover = Show the live risk panel
panel-map-of = Risk map: { $app }
panel-map-name = Risk map: likelihood across, severity up
panel-map-key = Across: likelihood 1–4. Up: severity 1–4. ◇ before safeguards, ● with those in place (a risk they do not move is drawn once). Cells from pale (low) to deep (very high).
panel-legend-row = { $number }. { $risk }: { $inherent } → { $residual }
panel-your-rating = (your rating)
panel-once-plan-done = ({ $level } once the plan is done)
panel-show-why = Show why
panel-why = Why: { $inherent } → { $residual }
# L for likelihood, S for severity, each with the steps a why-trail row adds or takes away.
panel-trail-amounts = L{ $likelihood } S{ $severity }
panel-trail-source = (source: { $works })
panel-trail-total = { $total }: { $amounts }
rating-heading = Your own rating
rating-computed = Computed with the safeguards in place: { $rating }
rating-likelihood = Likelihood
rating-severity = Severity
rating-likelihood-of = { $risk }: likelihood
rating-severity-of = { $risk }: severity
rating-reason = Why you rate it differently (required):
rating-reason-of = { $risk }: why you rate it differently
rating-reason-missing = Not counted until you give your reason.
rating-use-computed = Use the computed rating
rating-as-computed = As computed ({ $point })

## Levels, scale points and feared events

level-low = Low
level-medium = Medium
level-high = High
level-very-high = Very high
scale-negligible = Negligible
scale-limited = Limited
scale-significant = Significant
scale-maximum = Maximum
feared-illegitimate-access = Illegitimate access to personal data
feared-unwanted-modification = Unwanted modification of personal data
feared-disappearance = Disappearance of personal data

## Comparison step

compare-intro = Add apps to look at beside the one assessed: each is scored with the same answers, as if it replaced it. Comparing does not change what is assessed.
compare-columns = Each column is one app. Hover a fact for its source and date.
compare-assessed = Assessed
compare-stance = Stance
compare-residual = Residual: { $risk }
compare-jurisdiction = Vendor's jurisdiction
compare-add = Add an app to compare…
compare-add-name = Add an app to compare
compare-use-instead = Use this app instead
compare-use-instead-hover = Makes it the app assessed; the one assessed now stays in the comparison. Check the answers about the app and its safeguards afterwards.
compare-use-app-instead = Use { $app } instead
compare-stop = Stop comparing { $app }
compare-fact-hover =
    { $detail }
    Source: { $source } ({ $dating })

## Sign-off step

sign-off-intro = The measures start from the recommended ones; give each an owner and a due date. The approvals follow step 7 of the ICO's DPIA template.
sign-off-measures = Measures
measure-owner = Owner
measure-owner-hint = Name or role
measure-due = Due
measure-due-of = Due date of { $measure }
measure-status-of = Status of { $measure }
measure-due-format = Write the due date as YYYY-MM-DD.
measure-planned = Planned
measure-in-progress = In progress
measure-done = Done
measure-add-recommended = Add the recommended measures
measure-add = Add a measure…
measure-add-name = Add a measure
measure-update-answer = Update the answer
own-heading = Risks and measures of your own
own-intro = For what the catalogue does not cover. Rate your risk before any measure; a measure of your own lowers it once the action plan marks it done.
own-risk-field = Own risk { $number }: { $field }
own-measure-field = Own measure { $number }: { $field }
own-risk-remove = Remove own risk { $number }
own-measure-remove = Remove own measure { $number }
own-risk-add = Add a risk of your own
own-measure-add = Add a measure of your own
own-risk-name = Name
own-risk-description = What can go wrong
own-risk-harm = Harm to the people concerned
own-risk-feared-event = Feared event
own-likelihood = Likelihood
own-severity = Severity
own-measure-name = Name
own-measure-wording = Wording for the policy
own-measure-lowers = Risk it lowers
own-measure-choose-risk = Choose one of your risks
own-measure-likelihood-steps = Lowers likelihood
own-measure-severity-steps = Lowers severity
own-measure-steps =
    { $count ->
        [one] by { $count } step
       *[other] by { $count } steps
    }
consultation-heading = Consultation
consultation-intro = Who was consulted (the people concerned or their representatives, staff, IT, the provider), how, when, and what they said.
consultation-field = Consultation { $number }: { $field }
consultation-who = Who
consultation-how = How
consultation-when = When
consultation-views = What they said
consultation-remove = Remove consultation { $number }
consultation-add = Add a consultation
consultation-why-not = If the people concerned were not consulted, why not
sign-off-approvals = Approvals
sign-off-measures-approved-by = Measures approved by
sign-off-risks-approved-by = Residual risks approved by
sign-off-approved-on = Approved on
sign-off-measures-approved-on = Date the measures were approved
sign-off-risks-approved-on = Date the residual risks were approved
sign-off-date-format = Write the date as YYYY-MM-DD.
sign-off-dpo-advice = DPO advice
sign-off-advice-outcome = DPO advice accepted or overruled
advice-pending = Not decided yet
advice-accepted = Accepted
advice-overruled = Overruled
sign-off-overruled-reason = Why the advice was overruled
sign-off-consultation-responses = Consultation responses
sign-off-kept-under-review-by = Kept under review by

## Result step

finish-questions-left = Questions still to answer
finish-conditions = Conditions of use
finish-recommended = Recommended measures
finish-other-recommended = Other recommended measures
finish-save = Save…
finish-report-language = Report language:

## Opening, saving and exporting

untitled-assessment = Untitled assessment
# The name under which recovered work is opened, as in "Opened the autosaved assessment."
autosaved-assessment = the autosaved assessment
builtin-questionnaire-failed =
    The built-in questionnaire could not be loaded:
    { $error }
questionnaire-not-opened = Could not open the questionnaire. { $error }
new-with-questionnaire = New assessment with the questionnaire “{ $title }”.
questionnaire-unusable =
    The questionnaire cannot be used; nothing was changed.
    { $error }
knowledge-base-unusable =
    The knowledge base cannot be used; nothing was changed.
    { $error }
knowledge-base-cannot-score =
    The open assessment cannot be scored with this knowledge base; nothing was changed.
    { $error }
knowledge-base-in-use = Scoring with knowledge base { $id } { $version } from { $file }.
file-not-opened = Could not open the file. { $error }
opened = Opened { $file }.
opened-with-notes =
    Opened { $file }, with notes to read (nothing was lost):
    { $notes }
assessment-not-opened =
    Could not open the assessment; nothing was changed.
    { $error }
saving-to = Saving to { $file } (encrypting)…
saved-to = Saved to { $file }.
not-saved-to = Could not save to { $file }. { $error }
not-saved = Could not save; your answers are still here. { $error }
report-not-exported = Could not export the report. { $error }
exported = Exported the report to { $file }.
exported-check = Exported the report to { $file }. Check it: { $warning }.
report-not-written = Could not export the report; nothing was written. { $error }
details-organisation-missing = Organisation
# What a screen reader announces at the top of each step.
step-start = Start of the step

## Encryption and the autosave

protected = The assessment is protected: it is saved encrypted from now on. Save it now to replace the readable file.
passphrases-differ = The two passphrases differ.
autosave-not-encrypted = The autosaved work is not encrypted.
autosave-not-text = The autosaved work is damaged: it is not text.
encryption-stopped = The encryption stopped unexpectedly; nothing was changed.
autosave-failed = Autosave failed (your work is still open here): { $error }
autosave-not-removed = The autosave could not be removed, so it may be offered again at the next start: { $error }

## View menu: the language

menu-language = Language
language-not-kept = The language applies now, but could not be kept for the next start: { $error }

## The verdict: shared by the report, the app and the command line

# A count up to ten in words, as running text writes it; larger ones in figures.
count-word =
    { $n ->
        [0] zero
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
        [9] nine
        [10] ten
       *[other] { $n }
    }
# A name quoted in running text.
quoted = “{ $text }”
# Joins a list: "a, b and c". The separator comes between all but the last two.
list-separator = {", "}
list-last = { $init } and { $last }
verdict-screening-required = Screening: { $met } of the { $total } WP248 criteria met; a DPIA is required ({ $threshold } or more criteria).
verdict-screening-not-required = Screening: { $met } of the { $total } WP248 criteria met; a DPIA is not strictly required (fewer than { $threshold } criteria), but this assessment documents the decision.
verdict-provisionally = { $incomplete } (provisionally { $stance })
verdict-very-high =
    { $risks } { $count ->
        [one] remains
       *[other] remain
    } very high even with the safeguards in place. A very high residual risk means the use should be forbidden.
verdict-high-beyond-measures =
    { $risks } { $count ->
        [one] remains
       *[other] remain
    } high with the safeguards in place, and no combination of the measures in the catalogue brings { $count ->
        [one] it
       *[other] them
    } to medium or lower. The use should be forbidden.
verdict-high-within-reach =
    { $risks } { $count ->
        [one] remains
       *[other] remain
    } high with the safeguards in place today. The conditions below bring { $count ->
        [one] it
       *[other] every one of them
    } to medium or lower, so the use can be allowed for the defined purposes once they are met.
verdict-relies-on-safeguards =
    { $risks } would be high or very high without safeguards; the safeguards in place bring { $count ->
        [one] it
       *[other] them
    } to medium or lower. The use can be allowed for the defined purposes, on condition that those safeguards stay in place.
verdict-low-inherent = Every risk is medium or lower, even before safeguards. The residual risk can be accepted; keep the assessment under review.
verdict-would-take-measures = What it would take: putting { $measures } in place would bring every high or very high risk to medium or lower, and the use could then be allowed on conditions. No smaller set of measures does.
verdict-would-take-many-measures = What it would take: putting { $measures } in place would bring every high or very high risk to medium or lower, and the use could then be allowed on conditions. None of them can be left out; so many conditions amount to a different use.
verdict-would-take-none =
    What it would take: no measure in the catalogue is enough. { $risks } { $count ->
        [one] remains
       *[other] remain
    } high or very high with every measure in place, because the exposure comes from the provider, its jurisdiction or the data itself. Only a different app, or not sending this data, changes that.
verdict-incomplete =
    { $count ->
        [one] { $count } required question is not answered yet, so there is no stance. Until it is answered, missing answers count as "don't know" and the provisional result ({ $stance }) is shown for guidance only.
       *[other] { $count } required questions are not answered yet, so there is no stance. Until they are answered, missing answers count as "don't know" and the provisional result ({ $stance }) is shown for guidance only.
    }
finding-planned-not-done = { $measure } is answered as in place ({ $answer }), but the action plan has it as { $status }. Planned is not done: it is not counted until the plan marks it done.
finding-done-contradicts = The action plan marks { $measure } as done, but the answer { $answer } says otherwise. It is counted as in place; correct the answer or the plan.
finding-no-app = No app was chosen: the risks are rated without any app's facts.
finding-unavailable = { $measure } is answered as in place, but { $app } does not offer it according to the knowledge base; it is not counted for { $app }.
finding-override-incomplete = The assessor's own rating of { $risk } is not counted: it needs both a likelihood or severity and the reason for it.
finding-override-not-assessed = The assessor's own rating of { $risk } for { $app } is not counted: that app is not assessed.
finding-of-app = { $app }: { $finding }
# A finding with the provisions it breaches under the law that applies, before its full stop.
finding-with-law = { $finding } ({ $topic }: { $cites }).
# Between the provisions a finding cites.
cites-separator = {"; "}
# A finding, then how to resolve it.
finding-and-resolution = { $finding } { $resolution }
done-contradicts-beside-measure = Marked done, but the answer to { $question } says otherwise. It counts as in place; correct the answer or the status.
prior-none-needed = Prior consultation: not needed; no high residual risk remains with the safeguards in place.
prior-forbidden-duty = Prior consultation: none while the use is forbidden. Going ahead despite the high residual risk would first require consulting { $authorities }.
prior-forbidden-unclear = Prior consultation: none while the use is forbidden. Going ahead despite the high residual risk would first require checking whether the applicable law requires the authority to be consulted.
prior-forbidden-no-duty = Prior consultation: none while the use is forbidden; the applicable law imposes no prior consultation of the authority.
prior-duty = Prior consultation: a high residual risk remains with the safeguards in place. Unless the measures bring it down before processing starts, { $authorities } must be consulted first.
prior-unclear = Prior consultation: a high residual risk remains with the safeguards in place. Whether the authority must be consulted first depends on the applicable law, which must be checked; in any case the risk should be brought down, or accepted at the highest level with reasons, before processing starts.
prior-no-duty = Prior consultation: a high residual risk remains with the safeguards in place. The applicable law imposes no prior consultation of the authority; the risk should be brought down, or accepted at the highest level with reasons, before processing starts.
prior-authority = { $authority } ({ $reference })

## An app's facts: shared by the report and the app

fact-yes = Yes
fact-no = No
fact-partly = Partly
fact-unknown = Unknown
fact-to-check-again = { $value } (to check again)
fact-no-entry = No entry in the knowledge base.
# The day a fact was last checked, then why to check it again.
fact-checked-then = { $on }; { $why }
fact-check-again = check again
fact-check-again-old-version = check again: the page's version is old
fact-checked-long-ago = To check again: last checked more than { $months } months ago.
fact-old-version = To check again: it rests on a version of the vendor's page dated more than { $months } months ago.
fact-stale-note = { $count } of these facts should be checked again before relying on them: on the report date they were last checked more than { $months } months ago, or they rest on a page the vendor keeps updating whose version is dated more than { $version_months } months before it.

## Ratings and jurisdictions: shared by the report, the app and the command line

# A rating: L for likelihood, S for severity, each on the CNIL's scale of 1 to 4, then the level.
rating = L{ $likelihood } × S{ $severity } = { $level }
# A vendor's jurisdiction, as running text names it.
jurisdiction-us = the United States
jurisdiction-cn = mainland China
jurisdiction-hk = Hong Kong
jurisdiction-vg = the British Virgin Islands
jurisdiction-ae = the United Arab Emirates
jurisdiction-ch = Switzerland
jurisdiction-fr = France
jurisdiction-de = Germany
jurisdiction-ie = Ireland
jurisdiction-lu = Luxembourg
jurisdiction-nl = the Netherlands
jurisdiction-gb = the United Kingdom
jurisdiction-jp = Japan
jurisdiction-kr = South Korea
jurisdiction-sg = Singapore
jurisdiction-varies = varies with the provider
jurisdiction-unknown = unknown

## What changed since an assessment was scored: the app's notice and the report's section

since-scored-changed = The knowledge base (version { $version }) has changed since this assessment was last scored.
since-scored-new-version = The knowledge base has changed since this assessment was last scored (version { $then } then, { $now } now).
# A fact, a stance or a rating as it was then and as it is now.
since-scored-then-now = { $what }: { $then } then, { $now } now.
since-scored-of-app = { $app }: { $what }
since-scored-stance = Stance
since-scored-nothing-changes = The stance and every rating are as they were.
since-scored-advice = The result shown uses the current facts. Review the changes, then record the re-assessment so that this notice no longer appears.

## A risk's why-trail: the report's appendix and the app's risk panel

trail-inherent = = Inherent
trail-residual = = Residual
cause-baseline = Starting point of the risk (knowledge base)
cause-answer = Answer: { $answer }
# An app's fact as a step: its label, its value, then where it comes from.
cause-fact = App fact: { $fact }: { $value } { $source }
cause-fact-unknown = App fact: { $fact }: Unknown (no entry in the knowledge base)
cause-rule = Rule: { $rule } { $source }
cause-rule-unknown = Rule: { $rule }
cause-safeguard = Safeguard in place: { $measure }
cause-brought-by = Brought by a safeguard in place: { $measure }
cause-scale-limit = Held within the scale of 1 to 4
cause-above-scale = The excess set aside at the top: safeguards must offset it before the rating comes down
cause-judgement = The assessor's own rating, replacing the computed one: { $reason }
cause-capped = Capped at the top of the scale (4); the excess is set aside
cause-held-at-bottom = Held at the bottom of the scale (1)
step-own-rating = The assessor's own rating of a risk the catalogue does not cover
step-stands-for = { $cause }. It stands for “{ $exposure }”
step-addresses-offset = { $cause }. Addresses “{ $exposure }”, already offset by the measure above
step-addresses = { $cause }. Addresses “{ $exposure }”
step-corroborates = { $cause }. Corroborates “{ $exposure }”, already counted once
step-evidence-of = { $cause }. Evidence of “{ $exposure }”

## How a fact's source is dated

source-primary = primary source
source-secondary = secondary source
source-none = no source found
source-undated = undated
source-updated = last updated { $date }
source-dated = dated { $date }
# The kind of source, how it dates itself, then the day it was checked against it.
source-dating = { $kind }, { $dated }, checked { $checked }
source-work = { $source } ({ $kind }, { $dated })
# An assessment that answers a questionnaire msgdpia does not have.
open-unknown-questionnaire = the assessment answers questionnaire `{ $id }` version { $version }, which is not built in (the built-in questionnaires are: { $built_in }); open that questionnaire file too (on the command line: --questionnaire FILE)

# The CNIL PIA tool's file, from the File menu (docs/interop.md).
menu-export-cnil-pia = Export CNIL PIA…
menu-import-cnil-pia = Import CNIL PIA…
dialog-export-cnil-pia = Export as a CNIL PIA
dialog-import-cnil-pia = Import a CNIL PIA
dialog-filter-cnil-pia = CNIL PIA (JSON)
cnil-pia-exported = Exported the assessment to { $file } as a CNIL PIA: open it with the Import button of the CNIL's PIA tool.
cnil-pia-exported-incomplete = Exported the assessment to { $file } as a CNIL PIA, without risk gauges: the assessment is incomplete.
cnil-pia-not-exported = Could not export the CNIL PIA; nothing was written. { $error }
cnil-pia-not-imported = Could not import the CNIL PIA. { $error }
cnil-pia-imported-source = (the new assessment made from { $file })
cnil-pia-imported-unsaved = Imported { $file } as a new assessment, not yet saved: answer its questions.
    { $list }

## The command line: what its commands say besides the report and the score. A message that
## follows "file: " starts in lower case and has no full stop.

# Asked on the terminal; the typing starts after it. `$file` is the encrypted file.
cli-passphrase-prompt = Passphrase for { $file }:
cli-passphrase-again = Type it again:
cli-passphrase-unreadable = cannot read the passphrase
cli-passphrases-differ = the two passphrases differ; nothing was written
cli-passphrase-file-not-text = the passphrase file is not text
# `$purpose` is `open` (the file is encrypted) or `choose` (the file is to be encrypted);
# `$variable` is the name of the environment variable, MSGDPIA_PASSPHRASE.
cli-passphrase-needed =
    { $purpose ->
        [open] this assessment is encrypted
       *[choose] encrypting needs a passphrase
    }; give the passphrase with --passphrase-file FILE or the { $variable } environment variable, or run msgdpia in a terminal to be asked
cli-already-encrypted = this file is already encrypted
cli-not-encrypted = this file is not encrypted
# `$file` is the encrypted file written, `$bytes` its size, `$input` the assessment it encrypts.
cli-wrote-encrypted = Wrote { $file } ({ $bytes } bytes), encrypted with the passphrase. { $input } itself is unchanged: delete it if it should not stay readable.
cli-wrote-decrypted = Wrote { $file } (not encrypted).
cli-score-not-json = cannot write the score as JSON
cli-pia-not-json = cannot write the PIA as JSON
cli-no-built-in-questionnaire = no questionnaire is built in
cli-cannot-render = cannot render the report
# `$text` is the date as given.
cli-date-invalid = --date must be a real date written YYYY-MM-DD, such as 2026-03-31; found `{ $text }`
cli-one-report = -o names one report; to render several assessments, give --output-dir FOLDER instead
cli-output-folder-missing = the output folder does not exist (create it first)
# `$first` and `$second` are two assessments, `$output` the report both would be written to.
cli-same-report-name = { $first } and { $second } would both be written to { $output }; rename one of them
# `$reason` is `cli-gui-no-display` or `cli-gui-not-built`; the commands are listed after it.
cli-gui-unavailable = the desktop app cannot open here ({ $reason }). Use a command instead:
cli-gui-no-display = no display: neither DISPLAY nor WAYLAND_DISPLAY is set
cli-gui-not-built = this build has no desktop app: it was built without the `gui` feature
# `$name` is the command asked for, `$commands` the list of the commands.
cli-no-such-command = there is no command `{ $name }`; the commands are { $commands }
cli-man-not-written = the manual page could not be written
cli-stdout-failed = cannot write to standard output
