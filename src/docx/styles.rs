//! The page and the styles of the Word document: Word's built-in heading styles (so the
//! navigation pane and the table of contents find the sections), the body text, notes, lists,
//! tables and the running header and footer, in the report's language and, for Chinese, with an
//! East Asian font.
//!
//! Style names are identifiers, not the report's words: Word shows its built-in ones ("heading 1",
//! "toc 1", "List Bullet"…) in its own language whatever they are called here.

use super::colours;
use crate::pdf::PageSize;

/// The Latin font: on every Windows and macOS machine, and metric-compatible with Liberation
/// Sans, which LibreOffice puts in its place elsewhere.
const LATIN_FONT: &str = "Arial";
/// The Traditional Chinese font of Windows; Word on macOS and LibreOffice put an installed
/// Chinese face in its place.
const CHINESE_FONT: &str = "Microsoft JhengHei";

/// The page, in twentieths of a point (twips), as Word measures it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Page {
    /// Paper width.
    pub width: u32,
    /// Paper height.
    pub height: u32,
}

/// The margins of the PDF (`pdf::layout`): 72 pt at the top, 64 pt at the foot, 56 pt at the
/// sides.
const MARGIN_TOP: u32 = 1440;
const MARGIN_BOTTOM: u32 = 1280;
const MARGIN: u32 = 1120;
/// From the paper's edge to the running header and to the footer, which sit in the margins
/// where the PDF draws them.
const HEADER_DISTANCE: u32 = 720;
const FOOTER_DISTANCE: u32 = 600;

impl Page {
    /// The page of a paper size given in points.
    pub(super) fn of(size: PageSize) -> Page {
        Page {
            width: (size.width * 20.0).round() as u32,
            height: (size.height * 20.0).round() as u32,
        }
    }

    /// The width between the margins.
    pub(super) fn text_width(self) -> u32 {
        self.width - 2 * MARGIN
    }

    /// The section properties: paper, margins, and the one header and footer.
    pub(super) fn section_xml(self) -> String {
        format!(
            "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{}\"/><w:footerReference w:type=\"default\" r:id=\"{}\"/><w:pgSz w:w=\"{}\" w:h=\"{}\"/><w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN}\" w:header=\"{HEADER_DISTANCE}\" w:footer=\"{FOOTER_DISTANCE}\" w:gutter=\"0\"/></w:sectPr>",
            super::names::HEADER_ID,
            super::names::FOOTER_ID,
            self.width,
            self.height,
        )
    }
}

/// Whether a BCP 47 tag names a language written in Chinese, Japanese or Korean characters,
/// which Word sets in the East Asian font and language.
pub(super) fn is_east_asian(language: &str) -> bool {
    let primary = language.split('-').next().unwrap_or_default();
    ["zh", "ja", "ko"]
        .iter()
        .any(|tag| primary.eq_ignore_ascii_case(tag))
}

/// The document's default run properties: fonts, size, colour and language.
fn default_run(language: &str) -> String {
    let (east_asian_font, hint, east_asian_language) = if is_east_asian(language) {
        (
            format!(" w:eastAsia=\"{CHINESE_FONT}\""),
            // Quotation marks and other characters both scripts use take the Chinese font.
            " w:hint=\"eastAsia\"",
            format!(" w:eastAsia=\"{language}\""),
        )
    } else {
        (String::new(), "", String::new())
    };
    format!(
        "<w:rPr><w:rFonts w:ascii=\"{LATIN_FONT}\" w:hAnsi=\"{LATIN_FONT}\" w:cs=\"{LATIN_FONT}\"{east_asian_font}{hint}/><w:color w:val=\"{}\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/><w:lang w:val=\"{language}\"{east_asian_language}/></w:rPr>",
        colours::TEXT
    )
}

/// A paragraph style: `id`, its (built-in or technical) `name`, the paragraph and run
/// properties.
fn paragraph_style(id: &str, name: &str, paragraph: &str, run: &str) -> String {
    format!(
        "<w:style w:type=\"paragraph\" w:customStyle=\"{}\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>{paragraph}</w:pPr><w:rPr>{run}</w:rPr></w:style>",
        u8::from(OWN_STYLES.contains(&id))
    )
}

