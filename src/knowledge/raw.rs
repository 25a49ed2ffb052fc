//! Serde structs mirroring a knowledge-base file (`assets/knowledge_base.ron`) field by field.
//! Nothing here is checked yet: see `validate.rs`.

use super::SourceKind;
use super::fact::FactValue;
use super::feared_event::FearedEvent;
use crate::effect::Effect;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The whole file.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct KnowledgeBase {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub description: String,
    pub risks: Vec<Risk>,
    #[serde(default)]
    pub exposures: Vec<Exposure>,
    pub controls: Vec<Control>,
    pub facts: Vec<FactDefinition>,
    pub apps: Vec<App>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Risk {
    pub id: String,
    pub name: String,
    pub description: String,
    pub harm: String,
    pub feared_event: FearedEvent,
    pub base_likelihood: u8,
    pub base_severity: u8,
    #[serde(default)]
    pub base_exposure: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Exposure {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Control {
    pub id: String,
    pub name: String,
    pub policy_text: String,
    pub reduces: Vec<Reduce>,
    #[serde(default)]
    pub available_with: Vec<super::AppFactIn>,
    #[serde(default)]
    pub brings: Vec<Effect>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Reduce {
    pub risk: String,
    #[serde(default)]
    pub likelihood: u8,
    #[serde(default)]
    pub severity: u8,
    pub exposure: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct FactDefinition {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub if_yes: Vec<Effect>,
    #[serde(default)]
    pub if_no: Vec<Effect>,
    #[serde(default)]
    pub if_partial: Vec<Effect>,
    #[serde(default)]
    pub if_unknown: Vec<Effect>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct App {
    pub id: String,
    pub name: String,
    pub vendor: String,
    pub jurisdiction: String,
    pub vendor_source: String,
    pub vendor_source_date: String,
    pub vendor_checked_on: String,
    #[serde(default)]
    pub discontinued: Option<String>,
    #[serde(default)]
    pub discontinued_source: Option<String>,
    pub regions: Vec<Region>,
    #[serde(default)]
    pub editions: Vec<Edition>,
    pub facts: Vec<Fact>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Fact {
    pub id: String,
    pub value: FactValue,
    pub detail: String,
    pub source: String,
    pub source_kind: SourceKind,
    pub source_date: String,
    pub checked_on: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Edition {
    pub id: String,
    pub name: String,
    /// Only when the edition is provided differently from its app (another entity or place).
    #[serde(default)]
    pub regions: Vec<Region>,
    pub facts: Vec<Fact>,
}

#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Region {
    pub users_in: Vec<String>,
    pub provider: String,
    pub data_in: Vec<String>,
    pub transfers: String,
    pub source: String,
    pub source_kind: SourceKind,
    pub source_date: String,
    pub checked_on: String,
}
