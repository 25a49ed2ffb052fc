//! The integration tests, in one binary.

mod support;

mod architecture;
mod assessment;
mod cli;
mod pdf;
mod scoring;
mod validation;
