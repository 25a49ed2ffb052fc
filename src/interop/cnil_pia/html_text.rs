//! The CNIL tool keeps rich text as HTML (its editor's output); msgdpia keeps plain text. Text
//! goes out as the editor writes it: each line a paragraph, a blank line an empty paragraph
//! (`<p><br></p>`), the spaces HTML would close up as `&nbsp;`, every character that means
//! something in HTML escaped; so that it comes back word for word. HTML comes in as HTML shows
//! it: tags dropped, a line break where a paragraph, line, list item or block ends, runs of
//! white space in the source closed up to one space, `&nbsp;` a space that stays.

/// Plain text as the HTML the tool's editor holds, which [`to_text`] reads back unchanged.
pub fn to_html(text: &str) -> String {
    text.split('\n').map(paragraph).collect()
}

/// One line as a paragraph: an empty one holds the `<br>` the editor puts in an empty paragraph.
fn paragraph(line: &str) -> String {
    if line.is_empty() {
        return "<p><br></p>".to_string();
    }
    let chars: Vec<char> = line.chars().collect();
    let mut html = String::with_capacity(line.len() + 7);
    html.push_str("<p>");
    for (index, &c) in chars.iter().enumerate() {
        match c {
            // A space HTML keeps as it is: one, between two other characters.
            ' ' if kept_space(&chars, index) => html.push(' '),
            ' ' => html.push_str("&nbsp;"),
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            // Tabs and other controls are white space or nothing to HTML: written by number.
            c if c.is_control() => html.push_str(&format!("&#{};", u32::from(c))),
            c => html.push(c),
        }
    }
    html.push_str("</p>");
    html
}

/// Whether the space at `index` survives HTML's closing up of white space as written: neither
/// first nor last, and between two characters that are not spaces.
fn kept_space(chars: &[char], index: usize) -> bool {
    let before = index.checked_sub(1).and_then(|i| chars.get(i));
    let after = chars.get(index + 1);
    matches!((before, after), (Some(b), Some(a)) if *b != ' ' && *a != ' ')
}

/// The text of an HTML fragment as a browser shows it: tags dropped, a line break where a
/// paragraph, line, list item or block ends (an empty paragraph a blank line), the common
/// entities decoded, white space of the source closed up, `&nbsp;` kept as a space. Blank
/// (nothing but spaces) gives an empty text.
pub fn to_text(html: &str) -> String {
    let mut lines = Lines::default();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        lines.text(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            // A lone `<` is text.
            lines.text(after);
            rest = "";
            break;
        };
        match tag_kind(&after[1..end]) {
            Tag::LineBreak => lines.line_break(),
            Tag::Block => lines.block_edge(),
            Tag::Inline => {}
        }
        rest = &after[end + 1..];
    }
    lines.text(rest);
    lines.finish()
}

/// The lines of text read so far, and the line being read.
#[derive(Default)]
struct Lines {
    done: Vec<String>,
    line: String,
    /// White space of the source seen since the last character: one space, if a character
    /// follows on the same line.
    space: bool,
}

impl Lines {
    /// Source text: white space closes up, entities are characters that stay as they are.
    fn text(&mut self, source: &str) {
        let mut rest = source;
        while let Some(c) = rest.chars().next() {
            if c.is_ascii_whitespace() {
                self.space = !self.line.is_empty();
                rest = &rest[c.len_utf8()..];
                continue;
            }
            let (c, length) = match c {
                '&' => entity_at(rest).unwrap_or(('&', 1)),
                c => (c, c.len_utf8()),
            };
            if std::mem::take(&mut self.space) {
                self.line.push(' ');
            }
            self.line.push(c);
            rest = &rest[length..];
        }
    }

    /// `<br>`: the line ends, even an empty one (a blank line).
    fn line_break(&mut self) {
        self.done.push(std::mem::take(&mut self.line));
        self.space = false;
    }

    /// A block starts or ends: the line ends, unless nothing is on it (a block's last `<br>`
    /// has already ended it).
    fn block_edge(&mut self) {
        if !self.line.is_empty() {
            self.line_break();
        }
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.block_edge();
        let text = self.done.join("\n");
        if text.trim().is_empty() {
            String::new()
        } else {
            text
        }
    }
}

/// What a tag does to the lines of text.
enum Tag {
    /// `<br>`.
    LineBreak,
    /// A paragraph, block, list or list item starting or ending.
    Block,
    /// Anything else (`<strong>`…): nothing.
    Inline,
}

/// The entity at the start of `text` (which starts with `&`), as its character and the bytes it
/// takes; `&nbsp;` is a space. `None` for an `&` that starts no entity known.
fn entity_at(text: &str) -> Option<(char, usize)> {
    // Entities are short: looking no further keeps a text of many `&` linear.
    let (end, _) = text.char_indices().take(11).find(|&(_, c)| c == ';')?;
    let c = match &text[1..end] {
        "nbsp" => ' ',
        name => entity(name)?,
    };
    Some((c, end + 1))
}

/// What a tag (its inside, without the angle brackets) does.
fn tag_kind(tag: &str) -> Tag {
    let name: String = tag
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    match name.as_str() {
        "br" => Tag::LineBreak,
        "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr"
        | "blockquote" | "pre" | "table" => Tag::Block,
        _ => Tag::Inline,
    }
}

/// The character a named or numeric entity stands for (without `&` and `;`): those an HTML
/// editor writes for French and English text, and any numeric one.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
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

#[cfg(test)]
mod tests {
    use super::{to_html, to_text};

    #[test]
    fn blank_paragraphs_and_breaks_are_blank_lines_and_source_white_space_closes_up() {
        assert_eq!(to_text("<p>a</p><p><br></p><p>b</p>"), "a\n\nb");
        assert_eq!(to_text("<p>a<br></p>\n<p>b</p>"), "a\nb");
        assert_eq!(to_text("a<br /><br />b"), "a\n\nb");
        assert_eq!(to_text("<p>  a \n  b  </p>"), "a b");
        assert_eq!(to_text("<p>a&nbsp; b</p>"), "a  b");
        assert_eq!(to_text("<div>\u{a0}</div><p><br></p>"), "");
    }

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
    fn text_survives_the_way_out_and_back_word_for_word() {
        let texts = [
            "First  paragraph.\n\nSecond paragraph.",
            "  indented, and trailing  \n\n\nthree blank lines above\n",
            "\nstarts with a blank line",
            "a < b && c > d; \"quoted\" and 'single' &amp; &nbsp; <p>not a tag</p>",
            "Données\u{a0}: élève, 数据、「引號」 — ok\ttab\r",
            "one\n \ntwo",
        ];
        for text in texts {
            let html = to_html(text);
            assert_eq!(to_text(&html), text, "{html}");
        }
        assert_eq!(
            to_html("First  paragraph.\n\nSecond"),
            "<p>First&nbsp;&nbsp;paragraph.</p><p><br></p><p>Second</p>"
        );
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
