//! The knowledge base: the risks we assess, the controls (safeguards and measures) that reduce
//! them, what each app fact means for the risks, and the apps with their sourced facts.

mod agreement;
mod citation;
mod diff;
pub mod fact;
mod feared_event;
mod future_checks;
pub(crate) mod raw;
mod region;
mod source_date;
mod translation;
mod validate;

use crate::date::Date;
use crate::effect::Effect;
use crate::scale::Scale;
pub use citation::{
    CHECK_AGAIN_AFTER_MONTHS, Citation, SOURCE_OLD_AFTER_MONTHS, SourceKind, Staleness,
    dating_text, work_text,
};
pub use diff::{AppChange, FactChange, KnowledgeDiff, diff};
pub use fact::{Fact, FactValue};
pub use feared_event::FearedEvent;
pub use future_checks::refuse_checks_after;
pub use region::{Region, UNKNOWN, USER_REGIONS, VARIES};
use serde::Deserialize;
pub use source_date::SourceDate;
pub use validate::translation_template;

/// A validated knowledge base. Every reference in it resolves; build one with
/// [`KnowledgeBase::load`].
#[derive(Clone, Debug, PartialEq)]
pub struct KnowledgeBase {
    /// Stable id, recorded in reports.
    pub id: String,
    /// Version, recorded in reports.
    pub version: String,
    /// What this knowledge base covers.
    pub description: String,
    /// The risks, in the order reports list them.
    pub risks: Vec<Risk>,
    /// The named exposures that answers, facts and rules are evidence of.
    pub exposures: Vec<Exposure>,
    /// The controls, in the order reports list them.
    pub controls: Vec<Control>,
    /// What each kind of fact means.
    pub facts: Vec<FactDefinition>,
    /// The apps.
    pub apps: Vec<App>,
}

/// A named exposure: one weakness (the provider can read the content, no compliance capture…)
/// that several answers, facts and rules may show. It raises each risk once, however much
/// evidence there is for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Exposure {
    /// Stable id referenced by effects.
    pub id: String,
    /// Short name, such as "The provider can read message content".
    pub name: String,
    /// What it is and why it matters.
    pub description: String,
}

/// A risk to the people whose data is exchanged.
#[derive(Clone, Debug, PartialEq)]
pub struct Risk {
    /// Stable id referenced by questionnaires.
    pub id: String,
    /// Short name, such as "Confidentiality breach".
    pub name: String,
    /// What can go wrong.
    pub description: String,
    /// The harm to the people concerned if it does.
    pub harm: String,
    /// Which of CNIL's three feared events it is.
    pub feared_event: FearedEvent,
    /// Likelihood before any answer or fact raises it.
    pub base_likelihood: Scale,
    /// Severity before any answer or fact raises it.
    pub base_severity: Scale,
    /// The exposure every use carries, which the base rating stands for where it is above the
    /// bottom of the scale (phones get lost; people misaddress messages): measures that address
    /// it may lower the base rating, and no other measure may.
    pub base_exposure: Option<String>,
}

/// A control: a safeguard an organisation can put in place, worded so it can go into a policy.
#[derive(Clone, Debug, PartialEq)]
pub struct Control {
    /// Stable id referenced by questionnaires.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Wording ready for a policy or for the conditions of a DEFINE stance.
    pub policy_text: String,
    /// The risks it reduces and by how much.
    pub reduces: Vec<Reduction>,
    /// What the app must offer for the control to exist at all (an optional end-to-end mode, a
    /// data-residency choice, an administered business edition); empty when any app will do.
    pub available_with: Vec<AppFactIn>,
    /// The exposure the control brings itself (only `Raise` effects), such as the copy a
    /// capture service keeps: counted in the residual rating whenever the control is.
    pub brings: Vec<Effect>,
}

/// A condition on an app: its value for a fact is one of these.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppFactIn {
    /// The fact's id.
    pub fact: String,
    /// The values that satisfy it.
    pub values: Vec<FactValue>,
}

impl Control {
    /// Whether the control can be put in place with this app (always, with no app).
    pub fn available_for(&self, app: Option<&App>) -> bool {
        let Some(app) = app else {
            return true;
        };
        self.available_with
            .iter()
            .all(|need| need.values.contains(&app.fact_value(&need.fact)))
    }
}

/// How much a control lowers one risk, in steps on the 1–4 scales.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reduction {
    /// The risk's id.
    pub risk: String,
    /// Steps taken off the likelihood.
    pub likelihood: u8,
    /// Steps taken off the severity.
    pub severity: u8,
    /// The exposure it addresses: it takes off at most what that exposure added to the risk, so
    /// a control never lowers what it does not address. A control that addresses several
    /// exposures of one risk has one reduction for each.
    pub exposure: String,
}

/// What one kind of app fact is and what each of its values does to the risks.
#[derive(Clone, Debug, PartialEq)]
pub struct FactDefinition {
    /// Stable id, such as `e2ee_default_1to1`.
    pub id: String,
    /// The question the fact answers, as shown in reports.
    pub label: String,
    /// Effects when the fact is Yes, No, Partial and Unknown (only `Raise` effects).
    pub if_yes: Vec<Effect>,
    /// See `if_yes`.
    pub if_no: Vec<Effect>,
    /// See `if_yes`.
    pub if_partial: Vec<Effect>,
    /// See `if_yes`; also used when an app has no entry for the fact.
    pub if_unknown: Vec<Effect>,
}

