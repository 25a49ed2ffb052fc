//! Text being typed into fields whose value is parsed (numbers, dates) or kept as typed, so an
//! unfinished date does not snap back to the stored value while the user types.

use super::command::{ApprovalOf, Field, SignOffText};
use std::collections::HashMap;

/// Which field some typed text belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypedKey {
    /// The answer to a question, by its id.
    Answer(String),
    /// A field of the details step.
    Detail(Field),
    /// The owner of the planned measure taken from this catalogue control or own measure.
    MeasureOwner(String),
    /// The due date of the planned measure taken from this control or own measure.
    MeasureDue(String),
    /// The date of the consultation at this position in the record.
    ConsultedOn(usize),
    /// The date of one of the two approvals.
    ApprovedOn(ApprovalOf),
    /// A text field of the sign-off.
    SignOff(SignOffText),
}

/// The typed text of every field being edited.
#[derive(Debug, Default)]
pub struct TypedText(HashMap<TypedKey, String>);

impl TypedText {
    /// The text typed into `key`'s field, starting from `current` (the stored value) the first
    /// time the field is drawn.
    pub fn entry(&mut self, key: TypedKey, current: impl FnOnce() -> String) -> &mut String {
        self.0.entry(key).or_insert_with(current)
    }

    /// The text typed into `key`'s field, if it was drawn.
    pub fn get(&self, key: &TypedKey) -> Option<&String> {
        self.0.get(key)
    }

    /// Forgets everything typed: the fields show what the assessment holds again.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Forgets the typed consultation dates: they are kept by position, which a removal shifts.
    pub fn forget_consultation_dates(&mut self) {
        self.0
            .retain(|key, _| !matches!(key, TypedKey::ConsultedOn(_)));
    }

    /// Forgets a removed measure's typed owner and due date, so they do not come back if the
    /// measure is added again.
    pub fn forget_measure(&mut self, control: &str) {
        self.0.remove(&TypedKey::MeasureOwner(control.to_string()));
        self.0.remove(&TypedKey::MeasureDue(control.to_string()));
    }
}
