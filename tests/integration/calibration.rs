//! The calibration suite: real published cases, each written as an assessment under
//! `tests/calibration/` from the facts of the case, with the stance an experienced DPO would
//! reach and why. The test scores every scenario, prints the table (scenario, expected,
//! obtained, top risks) and fails when:
//! - a scenario comes out other than expected and its file does not say why in a
//!   `// Disagreement:` paragraph (what the model still gets wrong, or why the case does not
//!   transfer);
//! - a scenario comes out as expected but still carries a `// Disagreement:` (stale);
//! - `docs/calibration.md` is not the table this run produced. Run
//!   `MSGDPIA_BLESS=1 cargo test calibration` to rewrite it after a deliberate change.

use msgdpia::assessment::Assessment;
use msgdpia::bundle::Bundle;
use msgdpia::embedded;
use msgdpia::present::verdict;
use msgdpia::source::SourceFile;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The issue asks for at least this many scenarios from real published cases.
const AT_LEAST: usize = 25;

/// One scenario's header and result.
struct Row {
    file: String,
    case: String,
    expected: String,
    obtained: String,
    top_risks: String,
    disagreement: Option<String>,
}

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/calibration");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/calibration exists")
        .map(|entry| entry.expect("readable folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// The text of a `// Label: …` header line and its `//   ` continuation lines.
fn header(text: &str, label: &str) -> Option<String> {
    let prefix = format!("// {label}:");
    let mut lines = text.lines().skip_while(|line| !line.starts_with(&prefix));
    let first = lines.next()?.trim_start_matches(&prefix).trim().to_string();
    let rest = lines
        .take_while(|line| line.starts_with("//   "))
        .map(|line| line.trim_start_matches("//").trim());
    Some(
        std::iter::once(first.as_str())
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn bundle() -> Bundle {
    Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .expect("the shipped files load")
}

fn row(bundle: &Bundle, path: &Path) -> Row {
    let file = path.file_name().unwrap().to_string_lossy().to_string();
    let text = std::fs::read_to_string(path).expect("readable scenario");
    let expected = header(&text, "Expected").unwrap_or_else(|| panic!("{file}: no Expected"));
    let case = header(&text, "Case").unwrap_or_else(|| panic!("{file}: no Case"));
    assert!(header(&text, "Source").is_some(), "{file}: no Source");
    assert!(header(&text, "Why").is_some(), "{file}: no Why");
    let assessment = match Assessment::load(&SourceFile::new(file.clone(), text.clone())) {
        Ok(checked) => checked.value,
        Err(error) => panic!("{error}"),
    };
    let scoring = bundle.score(&assessment);
    let top_risks = scoring
        .apps
        .iter()
        .flat_map(|app| app.highest_residual(2))
        .map(|r| {
            format!(
                "{} ({})",
                msgdpia::present::names::risk(
                    &bundle.knowledge,
                    &r.risk,
                    msgdpia::present::vocabulary::Words::english(),
                ),
                r.residual.level
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    Row {
        file,
        case: case.split(',').next().unwrap_or_default().to_string(),
        expected,
        obtained: verdict::headline(&scoring, msgdpia::present::vocabulary::Words::english()),
        top_risks,
        disagreement: header(&text, "Disagreement"),
    }
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| Scenario | Case | Expected | Obtained | Top residual risks |\n|---|---|---|---|---|\n",
    );
    for r in rows {
        let mark = if r.expected == r.obtained { "" } else { " ✗" };
        out.push_str(&format!(
            "| {} | {} | {} | {}{mark} | {} |\n",
            r.file.trim_end_matches(".ron"),
            r.case,
            r.expected,
            r.obtained,
            r.top_risks
        ));
    }
    out
}

/// The calibration question the disagreements keep raising, for the reader of the document.
const OPEN_QUESTION: &str = "
## The open question: FORBID with a path, or DEFINE?

Several disagreements share one cause. Under the stance rule, a residual risk that is very high
with the safeguards in place today gives FORBID, even when measures in the catalogue would bring
it down; the report then says what it would take. Some cases were written with the stance the
organisation reached once those measures were in place (DEFINE). Both readings are defensible;
the model keeps FORBID-with-a-path, which never allows a use before its conditions are met, and
the scenarios keep the stance their authors wrote from the facts.
";

fn document(rows: &[Row]) -> String {
    let agree = rows.iter().filter(|r| r.expected == r.obtained).count();
    let mut out = format!(
        "# Calibration against published cases\n\nGenerated by `MSGDPIA_BLESS=1 cargo test calibration` from the scenarios in\n`tests/calibration/`; `cargo test` fails when this file is out of date. Each scenario is a\nreal, published case written as an assessment from the facts of the case, with its sources,\nthe stance a DPO would reach and why (see the header of each file). The model agrees on\n{agree} of {} scenarios.\n\n",
        rows.len()
    );
    out.push_str(&table(rows));
    out.push_str(OPEN_QUESTION);
    let disagreements: Vec<&Row> = rows.iter().filter(|r| r.disagreement.is_some()).collect();
    if !disagreements.is_empty() {
        out.push_str("\n## Where the model disagrees, and why\n\n");
        for r in disagreements {
            out.push_str(&format!(
                "- **{}** (expected {}, obtained {}): {}\n",
                r.file.trim_end_matches(".ron"),
                r.expected,
                r.obtained,
                r.disagreement.as_deref().unwrap_or_default()
            ));
        }
    }
    out
}

#[test]
fn published_cases_come_out_as_a_dpo_would_decide_them() {
    let bundle = bundle();
    let rows: Vec<Row> = scenario_files().iter().map(|p| row(&bundle, p)).collect();
    // Written past libtest's capture, so `cargo test` shows the table on every run.
    let _ = writeln!(std::io::stdout().lock(), "\nCalibration\n{}", table(&rows));
    assert!(rows.len() >= AT_LEAST, "only {} scenarios", rows.len());
    let mut problems = Vec::new();
    for r in &rows {
        match (r.expected == r.obtained, &r.disagreement) {
            (false, None) => problems.push(format!(
                "{}: expected {}, obtained {}, and no `// Disagreement:` says why",
                r.file, r.expected, r.obtained
            )),
            (true, Some(_)) => problems.push(format!(
                "{}: agrees now; remove its `// Disagreement:` paragraph",
                r.file
            )),
            _ => {}
        }
    }
    let generated = document(&rows);
    problems.extend(crate::support::stale_generated_doc(
        "docs/calibration.md",
        &generated,
        "calibration",
    ));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
