//! The files parsed last, kept for the process. Writing a report in French or Chinese parses
//! the knowledge base and the questionnaire again to lay their translations over them: the same
//! text, just parsed to check the assessment (a tenth of a translated report). Only what parsed
//! without error is kept, and only the last few files, so an app open all day holds a few
//! megabytes at most.

use std::any::{Any, TypeId};
use std::borrow::Cow;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::InvalidFile;
use crate::recent::Recent;
use crate::ron_file;
use crate::source::SourceFile;

/// A parsed file's key: the type it was parsed into and its whole text (borrowed for a text
/// built into the binary). Comparing texts costs far less than parsing one, and cannot mistake
/// one file for another as a name could.
type Key = (TypeId, Cow<'static, str>);

/// The knowledge bases and questionnaires parsed last, as raw structs.
static PARSED: Recent<Key, Arc<dyn Any + Send + Sync>> = Recent::new(4);

/// `source` parsed as [`ron_file::parse`] parses it, or a copy of what it gave for the same
/// text before. Errors are never kept: a bad file is parsed, and refused, every time.
pub(crate) fn parse_kept<T>(source: &SourceFile) -> Result<T, InvalidFile>
where
    T: DeserializeOwned + Clone + Send + Sync + 'static,
{
    if let Some(value) = kept::<T>(source.text()) {
        return Ok(value);
    }
    let value: T = ron_file::parse(source)?;
    PARSED.keep(
        (TypeId::of::<T>(), source.text_to_keep()),
        Arc::new(value.clone()),
    );
    Ok(value)
}

/// A copy of the value kept for `text` parsed as a `T`, if there is one.
fn kept<T: Clone + 'static>(text: &str) -> Option<T> {
    let kind = TypeId::of::<T>();
    PARSED
        .get(|(k, kept)| *k == kind && kept == text)
        .and_then(|value| value.downcast_ref::<T>().cloned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_parses_is_kept_by_its_text_and_type_and_one_that_does_not_never() {
        // Texts of this test's own, since the store is shared with tests running alongside.
        let text = "[7, 70, 700, 7000]";
        let source = SourceFile::new("numbers.ron", text);
        assert!(kept::<Vec<u32>>(text).is_none());
        let parsed: Vec<u32> = parse_kept(&source).unwrap();
        assert_eq!(kept::<Vec<u32>>(text), Some(parsed));
        // The same text as another type is not that value.
        assert!(kept::<Vec<u64>>(text).is_none());
        let bad = "[7, 70,, 700]";
        assert!(parse_kept::<Vec<u32>>(&SourceFile::new("bad.ron", bad)).is_err());
        assert!(kept::<Vec<u32>>(bad).is_none());
    }
}