impl FactDefinition {
    /// The effects of a value.
    pub fn effects_of(&self, value: FactValue) -> &[Effect] {
        match value {
            FactValue::Yes => &self.if_yes,
            FactValue::No => &self.if_no,
            FactValue::Partial => &self.if_partial,
            FactValue::Unknown => &self.if_unknown,
        }
    }
}

/// A messaging or video app.
#[derive(Clone, Debug, PartialEq)]
pub struct App {
    /// Stable id, used in assessments.
    pub id: String,
    /// Name as users know it.
    pub name: String,
    /// The company that provides it to the users concerned.
    pub vendor: String,
    /// The vendor's jurisdiction, an ISO 3166-1 alpha-2 code such as `US` or `CN`.
    pub jurisdiction: String,
    /// Where the vendor and jurisdiction come from.
    pub vendor_source: String,
    /// The date that source states.
    pub vendor_source_date: SourceDate,
    /// The day the vendor and jurisdiction were last checked against it.
    pub vendor_checked_on: Date,
    /// When the app closed, with the source that says so; its facts then describe it as it
    /// was, so that assessments of it still open and say it is gone.
    pub discontinued: Option<Discontinued>,
    /// Who provides the app to the users of each region, where their data goes and on what
    /// basis: every region of [`USER_REGIONS`] exactly once.
    pub regions: Vec<Region>,
    /// For an edition (a plan or a mode whose facts differ, such as the WhatsApp Business
    /// Platform or Slack's Enterprise Grid), the id of the app it is an edition of. An edition
    /// has every fact of its app but those it overrides.
    pub edition_of: Option<String>,
    /// Sourced facts, in the order of the knowledge base's fact definitions.
    pub facts: Vec<Fact>,
}

/// An app that has closed.
#[derive(Clone, Debug, PartialEq)]
pub struct Discontinued {
    /// The day it closed.
    pub on: Date,
    /// Where the vendor says so.
    pub source: String,
}

impl App {
    /// How the app is provided to the users of `region`.
    pub fn region(&self, region: &str) -> Option<&Region> {
        self.regions
            .iter()
            .find(|entry| entry.users_in.iter().any(|r| r == region))
    }

    /// The countries where the data of users in `region` is stored or processed: those the
    /// knowledge base gives for that region, else the vendor's jurisdiction. Where the location
    /// is unknown the vendor's own country counts too: an unknown location is never safer than
    /// the provider's own.
    pub fn processed_in(&self, region: Option<&str>) -> Vec<String> {
        let Some(entry) = region.and_then(|region| self.region(region)) else {
            return vec![self.jurisdiction.clone()];
        };
        let mut countries = entry.data_in.clone();
        if countries.iter().any(|c| c == UNKNOWN) {
            countries.push(self.jurisdiction.clone());
        }
        countries
    }

    /// How the vendor's source is dated and checked, in words (see [`dating_text`]).
    pub fn vendor_dating(&self) -> String {
        // The vendor's source is its privacy policy or terms: a page it keeps updating.
        dating_text(
            SourceKind::Primary,
            self.vendor_source_date,
            true,
            self.vendor_checked_on,
        )
    }

    /// The vendor's source as a work a bibliography lists (see [`work_text`]).
    pub fn vendor_work(&self) -> String {
        work_text(
            &self.vendor_source,
            SourceKind::Primary,
            self.vendor_source_date,
            true,
        )
    }
}

impl App {
    /// The fact with this id, if the app has an entry for it.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|fact| fact.id == id)
    }

    /// The value of a fact; an app with no entry for it counts as unknown.
    pub fn fact_value(&self, id: &str) -> FactValue {
        self.fact(id).map_or(FactValue::Unknown, |fact| fact.value)
    }
}

impl KnowledgeBase {
    /// The risk with this id.
    pub fn risk(&self, id: &str) -> Option<&Risk> {
        self.risks.iter().find(|risk| risk.id == id)
    }

    /// The exposure with this id.
    pub fn exposure(&self, id: &str) -> Option<&Exposure> {
        self.exposures.iter().find(|exposure| exposure.id == id)
    }

    /// The control with this id.
    pub fn control(&self, id: &str) -> Option<&Control> {
        self.controls.iter().find(|control| control.id == id)
    }

    /// The fact definition with this id.
    pub fn fact_definition(&self, id: &str) -> Option<&FactDefinition> {
        self.facts.iter().find(|fact| fact.id == id)
    }

    /// The app with this id.
    pub fn app(&self, id: &str) -> Option<&App> {
        self.apps.iter().find(|app| app.id == id)
    }

    /// The regions an app states itself: all of an app's, and an edition's only when they differ
    /// from its app's (otherwise they are its app's, listed and checked there once).
    pub fn own_regions<'a>(&'a self, app: &'a App) -> Option<&'a [Region]> {
        let base = app.edition_of.as_deref().and_then(|id| self.app(id));
        base.is_none_or(|base| base.regions != app.regions)
            .then_some(app.regions.as_slice())
    }

    /// The facts an app states itself: all of an app's, and for an edition only those it
    /// overrides (the others are its app's, listed and checked there once).
    pub fn own_facts<'a>(&'a self, app: &'a App) -> impl Iterator<Item = &'a Fact> + 'a {
        let base = app.edition_of.as_deref().and_then(|id| self.app(id));
        app.facts
            .iter()
            .filter(move |fact| base.is_none_or(|base| base.fact(&fact.id) != Some(*fact)))
    }
}
