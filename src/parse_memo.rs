//! The files parsed last, kept for the process. Writing a report in French or Chinese parses
//! the knowledge base and the questionnaire again to lay their translations over them: the same
//! text, just parsed to check the assessment (a tenth of a translated report). Only what parsed
//! without error is kept, and only the last few files, so an app open all day holds a few
//! megabytes at most.

use std::any::{Any, TypeId};
use std::sync::Mutex;

use serde::de::DeserializeOwned;

use crate::diagnostic::InvalidFile;
use crate::ron_file;
use crate::source::SourceFile;

/// How many parsed files are kept: a knowledge base, a questionnaire and their translations.
const KEPT: usize = 4;

/// A parsed file: the type it was parsed into, its text, and the value.
struct Parsed {
    kind: TypeId,
    text: String,
    value: Box<dyn Any + Send>,
}

/// The files parsed last, the most recent first.
static KEPT_FILES: Mutex<Vec<Parsed>> = Mutex::new(Vec::new());

/// `source` parsed as [`ron_file::parse`] parses it, or a copy of what it gave for the same
/// text before. Errors are never kept: a bad file is parsed, and refused, every time.
pub(crate) fn parse_kept<T>(source: &SourceFile) -> Result<T, InvalidFile>
where
    T: DeserializeOwned + Clone + Send + 'static,
{
    let kind = TypeId::of::<T>();
    if let Some(value) = kept(kind, source.text()) {
        return Ok(value);
    }
    let value: T = ron_file::parse(source)?;
    let mut files = KEPT_FILES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    files.insert(
        0,
        Parsed {
            kind,
            text: source.text().to_string(),
            value: Box::new(value.clone()),
        },
    );
    files.truncate(KEPT);
    Ok(value)
}

/// A copy of the value kept for `text` parsed as `kind`, if there is one.
fn kept<T: Clone + 'static>(kind: TypeId, text: &str) -> Option<T> {
    let files = KEPT_FILES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Comparing the texts costs far less than parsing one, and cannot mistake one file for
    // another as a digest or a file name could.
    files
        .iter()
        .find(|file| file.kind == kind && file.text == text)
        .and_then(|file| file.value.downcast_ref::<T>())
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_parsed_again_gives_the_same_value_and_a_bad_one_is_refused_each_time() {
        let source = SourceFile::new("list.ron", "[1, 2, 3]");
        let first: Vec<u32> = parse_kept(&source).unwrap();
        let again: Vec<u32> = parse_kept(&source).unwrap();
        assert_eq!(first, again);
        // The same text as another type is parsed as that type.
        let as_floats: Vec<f64> = parse_kept(&source).unwrap();
        assert_eq!(as_floats, vec![1.0, 2.0, 3.0]);
        let bad = SourceFile::new("bad.ron", "[1, 2,, 3]");
        assert!(parse_kept::<Vec<u32>>(&bad).is_err());
        assert!(parse_kept::<Vec<u32>>(&bad).is_err());
    }
}
