//! What makes the report a PDF/A-2u file (ISO 19005-2, level U) beyond what the rest of
//! `src/pdf` already writes (embedded fonts with Unicode maps, printable link annotations, XMP
//! metadata that says the same as the information dictionary): the output intent that says what
//! the report's colours mean, and an information dictionary without the empty or unmatched
//! entries printpdf leaves in it.

use lopdf::{Dictionary, Object, Stream, StringFormat};

/// Adds the sRGB output intent to the catalog.
pub(super) fn add_output_intent(document: &mut lopdf::Document) {
    let Ok(root) = document.trailer.get(b"Root").and_then(Object::as_reference) else {
        return;
    };
    let mut profile = Dictionary::new();
    profile.set("N", Object::Integer(3));
    let profile = document.add_object(Object::Stream(Stream::new(
        profile,
        super::icc::srgb_profile(),
    )));
    let text = |text: &str| Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    intent.set("OutputConditionIdentifier", text(super::icc::DESCRIPTION));
    intent.set("RegistryName", text("http://www.color.org"));
    intent.set("Info", text(super::icc::DESCRIPTION));
    intent.set("DestOutputProfile", Object::Reference(profile));
    if let Ok(catalog) = document.get_object_mut(root).and_then(Object::as_dict_mut) {
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(intent)]),
        );
    }
}

/// Removes from the information dictionary what the XMP metadata does not repeat, since PDF/A
/// requires the two to agree: empty strings printpdf writes (`/Keywords ()`, `/Identifier ()`,
/// an empty `/GTS_PDFXVersion`, which also makes readers claim PDF/X conformance) and
/// `/Trapped`.
pub(super) fn tidy_information(document: &mut lopdf::Document) {
    let Ok(info) = document.trailer.get(b"Info").and_then(Object::as_reference) else {
        return;
    };
    let Ok(info) = document.get_object_mut(info).and_then(Object::as_dict_mut) else {
        return;
    };
    let unmatched: Vec<Vec<u8>> = info
        .iter()
        .filter(|(key, value)| {
            key.as_slice() == b"Trapped"
                || matches!(value, Object::String(text, _) if text.is_empty())
        })
        .map(|(key, _)| key.clone())
        .collect();
    for key in unmatched {
        info.remove(&key);
    }
}