/// The styles of this renderer's own, which Word lists apart from its built-in ones.
const OWN_STYLES: [&str; 3] = ["Note", "TableText", "MapCaption"];

/// A heading style at outline `level` (0 for Heading1): what the navigation pane and the
/// table of contents list.
fn heading(level: u8, size: u8, before: u16, after: u16, rule: bool) -> String {
    let rule = if rule {
        format!(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"{}\"/></w:pBdr>",
            colours::RULE
        )
    } else {
        String::new()
    };
    paragraph_style(
        &format!("Heading{}", level + 1),
        &format!("heading {}", level + 1),
        &format!(
            "<w:keepNext/><w:keepLines/>{rule}<w:spacing w:before=\"{before}\" w:after=\"{after}\"/><w:outlineLvl w:val=\"{level}\"/>"
        ),
        &format!(
            "<w:b/><w:bCs/><w:color w:val=\"{}\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>",
            colours::ACCENT
        ),
    )
}

/// word/styles.xml for a document in `language`.
pub(super) fn styles_xml(language: &str, page: Page) -> String {
    let right_tab = format!(
        "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{}\"/></w:tabs>",
        page.text_width()
    );
    let muted = |size: u8| {
        format!(
            "<w:color w:val=\"{}\"/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>",
            colours::MUTED
        )
    };
    let styles = [
        heading(0, 30, 360, 120, true),
        heading(1, 22, 240, 80, false),
        heading(2, 21, 200, 60, false),
        paragraph_style(
            "Note",
            "Note",
            "<w:spacing w:after=\"100\"/>",
            &format!("<w:i/><w:iCs/>{}", muted(16)),
        ),
        paragraph_style(
            "ListBullet",
            "List Bullet",
            "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>",
            "",
        ),
        paragraph_style(
            "TableText",
            "Table Text",
            "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
            "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>",
        ),
        paragraph_style(
            "MapCaption",
            "Map Caption",
            "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"40\"/>",
            &muted(16),
        ),
        paragraph_style(
            "TOCHeading",
            "TOC Heading",
            "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"60\"/>",
            &format!(
                "<w:b/><w:bCs/><w:color w:val=\"{}\"/><w:sz w:val=\"23\"/><w:szCs w:val=\"23\"/>",
                colours::ACCENT
            ),
        ),
        paragraph_style(
            "TOC1",
            "toc 1",
            &format!("{right_tab}<w:spacing w:after=\"20\"/>"),
            "",
        ),
        paragraph_style(
            "TOC2",
            "toc 2",
            &format!("{right_tab}<w:spacing w:after=\"0\"/><w:ind w:left=\"240\"/>"),
            "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>",
        ),
        paragraph_style(
            "Header",
            "header",
            &format!(
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs><w:spacing w:after=\"0\"/>",
                page.text_width()
            ),
            &muted(15),
        ),
        paragraph_style(
            "Footer",
            "footer",
            &format!(
                "<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs><w:spacing w:after=\"0\"/>",
                page.text_width()
            ),
            &muted(15),
        ),
    ];
    format!(
        "{}<w:styles {}><w:docDefaults><w:rPrDefault>{}</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:color w:val=\"{}\"/><w:u w:val=\"single\"/></w:rPr></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type=\"table\" w:styleId=\"ReportTable\"><w:name w:val=\"Report Table\"/><w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{rule}\"/></w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"70\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"70\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
{}</w:styles>",
        super::names::XML_DECLARATION,
        super::names::WORD_NAMESPACES,
        default_run(language),
        colours::ACCENT,
        styles.concat(),
        rule = colours::RULE,
    )
}

/// word/numbering.xml: the one bulleted list.
pub(super) fn numbering_xml() -> String {
    format!(
        "{}<w:numbering {}><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"{LATIN_FONT}\" w:hAnsi=\"{LATIN_FONT}\"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>",
        super::names::XML_DECLARATION,
        super::names::WORD_NAMESPACES,
    )
}
