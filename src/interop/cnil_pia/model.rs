//! The CNIL PIA tool's export file as serde sees it, field by field (LINCnil/pia: the object
//! `exportData` builds in `src/app/services/pia.service.ts`, the models in `src/app/models/`,
//! and the tool's own exports, `src/assets/files/2018-02-21-pia-example.json` and
//! `cypress/fixtures/pia.json`; see docs/interop.md for the commits read).
//!
//! Written, every field below is written, `null` included, as the CNIL tool itself writes
//! them. Read, every field may be missing and unknown ones are ignored: the tool's exports carry
//! whatever its database held (`dbVersion`, `objectStore`, `user_pias`…), and its own import
//! only requires the `pia` object.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The whole file: one PIA and everything attached to it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PiaExport {
    /// The PIA itself.
    pub pia: Pia,
    /// The answers to the structure's questions.
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// The measures of section 3.1 ("planned or existing measures").
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// The evaluator's evaluations, by item, question or measure.
    #[serde(default)]
    pub evaluations: Vec<Evaluation>,
    /// Comments left on questions or measures.
    #[serde(default)]
    pub comments: Vec<Comment>,
}

/// The PIA object (`src/app/models/pia.model.ts`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pia {
    /// 0 doing, 1 refused, 2 simple validation, 3 signed validation, 4 archived.
    pub status: Value,
    /// 1 for the tool's own example PIA.
    pub is_example: Value,
    /// 1 once archived.
    pub is_archive: Value,
    /// ISO 8601 date and time.
    pub created_at: Value,
    /// The PIA's name.
    pub name: Value,
    /// A free category for sorting PIAs.
    pub category: Value,
    /// The author ("rédacteur").
    pub author_name: Value,
    /// The evaluator.
    pub evaluator_name: Value,
    /// The validator.
    pub validator_name: Value,
    /// ISO 8601 date and time.
    pub updated_at: Value,
    /// The PIA's id in the tool's database.
    pub id: Value,
    /// Percentage of the PIA filled in; the tool recomputes it on import.
    pub progress: Value,
    /// The id of the structure (template) it was built on; `""` for the standard one.
    pub structure_id: Value,
    /// The DPO's (or DPOs') names.
    pub dpos_names: Value,
    /// The DPO's opinion: 0 unfavourable, 1 favourable.
    pub dpo_status: Value,
    /// The DPO's opinion, in words.
    pub dpo_opinion: Value,
    /// The opinion of the people concerned, in words.
    pub concerned_people_opinion: Value,
    /// Their opinion: 0 unfavourable, 1 favourable.
    pub concerned_people_status: Value,
    /// Whether their opinion was sought.
    pub concerned_people_searched_opinion: Value,
    /// Why it was not sought.
    pub concerned_people_searched_content: Value,
    /// Who of the people concerned gave their opinion.
    pub people_names: Value,
    /// Why the PIA was refused, as the tool's 2018 example export spells it (read only: the
    /// export never writes a PIA that was refused).
    #[serde(skip_serializing)]
    pub rejection_reason: Value,
    /// The same, as the tool's PIA model (`pia.model.ts`) spells it.
    #[serde(skip_serializing)]
    pub rejected_reason: Value,
    /// What was changed after a refusal, as the 2018 example export spells it (read only).
    #[serde(skip_serializing)]
    pub applied_adjustments: Value,
    /// The same, as the tool's PIA model spells it.
    #[serde(skip_serializing)]
    pub applied_adjustements: Value,
}

/// An answer to one question (`src/app/models/answer.model.ts`): `reference_to` is the
/// question's id in the structure (111…346).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// The PIA's id.
    pub pia_id: Value,
    /// The question's id.
    pub reference_to: Value,
    /// The answer itself.
    pub data: AnswerData,
    /// ISO 8601 date and time.
    pub created_at: Value,
    /// The answer's id.
    pub id: Value,
}

/// What an answer holds: rich text (HTML) for `text` questions, a 1–4 gauge and its
/// justification for `gauge` questions, plain strings for `list` questions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerData {
    /// HTML, or `null`.
    pub text: Option<String>,
    /// 1 negligible, 2 limited, 3 significant, 4 maximum; `null` or 0 when not rated.
    pub gauge: Value,
    /// The items of a list answer.
    pub list: Option<Vec<String>>,
}

/// A measure of section 3.1 (`src/app/models/measure.model.ts`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Measure {
    /// Its title: list answers 324, 334 and 344 name measures by it.
    pub title: Option<String>,
    /// The PIA's id.
    pub pia_id: Value,
    /// What it is, in HTML.
    pub content: Option<String>,
    /// The help text's key in the tool's translations.
    pub placeholder: Value,
    /// ISO 8601 date and time.
    pub created_at: Value,
    /// ISO 8601 date and time.
    pub updated_at: Value,
    /// The measure's id; evaluations of measures refer to `3.1.<id>`.
    pub id: Value,
}

/// An evaluation (`src/app/models/evaluation.model.ts`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    /// 0 pending, 1 to be fixed, 2 improvable, 3 acceptable.
    pub status: Value,
    /// 0 no evaluation, 1 evaluation started, 2 evaluation completed.
    pub global_status: Value,
    /// The PIA's id.
    pub pia_id: Value,
    /// What it evaluates: `1.1` (an item), `2.1.211` (a question), `3.1.<measure id>`.
    pub reference_to: Value,
    /// The residual seriousness (`x`) and likelihood (`y`) the evaluator gives a risk item;
    /// 0 when not given.
    pub gauges: Value,
    /// ISO 8601 date and time.
    pub created_at: Value,
    /// ISO 8601 date and time.
    pub updated_at: Value,
    /// The evaluation's id.
    pub id: Value,
    /// The evaluator's comment (HTML); absent until written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluation_comment: Option<String>,
    /// The corrective action asked for (HTML); absent until written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_plan_comment: Option<String>,
}

/// A comment (`src/app/models/comment.model.ts`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Comment {
    /// The comment.
    pub description: Option<String>,
    /// The question's id, or the measure's when `for_measure`.
    pub reference_to: Value,
    /// Whether it is on a measure.
    pub for_measure: Value,
    /// The PIA's id.
    pub pia_id: Value,
    /// ISO 8601 date and time.
    pub created_at: Value,
    /// The comment's id.
    pub id: Value,
}
