//! The Word export, read back with a zip reader and an XML parser that are not ours: every part
//! parses, the content types and relationships hold together, every style used is defined,
//! the headings are Word's with outline levels, every reference is a link, the maps are shaded,
//! DRAFT marks an unsigned report, the language is the report's, and the same report gives the
//! same bytes. Then the command line and the app write one.

use crate::support::example;
use crate::support::{example_path, run_msgdpia as msgdpia};
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::pdf::PageSize;
use msgdpia::present::language::Language;
use msgdpia::report::document::{Block, Document};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DATE: &str = "2026-12-02";

fn bundle() -> Bundle {
    Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .expect("built-in files load")
}

/// The report of the shipped example `name` in `language`, as `msgdpia report --lang` makes it.
fn report(name: &str, language: Language) -> Document {
    report_of(&example(name), language)
}

fn report_of(assessment: &msgdpia::assessment::Assessment, language: Language) -> Document {
    let bundle = bundle();
    let scoring = bundle.score(assessment);
    bundle
        .report_in_language(
            &embedded::knowledge_base_source(),
            language,
            assessment,
            &scoring,
            Date::parse(DATE).unwrap(),
        )
        .0
}

fn docx(document: &Document) -> Vec<u8> {
    msgdpia::docx::render(document, PageSize::A4).expect("renders")
}

/// Every file of the package by its name, as text.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut parts = BTreeMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8 text");
        parts.insert(file.name().expect("a name").to_string(), text);
    }
    parts
}

fn xml(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).expect("well-formed XML")
}

fn word<'a>(node: &roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// The relationships of a .rels part: id → (target, external).
fn relationships(text: &str) -> BTreeMap<String, (String, bool)> {
    xml(text)
        .descendants()
        .filter(|n| n.has_tag_name("Relationship"))
        .map(|n| {
            (
                n.attribute("Id").unwrap().to_string(),
                (
                    n.attribute("Target").unwrap().to_string(),
                    n.attribute("TargetMode") == Some("External"),
                ),
            )
        })
        .collect()
}

