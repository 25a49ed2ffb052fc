# The sentences the report writes from the answers and the ratings: each risk's reasons, the next steps, the description of the processing.

## The full stop that ends a sentence: "." in English, "。" in Chinese (sentences are run
## together by `sentence-separator`, in report.ftl).

prose-full-stop = .

## How a label reads mid-sentence ("Law firm" → "law firm"). `prose-lower-case` is "yes" where the
## language lower-cases the first letter of a label used mid-sentence (a name or an acronym keeps
## its capital), "no" where it has no case; not to be translated. `prose-articles` lists, between
## spaces, the words that start a label and are lower-cased even before a name ("The United
## Kingdom" → "the United Kingdom"); one ending with an apostrophe is elided ("L'Union").

prose-lower-case = yes
prose-articles = The A An

## The description of the processing and necessity and proportionality, written from the answers

prose-no-answer = No answer describes this part yet.
prose-app-heading = The app
# Where the knowledge base does not say who provides the app in the organisation's region.
prose-app-provided = { $app } is provided by { $vendor }. Jurisdiction of the vendor: { $jurisdiction }.

## The catalogue of the sentences written from answers (docs/report-sentences.md)

prose-catalogue-title = Sentences the report writes from answers
prose-catalogue-intro = Generated from questionnaire { $questionnaire } { $version } by the test suite (`MSGDPIA_BLESS=1 cargo test sentences`). Do not edit by hand. Every option of every question the report describes, alone, and every option of a multiple-choice question together; free text and numbers with sample answers.
prose-catalogue-answer = Answer
prose-catalogue-sentence = Sentence

## Each risk of the register in a few sentences. `$level` is a level as running text says it
## (`brief-level`); "it" is the risk.

brief-level =
    { $level ->
        [low] low
        [medium] medium
        [high] high
       *[very_high] very high
    }
brief-before-own = Before safeguards it is { $level }, as the assessor rated this risk of their own.
brief-before-nothing = Before safeguards it is { $level }: nothing in the answers or the app raises it above its starting point.
# `$reasons`: the exposures that raise it most, as a list ("the provider can read the content and …");
# `$count`: how many they are.
brief-before-because =
    { $count ->
       *[other] Before safeguards it is { $level }, mainly because { $reasons }.
    }
brief-no-safeguard = No safeguard in place lowers it, so it stays { $level }.
# `$safeguards`: the safeguards in place that lower it, between `brief-safeguard-separator`s.
brief-safeguards-lower-level = The safeguards in place ({ $safeguards }) bring it to { $level }.
brief-safeguards-same-level = The safeguards in place ({ $safeguards }) lower it, but it stays { $level }.
brief-safeguard-separator = {"; "}
# The assessor's own rating: their likelihood and severity, then the method's.
brief-judged-same-level = The assessor puts its likelihood at { $likelihood } and its severity at { $severity }, against the method's { $method_likelihood } and { $method_severity }, which leaves it { $level }.
brief-judged-other-level = The assessor rates it { $level } rather than { $method_level }, putting its likelihood at { $likelihood } and its severity at { $severity }, against the method's { $method_likelihood } and { $method_severity }.
# `$reason`: the assessor's words, ending as a sentence.
brief-judged-reason = Their reason: “{ $reason }”
brief-planned = Once every measure of the action plan is done, it will be { $level }.
# The level stays, but `$change` says how the risk moves within it: a list of `brief-less-likely`…
brief-planned-same-level = Once every measure of the action plan is done, it will still be { $level }, though { $change }.
brief-less-likely = less likely
brief-more-likely = more likely
brief-less-severe = less severe
brief-more-severe = more severe
# The risks nothing moves, all at one level: `$risks` is their names as a list, `$count` how many.
brief-untouched =
    { $count ->
        [one] { $risks }: nothing in the answers or the app raises it above the starting point, so it stays { $level }.
       *[other] { $risks }: nothing in the answers or the app raises them above the starting point, so they stay { $level }.
    }

## What happens now: to the use already under way, and to the action plan. `$count` is the
## number of apps assessed; `$app` names the one when there is only one.

next-steps-paragraph = What happens now. { $sentences }
next-steps-use-unknown =
    { $count ->
        [1] Whether { $app } is already used for this purpose is not known; find out, since any use under way is subject to the same decision.
       *[other] Whether the apps assessed are already used for this purpose is not known; find out, since any use under way is subject to the same decision.
    }
next-steps-use-stop =
    { $count ->
        [1] { $app } is already used for this purpose: that use should stop, after what must be kept has been moved into the records system.
       *[other] The apps assessed are already used for this purpose: that use should stop, after what must be kept has been moved into the records system.
    }
next-steps-use-define =
    { $count ->
        [1] { $app } is already used for this purpose: that use may continue only for the defined purposes and once the conditions of use are met.
       *[other] The apps assessed are already used for this purpose: that use may continue only for the defined purposes and once the conditions of use are met.
    }
next-steps-use-accept =
    { $count ->
        [1] { $app } is already used for this purpose: that use may continue once this assessment is approved.
       *[other] The apps assessed are already used for this purpose: that use may continue once this assessment is approved.
    }
next-steps-no-plan = No action plan has been drawn up yet: each measure needs an owner and a due date.
next-steps-all-done = Every measure of the action plan is done.
# `$count` measures are still open.
next-steps-open =
    { $count ->
        [one] One measure of the action plan is still to be done.
       *[other] { $count } measures of the action plan are still to be done.
    }
# `$due`: the latest due date of the measures still open.
next-steps-open-due =
    { $count ->
        [one] One measure of the action plan is still to be done, by { $due }.
       *[other] { $count } measures of the action plan are still to be done; the last is due on { $due }.
    }
# The only measure left has no owner or no due date.
next-steps-unassigned-only = It has no owner or no due date yet.
# `$count` of the measures left have no owner or no due date.
next-steps-unassigned =
    { $count ->
        [one] One of them has no owner or no due date yet.
       *[other] { $count } of them have no owner or no due date yet.
    }
