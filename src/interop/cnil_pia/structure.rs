//! The parts of the CNIL tool's standard structure (`src/assets/files/pia_architecture.json`)
//! the mapping uses: question ids and the three risk items with their questions.

use crate::knowledge::FearedEvent;

/// Question 111: "What is the processing under study?" (context, overview).
pub const PROCESSING: u32 = 111;
/// Question 213: "Are the data collected adequate, relevant and limited…?" (minimisation).
pub const MINIMISATION: u32 = 213;
/// Question 215: "What are the storage durations of the data?"
pub const STORAGE_DURATION: u32 = 215;

/// One of section 3's risk items (3.2, 3.3, 3.4): a feared event, and its questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskItem {
    /// The item's number in section 3 (2, 3 or 4).
    pub item: u32,
    /// The feared event it rates.
    pub feared_event: FearedEvent,
    /// "What could be the main impacts on the data subjects?" (a list).
    pub impacts: u32,
    /// "What are the main threats…?" (a list).
    pub threats: u32,
    /// "What are the risk sources?" (a list).
    pub sources: u32,
    /// "Which of the identified controls contribute to addressing the risk?" (a list of
    /// measure titles).
    pub measures: u32,
    /// "How do you estimate the risk seriousness…?" (a gauge, 1–4, with its justification).
    pub seriousness: u32,
    /// "How do you estimate the likelihood of the risk…?" (a gauge, 1–4, with its
    /// justification).
    pub likelihood: u32,
}

impl RiskItem {
    const fn new(item: u32, feared_event: FearedEvent) -> RiskItem {
        let base = 300 + item * 10;
        RiskItem {
            item,
            feared_event,
            impacts: base + 1,
            threats: base + 2,
            sources: base + 3,
            measures: base + 4,
            seriousness: base + 5,
            likelihood: base + 6,
        }
    }

    /// The evaluation reference of the item, such as `3.2`.
    pub fn reference(self) -> String {
        format!("3.{}", self.item)
    }
}

/// Items 3.2 (illegitimate access), 3.3 (unwanted modification) and 3.4 (disappearance).
pub const FEARED_EVENT_ITEMS: [RiskItem; 3] = [
    RiskItem::new(2, FearedEvent::IllegitimateAccess),
    RiskItem::new(3, FearedEvent::UnwantedModification),
    RiskItem::new(4, FearedEvent::Disappearance),
];

/// The section and item of a question of the standard structure (`111` is in 1.1), or `None`
/// for an id the standard structure does not have.
pub fn item_of(question: u32) -> Option<(u32, u32)> {
    let standard = matches!(
        question,
        111..=113 | 121..=123 | 211..=215 | 221..=227 | 321..=326 | 331..=336 | 341..=346
    );
    standard.then_some((question / 100, question / 10 % 10))
}

/// Where each answered text question of the CNIL structure goes when no question of ours takes
/// it as an answer: a note on the question of ours on the same subject.
pub fn note_target(question: u32) -> Option<&'static str> {
    match question {
        121 => Some("data_kinds"),
        123 => Some("devices"),
        211 => Some("purpose"),
        212 | 222 => Some("np_lawful_basis"),
        221 => Some("np_informed"),
        223..=225 => Some("np_rights"),
        226 => Some("sg_processor_agreement"),
        227 => Some("transfer_basis"),
        _ => None,
    }
}

/// The question of ours that takes a CNIL text answer as its own answer, word for word, both
/// ways.
pub fn answer_target(question: u32) -> Option<&'static str> {
    match question {
        PROCESSING => Some("purpose_detail"),
        MINIMISATION => Some("np_why_messaging"),
        STORAGE_DURATION => Some("np_retention"),
        _ => None,
    }
}
