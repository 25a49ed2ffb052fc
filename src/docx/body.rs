//! word/document.xml: the report's sections and blocks in order, as the HTML export walks them.
//! Sections are Heading1 and their sub-headings Heading2, each with a bookmark the contents link
//! to; tables are real tables whose header row repeats on every page; the risk maps are tables
//! shaded as in the PDF; a callout is a one-cell table framed in its tone's colour.

use super::colours;
use super::names::{WORD_NAMESPACES, XML_DECLARATION};
use super::runs::{Links, linked, plain};
use super::styles::Page;
use crate::report::document::{Block, Document, Grid, Table, Tone};

/// The body of the document and the web addresses it links to.
pub(super) fn document_xml(document: &Document, page: Page) -> (String, Links) {
    let mut body = Body {
        out: String::new(),
        links: Links::default(),
        page,
        bookmarks: 0,
        keep_with_next: false,
    };
    for (index, section) in document.sections.iter().enumerate() {
        body.section_title(index, &section.title, section.new_page && index > 0);
        let mut headings = 0;
        for (number, block) in section.blocks.iter().enumerate() {
            // A paragraph introducing a table or the maps stays on their page, as the HTML's
            // print style keeps it.
            body.keep_with_next = matches!(
                section.blocks.get(number + 1),
                Some(Block::Table(_) | Block::Grids(_) | Block::Facts(_))
            );
            match block {
                Block::Contents => body.contents(document),
                Block::Heading(text) => {
                    headings += 1;
                    body.heading(2, &heading_anchor(index, headings), text, "", false);
                }
                block => body.block(block),
            }
        }
    }
    let xml = format!(
        "{XML_DECLARATION}<w:document {WORD_NAMESPACES}><w:body>{}{}</w:body></w:document>",
        body.out,
        page.section_xml()
    );
    (xml, body.links)
}

/// The bookmark of a section's title. Names starting with `_Toc` are the ones Word itself gives
/// headings for its contents, and hides from the bookmark list.
fn section_anchor(section: usize) -> String {
    format!("_Toc_s{section}")
}

/// The bookmark of a section's `number`th sub-heading (from 1).
fn heading_anchor(section: usize, number: usize) -> String {
    format!("_Toc_s{section}_{number}")
}

struct Body {
    out: String,
    links: Links,
    page: Page,
    /// Bookmarks so far: each gets the next id, in the order of the document.
    bookmarks: u32,
    /// Whether the block being written is a paragraph to keep on the page of what follows.
    keep_with_next: bool,
}

/// A table cell's properties: its width, and its fill if any.
fn cell_properties(width: u32, fill: Option<&str>, extra: &str) -> String {
    let fill = fill
        .map(|fill| format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>"))
        .unwrap_or_default();
    // The schema's order: width, fill, then margins and alignment.
    format!("<w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{fill}{extra}</w:tcPr>")
}

/// A paragraph of style `style` holding `runs`, with `properties` after the style.
fn paragraph(style: &str, properties: &str, runs: &str) -> String {
    let style = if style.is_empty() {
        String::new()
    } else {
        format!("<w:pStyle w:val=\"{style}\"/>")
    };
    format!("<w:p><w:pPr>{style}{properties}</w:pPr>{runs}</w:p>")
}

/// The widths of columns of relative `weights` filling `total` exactly.
fn widths(weights: &[f32], total: u32) -> Vec<u32> {
    let sum: f32 = weights.iter().sum::<f32>().max(f32::EPSILON);
    let mut widths: Vec<u32> = weights
        .iter()
        .map(|w| (total as f32 * w / sum).floor() as u32)
        .collect();
    let given: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total.saturating_sub(given);
    }
    widths
}

/// A table's opening: its style, width, fixed layout and grid.
fn table_start(style: &str, widths: &[u32], borders: &str) -> String {
    let total: u32 = widths.iter().sum();
    let grid: String = widths
        .iter()
        .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
        .collect();
    let style = if style.is_empty() {
        String::new()
    } else {
        format!("<w:tblStyle w:val=\"{style}\"/>")
    };
    format!(
        "<w:tbl><w:tblPr>{style}<w:tblW w:w=\"{total}\" w:type=\"dxa\"/>{borders}<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )
}

/// Tables of at most this many rows are never split across pages, as in the PDF; a longer one
/// keeps its first rows with its header.
const SHORT_TABLE: usize = 12;
const FIRST_ROWS_KEPT: usize = 2;

/// The paragraph property keeping row `number` of `rows` on the page of the next row: every
/// row but the last of a short table, the first rows of a long one.
fn keep_row(number: usize, rows: usize) -> &'static str {
    let keep = number + 1 < rows && (rows <= SHORT_TABLE || number + 1 < FIRST_ROWS_KEPT);
    if keep { "<w:keepNext/>" } else { "" }
}

/// The space after a table, which also keeps two tables in a row from merging into one.
const AFTER_TABLE: &str =
    "<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"200\" w:lineRule=\"exact\"/></w:pPr></w:p>";

/// No borders at all, for the tables that only place things side by side.
const NO_BORDERS: &str = "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";

