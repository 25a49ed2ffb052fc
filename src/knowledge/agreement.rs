//! Whether a fact's detail agrees with its value, as far as a machine can tell. The report prints
//! the value beside the detail, so a detail that opens by saying the opposite ("Yes" beside "Not
//! offered…") or that names an internal fact id reads as an error to a DPO. Whether the rest of
//! a detail supports its value is left to the reviewer of `docs/knowledge-verification.md`.

use super::FactValue;

/// Opening words that state a verdict, and the values each contradicts.
const VERDICT_OPENERS: [(&str, &[FactValue]); 5] = [
    ("Yes", &[FactValue::No, FactValue::Unknown]),
    ("No", &[FactValue::Yes]),
    ("Not", &[FactValue::Yes]),
    ("None", &[FactValue::Yes]),
    ("Never", &[FactValue::Yes]),
];

/// Why `detail` disagrees with `value`, or `None` where nothing mechanical shows it does.
/// `fact_ids` are the knowledge base's fact ids, which a reader must never see.
pub(super) fn disagreement(value: FactValue, detail: &str, fact_ids: &[&str]) -> Option<String> {
    let opener = first_word(detail);
    if let Some((word, _)) = VERDICT_OPENERS
        .iter()
        .find(|(word, contradicts)| *word == opener && contradicts.contains(&value))
    {
        return Some(format!(
            "the value is {} but the detail opens with “{word}”; make the detail say what the value says",
            value.name()
        ));
    }
    words(detail)
        .find(|word| word.contains('_') && fact_ids.contains(word))
        .map(|id| format!("the detail names the internal fact id `{id}`; say it in words"))
}

/// The first word, without the quotation marks or punctuation around it.
fn first_word(text: &str) -> &str {
    words(text).next().unwrap_or("")
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .filter(|word| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 2] = ["e2ee_default_1to1", "contact_upload"];

    #[test]
    fn a_detail_opening_with_the_opposite_verdict_disagrees() {
        assert!(disagreement(FactValue::Yes, "Not offered.", &IDS).is_some());
        assert!(disagreement(FactValue::Yes, "No, only on request.", &IDS).is_some());
        assert!(disagreement(FactValue::No, "'Yes', says the vendor.", &IDS).is_some());
        assert!(disagreement(FactValue::Unknown, "Yes for admins.", &IDS).is_some());
    }

    #[test]
    fn a_partial_value_may_open_either_way_and_words_that_merely_start_alike_pass() {
        assert_eq!(
            disagreement(FactValue::Partial, "No backup by default; opt-in.", &IDS),
            None
        );
        assert_eq!(
            disagreement(FactValue::Yes, "Notes and files are encrypted.", &IDS),
            None
        );
        assert_eq!(
            disagreement(FactValue::No, "Nothing is uploaded.", &IDS),
            None
        );
        assert_eq!(
            disagreement(FactValue::Unknown, "No source states it.", &IDS),
            None
        );
    }

    #[test]
    fn a_detail_naming_a_fact_id_disagrees_but_ordinary_words_do_not() {
        assert!(disagreement(FactValue::No, "Not needed: see contact_upload.", &IDS).is_some());
        assert_eq!(
            disagreement(FactValue::No, "Not needed: see that fact.", &IDS),
            None
        );
    }
}
