//! Text as Word runs: escaped, line breaks kept, and each web address in it a hyperlink, found
//! as the PDF and the HTML find them (`web_address`), so all three make the same words clickable.

/// The web addresses the document links to, each once, numbered in the order of their first
/// link: each is an external relationship of the document part.
#[derive(Debug, Default)]
pub(super) struct Links {
    addresses: Vec<String>,
}

impl Links {
    /// The relationship id of `address`, given on its first link.
    fn id(&mut self, address: &str) -> String {
        let index = match self.addresses.iter().position(|a| a == address) {
            Some(index) => index,
            None => {
                self.addresses.push(address.to_string());
                self.addresses.len() - 1
            }
        };
        link_id(index)
    }

    /// Each address with its relationship id, in order.
    pub(super) fn relationships(&self) -> impl Iterator<Item = (String, &str)> {
        self.addresses
            .iter()
            .enumerate()
            .map(|(index, address)| (link_id(index), address.as_str()))
    }
}

fn link_id(index: usize) -> String {
    format!("rIdLink{}", index + 1)
}

/// `text` as character data: the markup characters as entities, control characters dropped.
pub(super) fn escape(text: &str) -> String {
    crate::markup::escape(text, "")
}

/// `text` as one run with the run properties `properties` (the inside of `w:rPr`, empty for
/// none); each line break of the text a break of the run. Nothing for an empty text.
pub(super) fn plain(text: &str, properties: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let properties = if properties.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{properties}</w:rPr>")
    };
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| format!("<w:t xml:space=\"preserve\">{}</w:t>", escape(line)))
        .collect();
    format!("<w:r>{properties}{}</w:r>", lines.join("<w:br/>"))
}

/// `text` as runs with the run properties `properties`, each web address in it a hyperlink.
pub(super) fn linked(text: &str, properties: &str, links: &mut Links) -> String {
    let mut out = String::new();
    let mut pending = String::new();
    for (index, word) in text.split(' ').enumerate() {
        if index > 0 {
            pending.push(' ');
        }
        match crate::web_address::in_word(word) {
            Some((range, address)) => {
                pending.push_str(&word[..range.start]);
                out.push_str(&plain(&pending, properties));
                pending.clear();
                out.push_str(&format!(
                    "<w:hyperlink r:id=\"{}\" w:history=\"1\">{}</w:hyperlink>",
                    links.id(&address),
                    plain(
                        &address,
                        &format!("<w:rStyle w:val=\"Hyperlink\"/>{properties}")
                    )
                ));
                pending.push_str(&word[range.end..]);
            }
            None => pending.push_str(word),
        }
    }
    out.push_str(&plain(&pending, properties));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_one_link_and_its_relationship_is_shared() {
        let mut links = Links::default();
        let runs = linked("See https://a.org/x. Then https://a.org/x", "", &mut links);
        assert_eq!(runs.matches("<w:hyperlink r:id=\"rIdLink1\"").count(), 2);
        assert!(runs.contains(">See </w:t>"));
        assert!(runs.contains(">. Then </w:t>"));
        assert_eq!(links.relationships().count(), 1);
        assert_eq!(
            plain("a & b\nc", "<w:b/>"),
            "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">a &amp; b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t></w:r>"
        );
    }
}
