//! SHA-256 fingerprints of the questionnaire and knowledge base a report was made with, so a
//! reader can tell exactly which versions of the files produced it; and the one way bytes are
//! written as hex and read back anywhere in the program.

use sha2::{Digest, Sha256};

/// The SHA-256 of a text, as 64 lower-case hex digits.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Bytes as lower-case hex digits, two per byte.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The bytes that `hex` wrote, or `None` when the text (trimmed) is not exactly `N` bytes of hex.
pub fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.trim();
    if text.len() != 2 * N || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut bytes = [0; N];
    for (byte, pair) in bytes.iter_mut().zip(text.as_bytes().chunks(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn matches_the_published_test_vector() {
        assert_eq!(
            super::sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn hex_reads_back_and_refuses_the_wrong_length_or_a_non_digit() {
        let bytes = [0x00, 0x7f, 0xab, 0xff];
        assert_eq!(super::hex(&bytes), "007fabff");
        assert_eq!(super::from_hex::<4>(" 007fabff\n"), Some(bytes));
        assert_eq!(super::from_hex::<4>("007fab"), None);
        assert_eq!(super::from_hex::<4>("007fabfg"), None);
        assert_eq!(super::from_hex::<4>("+07fabff"), None);
    }
}
