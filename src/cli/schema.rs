//! `msgdpia schema KIND`: the JSON Schema of a file msgdpia reads (a questionnaire, a knowledge
//! base, an assessment) or of what `score --json` prints. Each is derived (schemars) from the
//! serde structs that the parser fills or the printer writes, so it follows their attributes
//! (defaults, unknown fields refused, flattening) and cannot drift from them. The copies in
//! `docs/schemas/` are checked against these by a test.

use crate::source::SourceFile;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::process::ExitCode;

/// What a schema describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaKind {
    /// A questionnaire file (such as questionnaires/default.ron).
    Questionnaire,
    /// A knowledge-base file (assets/knowledge_base.ron).
    KnowledgeBase,
    /// An assessment file, in the format msgdpia writes.
    Assessment,
    /// What `msgdpia score --json` prints.
    Score,
}

impl SchemaKind {
    /// Every kind, in the order docs/schemas/README.md lists them.
    pub const ALL: [SchemaKind; 4] = [
        SchemaKind::Questionnaire,
        SchemaKind::KnowledgeBase,
        SchemaKind::Assessment,
        SchemaKind::Score,
    ];

    /// Its name on the command line, which is also the stem of its file in docs/schemas/
    /// (`knowledge-base.schema.json`).
    pub fn name(self) -> &'static str {
        match self {
            SchemaKind::Questionnaire => "questionnaire",
            SchemaKind::KnowledgeBase => "knowledge-base",
            SchemaKind::Assessment => "assessment",
            SchemaKind::Score => "score",
        }
    }
}

/// How a RON file's data reads as JSON, said in every file format's schema: JSON tools need it
/// to make sense of the schema, and the RON file never shows it.
const DATA_MODEL: &str = "The file is RON; this schema describes its data in serde's data model, \
written as JSON: a struct is an object of its fields (the struct's name before its parenthesis \
is not part of the data), a list is an array, a map is an object, an enum's variant without \
data is its name as a string, any other variant is an object whose one key is the variant's \
name, and an optional value is the value itself or null. Fields with a default may be left out; \
a field the schema does not list is refused. Fitting the schema means the file parses: msgdpia \
then checks its ids, references and ranges (`msgdpia check`).";

/// Prints the schema of `kind` (`msgdpia schema KIND`).
pub(super) fn run(kind: SchemaKind) -> anyhow::Result<ExitCode> {
    print!("{}", schema_text(kind));
    Ok(ExitCode::SUCCESS)
}

/// The schema of `kind` as indented JSON ending in a newline: what `msgdpia schema KIND` prints
/// and docs/schemas/ holds. The same on every run: the keys of every object are sorted.
pub fn schema_text(kind: SchemaKind) -> String {
    // `{:#}` is serde_json's indented form, which cannot fail for a value already built.
    format!("{:#}\n", Value::from(schema(kind)))
}

/// The schema, with a title and description saying what it describes and in which version.
fn schema(kind: SchemaKind) -> Schema {
    let (mut schema, title, description) = match kind {
        SchemaKind::Questionnaire => (
            for_reading::<crate::questionnaire::raw::Questionnaire>(),
            "msgdpia questionnaire file".to_string(),
            format!(
                "A questionnaire file of msgdpia (such as questionnaires/default.ron): \
                 its sections, questions, rules and regimes. {DATA_MODEL}"
            ),
        ),
        SchemaKind::KnowledgeBase => (
            for_reading::<crate::knowledge::raw::KnowledgeBase>(),
            "msgdpia knowledge base file".to_string(),
            format!(
                "A knowledge-base file of msgdpia (such as assets/knowledge_base.ron): its \
                 risks, exposures, controls, fact definitions and apps with their sourced \
                 facts. {DATA_MODEL}"
            ),
        ),
        SchemaKind::Assessment => {
            let version = crate::assessment::FORMAT_VERSION;
            (
                for_reading::<crate::assessment::raw::Assessment>(),
                format!("msgdpia assessment file, format_version {version}"),
                format!(
                    "An assessment file of msgdpia in format {version}, the one it writes \
                     (formats 2 to {} are the same less the fields added since; format 1 is \
                     read and migrated, but not described here). {DATA_MODEL}",
                    version - 1
                ),
            )
        }
        SchemaKind::Score => {
            let version = super::score::SCHEMA_VERSION;
            (
                for_writing::<super::score::ScoreJson<'static>>(),
                format!("msgdpia score --json, schema_version {version}"),
                format!(
                    "What `msgdpia score ASSESSMENT --json` prints: the stance, the screening \
                     and, for each app, every risk inherent and residual with its why-trail. \
                     schema_version is {version}; it rises whenever a field is renamed, removed \
                     or changes meaning, and stays when a field is added."
                ),
            )
        }
    };
    schema.insert("title".into(), title.into());
    schema.insert("description".into(), description.into());
    schema
}

/// The schema of what the parser accepts into `T`: serde's reading side, where a field with a
/// default may be left out.
fn for_reading<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The schema of what `T` is written as: serde's writing side, where every field not skipped is
/// always there.
fn for_writing<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// The data of a file of `kind` in the JSON data model its schema describes: the RON parsed as
/// msgdpia parses it, into the same structs, and written with serde_json; what `score --json`
/// printed is JSON already, and is only parsed. For JSON tools, and for the test that every
/// shipped file fits its schema.
pub fn file_as_json(kind: SchemaKind, source: &SourceFile) -> anyhow::Result<Value> {
    match kind {
        SchemaKind::Questionnaire => as_json::<crate::questionnaire::raw::Questionnaire>(source),
        SchemaKind::KnowledgeBase => as_json::<crate::knowledge::raw::KnowledgeBase>(source),
        SchemaKind::Assessment => as_json::<crate::assessment::raw::Assessment>(source),
        SchemaKind::Score => Ok(serde_json::from_str(source.text())?),
    }
}

/// `source` parsed into `T` and written as a JSON value.
fn as_json<T: DeserializeOwned + Serialize>(source: &SourceFile) -> anyhow::Result<Value> {
    let parsed: T = crate::ron_file::parse(source)?;
    Ok(serde_json::to_value(parsed)?)
}
