//! The presentation layer: the words the report, the app and the CLI share. Scoring returns
//! data (enums and ids); this is where ids become names and data becomes sentences, once, so the
//! three outputs cannot drift apart and translations have one place to plug in.
//!
//! `vocabulary` holds the interface's words in each `language` (Project Fluent); `names` turns
//! ids into names, with one rule for an unknown id; `numbers` and `joining` write numbers,
//! lists and runs of sentences as each language does; `describe` turns answers,
//! ratings and why-trail steps into words; `verdict` words the stance, its basis, its conditions
//! and the findings; `terms` names the model's small sets of choices; `since_scored` what changed in the knowledge base since an assessment was
//! scored; `app_facts` lists an app's facts with those to check again; `citations` splits a citation into works;
//! `misfits` words the answers that do not fit the questionnaire; `risk_map` places them on the
//! 4×4 map; `risk_register` lists each app's risks in register order; `why_trail` gives a risk's steps with their subtotals; `knowledge_review` and
//! `verification_record` are the knowledge base's documents for its reviewers (`msgdpia kb-doc`);
//! `cnil_pia` words what a CNIL PIA import could not carry over; `print_warnings` what a PDF
//! cannot show as written.

pub mod app_facts;
pub mod citations;
pub mod cnil_pia;
pub mod describe;
pub mod joining;
pub mod knowledge_review;
pub mod language;
pub mod misfits;
pub mod names;
pub mod numbers;
pub mod print_warnings;
pub mod risk_map;
pub mod risk_register;
pub mod since_scored;
pub mod terms;
pub mod verdict;
pub mod verification_record;
pub mod vocabulary;
pub mod why_trail;
