//! The report in each language it is written in: worded throughout in that language (none of
//! the report's English left), dated as the language writes dates, and printed with every
//! character drawn by a font embedded in the PDF.

use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::pdf::{self, PageSize};
use msgdpia::present::language::Language;
use msgdpia::present::vocabulary::Words;
use msgdpia::report::document::{Block, Document};

use crate::support::example;

fn bundle() -> Bundle {
    Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .expect("built-in files load")
}

/// The shipped example's report in `language`, dated 2026-12-02, as `msgdpia report --lang`
/// writes it: scored by id, worded from the questionnaire and knowledge base in that language.
fn report_in(name: &str, language: Language) -> Document {
    let bundle = bundle();
    let assessment = example(name);
    let scoring = bundle.score(&assessment);
    let (document, untranslated) = bundle.report_in_language(
        &embedded::knowledge_base_source(),
        language,
        &assessment,
        &scoring,
        Date::parse("2026-12-02").unwrap(),
    );
    // The built-in questionnaire and knowledge base are translated into every language.
    assert_eq!(untranslated, Vec::new());
    document
}

/// Every text a reader of the document sees, each on its own: titles, headings, paragraphs,
/// list items, labels and values, column titles and cells, the maps' words.
fn texts(document: &Document) -> Vec<String> {
    let mut texts = vec![
        document.title.clone(),
        document.subject.clone(),
        document.marking.clone(),
        document.labels.contents.clone(),
        document.labels.date.clone(),
    ];
    for section in &document.sections {
        texts.push(section.title.clone());
        for block in &section.blocks {
            match block {
                Block::Heading(text) | Block::Paragraph(text) | Block::Note(text) => {
                    texts.push(text.clone());
                }
                Block::Bullets(items) => texts.extend(items.iter().cloned()),
                Block::Facts(facts) => {
                    for (label, value) in facts {
                        texts.extend([label.clone(), value.clone()]);
                    }
                }
                Block::Table(table) => {
                    texts.extend(table.columns.iter().map(|c| c.title.clone()));
                    texts.extend(table.rows.iter().flatten().cloned());
                }
                Block::Grids(grids) => {
                    for grid in grids {
                        texts.extend([grid.title.clone(), grid.across.clone(), grid.up.clone()]);
                        texts.extend(grid.cells.iter().map(|c| c.caption.clone()));
                    }
                }
                Block::Callout { headline, body, .. } => {
                    texts.extend([headline.clone(), body.clone()]);
                }
                Block::Contents => {}
            }
        }
    }
    texts
}

/// The report's English that `language` words otherwise, in two lists: the messages without
/// variables (a label, a heading, a sentence), and the fixed runs of four words or more of
/// those with variables ("Harm to the people concerned:", "Main residual risks for").
fn english_of_the_report(language: Language) -> (Vec<String>, Vec<String>) {
    let english = Words::shared(Language::English);
    let other = Words::shared(language);
    let mut whole = Vec::new();
    let mut runs = Vec::new();
    // The messages the report may use: its own files' and the app's (levels, fact values,
    // the verdict's and the why-trail's sentences), not the loaders' errors.
    let source = msgdpia::present::vocabulary::sources(Language::English)[..4].join("\n");
    let fixed_runs = crate::vocabulary::fixed_runs_in(source.clone());
    for (id, variables) in crate::vocabulary::messages_in("the report's English", source) {
        if variables.is_empty() {
            let (said, translated) = (english.get(&id), other.get(&id));
            if said != translated && said.chars().any(char::is_alphabetic) {
                whole.push(said);
            }
            continue;
        }
        runs.extend(
            fixed_runs[&id]
                .iter()
                .map(|run| run.trim().to_string())
                .filter(|run| run.split_whitespace().count() >= 4),
        );
    }
    (whole, runs)
}

/// The report's English found in `document`: a text that is one of the English messages, or
/// holds one of their longer fixed runs. The assessment's own words (`own`: the organisation's
/// country written "Hong Kong") are the assessor's, not the report's.
fn english_left(document: &Document, language: Language, own: &[String]) -> Vec<String> {
    let (whole, runs) = english_of_the_report(language);
    assert!(whole.len() > 100, "{}", whole.len());
    let texts: Vec<String> = texts(document)
        .into_iter()
        .filter(|text| !own.contains(text))
        .collect();
    let mut left: Vec<String> = whole
        .into_iter()
        .filter(|message| texts.iter().any(|text| text == message))
        .chain(
            runs.into_iter()
                .filter(|run| texts.iter().any(|text| text.contains(run.as_str()))),
        )
        .collect();
    left.sort();
    left.dedup();
    left
}

#[test]
fn in_french_and_chinese_no_report_holds_the_reports_english() {
    for language in [Language::French, Language::ChineseHongKong] {
        for example in embedded::EXAMPLES {
            let document = report_in(example.name, language);
            let metadata = crate::support::example(example.name).metadata;
            let own = [metadata.organisation, metadata.sector, metadata.country];
            assert_eq!(
                english_left(&document, language, &own),
                Vec::<String>::new(),
                "{} in {}",
                example.name,
                language.tag()
            );
        }
    }
    // The check itself finds English: the same report in English is full of it.
    let english = report_in("scottish-team-whatsapp.ron", Language::English);
    assert!(english_left(&english, Language::French, &[]).len() > 50);
}

