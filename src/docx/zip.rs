//! The zip container of a Word document, written by hand: a .docx needs only the oldest zip,
//! deflated entries with a central directory, and writing it here keeps every byte ours to fix
//! (one timestamp for every entry, entries in the order given) with flate2, already in the build.

use super::DocxError;
use flate2::write::DeflateEncoder;
use std::io::Write;

/// The zip's own epoch, 1980-01-01 00:00, as MS-DOS writes a date: the same timestamp on every
/// entry of every document, so that the same report always gives the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;
/// Midnight.
const DOS_TIME: u16 = 0;
/// Deflate, the one compression method every reader of Office files knows.
const DEFLATED: u16 = 8;
/// Zip 2.0: the version that brought deflate.
const VERSION: u16 = 20;

/// One file of the package, compressed, with what the central directory repeats about it.
struct Entry {
    name: String,
    crc: u32,
    size: u32,
    compressed: Vec<u8>,
}

/// The entries of a zip, in the order they are added.
#[derive(Default)]
pub(super) struct Zip {
    entries: Vec<Entry>,
}

impl Zip {
    /// Adds the file `name` (a path inside the package, with `/`) holding `data`.
    pub(super) fn add(&mut self, name: &str, data: &[u8]) -> Result<(), DocxError> {
        let mut crc = flate2::Crc::new();
        crc.update(data);
        let mut encoder = DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(data)?;
        self.entries.push(Entry {
            name: name.to_string(),
            crc: crc.sum(),
            size: size_of(data.len())?,
            compressed: encoder.finish()?,
        });
        Ok(())
    }

    /// The zip file: each entry's local header and data, then the central directory.
    pub(super) fn finish(self) -> Result<Vec<u8>, DocxError> {
        let mut out = Vec::new();
        let mut offsets = Vec::with_capacity(self.entries.len());
        for entry in &self.entries {
            offsets.push(size_of(out.len())?);
            out.extend(0x0403_4b50u32.to_le_bytes());
            out.extend(VERSION.to_le_bytes());
            common_fields(&mut out, entry)?;
            out.extend(0u16.to_le_bytes()); // no extra field
            out.extend(entry.name.as_bytes());
            out.extend(&entry.compressed);
        }
        let directory_start = size_of(out.len())?;
        for (entry, offset) in self.entries.iter().zip(offsets) {
            out.extend(0x0201_4b50u32.to_le_bytes());
            out.extend(VERSION.to_le_bytes()); // made by: MS-DOS, zip 2.0
            out.extend(VERSION.to_le_bytes());
            common_fields(&mut out, entry)?;
            // No extra field, comment, disk number, attributes.
            out.extend([0u8; 12]);
            out.extend(offset.to_le_bytes());
            out.extend(entry.name.as_bytes());
        }
        let directory_size = size_of(out.len())? - directory_start;
        let count = u16::try_from(self.entries.len()).map_err(|_| DocxError::TooLarge)?;
        out.extend(0x0605_4b50u32.to_le_bytes());
        out.extend([0u8; 4]); // this disk, the directory's disk
        out.extend(count.to_le_bytes());
        out.extend(count.to_le_bytes());
        out.extend(directory_size.to_le_bytes());
        out.extend(directory_start.to_le_bytes());
        out.extend(0u16.to_le_bytes()); // no comment
        Ok(out)
    }
}

/// The fields the local header and the central directory share, from the flags to the name's
/// length.
fn common_fields(out: &mut Vec<u8>, entry: &Entry) -> Result<(), DocxError> {
    out.extend(0u16.to_le_bytes()); // flags: sizes known up front, names in ASCII
    out.extend(DEFLATED.to_le_bytes());
    out.extend(DOS_TIME.to_le_bytes());
    out.extend(DOS_DATE.to_le_bytes());
    out.extend(entry.crc.to_le_bytes());
    out.extend(size_of(entry.compressed.len())?.to_le_bytes());
    out.extend(entry.size.to_le_bytes());
    let name_length = u16::try_from(entry.name.len()).map_err(|_| DocxError::TooLarge)?;
    out.extend(name_length.to_le_bytes());
    Ok(())
}

/// A size or offset as the zip writes it; a report never comes near the 4 GiB that would need
/// Zip64.
fn size_of(length: usize) -> Result<u32, DocxError> {
    u32::try_from(length).map_err(|_| DocxError::TooLarge)
}
