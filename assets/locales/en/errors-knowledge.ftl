# What the loaders say is wrong with a file: knowledge.

## The knowledge base's risks, exposures and controls

knowledge-edition-has-app-id = edition `{ $edition }` has the id of an app
knowledge-off-the-scale = `{ $field }` must be on the 1–4 scale (1 negligible … 4 maximum); found { $value }
knowledge-unknown-exposure = `{ $exposure }` is not an exposure of the knowledge base
knowledge-unknown-fact = `{ $fact }` is not a fact of the knowledge base
knowledge-no-fact-value = `values` must list at least one fact value (Yes, No, Partial, Unknown)
knowledge-control-reduces-nothing = control `{ $control }` must reduce at least one risk
knowledge-unknown-risk = `{ $risk }` is not a risk of the knowledge base
knowledge-step-too-large = `{ $field }` must be a reduction step between 0 and { $max }; found { $step }
knowledge-reduction-of-nothing = a reduction of 0 likelihood and 0 severity does nothing

## The apps: who provides them in each region, their editions, vendors and facts

# $owner is an app's or an edition's id; $regions lists the regions' codes.
knowledge-region-missing = `{ $owner }` says nothing about users in `{ $region }`; every app states its provider for each of: { $regions }
# $count is 2 or more.
knowledge-region-repeated = `{ $owner }` states its provider for users in `{ $region }` { $count } times; state it once
knowledge-not-a-region = `{ $region }` is not a region; the regions are: { $regions }
knowledge-no-data-location = `data_in` names at least one country, or `unknown`, or `varies`
knowledge-not-a-country = `{ $country }` in `data_in` is not a two-letter ISO country code in capitals, `unknown` or `varies`
knowledge-edition-overrides-nothing = edition `{ $edition }` overrides no fact of `{ $app }`; an edition differs from its app in at least one fact
knowledge-not-a-jurisdiction = `jurisdiction` must be a two-letter ISO country code in capitals, such as US or CN, or `varies` or `unknown`; found `{ $found }`
knowledge-app-lacks-fact = app `{ $app }` has no entry for fact `{ $fact }`; it counts as unknown
# $facts lists the ids of the knowledge base's facts.
knowledge-not-a-fact = `{ $fact }` is not a fact of the knowledge base; the facts are: { $facts }
# $problem says how the fact's detail disagrees with its value (in English for now).
knowledge-fact-disagrees = fact `{ $fact }` of `{ $owner }`: { $problem }
knowledge-closed-app-needs-both = a closed app needs both `discontinued` (the day it closed) and `discontinued_source` (where the vendor says so)
knowledge-not-a-source-date = `{ $field }` must be the date the source states, as YYYY-MM-DD, YYYY-MM or YYYY (after `updated ` for a page the vendor keeps updating), or `undated`; found `{ $found }`
# $date and $today are written YYYY-MM-DD.
knowledge-checked-after-today = `{ $field }` is { $date }, after today ({ $today }): a fact can only have been checked on or before today

## A translation of the knowledge base

knowledge-translation-of-another = this translates knowledge base `{ $translated }`, not `{ $expected }`
knowledge-translation-outdated = the knowledge base's words have changed since this translation was made: review the risks, exposures, measures and fact labels changed since (`git log -p assets/knowledge_base.ron`), then set `translates` to "{ $fingerprint }"
knowledge-translation-language = expected the language `{ $expected }`, found `{ $found }`
