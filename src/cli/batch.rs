//! `msgdpia report A.ron B.ron … --output-dir DIR`: many reports at once, on every core. Each
//! report is written atomically to `DIR/<name>.pdf` (`.html` or `.docx` with `--format`); a
//! file that fails is reported and the others are still written.

use super::EXIT_INVALID;
use super::report::{Settings, render};
use crate::io::{refuse_overwriting_inputs, write_atomic};
use anyhow::bail;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Renders every assessment in `inputs` into `folder`, using all cores.
pub(super) fn run(
    inputs: &[PathBuf],
    folder: &Path,
    settings: &Settings<'_>,
) -> anyhow::Result<ExitCode> {
    let words = crate::present::vocabulary::Words::shared(settings.language);
    if !folder.is_dir() {
        bail!(
            "{}: {}",
            folder.display(),
            words.get("cli-output-folder-missing")
        );
    }
    let outputs = output_paths(inputs, folder, settings.format.extension(), words)?;
    let started = crate::io::Stopwatch::start();
    let failures = render_all(inputs, &outputs, settings);
    let seconds = started.elapsed().as_secs_f64();
    let written = inputs.len() - failures;
    let mut args = crate::present::vocabulary::FluentArgs::new();
    args.set("written", written);
    args.set("total", inputs.len());
    args.set("folder", folder.display().to_string());
    args.set("seconds", format!("{seconds:.2}"));
    args.set("failed", failures);
    println!("{}", words.with("cli-batch-wrote", &args));
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INVALID)
    })
}

/// `DIR/<name>.<extension>` for each input, where `<name>` is the input's name without `.msgdpia`,
/// `.ron`, `.msgdpia.age` or `.ron.age`. Two inputs with the same name would overwrite each other's report, so that is
/// refused before anything is written, in `words`' language.
fn output_paths(
    inputs: &[PathBuf],
    folder: &Path,
    extension: &str,
    words: &crate::present::vocabulary::Words,
) -> anyhow::Result<Vec<PathBuf>> {
    let mut seen: HashMap<PathBuf, &Path> = HashMap::new();
    let mut outputs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let name = input
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = [".msgdpia.age", ".ron.age", ".age", ".msgdpia", ".ron"]
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix))
            .unwrap_or(&name);
        let output = folder.join(format!("{stem}.{extension}"));
        if let Some(first) = seen.insert(output.clone(), input) {
            bail!(words.with_texts(
                "cli-same-report-name",
                &[
                    ("first", &first.display().to_string()),
                    ("second", &input.display().to_string()),
                    ("output", &output.display().to_string()),
                ],
            ));
        }
        outputs.push(output);
    }
    Ok(outputs)
}

/// Renders and writes every report on as many threads as there are cores; returns how many
/// failed. Threads take the next file from a shared counter, so a slow file never holds up
/// the others.
fn render_all(inputs: &[PathBuf], outputs: &[PathBuf], settings: &Settings<'_>) -> usize {
    let next = AtomicUsize::new(0);
    let failures = AtomicUsize::new(0);
    // No report may replace any of the batch's inputs (an output folder that is the input
    // folder, a report named like an assessment).
    let all_inputs: Vec<&Path> = inputs
        .iter()
        .map(PathBuf::as_path)
        .chain(settings.sources.files())
        .collect();
    // Messages of one file are printed together, never interleaved with another's.
    let stderr = Mutex::new(());
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(inputs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let (Some(input), Some(output)) = (inputs.get(index), outputs.get(index))
                    else {
                        break;
                    };
                    let result = refuse_overwriting_inputs(output, &all_inputs)
                        .map_err(anyhow::Error::from)
                        .and_then(|()| render(input, settings))
                        .and_then(|(bytes, _, notes)| {
                            write_atomic(output, &bytes)?;
                            Ok(notes)
                        });
                    let _guard = stderr.lock().unwrap_or_else(|e| e.into_inner());
                    match result {
                        Ok(notes) => {
                            for note in notes {
                                let words =
                                    crate::present::vocabulary::Words::shared(settings.language);
                                let said = [("text", note.as_str())];
                                eprintln!("{}", words.with_texts("score-warning", &said));
                            }
                        }
                        Err(error) => {
                            failures.fetch_add(1, Ordering::Relaxed);
                            let words =
                                crate::present::vocabulary::Words::shared(settings.language);
                            eprintln!("msgdpia: {}", super::language::worded(&error, words));
                        }
                    }
                }
            });
        }
    });
    failures.into_inner()
}

#[cfg(test)]
mod tests {
    use super::output_paths;
    use std::path::{Path, PathBuf};

    #[test]
    fn outputs_are_named_after_their_inputs_and_clashes_are_refused() {
        let inputs = [PathBuf::from("a/hk.ron"), PathBuf::from("b/uk.ron.age")];
        let outputs = output_paths(
            &inputs,
            Path::new("out"),
            "pdf",
            crate::present::vocabulary::Words::english(),
        )
        .unwrap();
        assert_eq!(
            outputs,
            [PathBuf::from("out/hk.pdf"), PathBuf::from("out/uk.pdf")]
        );
        let clash = [PathBuf::from("a/hk.ron"), PathBuf::from("b/hk.ron")];
        let error = output_paths(
            &clash,
            Path::new("out"),
            "pdf",
            crate::present::vocabulary::Words::english(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.contains("a/hk.ron") && error.contains("b/hk.ron"),
            "{error}"
        );
    }
}