/// The text of a part, paragraph by paragraph, with its line breaks.
fn text_of(part: &str) -> String {
    let document = xml(part);
    let mut out = String::new();
    for paragraph in document.descendants().filter(|n| n.has_tag_name((W, "p"))) {
        for node in paragraph.descendants() {
            if node.has_tag_name((W, "t")) {
                out.push_str(node.text().unwrap_or_default());
            } else if node.has_tag_name((W, "br")) {
                out.push('\n');
            } else if node.has_tag_name((W, "tab"))
                && node.parent().is_some_and(|p| p.has_tag_name((W, "r")))
            {
                out.push('\t');
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_part_parses_and_the_content_types_cover_every_part() {
    let parts = parts(&docx(&report("hk-law-firm-wechat.ron", Language::English)));
    for (name, text) in &parts {
        roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let types = xml(&parts["[Content_Types].xml"]);
    let defaults: BTreeSet<&str> = types
        .descendants()
        .filter(|n| n.has_tag_name("Default"))
        .map(|n| n.attribute("Extension").unwrap())
        .collect();
    let overrides: BTreeSet<&str> = types
        .descendants()
        .filter(|n| n.has_tag_name("Override"))
        .map(|n| n.attribute("PartName").unwrap())
        .collect();
    for name in parts.keys().filter(|n| *n != "[Content_Types].xml") {
        let extension = name.rsplit('.').next().unwrap();
        assert!(
            overrides.contains(format!("/{name}").as_str()) || defaults.contains(extension),
            "{name} has no content type"
        );
    }
    // Every override names a part that is there, and the main part is the Word document.
    for part in &overrides {
        assert!(
            parts.contains_key(&part[1..]),
            "{part} is not in the package"
        );
    }
    assert!(
        parts["[Content_Types].xml"].contains("PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"")
    );
    // Each part the document relates to has Word's own type for its kind (a plain XML type
    // would leave Word without its styles, lists or header).
    let kinds = xml(&parts["word/_rels/document.xml.rels"]);
    for relationship in kinds
        .descendants()
        .filter(|n| n.has_tag_name("Relationship"))
    {
        if relationship.attribute("TargetMode") == Some("External") {
            continue;
        }
        let kind = relationship
            .attribute("Type")
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap();
        let part = format!("/word/{}", relationship.attribute("Target").unwrap());
        let override_type = types
            .descendants()
            .find(|n| n.has_tag_name("Override") && n.attribute("PartName") == Some(&part))
            .and_then(|n| n.attribute("ContentType"))
            .unwrap_or_else(|| panic!("{part} has no type of its own"));
        assert_eq!(
            override_type,
            format!("application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"),
            "{part}"
        );
    }
}

#[test]
fn every_relationship_reaches_a_part_and_every_id_the_parts_use_is_defined() {
    let parts = parts(&docx(&report("hk-law-firm-wechat.ron", Language::English)));
    let mut sources_with_relationships = BTreeSet::new();
    for (name, text) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        // `word/_rels/document.xml.rels` is about `word/document.xml`; targets are relative to
        // the folder of that part.
        let (folder, file) = name.rsplit_once("_rels/").unwrap();
        sources_with_relationships.insert(format!("{folder}{}", file.trim_end_matches(".rels")));
        for (id, (target, external)) in relationships(text) {
            if external {
                assert!(target.starts_with("http"), "{name} {id}: {target}");
            } else {
                let path = format!("{folder}{target}");
                assert!(parts.contains_key(&path), "{name} {id}: {path} is missing");
            }
        }
    }
    let package = relationships(&parts["_rels/.rels"]);
    assert!(
        package
            .values()
            .any(|(target, _)| target == "word/document.xml")
    );
    let document_relationships = relationships(&parts["word/_rels/document.xml.rels"]);
    // Every r:… attribute of every Word part names a relationship of that part.
    for (name, text) in parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/") && n.ends_with(".xml"))
    {
        let used: Vec<String> = xml(text)
            .descendants()
            .flat_map(|n| {
                n.attributes()
                    .filter(|a| a.namespace() == Some(R))
                    .map(|a| a.value().to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        if !used.is_empty() {
            assert!(
                sources_with_relationships.contains(name),
                "{name} has no .rels"
            );
        }
        for id in used {
            assert!(
                document_relationships.contains_key(&id),
                "{name} uses {id}, which word/_rels/document.xml.rels does not define"
            );
        }
    }
    // The header and footer are on every page: the body's section properties refer to them.
    let body = &parts["word/document.xml"];
    assert!(body.contains("<w:headerReference w:type=\"default\""));
    assert!(body.contains("<w:footerReference w:type=\"default\""));
}

#[test]
fn every_style_used_is_defined_and_the_headings_are_words_with_outline_levels() {
    let parts = parts(&docx(&report(
        "scottish-team-whatsapp.ron",
        Language::English,
    )));
    let styles = xml(&parts["word/styles.xml"]);
    let defined: BTreeMap<&str, roxmltree::Node<'_, '_>> = styles
        .descendants()
        .filter(|n| n.has_tag_name((W, "style")))
        .map(|n| (word(&n, "styleId").unwrap(), n))
        .collect();
    let mut used = BTreeMap::<String, usize>::new();
    for (name, text) in parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/") && n.ends_with(".xml"))
    {
        for node in xml(text).descendants().filter(|n| {
            ["pStyle", "rStyle", "tblStyle", "basedOn", "next"]
                .iter()
                .any(|tag| n.has_tag_name((W, *tag)))
        }) {
            let style = word(&node, "val").unwrap();
            assert!(
                defined.contains_key(style),
                "{name} uses the undefined style {style}"
            );
            *used.entry(style.to_string()).or_default() += 1;
        }
    }
    for level in 0..3u8 {
        let id = format!("Heading{}", level + 1);
        let style = defined
            .get(id.as_str())
            .unwrap_or_else(|| panic!("{id} is not defined"));
        let outline = style
            .descendants()
            .find(|n| n.has_tag_name((W, "outlineLvl")))
            .and_then(|n| word(&n, "val"));
        assert_eq!(outline, Some(level.to_string().as_str()), "{id}");
        // Word recognises its built-in heading styles by these names, in any language.
        let name = style
            .children()
            .find(|n| n.has_tag_name((W, "name")))
            .unwrap();
        assert_eq!(
            word(&name, "val"),
            Some(format!("heading {}", level + 1).as_str())
        );
    }
    // Every section is a Heading1 and every sub-heading a Heading2.
    let document = report("scottish-team-whatsapp.ron", Language::English);
    let sub_headings = document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Heading(_)))
        .count();
    assert_eq!(used["Heading1"], document.sections.len());
    assert_eq!(used["Heading2"], sub_headings);
    // The contents are a TOC field over the sections.
    assert!(parts["word/document.xml"].contains(
        "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>"
    ));
}

#[test]
fn every_word_of_the_report_is_in_the_document() {
    for name in [
        "hk-law-firm-wechat.ron",
        "scottish-team-whatsapp.ron",
        "uk-firm-signal-mdm.ron",
    ] {
        let document = report(name, Language::English);
        let parts = parts(&docx(&document));
        let text = format!(
            "{}{}{}",
            text_of(&parts["word/header1.xml"]),
            text_of(&parts["word/document.xml"]),
            text_of(&parts["word/footer1.xml"])
        );
        for said in document.texts() {
            if said == document.author || said == document.subject {
                continue;
            }
            for line in said.split('\n') {
                assert!(
                    text.contains(line),
                    "{name}: the Word document lacks {line:?}"
                );
            }
        }
        let core = &parts["docProps/core.xml"];
        assert!(core.contains(&format!(
            "<dc:creator>{}</dc:creator>",
            document.author.replace('&', "&amp;").replace('\'', "&#39;")
        )));
        assert!(core.contains(&format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{DATE}T00:00:00Z</dcterms:created>"
        )));
        // The tables are real tables, each with a header row repeated on every page.
        let tables = document
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter(|b| matches!(b, Block::Table(_)))
            .count();
        assert_eq!(
            parts["word/document.xml"].matches("<w:tblHeader/>").count(),
            tables,
            "{name}"
        );
    }
}

#[test]
fn each_reference_is_a_link_to_its_address() {
    let document = report("scottish-team-whatsapp.ron", Language::English);
    let parts = parts(&docx(&document));
    let Some(Block::Table(bibliography)) = document.sections.last().unwrap().blocks.last() else {
        panic!("the report ends with its sources");
    };
    let relationships = relationships(&parts["word/_rels/document.xml.rels"]);
    let body = xml(&parts["word/document.xml"]);
    let table = body
        .descendants()
        .rfind(|n| n.has_tag_name((W, "tbl")))
        .unwrap();
    let rows: Vec<_> = table
        .children()
        .filter(|n| n.has_tag_name((W, "tr")))
        .skip(1)
        .collect();
    assert_eq!(rows.len(), bibliography.rows.len());
    let mut linked = 0;
    for (row, cells) in rows.iter().zip(&bibliography.rows) {
        let addresses: Vec<String> = cells
            .iter()
            .flat_map(|cell| cell.split([' ', '\n']))
            .filter_map(|word| msgdpia::web_address::in_word(word).map(|(_, address)| address))
            .collect();
        let links: Vec<String> = row
            .descendants()
            .filter(|n| n.has_tag_name((W, "hyperlink")))
            .map(|n| {
                let id = n.attribute((R, "id")).expect("an external link");
                let (target, external) = &relationships[id];
                assert!(external);
                target.clone()
            })
            .collect();
        assert_eq!(links, addresses, "{}", cells[0]);
        linked += links.len();
    }
    assert!(linked > 10, "the sources have their addresses");
}

#[test]
fn the_risk_maps_are_tables_shaded_as_in_the_pdf() {
    let document = report("uk-firm-signal-mdm.ron", Language::English);
    let parts = parts(&docx(&document));
    let colours = ["DBF0DB", "FCF0C2", "FCD6AD", "F5B8B8"];
    let expected: Vec<&str> = document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Grids(grids) => Some(grids),
            _ => None,
        })
        .flatten()
        .flat_map(|grid| &grid.cells)
        .map(|cell| colours[usize::from(cell.shade.min(3))])
        .collect();
    assert!(expected.len() >= 32, "two maps at least");
    let body = xml(&parts["word/document.xml"]);
    let shaded: Vec<&str> = body
        .descendants()
        .filter(|n| n.has_tag_name((W, "shd")))
        .filter_map(|n| word(&n, "fill"))
        .filter(|fill| colours.contains(fill))
        .collect();
    assert_eq!(shaded, expected);
    // Each map is a table of its own, inside the row that sets them side by side.
    let nested = body
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .filter(|n| n.ancestors().skip(1).any(|a| a.has_tag_name((W, "tbl"))))
        .count();
    assert_eq!(nested * 16, expected.len());
}

#[test]
fn draft_marks_every_page_until_the_report_is_signed() {
    let header = |assessment: &msgdpia::assessment::Assessment| {
        let parts = parts(&docx(&report_of(assessment, Language::English)));
        text_of(&parts["word/header1.xml"])
    };
    // The Scottish example is signed: approvals named and dated, the DPO's advice accepted.
    let signed = example("scottish-team-whatsapp.ron");
    let text = header(&signed);
    assert!(
        text.contains("CONFIDENTIAL") && !text.contains("DRAFT"),
        "{text}"
    );
    let mut in_review = signed.clone();
    in_review.sign_off.residual_risks_approval.on = None;
    assert!(header(&in_review).contains("DRAFT · CONFIDENTIAL"));
    assert!(header(&example("hk-law-firm-wechat.ron")).contains("DRAFT"));
    // In the report's language, from the same words as the PDF's.
    let french = parts(&docx(&report("hk-law-firm-wechat.ron", Language::French)));
    assert!(text_of(&french["word/header1.xml"]).contains("PROJET · CONFIDENTIEL"));
}

#[test]
fn the_same_report_gives_the_same_bytes() {
    let document = report("hk-law-firm-wechat.ron", Language::English);
    let first = docx(&document);
    let again = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..3).map(|_| scope.spawn(|| docx(&document))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .collect::<Vec<_>>()
    });
    for bytes in again {
        assert!(bytes == first, "the same report gave other bytes");
    }
    // The date is the report's, not the clock's.
    let mut later = document.clone();
    later.date = Date::parse("2027-01-05").unwrap();
    let core = parts(&docx(&later))["docProps/core.xml"].clone();
    assert!(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2027-01-05T00:00:00Z"));
}

#[test]
fn french_and_chinese_reports_carry_their_language_and_chinese_its_font() {
    let language_of = |language: Language| {
        let parts = parts(&docx(&report("hk-law-firm-wechat.ron", language)));
        let styles = xml(&parts["word/styles.xml"]);
        let defaults = styles
            .descendants()
            .find(|n| n.has_tag_name((W, "rPrDefault")))
            .unwrap();
        let lang = defaults
            .descendants()
            .find(|n| n.has_tag_name((W, "lang")))
            .unwrap();
        let fonts = defaults
            .descendants()
            .find(|n| n.has_tag_name((W, "rFonts")))
            .unwrap();
        (
            word(&lang, "val").map(str::to_string),
            word(&lang, "eastAsia").map(str::to_string),
            word(&fonts, "eastAsia").map(str::to_string),
            parts["docProps/core.xml"].clone(),
        )
    };
    let (val, east_asian, _, core) = language_of(Language::English);
    assert_eq!((val.as_deref(), east_asian), (Some("en-GB"), None));
    assert!(core.contains("<dc:language>en-GB</dc:language>"));
    let (val, _, _, core) = language_of(Language::French);
    assert_eq!(val.as_deref(), Some("fr-FR"));
    assert!(core.contains("<dc:language>fr-FR</dc:language>"));
    let (val, east_asian, font, core) = language_of(Language::ChineseHongKong);
    assert_eq!(val.as_deref(), Some("zh-HK"));
    assert_eq!(east_asian.as_deref(), Some("zh-HK"));
    assert!(font.is_some(), "an East Asian font for the Chinese text");
    assert!(core.contains("<dc:language>zh-HK</dc:language>"));
}

#[test]
fn the_page_is_a4_or_letter_as_asked() {
    let document = report("hk-law-firm-wechat.ron", Language::English);
    let page = |size: PageSize| {
        let bytes = msgdpia::docx::render(&document, size).unwrap();
        let body = parts(&bytes)["word/document.xml"].clone();
        let start = body.find("<w:pgSz ").unwrap();
        body[start..start + body[start..].find("/>").unwrap()].to_string()
    };
    assert_eq!(page(PageSize::A4), "<w:pgSz w:w=\"11906\" w:h=\"16838\"");
    assert_eq!(
        page(PageSize::LETTER),
        "<w:pgSz w:w=\"12240\" w:h=\"15840\""
    );
}

/// Whether `path` holds a Word document: a zip whose main part is Word's.
fn is_word_document(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    bytes.starts_with(b"PK")
        && parts(&bytes)
            .get("word/document.xml")
            .is_some_and(|body| body.contains("<w:body>"))
}

#[test]
fn the_command_line_writes_word_by_the_output_s_extension_and_in_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("report.docx");
    let ran = msgdpia(&[
        "report",
        &example_path("hk-law-firm-wechat.ron"),
        "-o",
        output.to_str().unwrap(),
        "--date",
        DATE,
        "--paper",
        "letter",
    ]);
    assert!(
        ran.status.success(),
        "{}",
        String::from_utf8_lossy(&ran.stderr)
    );
    assert!(is_word_document(&output));
    let body = parts(&std::fs::read(&output).unwrap())["word/document.xml"].clone();
    assert!(
        body.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\""),
        "--paper letter"
    );
    // The same bytes as the library's, for the same assessment and date.
    let document = report("hk-law-firm-wechat.ron", Language::English);
    assert!(
        std::fs::read(&output).unwrap()
            == msgdpia::docx::render(&document, PageSize::LETTER).unwrap()
    );

    let folder = dir.path().join("batch");
    std::fs::create_dir(&folder).unwrap();
    let names = [
        "hk-law-firm-wechat",
        "scottish-team-whatsapp",
        "uk-firm-signal-mdm",
    ];
    let inputs: Vec<String> = names
        .iter()
        .map(|n| example_path(&format!("{n}.ron")))
        .collect();
    let mut args = vec!["report"];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(["--output-dir", folder.to_str().unwrap(), "--date", DATE]);
    let ran = msgdpia(&[args.as_slice(), &["--format", "docx"]].concat());
    assert!(
        ran.status.success(),
        "{}",
        String::from_utf8_lossy(&ran.stderr)
    );
    for name in names {
        assert!(
            is_word_document(&folder.join(format!("{name}.docx"))),
            "{name}"
        );
    }
    // --html still writes HTML, and says the same as --format html.
    let ran = msgdpia(&[args.as_slice(), &["--html"]].concat());
    assert!(ran.status.success());
    let html = std::fs::read_to_string(folder.join("uk-firm-signal-mdm.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    // Both at once is a usage error.
    let ran = msgdpia(&[args.as_slice(), &["--html", "--format", "docx"]].concat());
    assert_eq!(ran.status.code(), Some(2));
}

#[cfg(feature = "gui")]
#[test]
fn the_app_exports_word_through_the_path_field() {
    use egui_kittest::kittest::Queryable;
    let mut harness = crate::gui::opened_at(
        "scottish-team-whatsapp.ron",
        msgdpia::gui::step::Step::Finish,
    );
    harness.get_by_label("Export Word…").click();
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.docx");
    crate::gui::type_path_and_confirm(&mut harness, &path);
    assert!(
        is_word_document(&path),
        "{}",
        crate::support::message(&harness)
    );
    let body = parts(&std::fs::read(&path).unwrap())["word/document.xml"].clone();
    assert!(body.contains("WhatsApp: DEFINE"));
    assert!(
        harness.query_by_label("Open the report").is_some(),
        "the app offers to open what it exported"
    );
}

#[cfg(feature = "gui")]
#[test]
fn a_name_typed_without_an_extension_for_word_becomes_a_word_document() {
    use egui_kittest::kittest::Queryable;
    let mut harness = crate::gui::opened_at(
        "scottish-team-whatsapp.ron",
        msgdpia::gui::step::Step::Finish,
    );
    harness.get_by_label("Export Word…").click();
    harness.run();
    let dir = tempfile::tempdir().unwrap();
    // The format is the one the menu asked for: the name gets its extension, and nothing is
    // written under the bare name (where it used to become a PDF).
    crate::gui::type_path_and_confirm(&mut harness, &dir.path().join("report"));
    let written = dir.path().join("report.docx");
    assert!(
        is_word_document(&written),
        "{}",
        crate::support::message(&harness)
    );
    assert!(!dir.path().join("report").exists());
}
