//! The presentation layer: the words the report, the app and the CLI share. Scoring returns
//! data (enums and ids); this is where ids become names and data becomes sentences, once, so the
//! three outputs cannot drift apart and translations have one place to plug in.
//!
//! `describe` turns ids, answers, ratings and why-trail steps into words; `verdict` words the
//! stance, its basis, its conditions and the findings; `since_scored` what changed in the
//! knowledge base since an assessment was scored; `citations` splits a citation into works.

pub mod citations;
pub mod describe;
pub mod since_scored;
pub mod verdict;
