//! The report as a PDF/A-2u file (ISO 19005-2, level U). No PDF/A validator installs on the
//! build machine (veraPDF comes only from its own site or Maven Central), so these tests check,
//! on every shipped example and on a report that draws Chinese with an installed font, each rule
//! of veraPDF's PDF/A-2U profile that a file like ours could break: file structure, output
//! intent, metadata, annotations and actions, and for every glyph shown: embedded, not
//! `.notdef`, mapped to Unicode, and as wide in the font dictionary as in the font program.

use crate::support::example;
use lopdf::{Dictionary, Document, Object, ObjectId};
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::pdf::fonts::FallbackFont;
use msgdpia::pdf::{self, PageSize};
use std::collections::{BTreeMap, BTreeSet};

/// The annotation flags that hide an annotation on screen or on paper (PDF 32000-1, table 165):
/// Invisible, Hidden, NoView and ToggleNoView.
const HIDING_FLAGS: i64 = 1 | 2 | 32 | 256;

/// The action types PDF/A-2 allows (ISO 19005-2, 6.5.1).
const ALLOWED_ACTIONS: [&[u8]; 7] = [
    b"GoTo",
    b"GoToR",
    b"GoToE",
    b"Thread",
    b"URI",
    b"Named",
    b"SubmitForm",
];

fn report_document(name: &str) -> msgdpia::report::document::Document {
    let bundle = Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .expect("built-in files load");
    let assessment = example(name);
    let scoring = bundle.score(&assessment);
    bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap())
}

/// Every rule below that `bytes` breaks, in words.
/// `installed` is the installed font the report drew characters with that its own fonts lack.
fn pdf_a_2u_violations(bytes: &[u8], installed: Option<&FallbackFont>) -> Vec<String> {
    let mut found = Vec::new();
    file_structure(bytes, &mut found);
    let pdf = Document::load_mem(bytes).expect("the report parses");
    catalog_and_metadata(&pdf, &mut found);
    output_intent(&pdf, &mut found);
    actions_and_annotations(&pdf, &mut found);
    glyphs(&pdf, installed, &mut found);
    found
}

/// 6.1.2: the header, then a comment of at least four bytes above 127; 6.1.3: a file
/// identifier, no encryption.
fn file_structure(bytes: &[u8], found: &mut Vec<String>) {
    if !(bytes.starts_with(b"%PDF-1.") && bytes.get(7).is_some_and(|v| (b'0'..=b'7').contains(v))) {
        found.push("the header is not %PDF-1.0 to 1.7".into());
    }
    let second_line = bytes
        .iter()
        .position(|&b| b == b'\n')
        .map(|end| &bytes[end + 1..]);
    let binary = second_line.is_some_and(|line| {
        line.first() == Some(&b'%') && line.len() > 5 && line[1..5].iter().all(|&b| b > 127)
    });
    if !binary {
        found.push("no binary comment after the header".into());
    }
    let pdf = Document::load_mem(bytes).expect("the report parses");
    let has_id = pdf
        .trailer
        .get(b"ID")
        .and_then(Object::as_array)
        .is_ok_and(|id| id.len() == 2);
    if !has_id {
        found.push("the trailer has no file identifier".into());
    }
    if pdf.trailer.get(b"Encrypt").is_ok() {
        found.push("the file is encrypted".into());
    }
}

fn catalog(pdf: &Document) -> &Dictionary {
    let root = pdf.trailer.get(b"Root").unwrap().as_reference().unwrap();
    pdf.get_dictionary(root).unwrap()
}

/// 6.6.2: an uncompressed XMP stream that names part 2, level U, with no `bytes` or `encoding`
/// in the packet header.
fn catalog_and_metadata(pdf: &Document, found: &mut Vec<String>) {
    let Ok(metadata) = catalog(pdf)
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .and_then(|id| pdf.get_object(id))
        .and_then(Object::as_stream)
    else {
        found.push("no XMP metadata stream".into());
        return;
    };
    let is = |key: &[u8], value: &[u8]| {
        metadata.dict.get(key).and_then(Object::as_name).ok() == Some(value)
    };
    if !(is(b"Type", b"Metadata") && is(b"Subtype", b"XML")) {
        found.push("the metadata stream is not /Type /Metadata /Subtype /XML".into());
    }
    let Ok(xmp) = String::from_utf8(metadata.content.clone()) else {
        found.push("the XMP is compressed or not UTF-8".into());
        return;
    };
    let header = xmp.lines().next().unwrap_or_default();
    if header.contains("bytes=") || header.contains("encoding=") {
        found.push("the XMP packet header has bytes= or encoding=".into());
    }
    for property in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>U</pdfaid:conformance>",
    ] {
        if !xmp.contains(property) {
            found.push(format!("the XMP lacks {property}"));
        }
    }
}

