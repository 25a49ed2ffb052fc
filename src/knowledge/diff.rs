//! What changed between two knowledge bases, app by app and fact by fact: the data behind
//! `msgdpia kb-diff` and the "facts have changed" notice. Pure: words come from the caller.

use super::{App, FactValue, KnowledgeBase};
use serde::Serialize;

/// The changes from one knowledge base to another.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct KnowledgeDiff {
    /// Apps only the new knowledge base has, by id.
    pub apps_added: Vec<String>,
    /// Apps only the old one has, by id.
    pub apps_removed: Vec<String>,
    /// Apps in both whose vendor, jurisdiction or facts changed.
    pub apps_changed: Vec<AppChange>,
}

/// What changed about one app.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AppChange {
    /// The app's id.
    pub app: String,
    /// The vendor's description changed.
    pub vendor: bool,
    /// The jurisdiction, old then new, when it changed.
    pub jurisdiction: Option<(String, String)>,
    /// Each fact that changed, in fact-definition order of the new knowledge base.
    pub facts: Vec<FactChange>,
}

/// One fact that changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FactChange {
    /// The fact's id.
    pub fact: String,
    /// Its value before (Unknown when the old knowledge base had no entry).
    pub old_value: FactValue,
    /// Its value now (Unknown when the new knowledge base has no entry).
    pub new_value: FactValue,
    /// Whether the value changed; when not, only the wording, the source or the dates did.
    pub value_changed: bool,
}

impl KnowledgeDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.apps_added.is_empty() && self.apps_removed.is_empty() && self.apps_changed.is_empty()
    }

    /// The changes to the given apps only.
    pub fn for_apps(&self, apps: &[String]) -> KnowledgeDiff {
        let keep = |id: &String| apps.contains(id);
        KnowledgeDiff {
            apps_added: self
                .apps_added
                .iter()
                .filter(|id| keep(id))
                .cloned()
                .collect(),
            apps_removed: self
                .apps_removed
                .iter()
                .filter(|id| keep(id))
                .cloned()
                .collect(),
            apps_changed: self
                .apps_changed
                .iter()
                .filter(|change| keep(&change.app))
                .cloned()
                .collect(),
        }
    }
}

/// Compares two knowledge bases.
pub fn diff(old: &KnowledgeBase, new: &KnowledgeBase) -> KnowledgeDiff {
    let ids = |kb: &KnowledgeBase| kb.apps.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    KnowledgeDiff {
        apps_added: ids(new)
            .into_iter()
            .filter(|id| old.app(id).is_none())
            .collect(),
        apps_removed: ids(old)
            .into_iter()
            .filter(|id| new.app(id).is_none())
            .collect(),
        apps_changed: new
            .apps
            .iter()
            .filter_map(|app| Some(app_change(old.app(&app.id)?, app, new)))
            .filter(|change| {
                change.vendor || change.jurisdiction.is_some() || !change.facts.is_empty()
            })
            .collect(),
    }
}

fn app_change(old: &App, new: &App, knowledge: &KnowledgeBase) -> AppChange {
    let facts = knowledge
        .facts
        .iter()
        .filter_map(|definition| {
            let before = old.fact(&definition.id);
            let after = new.fact(&definition.id);
            if before == after {
                return None;
            }
            let old_value = before.map_or(FactValue::Unknown, |f| f.value);
            let new_value = after.map_or(FactValue::Unknown, |f| f.value);
            Some(FactChange {
                fact: definition.id.clone(),
                old_value,
                new_value,
                value_changed: old_value != new_value,
            })
        })
        .collect();
    AppChange {
        app: new.id.clone(),
        vendor: old.vendor != new.vendor,
        jurisdiction: (old.jurisdiction != new.jurisdiction)
            .then(|| (old.jurisdiction.clone(), new.jurisdiction.clone())),
        facts,
    }
}
