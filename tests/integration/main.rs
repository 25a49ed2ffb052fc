//! The integration tests, in one binary.

mod support;

mod examples;
