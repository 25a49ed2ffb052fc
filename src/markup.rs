//! Text made safe for HTML and XML (the HTML export and the PDF's XMP metadata): the five
//! characters markup gives meaning to become entities, control characters are dropped, and a
//! line break becomes what the caller asks for.

/// `text` as markup character data, with each line break replaced by `line_break`.
pub fn escape(text: &str, line_break: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str(line_break),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_become_entities_and_controls_go() {
        assert_eq!(
            super::escape("Müller & <Associés> \"x\" 'y'\u{7}\nz", "<br>"),
            "Müller &amp; &lt;Associés&gt; &quot;x&quot; &#39;y&#39;<br>z"
        );
    }
}
