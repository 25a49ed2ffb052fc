//! The works a report cites, numbered [1], [2]… in the order the report first cites them, and
//! the bibliography that lists them. The report's builders run in the order of the document, so
//! the first citation in the text gets [1].

use std::cell::RefCell;

/// The works cited so far, in the order of their first citation.
#[derive(Debug, Default)]
pub(crate) struct References {
    works: RefCell<Vec<String>>,
}

impl References {
    /// The number of `work`, given on its first citation: "[3]".
    pub(crate) fn cite(&self, work: &str) -> String {
        format!("[{}]", self.number(work))
    }

    /// The numbers of several works, in one bracket: "[3, 5]"; empty for none.
    pub(crate) fn cite_all(&self, works: &[String]) -> String {
        if works.is_empty() {
            return String::new();
        }
        // Numbered in the order given, so a new work gets the next number, then shown in
        // ascending order as readers expect.
        let mut numbers: Vec<usize> = works.iter().map(|w| self.number(w)).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
        format!("[{}]", numbers.join(", "))
    }

    fn number(&self, work: &str) -> usize {
        let work = work.trim().trim_end_matches('.');
        let mut works = self.works.borrow_mut();
        match works.iter().position(|w| w == work) {
            Some(index) => index + 1,
            None => {
                works.push(work.to_string());
                works.len()
            }
        }
    }

    /// Every work cited, with its number, in order.
    pub(crate) fn bibliography(&self) -> Vec<(String, String)> {
        self.works
            .borrow()
            .iter()
            .enumerate()
            .map(|(index, work)| (format!("[{}]", index + 1), work.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_work_keeps_the_number_of_its_first_citation() {
        let references = References::default();
        assert_eq!(references.cite("A"), "[1]");
        assert_eq!(references.cite("B."), "[2]");
        assert_eq!(references.cite("A"), "[1]");
        assert_eq!(
            references.cite_all(&["C".to_string(), "B".to_string()]),
            "[2, 3]"
        );
        assert_eq!(references.cite_all(&[]), "");
        let listed: Vec<String> = references
            .bibliography()
            .into_iter()
            .map(|(n, w)| format!("{n} {w}"))
            .collect();
        assert_eq!(listed, ["[1] A", "[2] B", "[3] C"]);
    }
}
