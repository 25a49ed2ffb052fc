//! The parts of the Word package around the body: the content types, the relationships, the
//! metadata (title, subject, author, language, and the report's date as created and modified),
//! the settings, and the running header and footer of every page.

use super::colours;
use super::names::{FOOTER_ID, HEADER_ID, WORD_NAMESPACES, XML_DECLARATION};
use super::runs::{Links, escape, plain};
use super::styles::{self, Page};
use crate::report::document::Document;

const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELATIONSHIP: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORD_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// Every part of the package, by its name in the zip, [Content_Types].xml first as readers
/// expect.
pub(super) fn parts(
    document: &Document,
    page: Page,
    body: String,
    links: &Links,
) -> Vec<(&'static str, String)> {
    vec![
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_relationships()),
        ("docProps/core.xml", core_properties(document)),
        ("docProps/app.xml", app_properties()),
        ("word/document.xml", body),
        (
            "word/_rels/document.xml.rels",
            document_relationships(links),
        ),
        (
            "word/styles.xml",
            styles::styles_xml(&document.labels.language, page),
        ),
        ("word/numbering.xml", styles::numbering_xml()),
        ("word/settings.xml", settings(&document.labels.language)),
        ("word/header1.xml", header(document)),
        ("word/footer1.xml", footer(document)),
    ]
}

fn content_types() -> String {
    let overrides = [
        (
            "/word/document.xml",
            format!("{WORD_TYPE}.document.main+xml"),
        ),
        ("/word/styles.xml", format!("{WORD_TYPE}.styles+xml")),
        ("/word/numbering.xml", format!("{WORD_TYPE}.numbering+xml")),
        ("/word/settings.xml", format!("{WORD_TYPE}.settings+xml")),
        ("/word/header1.xml", format!("{WORD_TYPE}.header+xml")),
        ("/word/footer1.xml", format!("{WORD_TYPE}.footer+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_string(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_string(),
        ),
    ];
    let overrides: String = overrides
        .iter()
        .map(|(part, kind)| format!("<Override PartName=\"{part}\" ContentType=\"{kind}\"/>"))
        .collect();
    format!(
        "{XML_DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>{overrides}</Types>"
    )
}

/// One relationship; `external` for a web address.
fn relationship(id: &str, kind: &str, target: &str, external: bool) -> String {
    format!(
        "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{}\"{}/>",
        escape(target),
        if external {
            " TargetMode=\"External\""
        } else {
            ""
        }
    )
}

fn package_relationships() -> String {
    format!(
        "{XML_DECLARATION}<Relationships xmlns=\"{RELATIONSHIPS}\">{}{}{}</Relationships>",
        relationship(
            "rIdDocument",
            &format!("{OFFICE_RELATIONSHIP}/officeDocument"),
            "word/document.xml",
            false
        ),
        relationship(
            "rIdCore",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
            false
        ),
        relationship(
            "rIdApp",
            &format!("{OFFICE_RELATIONSHIP}/extended-properties"),
            "docProps/app.xml",
            false
        ),
    )
}

/// The document part's relationships: its styles, lists, settings, header and footer, and
/// every web address it links to.
fn document_relationships(links: &Links) -> String {
    let own = [
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdNumbering", "numbering", "numbering.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        (HEADER_ID, "header", "header1.xml"),
        (FOOTER_ID, "footer", "footer1.xml"),
    ];
    let mut out = format!("{XML_DECLARATION}<Relationships xmlns=\"{RELATIONSHIPS}\">");
    for (id, kind, target) in own {
        out.push_str(&relationship(
            id,
            &format!("{OFFICE_RELATIONSHIP}/{kind}"),
            target,
            false,
        ));
    }
    for (id, address) in links.relationships() {
        out.push_str(&relationship(
            &id,
            &format!("{OFFICE_RELATIONSHIP}/hyperlink"),
            address,
            true,
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// Title, subject, author, language, and the report's date as the day it was created and last
/// modified: never the clock, so the same report gives the same bytes.
fn core_properties(document: &Document) -> String {
    let date = &document.date;
    format!(
        "{XML_DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><dc:language>{}</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}T00:00:00Z</dcterms:modified></cp:coreProperties>",
        escape(&document.title),
        escape(&document.subject),
        escape(&document.author),
        escape(&document.labels.language),
    )
}

fn app_properties() -> String {
    format!(
        "{XML_DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>{} {}</Application></Properties>",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION")
    )
}

/// The settings: the language Word checks the spelling in, and fields updated on opening, so
/// that Word (after asking) puts the page numbers into the contents; LibreOffice shows the
/// contents without them until Tools → Update.
fn settings(language: &str) -> String {
    let east_asian = if styles::is_east_asian(language) {
        format!(" w:eastAsia=\"{language}\"")
    } else {
        String::new()
    };
    format!(
        "{XML_DECLARATION}<w:settings {WORD_NAMESPACES}><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/><w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"{language}\"{east_asian}/></w:settings>"
    )
}

/// The running header of every page: the organisation and apps, then the marking (DRAFT while
/// unsigned), as the PDF's and the HTML's, over a rule.
fn header(document: &Document) -> String {
    format!(
        "{XML_DECLARATION}<w:hdr {WORD_NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"{}\"/></w:pBdr></w:pPr>{}</w:p></w:hdr>",
        colours::RULE,
        plain(
            &format!("{} · {}", document.running_header, document.marking),
            ""
        )
    )
}

/// The footer of every page: the date and title, and "Page X of Y" in the document's words.
fn footer(document: &Document) -> String {
    let [before, between, after] = &document.labels.page_number;
    let field = |instruction: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    format!(
        "{XML_DECLARATION}<w:ftr {WORD_NAMESPACES}><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"{}\"/></w:pBdr></w:pPr>{}<w:r><w:tab/></w:r>{}{}{}{}{}</w:p></w:ftr>",
        colours::RULE,
        plain(
            &format!("{} · {}", document.labels.date, document.title),
            ""
        ),
        plain(before, ""),
        field("PAGE"),
        plain(between, ""),
        field("NUMPAGES"),
        plain(after, ""),
    )
}
