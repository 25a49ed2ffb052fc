# What the loaders say is wrong with a file: questionnaire.
#
# Said to a person editing a questionnaire (or a translation of one) by hand. Names in backticks
# are the file's own: field names, ids, RON syntax; they stay as they are in every language.
# `$placeholder` is always `{answer}`, the placeholder of a question's `describe` sentence.

## The questionnaire

questionnaire-no-sections = a questionnaire needs at least one section
questionnaire-section-empty = section `{ $section }` has no questions
questionnaire-current-use-not-yes-no = `current_use` names `{ $question }`, which is not a yes/no question of this questionnaire
questionnaire-describe-no-placeholder = the `describe` sentence of question `{ $question }` must contain { $placeholder } where the answer goes
questionnaire-describe-free-text = the `describe` sentence of free-text question `{ $question }` must put the answer after a label and a colon, such as "How long messages stay in the app: { $placeholder }", since a typed answer may not fit mid-sentence
# `$minimum` is 2 for a single-choice question, 1 for a multiple-choice one.
questionnaire-too-few-options = question `{ $question }` needs at least { $minimum } options
questionnaire-options-not-allowed = question `{ $question }` is not a choice or yes/no question, so it cannot have options
questionnaire-option-describe-placeholder = option `{ $option }`: its `describe` is a whole sentence for that answer and takes no placeholder
questionnaire-safeguard-raises = option `{ $option }` marks a safeguard as in place, so it cannot also raise a risk; put the raise on the other option
questionnaire-yes-no-option = a yes/no question's options are `yes`, `no` and `dont_know`; found `{ $option }`
questionnaire-range-not-number = `min` and `max` are only for number questions, and `{ $question }` is not one
questionnaire-min-above-max = question `{ $question }`: `min` ({ $min }) is greater than `max` ({ $max })
questionnaire-range-not-finite = `min` and `max` must be ordinary numbers
questionnaire-rule-no-effects = rule `{ $rule }` has no effects
questionnaire-cites-empty = `cites` names at least one regime and its provision
# `$regimes`: the questionnaire's regimes, joined with ", ".
questionnaire-cites-unknown-regime = `{ $regime }` in `cites` is not a regime of this questionnaire; the regimes are: { $regimes }
questionnaire-unknown-control = `{ $control }` is not a control (safeguard) of the knowledge base
questionnaire-organisation-region-unknown = `organisation_region` names `{ $question }`, which is not a question of this questionnaire
# `$regions`: the knowledge base's region ids, joined with ", ".
questionnaire-organisation-region-option = `organisation_region`: option `{ $option }` of `{ $question }` is not a region of the knowledge base ({ $regions })
questionnaire-moved-other-kind = an answer to `{ $from }` cannot move to `{ $to }`: the questions are of different kinds
questionnaire-moved-missing-option = `{ $to }` has no option `{ $option }`, which an answer to `{ $from }` may carry
questionnaire-moved-not-a-question = an answer is moved from or to `{ $question }`, which is not a question
# A warning. `$criterion` is the id of the message naming the criterion.
questionnaire-criterion-not-met =
    no answer meets WP248 criterion { $number } ({ $criterion ->
        [criterion-evaluation] { criterion-evaluation }
        [criterion-automated-decisions] { criterion-automated-decisions }
        [criterion-monitoring] { criterion-monitoring }
        [criterion-sensitive-data] { criterion-sensitive-data }
        [criterion-large-scale] { criterion-large-scale }
        [criterion-matching] { criterion-matching }
        [criterion-vulnerable] { criterion-vulnerable }
        [criterion-innovative] { criterion-innovative }
       *[criterion-prevents-rights] { criterion-prevents-rights }
    }); the screening cannot find it

## A condition (`show_if`, `when`). Each message first says where the condition is: `$owner` is
## the kind of item that holds it, `$owner_id` that item's id and, for a move, `$owner_to` the
## question the answer moves to.

# `$options`: the question's option ids, joined with ", ".
questionnaire-condition-no-option =
    in { $owner ->
        [question] the condition of question `{ $owner_id }`
        [rule] rule `{ $owner_id }`
        [consistency] consistency check `{ $owner_id }`
        [regime] regime `{ $owner_id }`
        [unsuitable] unsuitable-measures entry `{ $owner_id }`
       *[move] the move from `{ $owner_id }` to `{ $owner_to }`
    }: question `{ $question }` has no option `{ $option }`; its options are: { $options }
questionnaire-condition-at-least-not-number =
    in { $owner ->
        [question] the condition of question `{ $owner_id }`
        [rule] rule `{ $owner_id }`
        [consistency] consistency check `{ $owner_id }`
        [regime] regime `{ $owner_id }`
        [unsuitable] unsuitable-measures entry `{ $owner_id }`
       *[move] the move from `{ $owner_id }` to `{ $owner_to }`
    }: `AtLeast` needs a number question, and `{ $question }` is not one