/// 6.2.3 and 6.2.4.3: one PDF/A output intent whose profile is an RGB display or printer profile
/// of ICC version 4 or earlier, as DeviceRGB requires.
fn output_intent(pdf: &Document, found: &mut Vec<String>) {
    let intents = catalog(pdf)
        .get(b"OutputIntents")
        .and_then(Object::as_array)
        .cloned()
        .unwrap_or_default();
    let [Object::Dictionary(intent)] = intents.as_slice() else {
        found.push(format!("{} output intents, not one", intents.len()));
        return;
    };
    if intent.get(b"S").and_then(Object::as_name).ok() != Some(b"GTS_PDFA1".as_slice()) {
        found.push("the output intent is not /GTS_PDFA1".into());
    }
    let profile = intent
        .get(b"DestOutputProfile")
        .and_then(Object::as_reference)
        .and_then(|id| pdf.get_object(id))
        .and_then(Object::as_stream);
    let Ok(profile) = profile else {
        found.push("the output intent has no profile".into());
        return;
    };
    let bytes = profile
        .decompressed_content()
        .unwrap_or_else(|_| profile.content.clone());
    let header_ok = bytes.len() > 128
        && bytes[8] < 5
        && matches!(&bytes[12..16], b"mntr" | b"prtr")
        && &bytes[16..20] == b"RGB ";
    if !header_ok || profile.dict.get(b"N").and_then(Object::as_i64).ok() != Some(3) {
        found.push("the output profile is not an RGB profile of version 4 or earlier".into());
    }
}