#[test]
fn each_report_is_written_in_its_language_and_dates_as_that_language_writes() {
    let cover = |language| {
        let document = report_in("scottish-team-whatsapp.ron", language);
        let facts = document.sections[0]
            .blocks
            .iter()
            .find_map(|block| match block {
                Block::Facts(facts) if facts.len() > 5 => Some(facts.clone()),
                _ => None,
            })
            .unwrap();
        (document, facts)
    };
    let (english, facts) = cover(Language::English);
    assert_eq!(english.labels.language, "en-GB");
    assert!(facts.contains(&("Report date".to_string(), "2026-12-02".to_string())));
    let (french, facts) = cover(Language::French);
    assert_eq!(french.labels.language, "fr-FR");
    assert!(
        facts.iter().any(|(_, value)| value == "2 décembre 2026"),
        "{facts:?}"
    );
    assert!(french.sections[0].title.contains("protection des données"));
    let (chinese, facts) = cover(Language::ChineseHongKong);
    assert_eq!(chinese.labels.language, "zh-HK");
    assert!(
        facts.iter().any(|(_, value)| value == "2026年12月2日"),
        "{facts:?}"
    );
    assert!(chinese.sections.iter().all(|section| {
        section
            .title
            .chars()
            .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    }));
}

/// The characters the fonts of a PDF draw: for each composite font, the characters its
/// `ToUnicode` map gives to codes whose glyph its embedded program holds (never glyph 0, the
/// "missing glyph" box). TrueType programs and the bare CFF of a CID-keyed OpenType font both
/// count.
fn characters_drawn(bytes: &[u8]) -> std::collections::BTreeSet<char> {
    let pdf = lopdf::Document::load_mem(bytes).unwrap();
    let resolve = |object: &lopdf::Object| match object {
        lopdf::Object::Reference(id) => pdf.get_object(*id).unwrap().clone(),
        other => other.clone(),
    };
    let stream_bytes = |object: &lopdf::Object| {
        let stream = resolve(object).as_stream().unwrap().clone();
        stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone())
    };
    let mut drawn = std::collections::BTreeSet::new();
    for object in pdf.objects.values() {
        let Ok(font) = object.as_dict() else { continue };
        if font.get(b"Subtype").and_then(|s| s.as_name()).ok() != Some(b"Type0") {
            continue;
        }
        let descendant = resolve(&font.get(b"DescendantFonts").unwrap().as_array().unwrap()[0]);
        let descriptor = resolve(
            descendant
                .as_dict()
                .unwrap()
                .get(b"FontDescriptor")
                .unwrap(),
        );
        let descriptor = descriptor.as_dict().unwrap();
        // The characters' codes name glyphs: directly in a TrueType program (a code is the
        // glyph's index), through the charset in a CID-keyed CFF one (a code is a glyph's CID).
        let glyphs: std::collections::BTreeSet<u16> = match descriptor.get(b"FontFile2") {
            Ok(file) => {
                let count = ttf_parser::Face::parse(&stream_bytes(file), 0)
                    .expect("a valid TrueType font")
                    .number_of_glyphs();
                (1..count).collect()
            }
            Err(_) => {
                let program = stream_bytes(descriptor.get(b"FontFile3").unwrap());
                let cff = ttf_parser::cff::Table::parse(&program).expect("a valid CFF font");
                (1..cff.number_of_glyphs())
                    .filter_map(|glyph| cff.glyph_cid(ttf_parser::GlyphId(glyph)))
                    .filter(|cid| *cid > 0)
                    .collect()
            }
        };
        let map =
            crate::pdf_archival::parse_to_unicode(&stream_bytes(font.get(b"ToUnicode").unwrap()));
        for (code, text) in map {
            if glyphs.contains(&code) {
                drawn.extend(String::from_utf16_lossy(&text).chars());
            }
        }
    }
    drawn
}

#[test]
fn the_french_and_chinese_reports_draw_every_character_with_an_embedded_font() {
    for language in [Language::French, Language::ChineseHongKong] {
        for example in embedded::EXAMPLES {
            let document = report_in(example.name, language);
            let characters = pdf::Characters::of(&document);
            let fallback = msgdpia::system_fonts::fallback_for(&characters);
            // The machines the tests run on have a Chinese font (.ci/run installs one).
            if language == Language::ChineseHongKong {
                assert!(fallback.is_some(), "no installed font draws Chinese");
            }
            assert_eq!(
                pdf::print_warnings(&characters, fallback.as_ref()).unwrap(),
                []
            );
            let bytes = pdf::render_with(&document, PageSize::A4, fallback.as_ref()).unwrap();
            let drawn = characters_drawn(&bytes);
            let text = crate::pdf::pdf_text(&bytes);
            let mut missing: Vec<char> = text
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .filter(|c| !drawn.contains(c))
                .collect();
            missing.sort_unstable();
            missing.dedup();
            assert_eq!(
                missing,
                Vec::<char>::new(),
                "{} in {}",
                example.name,
                language.tag()
            );
            // The words read back are the language's: the text extracts as it was written.
            let expected = match language {
                Language::French => "Sommaire",
                _ => "目錄",
            };
            assert!(text.contains(expected), "{}", example.name);
        }
    }
}
