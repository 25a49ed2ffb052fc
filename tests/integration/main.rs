//! The integration tests, in one binary.

mod support;

mod architecture;
mod assessment;
mod cli;
#[cfg(feature = "gui")]
mod gui;
mod pdf;
mod scenarios;
mod scoring;
mod validation;
