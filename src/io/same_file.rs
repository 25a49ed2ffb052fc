//! Refusing to write over an input: `msgdpia report a.ron -o a.ron` must not replace the
//! assessment with its report. Files are compared as the system knows them (device and inode),
//! so another name for the same file — a symbolic or a hard link — is caught too.

use super::IoError;
use std::path::Path;

/// Refuses `output` when it already exists and is the same file as one of `inputs`.
pub fn refuse_overwriting_inputs(output: &Path, inputs: &[&Path]) -> Result<(), IoError> {
    let Ok(written) = std::fs::metadata(output) else {
        // Not there yet: it cannot be an input.
        return Ok(());
    };
    for input in inputs {
        if let Ok(read) = std::fs::metadata(input)
            && same_file(&written, &read, output, input)
        {
            return Err(IoError::OutputIsInput {
                output: output.display().to_string(),
                input: input.display().to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata, a: &Path, b: &Path) -> bool {
    // Without inodes, the resolved paths tell (hard links are not caught there).
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_by_its_name_a_symbolic_link_or_a_hard_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.ron");
        std::fs::write(&input, "Assessment()").unwrap();
        let other = dir.path().join("b.pdf");
        std::fs::write(&other, "old report").unwrap();
        let new = dir.path().join("c.pdf");
        assert!(
            refuse_overwriting_inputs(&new, &[&input]).is_ok(),
            "a new file"
        );
        assert!(
            refuse_overwriting_inputs(&other, &[&input]).is_ok(),
            "another file"
        );
        let error = refuse_overwriting_inputs(&input, &[&other, &input]).unwrap_err();
        assert!(
            error.to_string().contains("same file as the input"),
            "{error}"
        );
        #[cfg(unix)]
        {
            let symbolic = dir.path().join("link.ron");
            std::os::unix::fs::symlink(&input, &symbolic).unwrap();
            assert!(refuse_overwriting_inputs(&symbolic, &[&input]).is_err());
            let hard = dir.path().join("hard.ron");
            std::fs::hard_link(&input, &hard).unwrap();
            assert!(refuse_overwriting_inputs(&hard, &[&input]).is_err());
        }
    }
}
