//! Wrapped text kept for the whole layout. A report is laid out twice (the second time with the
//! page numbers of its contents), and the look-ahead that keeps a heading with what follows it
//! wraps the next paragraph or table rows before they are placed: without this, each text was
//! wrapped up to four times, a tenth of a report.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::fonts::{Face, Metrics};
use super::wrap::{Line, wrap_linked};

/// What a text was wrapped with besides itself: face, size and width (as bits, so that they can
/// be a key; the same layout always passes the same numbers).
type Setting = (Face, u32, u32);

/// The lines of each text wrapped with one setting.
type ByText = HashMap<String, Rc<[Line]>>;

/// The lines of each text wrapped so far, by setting, then by text (looked up without copying
/// the text).
pub(super) struct WrapMemo<'m> {
    metrics: &'m Metrics,
    kept: RefCell<HashMap<Setting, ByText>>,
}

impl<'m> WrapMemo<'m> {
    /// An empty memo wrapping with `metrics`.
    pub(super) fn new(metrics: &'m Metrics) -> WrapMemo<'m> {
        WrapMemo {
            metrics,
            kept: RefCell::default(),
        }
    }

    /// `text` wrapped as [`wrap_linked`] wraps it, from what was kept when it was wrapped
    /// before with the same face, size and width.
    pub(super) fn linked(&self, text: &str, face: Face, size: f32, width: f32) -> Rc<[Line]> {
        let setting = (face, size.to_bits(), width.to_bits());
        if let Some(lines) = self
            .kept
            .borrow()
            .get(&setting)
            .and_then(|by_text| by_text.get(text))
        {
            return Rc::clone(lines);
        }
        let lines: Rc<[Line]> = wrap_linked(text, self.metrics, face, size, width).into();
        self.kept
            .borrow_mut()
            .entry(setting)
            .or_default()
            .insert(text.to_string(), Rc::clone(&lines));
        lines
    }

    /// How many lines `text` wraps to.
    pub(super) fn count(&self, text: &str, face: Face, size: f32, width: f32) -> usize {
        self.linked(text, face, size, width).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_wrapped_again_gives_the_lines_kept_and_another_width_its_own() {
        let metrics = Metrics::load().unwrap();
        let memo = WrapMemo::new(&metrics);
        let text = "A paragraph long enough to take more than one line at a narrow width.";
        let first = memo.linked(text, Face::Regular, 10.0, 100.0);
        let again = memo.linked(text, Face::Regular, 10.0, 100.0);
        assert!(Rc::ptr_eq(&first, &again));
        assert_eq!(
            &*first,
            wrap_linked(text, &metrics, Face::Regular, 10.0, 100.0)
        );
        let wider = memo.linked(text, Face::Regular, 10.0, 400.0);
        assert!(wider.len() < first.len());
        assert_eq!(memo.count(text, Face::Bold, 10.0, 100.0), {
            wrap_linked(text, &metrics, Face::Bold, 10.0, 100.0).len()
        });
    }
}
