//! The integration tests, in one binary.

mod support;

mod architecture;
mod assessment;
mod calibration;
mod cli;
mod cnil_pia;
mod comparison;
mod crash;
mod desktop;
mod docx;
mod encryption;
mod error_languages;
mod fuzz_inputs;
#[cfg(feature = "gui")]
mod gui;
#[cfg(feature = "gui")]
mod gui_languages;
mod hostile;
mod judgement;
#[cfg(feature = "gui")]
mod keyboard;
mod malformed;
#[cfg(feature = "gui")]
mod manchester;
mod pdf;
mod pdf_archival;
mod properties;
mod release;
mod report_languages;
mod scenarios;
mod schemas;
mod scoring;
#[cfg(feature = "gui")]
mod sharing;
mod translations;
mod validation;
mod vocabulary;
