//! The CNIL PIA tool's JSON export (LINCnil/pia), both ways: an assessment written as a file
//! the tool's "Import" button takes, and such a file taken in as a new assessment, with the
//! list of what could not be carried over. The mapping, field by field, and the sources it was
//! read from are in docs/interop.md.

mod export;
mod html_text;
mod import;
mod json_path;
pub mod model;
mod structure;

pub use export::{ExportWords, export};
pub use import::{Imported, Place, Unmapped, Why, import, parse};
pub use structure::{FEARED_EVENT_ITEMS, RiskItem};
