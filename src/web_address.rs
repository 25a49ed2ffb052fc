//! Web addresses in running text (`http://…`, `https://…`), found the same way for the PDF's
//! links and the HTML's, so both make the same words clickable.

use std::ops::Range;

/// The web address in `word` and its byte range there: from `http://` or `https://` to the first
/// white space, character outside ASCII (an address writes those percent-encoded, so "。" or
/// 「）」 straight after one in Chinese text is the sentence's) or the end, less the punctuation
/// that closes a sentence or a bracket around it. `None` when there is none, or only the scheme.
pub fn in_word(word: &str) -> Option<(Range<usize>, String)> {
    let start = first(word, "https://").or_else(|| first(word, "http://"))?;
    let rest = &word[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || !c.is_ascii())
        .unwrap_or(rest.len());
    let address = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '"', '”', '’']);
    let scheme = if address.starts_with("https://") {
        8
    } else {
        7
    };
    (address.len() > scheme).then(|| (start..start + address.len(), address.to_string()))
}

/// Where `scheme` (which starts with "h") first starts in `word`. A plain `find` sets up a
/// substring search for every word of a report, which took a twentieth of one; this looks only
/// at each "h".
fn first(word: &str, scheme: &str) -> Option<usize> {
    word.match_indices('h')
        .map(|(index, _)| index)
        .find(|index| word[*index..].starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_ends_before_the_punctuation_around_it() {
        assert_eq!(
            in_word("(https://example.org/a)."),
            Some((1..22, "https://example.org/a".to_string()))
        );
        assert_eq!(
            in_word("（見 http://www.pcpd.org.hk/a.html）。《條例》"),
            Some((7..36, "http://www.pcpd.org.hk/a.html".to_string()))
        );
        assert_eq!(in_word("https://"), None);
        assert_eq!(in_word("no address"), None);
        // The secure address first, wherever it stands, as before.
        assert_eq!(
            in_word("http://a.org/?next=https://b.org"),
            Some((19..32, "https://b.org".to_string()))
        );
        assert_eq!(
            in_word("hhttps://c.org"),
            Some((1..14, "https://c.org".to_string()))
        );
    }
}