# `$about`: what of the app the condition looks at.
questionnaire-condition-not-on-the-app =
    in { $owner ->
        [question] the condition of question `{ $owner_id }`
        [rule] rule `{ $owner_id }`
        [consistency] consistency check `{ $owner_id }`
        [regime] regime `{ $owner_id }`
        [unsuitable] unsuitable-measures entry `{ $owner_id }`
       *[move] the move from `{ $owner_id }` to `{ $owner_to }`
    }: a question can only depend on earlier answers, not on { $about ->
        [fact] app facts
        [jurisdiction] the app's jurisdiction
       *[processed] where the app's data is processed
    }; use a rule instead
questionnaire-condition-unknown-fact =
    in { $owner ->
        [question] the condition of question `{ $owner_id }`
        [rule] rule `{ $owner_id }`
        [consistency] consistency check `{ $owner_id }`
        [regime] regime `{ $owner_id }`
        [unsuitable] unsuitable-measures entry `{ $owner_id }`
       *[move] the move from `{ $owner_id }` to `{ $owner_to }`
    }: `{ $fact }` is not a fact of the knowledge base
questionnaire-condition-unknown-question =
    in { $owner ->
        [question] the condition of question `{ $owner_id }`
        [rule] rule `{ $owner_id }`
        [consistency] consistency check `{ $owner_id }`
        [regime] regime `{ $owner_id }`
        [unsuitable] unsuitable-measures entry `{ $owner_id }`
       *[move] the move from `{ $owner_id }` to `{ $owner_to }`
    }: `{ $question }` is not a question of this questionnaire
questionnaire-condition-not-earlier =
    in { $owner ->
        [question] the condition of question `{ $owner_id }`
        [rule] rule `{ $owner_id }`
        [consistency] consistency check `{ $owner_id }`
        [regime] regime `{ $owner_id }`
        [unsuitable] unsuitable-measures entry `{ $owner_id }`
       *[move] the move from `{ $owner_id }` to `{ $owner_to }`
    }: the condition refers to `{ $question }`, which is not a question asked earlier; a question can only depend on answers to questions before it

## An effect (`Raise`, `Safeguard`, `Criterion`), in a questionnaire or a knowledge base.

effect-unknown-risk = `{ $risk }` is not a risk of the knowledge base
effect-unknown-exposure = `{ $exposure }` is not an exposure of the knowledge base
effect-unknown-control = `{ $control }` is not a control (safeguard) of the knowledge base
# `$field` is `likelihood` or `severity`; `$max` the largest step allowed.
effect-step-out-of-range = raising `{ $risk }`: `{ $field }` must be a step between 0 and { $max }; found { $step }
effect-raises-nothing = raising `{ $risk }` by 0 likelihood and 0 severity does nothing; give `likelihood` or `severity`
# `$effect` is `Safeguard` or `Criterion`.
effect-only-raise = only `Raise` effects are allowed here, not `{ $effect }`

## A translation of the questionnaire or of the knowledge base: its words put in place of the
## original's. `$original` is what it translates: `questionnaire` or `knowledge-base`.

overlay-not-translated = `{ $field }` is not translated: expected the words of “{ $text }”
overlay-nothing-to-translate =
    the { $original ->
        [questionnaire] questionnaire
       *[knowledge-base] knowledge base
    } has no `{ $field }` here to translate: leave it out
# `$expected`, `$found`: placeholders such as `{answer}`, joined with ", ".
overlay-placeholders-differ =
    the placeholders differ from the { $original ->
        [questionnaire] questionnaire
       *[knowledge-base] knowledge base
    }'s: expected { $expected }, found { $found }
overlay-placeholders-added =
    the placeholders differ from the { $original ->
        [questionnaire] questionnaire
       *[knowledge-base] knowledge base
    }'s: expected none, found { $found }
overlay-placeholders-dropped =
    the placeholders differ from the { $original ->
        [questionnaire] questionnaire
       *[knowledge-base] knowledge base
    }'s: expected { $expected }, found none
overlay-translated-twice = `{ $id }` is translated twice
# `$list` is the field holding the items: `sections`, `questions`, `options`, `rules`, `risks`…
overlay-unknown-item =
    the { $original ->
        [questionnaire] questionnaire
       *[knowledge-base] knowledge base
    }'s { $list } have no `{ $id }`
overlay-item-not-translated =
    `{ $id }` of the { $original ->
        [questionnaire] questionnaire
       *[knowledge-base] knowledge base
    }'s { $list } is not translated

## A translation of the questionnaire.

translation-other-questionnaire = this translates questionnaire `{ $given }`, not `{ $questionnaire }`
translation-other-version = this translates version { $given } of the questionnaire, which is now at version { $version }: review the translation against the new version and update its version
translation-other-language = expected the language `{ $expected }`, found `{ $found }`
translation-cites-not-translated = what the law cites for the regime `{ $regime }` is not translated
translation-cites-unknown-regime = the law cited here names nothing for the regime `{ $regime }`
translation-yes-no-unneeded = the questionnaire has no yes/no question to translate the answers of: leave `yes_no` out
# `$answer` is the English answer left untranslated: Yes, No or Don't know.
translation-yes-no-missing = the answers of yes/no questions are not all translated: expected `yes_no: (yes: "…", no: "…", dont_know: "…")`, with the words of “Yes”, “No” and “Don't know”; “{ $answer }” has none
