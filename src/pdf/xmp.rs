//! The document's XMP metadata (ISO 16684-1), which archives, document management systems and
//! screen readers read in preference to the older information dictionary: title, author,
//! subject, language, dates and producer, the same values as the information dictionary (PDF/A
//! requires them to agree), and the PDF/A-2u identification.

use crate::report::document::Document;
use lopdf::{Dictionary, Object, Stream};

/// Adds the XMP packet of `document` to the catalog of `pdf`, uncompressed (so tools that do
/// not inflate streams can still read it, as PDF/A asks).
pub(super) fn write(pdf: &mut lopdf::Document, document: &Document, producer: &str) {
    let Ok(root) = pdf.trailer.get(b"Root").and_then(Object::as_reference) else {
        return;
    };
    let mut dictionary = Dictionary::new();
    dictionary.set("Type", Object::Name(b"Metadata".to_vec()));
    dictionary.set("Subtype", Object::Name(b"XML".to_vec()));
    let stream =
        Stream::new(dictionary, packet(document, producer).into_bytes()).with_compression(false);
    let id = pdf.add_object(Object::Stream(stream));
    if let Ok(catalog) = pdf.get_object_mut(root).and_then(Object::as_dict_mut) {
        catalog.set("Metadata", Object::Reference(id));
    }
}

/// The XMP packet.
fn packet(document: &Document, producer: &str) -> String {
    let date = format!("{}T00:00:00Z", document.date);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<xmp:CreatorTool>Messaging DPIA (msgdpia)</xmp:CreatorTool>
<pdf:Producer>{producer}</pdf:Producer>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>U</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{FEFF}',
        title = escape(&document.title),
        author = escape(&document.author),
        subject = escape(&document.subject),
        language = escape(&document.labels.language),
        producer = escape(producer),
    )
}

/// Text as XML character data, on one line.
fn escape(text: &str) -> String {
    crate::markup::escape(&one_line(text), " ")
}

/// `text` as the information dictionary and the XMP both hold it: on one line, without control
/// characters, so that the two agree character for character.
pub(super) fn one_line(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_text_is_one_line_without_control_characters() {
        assert_eq!(one_line("Smith\r\nJones\tLLP\u{7}"), "Smith  Jones LLP");
    }

    #[test]
    fn the_packet_escapes_what_xml_must_not_see_raw() {
        assert_eq!(
            escape("Müller & <Associés> \"x\"\u{7}"),
            "Müller &amp; &lt;Associés&gt; &quot;x&quot;"
        );
    }
}
