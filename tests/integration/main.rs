//! The integration tests, in one binary.

mod support;

mod scoring;
mod pdf;
mod validation;