impl Body {
    fn section_title(&mut self, index: usize, title: &str, new_page: bool) {
        // The first section is the cover: its title is the document's, set larger.
        let size = if index == 0 {
            "<w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"
        } else {
            ""
        };
        self.heading(1, &section_anchor(index), title, size, new_page);
    }

    /// A heading of `level` (1 or 2) with the bookmark `anchor` around its text.
    fn heading(&mut self, level: u8, anchor: &str, text: &str, run: &str, new_page: bool) {
        self.bookmarks += 1;
        let id = self.bookmarks;
        let page_break = if new_page { "<w:pageBreakBefore/>" } else { "" };
        self.out.push_str(&paragraph(
            &format!("Heading{level}"),
            page_break,
            &format!(
                "<w:bookmarkStart w:id=\"{id}\" w:name=\"{anchor}\"/>{}<w:bookmarkEnd w:id=\"{id}\"/>",
                plain(text, run)
            ),
        ));
    }

    /// The contents: a TOC field over the sections (Heading1), which Word and LibreOffice
    /// rebuild with page numbers on update; until then it lists every section linked to its
    /// heading, as the HTML's contents do.
    fn contents(&mut self, document: &Document) {
        self.out.push_str(&paragraph(
            "TOCHeading",
            "",
            &plain(&document.labels.contents, ""),
        ));
        let count = document.sections.len();
        for (index, section) in document.sections.iter().enumerate() {
            let begin = if index == 0 {
                "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            } else {
                ""
            };
            let end = if index + 1 == count {
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            } else {
                ""
            };
            let anchor = section_anchor(index);
            self.out.push_str(&paragraph(
                "TOC1",
                "",
                &format!(
                    "{begin}<w:hyperlink w:anchor=\"{anchor}\" w:history=\"1\">{}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF {anchor} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink>{end}",
                    plain(&section.title, ""),
                ),
            ));
        }
    }

