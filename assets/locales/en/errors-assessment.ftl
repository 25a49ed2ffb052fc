# What the loaders say is wrong with a file: assessment.

## The file's format and details

# $format is the file's format, $current the one this version writes.
assessment-older-format = this file is in format { $format }, written by an earlier version of msgdpia; it was read and will be saved in format { $current }, which that earlier version cannot open
assessment-newer-format = this assessment was written by a newer version of msgdpia (file format { $format }; this version reads formats 1 to { $current }); update msgdpia to open it
assessment-format-zero = `format_version` must be 1 or more; found 0
assessment-organisation-blank = the organisation's name is empty; the report will show it blank
assessment-scored-with-unreadable = the record of what this assessment was last scored with cannot be read; it is dropped and written again on the next save

## The assessor's own risks, measures and ratings

# $field is `likelihood` or `severity`.
assessment-own-risk-off-the-scale = the own risk `{ $risk }` has { $field } { $value }; it must be 1, 2, 3 or 4
assessment-own-measure-too-many-steps = the own measure `{ $measure }` lowers `{ $risk }` by more than 3 steps; a step count is 0 to 3
assessment-own-risk-unnamed = the own risk `{ $risk }` has no name; it is kept, and scored once it has one
assessment-own-measure-unnamed = the own measure `{ $measure }` has no name; it is kept, and counted once it has one
assessment-own-risk-id-taken = the own risk `{ $risk }` has the id of a risk of the knowledge base; choose another id (it is kept, not used)
assessment-own-measure-id-taken = the own measure `{ $measure }` has the id of a control of the knowledge base; choose another id (it is kept, not used)
assessment-own-measure-lowers-other-risk = the own measure `{ $measure }` lowers `{ $risk }`, which is not one of your own risks; an own measure lowers only your own risks (re-rate a catalogue risk with an override)
# $field is `likelihood` or `severity`.
assessment-override-off-the-scale = the override of `{ $risk }` sets { $field } { $value }; it must be 1, 2, 3 or 4
assessment-override-unknown-risk = an override names the risk `{ $risk }`, which is not in the knowledge base; it is kept as written and not used
assessment-override-unknown-app = the override of `{ $risk }` names the app `{ $app }`, which is not in the knowledge base; it is kept as written and not used

## Answers that do not fit the questionnaire, and the action plan

assessment-misfit-no-such-question = questionnaire { $questionnaire } { $version } has no question `{ $question }`; the answer is kept but not used
# $expected and $found are the kinds of answer as the file writes them (Choice, YesNo…).
assessment-misfit-wrong-kind =
    question `{ $question }` expects { $expected ->
        [Choice] a single choice
        [Choices] a multiple choice
        [YesNo] a yes/no answer
        [Text] a text
        [Number] a number
        [Date] a date
        [Apps] a list of apps
       *[other] an answer of another kind
    } ({ $expected }), but the answer is { $found ->
        [Choice] a single choice
        [Choices] a multiple choice
        [YesNo] a yes/no answer
        [Text] a text
        [Number] a number
        [Date] a date
        [Apps] a list of apps
       *[other] an answer of another kind
    } ({ $found })
# $options are the unknown options, each in backticks; $known the question's options.
assessment-misfit-no-such-options = question `{ $question }` has no option { $options }; its options are: { $known }
assessment-misfit-no-such-app = question `{ $question }`: `{ $app }` is not an app of the knowledge base
assessment-misfit-not-finite = question `{ $question }`: the number is not finite
assessment-misfit-not-between = question `{ $question }`: the number must be between { $min } and { $max }; found { $found }
assessment-misfit-not-at-least = question `{ $question }`: the number must be { $min } or more; found { $found }
assessment-misfit-not-at-most = question `{ $question }`: the number must be { $max } or less; found { $found }
assessment-misfit-out-of-range = question `{ $question }`: the number must be within its range; found { $found }
assessment-misfit-not-a-date = question `{ $question }`: `{ $text }` is not a date written YYYY-MM-DD
assessment-unknown-measure = the action plan names `{ $control }`, which is not a control of the knowledge base; it is kept as written

## Notes when an assessment opens: what was carried over from an older questionnaire, what no longer fits.
opening-answer-moved = the answer to "{ $from }" now answers "{ $to }"
opening-review-date-carried = the answer to "When should this assessment next be reviewed?" is now the assessment's review date, { $date }, asked once with the other details
opening-review-date-same = the review date, { $date }, is now asked once, with the other details; the same date given under Governance is no longer needed
opening-review-date-differs = the review date is now asked once, with the other details; it says { $review_date }, but the answer under Governance said { $answered }: check the review date (the other answer is kept in the file, unused)
opening-other-version = the assessment was answered against questionnaire { $answered_id } { $answered_version }, and is read with { $read_id } { $read_version }
opening-unknown-compared = the apps compared include `{ $app }`, which is not in the knowledge base; it is kept as written and not compared
opening-note-on-unknown-question = a note is kept on `{ $question }`, which is not a question of the questionnaire; the report does not show it
