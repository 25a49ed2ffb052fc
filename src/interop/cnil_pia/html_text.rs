//! The CNIL tool keeps rich text as HTML (its editor's output); msgdpia keeps plain text. Text
//! goes out escaped, one paragraph a line; HTML comes in as its text, block ends as line breaks.

/// Plain text as the HTML the tool's editor holds: each line a paragraph, every character that
/// means something in HTML escaped.
pub fn to_html(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| format!("<p>{}</p>", crate::markup::escape(line, " ")))
        .collect()
}

/// The text of an HTML fragment: tags dropped, a line break where a paragraph, line, list item
/// or block ends, the common entities decoded, runs of blank lines and spaces closed up.
pub fn to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            // A lone `<` is text.
            text.push_str(after);
            rest = "";
            break;
        };
        if breaks_line(&after[1..end]) {
            text.push('\n');
        }
        rest = &after[end + 1..];
    }
    text.push_str(rest);
    tidy(&decode_entities(&text))
}

/// Whether a tag (its inside, without the angle brackets) ends a line.
fn breaks_line(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    let closing = tag.starts_with('/');
    name == "br"
        || (closing
            && matches!(
                name.as_str(),
                "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "tr"
            ))
}

/// The entities an HTML editor writes for French and English text, and numeric ones; any
/// other is left as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let decoded = after
            .find(';')
            .filter(|&end| end <= 10)
            .and_then(|end| entity(&after[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "laquo" => Some('«'),
        "raquo" => Some('»'),
        "lsquo" => Some('‘'),
        "rsquo" => Some('’'),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "hellip" => Some('…'),
        "ndash" => Some('–'),
        "mdash" => Some('—'),
        "euro" => Some('€'),
        "oelig" => Some('œ'),
        "OElig" => Some('Œ'),
        "ccedil" => Some('ç'),
        "Ccedil" => Some('Ç'),
        _ => {
            if let Some(letter) = accented(name) {
                return Some(letter);
            }
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// `eacute`, `Agrave`, `ocirc`…: a vowel and its accent.
fn accented(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let base = chars.next()?;
    let accent = chars.as_str();
    let table: &[(&str, &str, &str)] = &[
        ("acute", "aeiouy", "áéíóúý"),
        ("grave", "aeiou", "àèìòù"),
        ("circ", "aeiou", "âêîôû"),
        ("uml", "aeiouy", "äëïöüÿ"),
        ("acute", "AEIOUY", "ÁÉÍÓÚÝ"),
        ("grave", "AEIOU", "ÀÈÌÒÙ"),
        ("circ", "AEIOU", "ÂÊÎÔÛ"),
        ("uml", "AEIOU", "ÄËÏÖÜ"),
    ];
    table
        .iter()
        .filter(|(name, _, _)| *name == accent)
        .find_map(|(_, bases, letters)| {
            let index = bases.chars().position(|b| b == base)?;
            letters.chars().nth(index)
        })
}

/// Spaces closed up within lines, blank lines dropped, ends trimmed.
fn tidy(text: &str) -> String {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::{to_html, to_text};

    #[test]
    fn text_goes_out_escaped_and_comes_back_the_same() {
        let text = "Rates & <fees> \"quoted\"\nSecond line";
        let html = to_html(text);
        assert_eq!(
            html,
            "<p>Rates &amp; &lt;fees&gt; &quot;quoted&quot;</p><p>Second line</p>"
        );
        assert_eq!(to_text(&html), text);
    }

    #[test]
    fn the_editors_html_becomes_lines_of_text() {
        let html = "<div>Les <strong>donn&eacute;es</strong>&nbsp;:<br />\n<ul>\n<li>un&#39;e &Agrave; &ecirc;tre &unknown;</li><li>deux</li>\n</ul></div> a < b";
        assert_eq!(
            to_text(html),
            "Les données :\nun'e À être &unknown;\ndeux\na < b"
        );
    }
}