    /// The paragraph property keeping a paragraph with what follows, when it should be.
    fn keep(&self) -> &'static str {
        if self.keep_with_next {
            "<w:keepNext/>"
        } else {
            ""
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => {
                let runs = plain(text, "");
                self.out.push_str(&paragraph("Heading2", "", &runs));
            }
            Block::Paragraph(text) => {
                let runs = linked(text, "", &mut self.links);
                self.out.push_str(&paragraph("", self.keep(), &runs));
            }
            Block::Note(text) => {
                let runs = linked(text, "", &mut self.links);
                self.out.push_str(&paragraph("Note", self.keep(), &runs));
            }
            Block::Bullets(items) => {
                for item in items {
                    let runs = linked(item, "", &mut self.links);
                    self.out.push_str(&paragraph("ListBullet", "", &runs));
                }
            }
            Block::Facts(pairs) => self.facts(pairs),
            Block::Table(table) => self.table(table),
            Block::Contents => {}
            Block::Grids(grids) => self.grids(grids),
            Block::Callout {
                headline,
                body,
                tone,
            } => self.callout(headline, body, *tone),
        }
    }

    /// Label / value pairs: a two-column table, the labels shaded like a header.
    fn facts(&mut self, pairs: &[(String, String)]) {
        let widths = widths(&[24.0, 76.0], self.page.text_width());
        self.out.push_str(&table_start("ReportTable", &widths, ""));
        for (number, (label, value)) in pairs.iter().enumerate() {
            let value = linked(value, "", &mut self.links);
            let keep = keep_row(number, pairs.len());
            self.out.push_str(&format!(
                "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>{}{}</w:tc><w:tc>{}{}</w:tc></w:tr>",
                cell_properties(widths[0], Some(colours::HEADER_FILL), ""),
                paragraph("TableText", keep, &plain(label, "<w:b/><w:bCs/>")),
                cell_properties(widths[1], None, ""),
                paragraph("TableText", keep, &value),
            ));
        }
        self.out.push_str("</w:tbl>");
        self.out.push_str(AFTER_TABLE);
    }

    /// A table whose header row repeats at the top of every page it runs onto; rows are never
    /// split across pages.
    fn table(&mut self, table: &Table) {
        let weights: Vec<f32> = table.columns.iter().map(|c| c.weight).collect();
        let widths = widths(&weights, self.page.text_width());
        self.out.push_str(&table_start("ReportTable", &widths, ""));
        self.out
            .push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (column, width) in table.columns.iter().zip(&widths) {
            self.out.push_str(&format!(
                "<w:tc>{}{}</w:tc>",
                cell_properties(*width, Some(colours::HEADER_FILL), ""),
                paragraph(
                    "TableText",
                    "<w:keepNext/>",
                    &plain(&column.title, "<w:b/><w:bCs/>")
                ),
            ));
        }
        self.out.push_str("</w:tr>");
        for (number, row) in table.rows.iter().enumerate() {
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            let keep = keep_row(number, table.rows.len());
            for (index, width) in widths.iter().enumerate() {
                let text = row.get(index).map_or("", String::as_str);
                let runs = linked(text, "", &mut self.links);
                self.out.push_str(&format!(
                    "<w:tc>{}{}</w:tc>",
                    cell_properties(*width, None, ""),
                    paragraph("TableText", keep, &runs),
                ));
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        self.out.push_str(AFTER_TABLE);
    }

    /// The maps side by side: a borderless table with one map in each cell.
    fn grids(&mut self, grids: &[Grid]) {
        if grids.is_empty() {
            return;
        }
        let weights = vec![1.0; grids.len()];
        let widths = widths(&weights, self.page.text_width());
        self.out.push_str(&table_start("", &widths, NO_BORDERS));
        self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (grid, width) in grids.iter().zip(&widths) {
            self.out.push_str(&format!(
                "<w:tc>{}{}</w:tc>",
                cell_properties(*width, None, ""),
                grid_xml(grid, width.saturating_sub(2 * 108))
            ));
        }
        self.out.push_str("</w:tr></w:tbl>");
        self.out.push_str(AFTER_TABLE);
    }

    /// A framed statement: a one-cell table with a thick rule in the tone's colour on its left.
    fn callout(&mut self, headline: &str, body: &str, tone: Tone) {
        let colour = colours::tone(tone);
        let width = self.page.text_width();
        let borders = format!(
            "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"single\" w:sz=\"36\" w:space=\"0\" w:color=\"{colour}\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/></w:tblBorders>"
        );
        self.out.push_str(&table_start("", &[width], &borders));
        let margins = "<w:tcMar><w:top w:w=\"100\" w:type=\"dxa\"/><w:left w:w=\"200\" w:type=\"dxa\"/><w:bottom w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"200\" w:type=\"dxa\"/></w:tcMar>";
        self.out.push_str(&format!(
            "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>{}{}{}</w:tc></w:tr></w:tbl>",
            cell_properties(width, Some(colours::CALLOUT_FILL), margins),
            paragraph(
                "",
                "<w:keepNext/><w:spacing w:after=\"60\"/>",
                &plain(
                    headline,
                    &format!(
                        "<w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                    )
                )
            ),
            paragraph("", "", &plain(body, "")),
        ));
        self.out.push_str(AFTER_TABLE);
    }
}

/// One 4×4 map, `width` wide: its title and vertical axis above, the rows with their labels,
/// the column labels under them and the horizontal axis below. Each cell is shaded and also
/// carries its words, so the map reads in black and white too.
fn grid_xml(grid: &Grid, width: u32) -> String {
    let label_width = width / 6;
    let cell_width = (width - label_width) / 4;
    let mut widths = vec![label_width];
    widths.extend([cell_width; 4]);
    let white = format!(
        "<w:tblBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"{w}\"/><w:left w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"{w}\"/><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"{w}\"/><w:right w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"{w}\"/><w:insideH w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"{w}\"/><w:insideV w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"{w}\"/></w:tblBorders>",
        w = colours::WHITE
    );
    let small = |size: u8| format!("<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>");
    let centred = "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>";
    let mut out = paragraph(
        "MapCaption",
        "",
        &plain(
            &grid.title,
            &format!(
                "<w:b/><w:bCs/><w:color w:val=\"{}\"/>{}",
                colours::ACCENT,
                small(19)
            ),
        ),
    );
    out.push_str(&paragraph("MapCaption", "", &plain(&grid.up, "")));
    out.push_str(&table_start("", &widths, &white));
    let middle = "<w:vAlign w:val=\"center\"/>";
    for (row, label) in grid.row_labels.iter().enumerate() {
        out.push_str(
            "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"640\" w:hRule=\"atLeast\"/></w:trPr>",
        );
        out.push_str(&format!(
            "<w:tc>{}{}</w:tc>",
            cell_properties(label_width, None, middle),
            paragraph(
                "MapCaption",
                "<w:spacing w:after=\"0\"/>",
                &plain(label, &small(14))
            )
        ));
        for cell in grid.cells.iter().skip(row * 4).take(4) {
            out.push_str(&format!(
                "<w:tc>{}{}{}</w:tc>",
                cell_properties(cell_width, Some(colours::shade(cell.shade.min(3))), ""),
                paragraph(
                    "MapCaption",
                    "<w:spacing w:after=\"0\"/>",
                    &plain(&cell.caption, &small(13))
                ),
                paragraph(
                    "TableText",
                    centred,
                    &plain(&cell.content, "<w:b/><w:bCs/>")
                ),
            ));
        }
        out.push_str("</w:tr>");
    }
    out.push_str(&format!(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc>{}{}</w:tc>",
        cell_properties(label_width, None, ""),
        paragraph("TableText", "", "")
    ));
    for label in &grid.column_labels {
        out.push_str(&format!(
            "<w:tc>{}{}</w:tc>",
            cell_properties(cell_width, None, ""),
            paragraph("MapCaption", centred, &plain(label, &small(14)))
        ));
    }
    out.push_str("</w:tr></w:tbl>");
    out.push_str(&paragraph("MapCaption", "", &plain(&grid.across, "")));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_widths_fill_the_text_width_exactly() {
        let widths = super::widths(&[1.0, 11.0, 3.3], 9866);
        assert_eq!(widths.iter().sum::<u32>(), 9866);
        assert!(widths[1] > widths[2] && widths[2] > widths[0]);
    }
}