/// 6.3.2 and 6.5: every annotation prints and is never hidden, a link needs no appearance but any
/// other annotation does, no additional actions anywhere, and only the allowed action types.
fn actions_and_annotations(pdf: &Document, found: &mut Vec<String>) {
    for object in pdf.objects.values() {
        let dictionary = match object {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        visit_dictionaries(dictionary, &mut |d| {
            if d.get(b"AA").is_ok() {
                found.push("an additional-actions (/AA) entry".into());
            }
            if let Ok(action) = d.get(b"A").and_then(Object::as_dict) {
                let kind = action.get(b"S").and_then(Object::as_name).unwrap_or(b"?");
                if !ALLOWED_ACTIONS.contains(&kind) {
                    found.push(format!("a {} action", String::from_utf8_lossy(kind)));
                }
            }
        });
    }
    for page in pdf.get_pages().values() {
        let annotations = pdf
            .get_dictionary(*page)
            .and_then(|p| p.get(b"Annots"))
            .and_then(Object::as_array)
            .cloned()
            .unwrap_or_default();
        for annotation in annotations {
            let annotation = match &annotation {
                Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
                other => other.as_dict().unwrap(),
            };
            let flags = annotation.get(b"F").and_then(Object::as_i64).unwrap_or(0);
            if flags & 4 == 0 || flags & HIDING_FLAGS != 0 {
                found.push(format!(
                    "an annotation with flags {flags}: not printed, or hidden"
                ));
            }
            let subtype = annotation.get(b"Subtype").and_then(Object::as_name);
            if subtype.ok() != Some(b"Link".as_slice()) && annotation.get(b"AP").is_err() {
                found.push("a non-link annotation without an appearance".into());
            }
        }
    }
}

fn visit_dictionaries(dictionary: &Dictionary, visit: &mut impl FnMut(&Dictionary)) {
    visit(dictionary);
    for (_, value) in dictionary.iter() {
        visit_object(value, visit);
    }
}

fn visit_object(object: &Object, visit: &mut impl FnMut(&Dictionary)) {
    match object {
        Object::Dictionary(d) => visit_dictionaries(d, visit),
        Object::Array(items) => items.iter().for_each(|item| visit_object(item, visit)),
        _ => {}
    }
}

/// A Type 0 font as the rules about glyphs need it.
struct Font {
    name: String,
    program: Vec<u8>,
    widths: BTreeMap<u16, f32>,
    default_width: f32,
    to_unicode: BTreeMap<u16, Vec<u16>>,
}

/// 6.2.11: every font embedded (a CIDFontType2 with its CIDToGIDMap, a FontFile3 of an allowed
/// subtype); for every glyph shown: not `.notdef`, present in the program, mapped to Unicode by
/// values other than U+0000, U+FEFF and U+FFFE, and with a width in the font dictionary within
/// one unit (of 1,000 to the em) of the program's advance.
fn glyphs(pdf: &Document, installed: Option<&FallbackFont>, found: &mut Vec<String>) {
    let mut fonts: BTreeMap<ObjectId, Option<Font>> = BTreeMap::new();
    let mut checked: BTreeSet<(ObjectId, u16)> = BTreeSet::new();
    for page in pdf.get_pages().values() {
        let resources = page_fonts(pdf, *page);
        let content = lopdf::content::Content::decode(&pdf.get_page_content(*page))
            .expect("the page content parses");
        let mut current: Option<ObjectId> = None;
        for operation in &content.operations {
            match operation.operator.as_str() {
                "Tf" => {
                    let name = operation.operands[0].as_name().unwrap();
                    current = resources.get(name).copied();
                }
                "Tj" | "TJ" => {
                    let Some(id) = current else {
                        found.push("text shown before a font is set".into());
                        continue;
                    };
                    let font = fonts
                        .entry(id)
                        .or_insert_with(|| embedded_font(pdf, id, found));
                    let Some(font) = font else { continue };
                    for code in codes(&operation.operands) {
                        if checked.insert((id, code)) {
                            check_glyph(font, installed, code, found);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// A page's font resources, by resource name.
fn page_fonts(pdf: &Document, page: ObjectId) -> BTreeMap<Vec<u8>, ObjectId> {
    let resolve = |object: &Object| match object {
        Object::Reference(id) => pdf.get_dictionary(*id).ok().cloned(),
        Object::Dictionary(d) => Some(d.clone()),
        _ => None,
    };
    let page = pdf.get_dictionary(page).unwrap();
    let resources = page.get(b"Resources").ok().and_then(resolve).unwrap();
    let fonts = resources.get(b"Font").ok().and_then(resolve).unwrap();
    fonts
        .iter()
        .map(|(name, font)| (name.clone(), font.as_reference().unwrap()))
        .collect()
}

/// The two-byte codes a Tj or TJ shows.
fn codes(operands: &[Object]) -> Vec<u16> {
    let mut strings = Vec::new();
    for operand in operands {
        match operand {
            Object::String(bytes, _) => strings.push(bytes.clone()),
            Object::Array(items) => strings.extend(items.iter().filter_map(|item| match item {
                Object::String(bytes, _) => Some(bytes.clone()),
                _ => None,
            })),
            _ => {}
        }
    }
    strings
        .iter()
        .flat_map(|bytes| {
            bytes
                .chunks(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
        })
        .collect()
}

fn embedded_font(pdf: &Document, id: ObjectId, found: &mut Vec<String>) -> Option<Font> {
    let font = pdf.get_dictionary(id).unwrap();
    let name = String::from_utf8_lossy(font.get(b"BaseFont").unwrap().as_name().unwrap()).into();
    if font.get(b"Subtype").unwrap().as_name().unwrap() != b"Type0" {
        found.push(format!("{name} is not a Type 0 font"));
        return None;
    }
    let descendant = match &font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0] {
        Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        other => other.as_dict().unwrap(),
    };
    let subtype = descendant.get(b"Subtype").unwrap().as_name().unwrap();
    if subtype == b"CIDFontType2" && descendant.get(b"CIDToGIDMap").is_err() {
        found.push(format!("{name} has no CIDToGIDMap"));
    }
    let descriptor = pdf
        .get_dictionary(
            descendant
                .get(b"FontDescriptor")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let program = if let Ok(file) = descriptor.get(b"FontFile2") {
        file
    } else if let Ok(file) = descriptor.get(b"FontFile3") {
        let stream = pdf
            .get_object(file.as_reference().unwrap())
            .unwrap()
            .as_stream()
            .unwrap();
        let kind = stream.dict.get(b"Subtype").and_then(Object::as_name);
        if !matches!(kind, Ok(b"OpenType" | b"CIDFontType0C")) {
            found.push(format!(
                "{name}: a FontFile3 of a subtype PDF/A-2 does not allow"
            ));
        }
        file
    } else {
        found.push(format!("{name} is not embedded"));
        return None;
    };
    let program = pdf
        .get_object(program.as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let program = program
        .decompressed_content()
        .unwrap_or_else(|_| program.content.clone());
    let to_unicode = font
        .get(b"ToUnicode")
        .and_then(Object::as_reference)
        .and_then(|id| pdf.get_object(id))
        .and_then(Object::as_stream)
        .map(|stream| {
            parse_to_unicode(
                &stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone()),
            )
        })
        .unwrap_or_default();
    Some(Font {
        name,
        program,
        widths: widths(descendant),
        default_width: descendant
            .get(b"DW")
            .and_then(Object::as_float)
            .unwrap_or(1000.0),
        to_unicode,
    })
}

/// A CIDFont's `/W` array: `c [w1 w2 …]` and `c_first c_last w` runs.
fn widths(descendant: &Dictionary) -> BTreeMap<u16, f32> {
    let mut widths = BTreeMap::new();
    let Ok(entries) = descendant.get(b"W").and_then(Object::as_array) else {
        return widths;
    };
    let number = |o: &Object| o.as_float().unwrap();
    let mut index = 0;
    while index < entries.len() {
        let first = number(&entries[index]) as u16;
        if let Ok(list) = entries[index + 1].as_array() {
            for (offset, width) in list.iter().enumerate() {
                widths.insert(first + offset as u16, number(width));
            }
            index += 2;
        } else {
            let last = number(&entries[index + 1]) as u16;
            for code in first..=last {
                widths.insert(code, number(&entries[index + 2]));
            }
            index += 3;
        }
    }
    widths
}

/// A ToUnicode CMap's `bfchar` and `bfrange` entries.
pub(crate) fn parse_to_unicode(cmap: &[u8]) -> BTreeMap<u16, Vec<u16>> {
    let text = String::from_utf8_lossy(cmap);
    let hex = |token: &str| -> Vec<u16> {
        let digits = token.trim_matches(|c| c == '<' || c == '>');
        (0..digits.len() / 4)
            .map(|i| u16::from_str_radix(&digits[4 * i..4 * i + 4], 16).unwrap())
            .collect()
    };
    let mut map = BTreeMap::new();
    let mut section = "";
    for line in text.lines().map(str::trim) {
        if line.ends_with("beginbfchar") || line.ends_with("beginbfrange") {
            section = if line.ends_with("beginbfchar") {
                "char"
            } else {
                "range"
            };
            continue;
        }
        if line.starts_with("endbf") {
            section = "";
            continue;
        }
        let tokens: Vec<&str> = line.split_whitespace().collect();
        match (section, tokens.as_slice()) {
            ("char", [source, target]) => {
                map.insert(hex(source)[0], hex(target));
            }
            ("range", [low, high, start]) if start.starts_with('<') => {
                let (low, high, start) = (hex(low)[0], hex(high)[0], hex(start));
                for (offset, code) in (low..=high).enumerate() {
                    let mut target = start.clone();
                    if let Some(last) = target.last_mut() {
                        *last += offset as u16;
                    }
                    map.insert(code, target);
                }
            }
            _ => {}
        }
    }
    map
}

fn check_glyph(font: &Font, installed: Option<&FallbackFont>, code: u16, found: &mut Vec<String>) {
    let name = &font.name;
    if code == 0 {
        found.push(format!("{name}: the .notdef glyph is shown"));
        return;
    }
    match font.to_unicode.get(&code) {
        None => found.push(format!("{name}: glyph {code} has no Unicode value")),
        Some(units) if units.iter().any(|u| matches!(u, 0 | 0xFEFF | 0xFFFE)) => found.push(
            format!("{name}: glyph {code} maps to U+0000, U+FEFF or U+FFFE"),
        ),
        Some(_) => {}
    }
    let Some(program_width) = program_width(font, installed, code) else {
        found.push(format!(
            "{name}: glyph {code} is not in the embedded program"
        ));
        return;
    };
    let dictionary_width = font
        .widths
        .get(&code)
        .copied()
        .unwrap_or(font.default_width);
    if (program_width - dictionary_width).abs() > 1.0 {
        found.push(format!(
            "{name}: glyph {code} is {dictionary_width} wide in the font dictionary but \
             {program_width} in the program"
        ));
    }
}

/// The advance of glyph `code` (1,000 to the em). A TrueType program (CIDToGIDMap Identity)
/// holds it in its own metrics. A bare CID-keyed CFF program (a CJK font) keeps it in its
/// charstrings, which ttf-parser does not read for CID fonts: the glyph must be among the
/// subset's CIDs, and its advance is the installed font's for the same CID.
fn program_width(font: &Font, installed: Option<&FallbackFont>, code: u16) -> Option<f32> {
    let em = |face: &ttf_parser::Face, glyph| {
        face.glyph_hor_advance(glyph)
            .map(|advance| f32::from(advance) * 1000.0 / f32::from(face.units_per_em()))
    };
    if let Ok(face) = ttf_parser::Face::parse(&font.program, 0) {
        return em(&face, ttf_parser::GlyphId(code));
    }
    let subset = ttf_parser::cff::Table::parse(&font.program)?;
    (0..subset.number_of_glyphs())
        .find(|&glyph| subset.glyph_cid(ttf_parser::GlyphId(glyph)) == Some(code))?;
    let installed = installed?;
    let face = ttf_parser::Face::parse(installed.bytes, installed.index).ok()?;
    let charset = face.tables().cff?;
    let glyph = (0..face.number_of_glyphs())
        .find(|&glyph| charset.glyph_cid(ttf_parser::GlyphId(glyph)) == Some(code))?;
    em(&face, ttf_parser::GlyphId(glyph))
}

#[test]
fn every_example_report_meets_the_pdf_a_2u_rules_a_validator_checks() {
    for name in [
        "scottish-team-whatsapp.ron",
        "hk-law-firm-wechat.ron",
        "uk-firm-signal-mdm.ron",
    ] {
        let bytes = pdf::render(&report_document(name), PageSize::A4).unwrap();
        assert_eq!(
            pdf_a_2u_violations(&bytes, None),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

#[test]
fn a_report_that_draws_chinese_with_an_installed_font_meets_them_too() {
    let mut document = report_document("hk-law-firm-wechat.ron");
    document.title = "私隱影響評估：張偉律師行".to_string();
    let Some(fallback) =
        msgdpia::system_fonts::fallback_for(&msgdpia::pdf::Characters::of(&document))
    else {
        // CI installs Noto Sans CJK and says so; elsewhere the machine may have no CJK font.
        assert!(
            std::env::var_os("MSGDPIA_REQUIRE_CJK_FONT").is_none(),
            "no installed font draws Chinese"
        );
        return;
    };
    let bytes = pdf::render_with(&document, PageSize::A4, Some(&fallback)).unwrap();
    assert_eq!(
        pdf_a_2u_violations(&bytes, Some(&fallback)),
        Vec::<String>::new()
    );
}

#[test]
fn the_checks_catch_a_hidden_link_a_wrong_width_and_a_missing_output_intent() {
    let bytes = pdf::render(&report_document("uk-firm-signal-mdm.ron"), PageSize::A4).unwrap();
    let mut pdf = Document::load_mem(&bytes).unwrap();
    let root = pdf.trailer.get(b"Root").unwrap().as_reference().unwrap();
    pdf.get_dictionary_mut(root)
        .unwrap()
        .remove(b"OutputIntents");
    let annotation = pdf
        .objects
        .iter()
        .find(|(_, o)| {
            o.as_dict()
                .is_ok_and(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Link"))
        })
        .map(|(id, _)| *id)
        .unwrap();
    pdf.get_dictionary_mut(annotation)
        .unwrap()
        .set("F", Object::Integer(2));
    for object in pdf.objects.values_mut() {
        if let Ok(font) = object.as_dict_mut()
            && font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0")
            && let Ok(Object::Array(descendants)) = font.get_mut(b"DescendantFonts")
            && let Some(Object::Dictionary(descendant)) = descendants.first_mut()
        {
            descendant.remove(b"W");
        }
    }
    let mut tampered = Vec::new();
    pdf.save_to(&mut tampered).unwrap();
    let found = pdf_a_2u_violations(&tampered, None).join("\n");
    assert!(found.contains("0 output intents"), "{found}");
    assert!(found.contains("flags 2"), "{found}");
    assert!(found.contains("in the font dictionary but"), "{found}");
}
