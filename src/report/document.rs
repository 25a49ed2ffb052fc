//! A small document model: what a report says, in sections and blocks, with no idea of pages,
//! fonts or file formats. The PDF renderer lays it out; another renderer could write HTML.

use crate::date::Date;

/// A whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Title, for the cover and the file's metadata.
    pub title: String,
    /// Author, for the file's metadata.
    pub author: String,
    /// Subject, for the file's metadata.
    pub subject: String,
    /// The date the document is dated (metadata and footer).
    pub date: Date,
    /// The names in the running header on every page (organisation and apps), shortened when
    /// the line is too long.
    pub running_header: String,
    /// The marking that ends the running header ("DRAFT · CONFIDENTIAL"), never shortened.
    pub marking: String,
    /// The sections, in order. One with `new_page` set starts a new page when less than half of
    /// the current page is left, so a forced break never leaves a page more than half empty.
    pub sections: Vec<Section>,
    /// The words the renderers add around the content, in the document's language.
    pub labels: Labels,
}

/// The words a renderer adds to a document (its language, the contents' heading, the page
/// numbers, the date in the footer), given by the report in its language so that renderers
/// hold no words of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    /// The language's BCP 47 tag ("en-GB", "fr-FR", "zh-HK"), for the file's metadata.
    pub language: String,
    /// The heading of the table of contents.
    pub contents: String,
    /// "Page 3 of 21" in three pieces around the two numbers: "Page ", " of ", "".
    pub page_number: [String; 3],
    /// The document's date as the footer writes it.
    pub date: String,
}

impl Labels {
    /// "Page 3 of 21" in the document's words.
    pub fn page(&self, number: usize, total: usize) -> String {
        let [before, between, after] = &self.page_number;
        format!("{before}{number}{between}{total}{after}")
    }
}

/// A titled part of the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The heading.
    pub title: String,
    /// Whether the section asks for a new page (granted once more than half the page is used).
    pub new_page: bool,
    /// The content.
    pub blocks: Vec<Block>,
}

/// A piece of content.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A sub-heading.
    Heading(String),
    /// A paragraph of plain text.
    Paragraph(String),
    /// A paragraph in a smaller, muted style (notes, sources).
    Note(String),
    /// A bulleted list.
    Bullets(Vec<String>),
    /// Label / value pairs, such as the cover facts.
    Facts(Vec<(String, String)>),
    /// A table whose header row repeats on every page it spans.
    Table(Table),
    /// The list of sections with their page numbers, each linked to its page.
    Contents,
    /// 4×4 grids side by side, such as risk maps before and after measures.
    Grids(Vec<Grid>),
    /// A large, framed statement: the stance.
    Callout {
        /// The large text.
        headline: String,
        /// The explanation under it.
        body: String,
        /// The emphasis colour.
        tone: Tone,
    },
}

/// A table.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column headings and relative widths.
    pub columns: Vec<Column>,
    /// The rows; each has one cell per column.
    pub rows: Vec<Vec<String>>,
}

/// A column of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Heading.
    pub title: String,
    /// Relative width; the widths of a table are scaled to fill the text width.
    pub weight: f32,
}

/// A 4×4 grid: four rows (top to bottom) of four cells (left to right), with axis captions.
/// Each cell carries its own words, so the grid reads in black and white too.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    /// Caption above the grid.
    pub title: String,
    /// Caption under the grid (the horizontal axis).
    pub across: String,
    /// Caption beside the grid (the vertical axis).
    pub up: String,
    /// Labels of the columns, left to right.
    pub column_labels: [String; 4],
    /// Labels of the rows, top to bottom.
    pub row_labels: [String; 4],
    /// The cells, row by row from the top.
    pub cells: Vec<GridCell>,
}

/// One cell of a [`Grid`].
#[derive(Clone, Debug, PartialEq)]
pub struct GridCell {
    /// A small caption in the corner (such as the level, "High").
    pub caption: String,
    /// The main content (such as the numbers of the risks in the cell).
    pub content: String,
    /// How strong the cell's shading is, 0 (lightest) to 3.
    pub shade: u8,
}

/// The colour of a callout, chosen by meaning so a renderer can pick its own palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Good (ACCEPT).
    Positive,
    /// Caution (DEFINE).
    Caution,
    /// Stop (FORBID).
    Negative,
    /// No verdict yet (INCOMPLETE): neither good nor bad.
    Neutral,
}

impl Table {
    /// A table from column (title, weight) pairs.
    pub fn new(columns: &[(&str, f32)]) -> Table {
        Table {
            columns: columns
                .iter()
                .map(|(title, weight)| Column {
                    title: (*title).to_string(),
                    weight: *weight,
                })
                .collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

impl Document {
    /// Every piece of text the document prints, in no particular order: for checks that
    /// concern all of it, such as which characters the fonts must draw.
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = vec![
            self.title.as_str(),
            self.author.as_str(),
            self.subject.as_str(),
            self.running_header.as_str(),
            self.marking.as_str(),
        ];
        for section in &self.sections {
            texts.push(&section.title);
            for block in &section.blocks {
                block.texts(&mut texts);
            }
        }
        texts
    }
}

impl Block {
    fn texts<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Block::Heading(text) | Block::Paragraph(text) | Block::Note(text) => out.push(text),
            Block::Bullets(items) => out.extend(items.iter().map(String::as_str)),
            Block::Facts(pairs) => {
                out.extend(pairs.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]));
            }
            Block::Table(table) => {
                out.extend(table.columns.iter().map(|c| c.title.as_str()));
                out.extend(table.rows.iter().flatten().map(String::as_str));
            }
            Block::Contents => {}
            Block::Grids(grids) => {
                for grid in grids {
                    out.extend([grid.title.as_str(), grid.across.as_str(), grid.up.as_str()]);
                    out.extend(grid.column_labels.iter().map(String::as_str));
                    out.extend(grid.row_labels.iter().map(String::as_str));
                    for cell in &grid.cells {
                        out.extend([cell.caption.as_str(), cell.content.as_str()]);
                    }
                }
            }
            Block::Callout { headline, body, .. } => out.extend([headline.as_str(), body.as_str()]),
        }
    }
}
