//! Files other tools read and write: an assessment handed to another tool, or another tool's
//! work taken in as a new assessment. Pure: the caller reads and writes the files, and the date
//! comes in as data.

pub mod cnil_pia;
