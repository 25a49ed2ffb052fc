//! Lays a [`Document`] out on pages: wraps text, breaks pages, splits tables across pages with
//! their header row repeated, and adds the running header and the "page X of Y" footer.

use super::fonts::{Face, Metrics};
use super::page::{Bookmark, Colour, Layout, LinkTarget, Mark, Page, PageSize};
use super::structure::{Element, Role};
use super::wrap::{Line, truncate};
use super::wrap_memo::WrapMemo;
use crate::report::document::{Block, Document, Grid, Section, Table, Tone};
use std::rc::Rc;

const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 72.0;
const MARGIN_BOTTOM: f32 = 64.0;
const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;
const TABLE: f32 = 8.5;
const LEADING: f32 = 1.32;
const CELL_PAD: f32 = 3.5;
/// The space above a section title that follows another section on the same page.
const SECTION_GAP: f32 = 18.0;

/// The longest line of running text, in points: about 90 characters of body text (the Scottish
/// example's paragraphs average 4.8 pt a character at 9.5 pt); tables and maps keep the full
/// text width.
const MEASURE: f32 = 425.0;

/// The root of the structure tree.
const DOCUMENT: usize = 0;

/// The space between grids side by side.
const GRID_GAP: f32 = 24.0;
/// The width of a grid's row labels.
const GRID_LABEL_WIDTH: f32 = 16.0;
/// A table with more rows than this is long: only its start needs to keep with its heading.
const TABLE_ROWS_LOOKED_AT: usize = 12;

/// A paragraph of at most this many lines opening a section introduces what follows and keeps
/// with it.
const INTRODUCTION_LINES: usize = 3;

/// The fewest lines of a paragraph left on either side of a page break.
const KEEP_LINES: usize = 2;

/// A text style: face, size and colour.
#[derive(Clone, Copy)]
struct Style {
    face: Face,
    size: f32,
    colour: Colour,
}

const HEADING: Style = Style {
    face: Face::Bold,
    size: 11.0,
    colour: Colour::ACCENT,
};
const PARAGRAPH: Style = Style {
    face: Face::Regular,
    size: BODY,
    colour: Colour::TEXT,
};
const NOTE: Style = Style {
    face: Face::Oblique,
    size: SMALL,
    colour: Colour::MUTED,
};

/// Lays out a document on pages of `size`. A document with a table of contents is laid out
/// twice: the first pass finds the page of each section, the second writes those numbers (the
/// contents take the same room either way, so the pages do not move).
pub fn lay_out(document: &Document, size: PageSize, metrics: &Metrics) -> Layout {
    let wraps = WrapMemo::new(metrics);
    let first = lay_out_pass(document, size, metrics, &wraps, None);
    let has_contents = document
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .any(|b| *b == Block::Contents);
    if !has_contents {
        return first;
    }
    lay_out_pass(document, size, metrics, &wraps, Some(&first.outline))
}

fn lay_out_pass(
    document: &Document,
    size: PageSize,
    metrics: &Metrics,
    wraps: &WrapMemo<'_>,
    outline: Option<&[(String, usize)]>,
) -> Layout {
    let mut writer = Writer {
        metrics,
        wraps,
        size,
        pages: vec![Page::default()],
        y: MARGIN_TOP,
        outline: Vec::new(),
        bookmarks: Vec::new(),
        elements: vec![Element {
            role: Role::Document,
            parent: None,
            alt: None,
        }],
        current: None,
        known_outline: outline.map(<[(String, usize)]>::to_vec),
        section_titles: document.sections.iter().map(|s| s.title.clone()).collect(),
        contents_title: document.labels.contents.clone(),
    };
    for (index, section) in document.sections.iter().enumerate() {
        writer.section(section, index == 0);
    }
    let mut pages = writer.pages;
    let total = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        page.marks
            .extend(furniture(document, size, metrics, index + 1, total));
    }
    Layout {
        size,
        pages,
        outline: writer.outline,
        bookmarks: writer.bookmarks,
        structure: writer.elements,
    }
}

struct Writer<'m> {
    metrics: &'m Metrics,
    /// Every text wrapped so far, in this pass and the one before.
    wraps: &'m WrapMemo<'m>,
    size: PageSize,
    pages: Vec<Page>,
    /// Top of the free space on the current page, from the top edge.
    y: f32,
    outline: Vec<(String, usize)>,
    bookmarks: Vec<Bookmark>,
    /// The tagged structure built so far (element 0 is the document).
    elements: Vec<Element>,
    /// The element the text drawn now belongs to; `None` draws artifacts.
    current: Option<usize>,
    /// The section pages found by the first pass, for the table of contents.
    known_outline: Option<Vec<(String, usize)>>,
    section_titles: Vec<String>,
    /// The contents' heading, in the document's language.
    contents_title: String,
}

impl Writer<'_> {
    fn text_width(&self) -> f32 {
        self.size.width - 2.0 * MARGIN_X
    }

    /// The width running text is wrapped to: the text width, but no more than [`MEASURE`], so
    /// a line of body text holds at most about 90 characters.
    fn measure(&self) -> f32 {
        self.measure_for(BODY)
    }

    /// The measure for text of `size`: the same number of characters a line as body text.
    fn measure_for(&self, size: f32) -> f32 {
        self.text_width().min(MEASURE * size / BODY)
    }

    fn bottom(&self) -> f32 {
        self.size.height - MARGIN_BOTTOM
    }

    fn room(&self) -> f32 {
        self.bottom() - self.y
    }

    fn page_is_empty(&self) -> bool {
        self.y <= MARGIN_TOP
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `height` fits in what is left of this one (or this page is
    /// still empty, in which case nothing better can be done).
    fn make_room(&mut self, height: f32) {
        if height > self.room() && !self.page_is_empty() {
            self.new_page();
        }
    }

    fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.marks.push(mark);
        }
    }

    fn line_of_text(
        &mut self,
        x: f32,
        baseline: f32,
        text: String,
        face: Face,
        size: f32,
        colour: Colour,
    ) {
        let width = self.metrics.width(&text, face, size);
        self.mark(Mark::Text {
            x,
            y: baseline,
            size,
            face,
            colour,
            text,
            width,
            element: self.current,
        });
    }

    /// A new structure element under `parent`, in document order.
    fn open(&mut self, role: Role, parent: usize) -> usize {
        self.elements.push(Element {
            role,
            parent: Some(parent),
            alt: None,
        });
        self.elements.len() - 1
    }

    /// Draws what `draw` draws as the content of a new element of `role` under the document.
    fn tagged(&mut self, role: Role, draw: impl FnOnce(&mut Self)) {
        let element = self.open(role, DOCUMENT);
        let outer = self.current.replace(element);
        draw(self);
        self.current = outer;
    }

    /// A table row's elements: the row, and one cell per column (a header cell where
    /// `is_header` says so).
    fn row_elements(
        &mut self,
        table: usize,
        columns: usize,
        is_header: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let row = self.open(Role::TR, table);
        (0..columns)
            .map(|column| {
                let role = if is_header(column) {
                    Role::TH
                } else {
                    Role::TD
                };
                self.open(role, row)
            })
            .collect()
    }

    /// Whether less than half of this page's text area is left: a section that asks for a new
    /// page gets one only then, so a forced break never leaves a page more than half empty.
    fn past_half_page(&self) -> bool {
        self.room() < (self.bottom() - MARGIN_TOP) / 2.0
    }

    /// A wrapped line, with a link over each web address in it (or piece of one).
    fn linked_line(
        &mut self,
        x: f32,
        baseline: f32,
        line: &Line,
        face: Face,
        size: f32,
        colour: Colour,
    ) {
        for (range, url) in &line.links {
            let before = self.metrics.width(&line.text[..range.start], face, size);
            let width = self.metrics.width(&line.text[range.clone()], face, size);
            if let Some(page) = self.pages.last_mut() {
                page.links.push(super::page::Link {
                    x: x + before,
                    y: baseline - size,
                    width,
                    height: size * LEADING,
                    target: LinkTarget::Web(url.clone()),
                    element: self.current,
                });
            }
        }
        self.line_of_text(x, baseline, line.text.clone(), face, size, colour);
    }

    fn section(&mut self, section: &Section, is_cover: bool) {
        if section.new_page && self.past_half_page() {
            self.new_page();
        } else if !self.page_is_empty() {
            // Flowing on: a clear gap before the next section's title.
            self.y += SECTION_GAP;
        }
        let size = if is_cover { 22.0 } else { 15.0 };
        // The title keeps with the start of what follows (a page-high start cannot).
        let title_height = size * LEADING + size * 0.6;
        let first = self.opening_height(&section.blocks);
        self.make_room(title_height + first.min((self.bottom() - MARGIN_TOP) / 2.0));
        self.outline
            .push((section.title.clone(), self.pages.len() - 1));
        self.bookmark(&section.title, 0);
        self.tagged(Role::H1, |writer| {
            writer.lines(
                &section.title,
                MARGIN_X,
                writer.text_width(),
                Face::Bold,
                size,
                Colour::ACCENT,
            );
        });
        self.y += size * 0.6;
        for (index, block) in section.blocks.iter().enumerate() {
            if let Block::Heading(text) = block {
                self.heading(text, &section.blocks[index + 1..]);
            } else {
                self.block(block);
            }
        }
    }

    /// Writes wrapped lines, breaking pages between lines as needed.
    fn lines(&mut self, text: &str, x: f32, width: f32, face: Face, size: f32, colour: Colour) {
        let lines = self.wraps.linked(text, face, size, width);
        self.place_lines(&lines, x, face, size, colour, None);
    }

    /// Places a paragraph's lines, breaking pages so that at least [`KEEP_LINES`] of it stand
    /// on either side of a break (no lone first line at a page's foot, no lone last line at the
    /// top of the next). `marker` (a bullet, at its own x) is drawn beside the first line,
    /// wherever that line lands.
    fn place_lines(
        &mut self,
        lines: &[Line],
        x: f32,
        face: Face,
        size: f32,
        colour: Colour,
        marker: Option<(f32, &str)>,
    ) {
        let line_height = size * LEADING;
        let mut index = 0;
        while index < lines.len() {
            let left = lines.len() - index;
            let fit = lines_that_fit(self.room(), line_height);
            let mut here = lines_before_break(left, fit);
            if here == 0 && self.page_is_empty() {
                // A fresh page gains nothing from a break: fill it (at least one line).
                here = fit.max(1).min(left);
            }
            if here == 0 {
                self.new_page();
                continue;
            }
            for line in &lines[index..index + here] {
                let baseline = self.y + size;
                if let (0, Some((marker_x, text))) = (index, marker) {
                    self.line_of_text(marker_x, baseline, text.to_string(), face, size, colour);
                }
                self.linked_line(x, baseline, line, face, size, colour);
                self.y += line_height;
                index += 1;
            }
            if index < lines.len() {
                self.new_page();
            }
        }
    }

    /// Wraps `text` over the full text width less `indent`, in `style`.
    fn flow(&mut self, text: &str, indent: f32, style: Style) {
        let width = self.measure_for(style.size) - indent;
        self.lines(
            text,
            MARGIN_X + indent,
            width,
            style.face,
            style.size,
            style.colour,
        );
    }

    /// A bookmark to the heading about to be written here.
    fn bookmark(&mut self, title: &str, level: u8) {
        self.bookmarks.push(Bookmark {
            title: title.to_string(),
            page: self.pages.len() - 1,
            y: self.y,
            level,
        });
    }

    /// A sub-heading, kept on one page with the start of `next` (up to half a page of it).
    fn heading(&mut self, text: &str, following: &[Block]) {
        let own = HEADING.size * LEADING * 2.0 + 6.0;
        let following = if following.is_empty() {
            BODY * LEADING * KEEP_LINES as f32
        } else {
            self.opening_height(following)
        };
        self.make_room(own + following.min((self.bottom() - MARGIN_TOP) / 2.0));
        self.bookmark(text, 1);
        self.y += 4.0;
        self.tagged(Role::H2, |writer| writer.flow(text, 0.0, HEADING));
        self.y += 2.0;
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => self.heading(text, &[]),
            Block::Paragraph(text) => {
                self.tagged(Role::P, |writer| writer.flow(text, 0.0, PARAGRAPH));
                self.y += BODY * 0.6;
            }
            Block::Note(text) => {
                self.tagged(Role::P, |writer| writer.flow(text, 0.0, NOTE));
                self.y += SMALL * 0.6;
            }
            Block::Bullets(items) => {
                let indent = 14.0;
                let list = self.open(Role::L, DOCUMENT);
                for item in items {
                    let entry = self.open(Role::LI, list);
                    self.current = Some(entry);
                    let lines = self.wraps.linked(
                        item,
                        PARAGRAPH.face,
                        PARAGRAPH.size,
                        self.measure() - indent,
                    );
                    self.place_lines(
                        &lines,
                        MARGIN_X + indent,
                        PARAGRAPH.face,
                        PARAGRAPH.size,
                        PARAGRAPH.colour,
                        Some((MARGIN_X + 4.0, "•")),
                    );
                    self.current = None;
                    self.y += 2.0;
                }
                self.y += BODY * 0.4;
            }
            Block::Facts(pairs) => {
                let mut table = Table::new(&[("", 1.0), ("", 2.4)]);
                for (label, value) in pairs {
                    table.row(vec![label.clone(), value.clone()]);
                }
                self.table(&table, false);
            }
            Block::Table(table) => self.table(table, true),
            Block::Callout {
                headline,
                body,
                tone,
            } => self.tagged(Role::P, |writer| writer.callout(headline, body, *tone)),
            Block::Grids(grids) => self.grids(grids),
            Block::Contents => self.contents(),
        }
    }

    /// One line per section: its title, dotted leader and page number, linked to the page.
    fn contents(&mut self) {
        let line_height = BODY * LEADING + 2.0;
        self.make_room(line_height * (self.section_titles.len() as f32 + 1.5));
        self.y += 4.0;
        let heading = self.contents_title.clone();
        self.tagged(Role::H2, |writer| {
            writer.lines(
                &heading,
                MARGIN_X,
                writer.text_width(),
                Face::Bold,
                11.0,
                Colour::ACCENT,
            );
        });
        let toc = self.open(Role::TOC, DOCUMENT);
        let titles = self.section_titles.clone();
        for (index, title) in titles.iter().enumerate() {
            let target = self
                .known_outline
                .as_ref()
                .and_then(|o| o.get(index))
                .map(|(_, page)| *page);
            let number = target.map_or_else(|| "…".to_string(), |page| (page + 1).to_string());
            let number_width = self.metrics.width(&number, Face::Regular, BODY);
            let title = truncate(
                title,
                self.metrics,
                Face::Regular,
                BODY,
                self.text_width() - 40.0,
            );
            let baseline = self.y + BODY;
            let entry = self.open(Role::TOCI, toc);
            self.current = Some(entry);
            self.line_of_text(MARGIN_X, baseline, title, Face::Regular, BODY, Colour::TEXT);
            let right = MARGIN_X + self.text_width();
            self.line_of_text(
                right - number_width,
                baseline,
                number,
                Face::Regular,
                BODY,
                Colour::TEXT,
            );
            let link = target.map(|target| super::page::Link {
                x: MARGIN_X,
                y: self.y,
                width: self.text_width(),
                height: line_height,
                target: LinkTarget::Page(target),
                element: Some(entry),
            });
            self.current = None;
            if let (Some(link), Some(page)) = (link, self.pages.last_mut()) {
                page.links.push(link);
            }
            self.y += line_height;
        }
        self.y += BODY;
    }

    /// Draws 4×4 grids side by side, as vector graphics: shaded cells with their caption and
    /// content, row and column labels, and the axis captions.
    /// The width of each grid's slot and of its cells, for `count` grids side by side.
    fn grid_geometry(&self, count: usize) -> (f32, f32) {
        let count = count.max(1);
        let slot = (self.text_width() - GRID_GAP * (count - 1) as f32) / count as f32;
        (slot, ((slot - GRID_LABEL_WIDTH) / 4.0).min(62.0))
    }

    fn grids_height(&self, count: usize) -> f32 {
        let (_, cell) = self.grid_geometry(count);
        BODY + SMALL + 8.0 + 4.0 * cell + SMALL * 3.4
    }

    fn grids(&mut self, grids: &[Grid]) {
        if grids.is_empty() {
            return;
        }
        let (slot, cell) = self.grid_geometry(grids.len());
        let height = self.grids_height(grids.len());
        self.make_room(height);
        let top = self.y;
        for (index, grid) in grids.iter().enumerate() {
            let left = MARGIN_X + index as f32 * (slot + GRID_GAP);
            // A map is a figure: a screen reader reads its alternate text, not its cells.
            let figure = self.open(Role::Figure, DOCUMENT);
            self.elements[figure].alt = Some(grid_description(grid));
            self.current = Some(figure);
            self.grid(grid, left, top, cell, GRID_LABEL_WIDTH);
            self.current = None;
        }
        self.y = top + height + BODY;
    }

    fn grid(&mut self, grid: &Grid, left: f32, top: f32, cell: f32, label_width: f32) {
        let title = truncate(
            &grid.title,
            self.metrics,
            Face::Bold,
            BODY,
            label_width + 4.0 * cell,
        );
        self.line_of_text(left, top + BODY, title, Face::Bold, BODY, Colour::ACCENT);
        let grid_top = top + BODY + SMALL + 8.0;
        let grid_left = left + label_width;
        for (index, item) in grid.cells.iter().take(16).enumerate() {
            let (row, column) = ((index / 4) as f32, (index % 4) as f32);
            let x = grid_left + column * cell;
            let y = grid_top + row * cell;
            self.mark(Mark::Rect {
                x: x + 0.5,
                y: y + 0.5,
                width: cell - 1.0,
                height: cell - 1.0,
                fill: shade(item.shade),
            });
            let (caption, caption_size) = fitted(
                &item.caption,
                self.metrics,
                Face::Regular,
                SMALL - 1.0,
                cell - 4.0,
            );
            self.line_of_text(
                x + 3.0,
                y + SMALL + 1.0,
                caption,
                Face::Regular,
                caption_size,
                Colour::MUTED,
            );
            let (lines, size) = cell_lines(&item.content, self.metrics, cell - 6.0);
            for (offset, line) in lines.iter().enumerate() {
                let width = self.metrics.width(line, Face::Bold, size);
                let baseline = y + cell * 0.55 + offset as f32 * size * 1.15;
                self.line_of_text(
                    x + (cell - width) / 2.0,
                    baseline,
                    line.clone(),
                    Face::Bold,
                    size,
                    Colour::TEXT,
                );
            }
        }
        for (row, label) in grid.row_labels.iter().enumerate() {
            let baseline = grid_top + (row as f32 + 0.5) * cell + SMALL / 2.0;
            self.line_of_text(
                left + 2.0,
                baseline,
                truncate(label, self.metrics, Face::Regular, SMALL, label_width),
                Face::Regular,
                SMALL,
                Colour::MUTED,
            );
        }
        for (column, label) in grid.column_labels.iter().enumerate() {
            let width = self.metrics.width(label, Face::Regular, SMALL);
            let x = grid_left + (column as f32 + 0.5) * cell - width / 2.0;
            self.line_of_text(
                x,
                grid_top + 4.0 * cell + SMALL + 2.0,
                label.clone(),
                Face::Regular,
                SMALL,
                Colour::MUTED,
            );
        }
        let (across, across_size) =
            fitted(&grid.across, self.metrics, Face::Oblique, SMALL, 4.0 * cell);
        self.line_of_text(
            grid_left,
            grid_top + 4.0 * cell + SMALL * 2.6 + 2.0,
            across,
            Face::Oblique,
            across_size,
            Colour::MUTED,
        );
        let (up, up_size) = fitted(
            &grid.up,
            self.metrics,
            Face::Oblique,
            SMALL,
            label_width + 4.0 * cell,
        );
        self.line_of_text(
            left,
            top + BODY + SMALL + 3.0,
            up,
            Face::Oblique,
            up_size,
            Colour::MUTED,
        );
    }

    /// The width a callout's body is wrapped to: inside its frame, and no wider than the measure.
    fn callout_inner(&self) -> f32 {
        (self.text_width() - 24.0).min(self.measure())
    }

    fn callout_height(&self, headline: &str, body: &str) -> f32 {
        let inner = self.callout_inner();
        let head = self.wraps.count(headline, Face::Bold, 18.0, inner);
        let lines = self.wraps.count(body, Face::Regular, BODY, inner);
        head as f32 * 18.0 * 1.2 + lines as f32 * BODY * LEADING + 22.0
    }

    fn callout(&mut self, headline: &str, body: &str, tone: Tone) {
        let colour = match tone {
            Tone::Positive => Colour(0.12, 0.48, 0.25),
            Tone::Caution => Colour(0.72, 0.45, 0.05),
            Tone::Negative => Colour(0.70, 0.12, 0.12),
            Tone::Neutral => Colour(0.35, 0.38, 0.42),
        };
        let inner = self.callout_inner();
        let head = self.wraps.linked(headline, Face::Bold, 18.0, inner);
        let lines = self.wraps.linked(body, Face::Regular, BODY, inner);
        let height = self.callout_height(headline, body);
        if height > self.bottom() - MARGIN_TOP {
            // Taller than a page: no frame, just flowing text.
            self.lines(
                headline,
                MARGIN_X,
                self.text_width(),
                Face::Bold,
                18.0,
                colour,
            );
            self.lines(
                body,
                MARGIN_X,
                self.measure(),
                Face::Regular,
                BODY,
                Colour::TEXT,
            );
            return;
        }
        self.make_room(height);
        let top = self.y;
        self.mark(Mark::Rect {
            x: MARGIN_X,
            y: top,
            width: self.text_width(),
            height,
            fill: Colour(0.97, 0.97, 0.98),
        });
        self.mark(Mark::Rect {
            x: MARGIN_X,
            y: top,
            width: 5.0,
            height,
            fill: colour,
        });
        self.y += 10.0;
        for line in head.iter() {
            self.line_of_text(
                MARGIN_X + 14.0,
                self.y + 18.0,
                line.text.clone(),
                Face::Bold,
                18.0,
                colour,
            );
            self.y += 18.0 * 1.2;
        }
        self.y += 2.0;
        for line in lines.iter() {
            self.line_of_text(
                MARGIN_X + 14.0,
                self.y + BODY,
                line.text.clone(),
                Face::Regular,
                BODY,
                Colour::TEXT,
            );
            self.y += BODY * LEADING;
        }
        self.y = top + height + 8.0;
    }

    /// Each column's width: its share of the text width by weight, but never narrower than
    /// the longest word of its heading, so a heading never breaks inside a word ("Sourc / e").
    fn column_widths(&self, table: &Table) -> Vec<f32> {
        let total: f32 = table.columns.iter().map(|c| c.weight.max(0.1)).sum();
        let by_weight: Vec<f32> = table
            .columns
            .iter()
            .map(|c| self.text_width() * c.weight.max(0.1) / total)
            .collect();
        let minimum: Vec<f32> = table
            .columns
            .iter()
            .map(|c| {
                c.title
                    .split_whitespace()
                    .map(|word| self.metrics.width(word, Face::Bold, TABLE))
                    .fold(0.0, f32::max)
                    + 2.0 * CELL_PAD
                    + 0.5
            })
            .collect();
        let short: f32 = by_weight
            .iter()
            .zip(&minimum)
            .map(|(w, m)| (m - w).max(0.0))
            .sum();
        if short <= 0.0 {
            return by_weight;
        }
        // Widen the narrow columns and take the difference from the others, in proportion to
        // what they have to spare.
        let spare: f32 = by_weight
            .iter()
            .zip(&minimum)
            .map(|(w, m)| (w - m).max(0.0))
            .sum();
        if spare < short {
            return by_weight;
        }
        by_weight
            .iter()
            .zip(&minimum)
            .map(|(w, m)| {
                if w < m {
                    *m
                } else {
                    w - (w - m) / spare * short
                }
            })
            .collect()
    }

    fn table(&mut self, table: &Table, with_header: bool) {
        let widths = self.column_widths(table);
        let header: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
        let header_height = if with_header {
            row_height(&self.wrap_row(&header, &widths, |_| Face::Bold))
        } else {
            0.0
        };
        // Label/value tables (no header) set their labels in bold.
        let first_bold = !with_header;
        let face_of = |column: usize| {
            if first_bold && column == 0 {
                Face::Bold
            } else {
                Face::Regular
            }
        };
        let rows: Vec<Vec<Rc<[Line]>>> = table
            .rows
            .iter()
            .map(|row| self.wrap_row(row, &widths, face_of))
            .collect();
        self.make_room(self.table_start(header_height, &rows));
        let element = self.open(Role::Table, DOCUMENT);
        if with_header {
            let cells = self.row_elements(element, header.len(), |_| true);
            self.header_row(&header, &widths, Some(&cells));
        }
        for wrapped in &rows {
            // A label/value table's labels head their rows.
            let cells =
                self.row_elements(element, wrapped.len(), |column| first_bold && column == 0);
            self.table_row(
                wrapped,
                &widths,
                face_of,
                with_header.then_some(&header),
                &cells,
            );
        }
        self.y += BODY * 0.8;
    }

    /// The height a table needs before it may start on this page: all of it when it is short
    /// (a short table is never split, it moves whole to the next page), otherwise its header and
    /// its first row (or a line of it).
    fn table_start(&self, header_height: f32, rows: &[Vec<Rc<[Line]>>]) -> f32 {
        let total = header_height + rows.iter().map(|row| row_height(row)).sum::<f32>();
        let half_page = (self.bottom() - MARGIN_TOP) / 2.0;
        if total <= half_page {
            return total;
        }
        let first = rows.first().map_or(0.0, |row| row_height(row));
        header_height + first.min(half_page).max(TABLE * LEADING + 2.0 * CELL_PAD)
    }

    /// What must stand under a title on the same page: the start of its first block, or, when
    /// that is a short introduction (a paragraph of a few lines), all of it and the start of the
    /// block it introduces.
    fn opening_height(&self, blocks: &[Block]) -> f32 {
        let Some(first) = blocks.first() else {
            return 0.0;
        };
        if let Block::Heading(_) = first {
            // A sub-heading at the top keeps with what it heads.
            return HEADING.size * LEADING + 6.0 + self.opening_height(&blocks[1..]);
        }
        if let Block::Paragraph(text) = first {
            let lines = self
                .wraps
                .count(text, PARAGRAPH.face, PARAGRAPH.size, self.measure());
            if lines <= INTRODUCTION_LINES {
                let own = lines as f32 * BODY * LEADING + BODY * 0.6;
                return own + self.opening_height(&blocks[1..]);
            }
        }
        self.start_height(first)
    }

    /// The height a block needs at the top of its space, so the heading before it can move
    /// with it: two lines of text, a short table whole, a grid or a callout whole.
    fn start_height(&self, block: &Block) -> f32 {
        let text_lines = |size: f32| size * LEADING * KEEP_LINES as f32;
        match block {
            Block::Paragraph(_) | Block::Bullets(_) | Block::Heading(_) => text_lines(BODY),
            Block::Note(_) => text_lines(SMALL),
            Block::Table(table) => self.table_start_of(table, true),
            Block::Facts(pairs) => {
                let mut table = Table::new(&[("", 1.0), ("", 2.4)]);
                for (label, value) in pairs {
                    table.row(vec![label.clone(), value.clone()]);
                }
                self.table_start_of(&table, false)
            }
            Block::Grids(grids) => self.grids_height(grids.len()),
            Block::Callout { headline, body, .. } => self.callout_height(headline, body),
            Block::Contents => text_lines(BODY),
        }
    }

    fn table_start_of(&self, table: &Table, with_header: bool) -> f32 {
        let widths = self.column_widths(table);
        let header_height = if with_header {
            let header: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
            row_height(&self.wrap_row(&header, &widths, |_| Face::Bold))
        } else {
            0.0
        };
        let rows: Vec<Vec<Rc<[Line]>>> = table
            .rows
            .iter()
            .take(TABLE_ROWS_LOOKED_AT)
            .map(|row| {
                self.wrap_row(row, &widths, |column| {
                    if !with_header && column == 0 {
                        Face::Bold
                    } else {
                        Face::Regular
                    }
                })
            })
            .collect();
        if table.rows.len() > TABLE_ROWS_LOOKED_AT {
            // A long table: only its header and first row need to come with the heading.
            let first = rows.first().map_or(0.0, |row| row_height(row));
            return header_height + first.min((self.bottom() - MARGIN_TOP) / 2.0);
        }
        self.table_start(header_height, &rows)
    }

    /// Wraps each cell of a row to its column's width.
    fn wrap_row(
        &self,
        cells: &[String],
        widths: &[f32],
        face_of: impl Fn(usize) -> Face,
    ) -> Vec<Rc<[Line]>> {
        cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(column, (cell, width))| {
                self.wraps
                    .linked(cell, face_of(column), TABLE, width - 2.0 * CELL_PAD)
            })
            .collect()
    }

    /// A header row; `cells` are its elements, or `None` where it is repeated at the top of a
    /// page (an artifact: the table's structure already has it).
    fn header_row(&mut self, header: &[String], widths: &[f32], cells: Option<&[usize]>) {
        let wrapped = self.wrap_row(header, widths, |_| Face::Bold);
        let height = row_height(&wrapped);
        self.mark(Mark::Rect {
            x: MARGIN_X,
            y: self.y,
            width: self.text_width(),
            height,
            fill: Colour::HEADER_FILL,
        });
        self.cells(&wrapped, widths, 0, usize::MAX, |_| Face::Bold, cells);
        self.y += height;
    }

    /// Draws one row, splitting it across pages when it does not fit, and repeating the header
    /// row at the top of each new page.
    fn table_row(
        &mut self,
        wrapped: &[Rc<[Line]>],
        widths: &[f32],
        face_of: impl Fn(usize) -> Face + Copy,
        header: Option<&Vec<String>>,
        elements: &[usize],
    ) {
        let line_height = TABLE * LEADING;
        let total = wrapped.iter().map(|lines| lines.len()).max().unwrap_or(1);
        let mut done = 0;
        let mut just_broke = false;
        while done < total {
            let remaining = total - done;
            let fits = ((self.room() - 2.0 * CELL_PAD) / line_height)
                .floor()
                .max(0.0) as usize;
            let fits_fresh_page = remaining as f32 * line_height + 2.0 * CELL_PAD
                <= self.bottom() - MARGIN_TOP - 40.0;
            // Break the page when nothing fits, or before a row that would fit whole on the next
            // page; never twice in a row, so a huge header cannot loop forever.
            let should_break = fits < remaining && (fits == 0 || (done == 0 && fits_fresh_page));
            if should_break && !just_broke && !self.page_is_empty() {
                self.new_page();
                if let Some(header) = header {
                    self.header_row(header, widths, None);
                }
                just_broke = true;
                continue;
            }
            just_broke = false;
            let count = fits.max(1).min(remaining);
            self.cells(wrapped, widths, done, done + count, face_of, Some(elements));
            let height = count as f32 * line_height + 2.0 * CELL_PAD;
            self.y += height;
            self.mark(Mark::Line {
                x1: MARGIN_X,
                y1: self.y,
                x2: MARGIN_X + self.text_width(),
                y2: self.y,
                thickness: 0.4,
                colour: Colour::RULE,
            });
            done += count;
        }
    }

    fn cells(
        &mut self,
        wrapped: &[Rc<[Line]>],
        widths: &[f32],
        from: usize,
        to: usize,
        face: impl Fn(usize) -> Face,
        elements: Option<&[usize]>,
    ) {
        let mut x = MARGIN_X;
        for (column, (lines, width)) in wrapped.iter().zip(widths).enumerate() {
            self.current = elements.and_then(|cells| cells.get(column).copied());
            for (offset, line) in lines
                .iter()
                .skip(from)
                .take(to.saturating_sub(from))
                .enumerate()
            {
                let baseline = self.y + CELL_PAD + TABLE + offset as f32 * TABLE * LEADING;
                self.linked_line(
                    x + CELL_PAD,
                    baseline,
                    line,
                    face(column),
                    TABLE,
                    Colour::TEXT,
                );
            }
            x += width;
        }
        self.current = None;
    }
}

/// The smallest size a grid cell's numbers may shrink to before they take a second line.
const CELL_MIN: f32 = 6.0;

/// A grid cell's content ("2, 4, 7, 8, 9") on one line, shrunk to fit down to [`CELL_MIN`];
/// failing that, on two lines split at the middle comma, so a number never wraps on its own.
fn cell_lines(content: &str, metrics: &Metrics, width: f32) -> (Vec<String>, f32) {
    let fits = |text: &str, size: f32| metrics.width(text, Face::Bold, size) <= width;
    let mut size = TABLE;
    while !fits(content, size) && size > CELL_MIN {
        size -= 0.5;
    }
    let parts: Vec<&str> = content.split(", ").collect();
    if fits(content, size) || parts.len() < 2 {
        return (vec![content.to_string()], size);
    }
    let (first, second) = parts.split_at(parts.len().div_ceil(2));
    let lines = vec![format!("{},", first.join(", ")), second.join(", ")];
    let mut size = TABLE;
    while lines.iter().any(|line| !fits(line, size)) && size > 4.0 {
        size -= 0.5;
    }
    (lines, size)
}

/// How many whole lines of `line_height` fit in `room`.
fn lines_that_fit(room: f32, line_height: f32) -> usize {
    // A hair of tolerance so a line that fits exactly is not sent over by rounding.
    ((room + 0.01) / line_height).floor().max(0.0) as usize
}

/// How many of a paragraph's `left` lines to place before a page break when `fit` lines fit:
/// all of them if they fit; otherwise as many as fit, but never fewer than [`KEEP_LINES`] on
/// either side of the break (0 means: start the paragraph on the next page).
fn lines_before_break(left: usize, fit: usize) -> usize {
    if fit >= left {
        return left;
    }
    let here = fit.min(left.saturating_sub(KEEP_LINES));
    if here < KEEP_LINES { 0 } else { here }
}

/// A map in words, for its alternate text: its title, then each cell that holds risks, by its
/// level and position ("Medium at likelihood 2, severity 2: 10").
fn grid_description(grid: &Grid) -> String {
    let mut parts = vec![format!(
        "{}: {} against {}",
        grid.title, grid.up, grid.across
    )];
    for (index, cell) in grid.cells.iter().enumerate().take(16) {
        if cell.content.trim().is_empty() {
            continue;
        }
        let (row, column) = (index / 4, index % 4);
        parts.push(format!(
            "{} at likelihood {}, severity {}: {}",
            cell.caption, grid.column_labels[column], grid.row_labels[row], cell.content
        ));
    }
    parts.join(". ") + "."
}

/// The smallest print a grid's captions may shrink to before they are shortened.
const CAPTION_MIN: f32 = 4.5;

/// A caption and the size that fits it in `width`: shrunk from `size` down to [`CAPTION_MIN`]
/// before it is shortened, so a small map still reads "Very high", not "Very…".
fn fitted(text: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> (String, f32) {
    let mut fitting = size;
    while metrics.width(text, face, fitting) > width && fitting > CAPTION_MIN {
        fitting -= 0.5;
    }
    (truncate(text, metrics, face, fitting, width), fitting)
}

/// Light fills for grid cells, from the lightest to the strongest; the cells also carry words,
/// so the shading is never the only cue.
fn shade(level: u8) -> Colour {
    match level {
        0 => Colour(0.86, 0.94, 0.86),
        1 => Colour(0.99, 0.94, 0.76),
        2 => Colour(0.99, 0.84, 0.68),
        _ => Colour(0.96, 0.72, 0.72),
    }
}

/// The height of a wrapped row: its tallest cell plus padding.
fn row_height(wrapped: &[Rc<[Line]>]) -> f32 {
    let lines = wrapped.iter().map(|lines| lines.len()).max().unwrap_or(1);
    lines as f32 * TABLE * LEADING + 2.0 * CELL_PAD
}

/// The running header and the footer of one page.
fn furniture(
    document: &Document,
    size: PageSize,
    metrics: &Metrics,
    number: usize,
    total: usize,
) -> Vec<Mark> {
    let width = size.width - 2.0 * MARGIN_X;
    // The names give way before the marking: DRAFT and CONFIDENTIAL are on every page whatever
    // the length of the organisation's name or the list of apps.
    let marking = format!(" · {}", document.marking);
    let names_width = width - metrics.width(&marking, Face::Regular, SMALL);
    let header = truncate(
        &document.running_header,
        metrics,
        Face::Regular,
        SMALL,
        names_width,
    ) + &marking;
    let footer_right = document.labels.page(number, total);
    let footer_left = format!(
        "{} · {}",
        document.labels.date,
        truncate(&document.title, metrics, Face::Regular, SMALL, width * 0.6)
    );
    let text = |x: f32, y: f32, text: String| {
        let text_width = metrics.width(&text, Face::Regular, SMALL);
        Mark::Text {
            x,
            y,
            size: SMALL,
            face: Face::Regular,
            colour: Colour::MUTED,
            text,
            width: text_width,
            // The running header and the footer are artifacts, outside the structure.
            element: None,
        }
    };
    let right_width = metrics.width(&footer_right, Face::Regular, SMALL);
    vec![
        text(MARGIN_X, MARGIN_TOP - 30.0, header),
        Mark::Line {
            x1: MARGIN_X,
            y1: MARGIN_TOP - 24.0,
            x2: size.width - MARGIN_X,
            y2: MARGIN_TOP - 24.0,
            thickness: 0.5,
            colour: Colour::RULE,
        },
        Mark::Line {
            x1: MARGIN_X,
            y1: size.height - MARGIN_BOTTOM + 22.0,
            x2: size.width - MARGIN_X,
            y2: size.height - MARGIN_BOTTOM + 22.0,
            thickness: 0.5,
            colour: Colour::RULE,
        },
        text(MARGIN_X, size.height - MARGIN_BOTTOM + 34.0, footer_left),
        text(
            size.width - MARGIN_X - right_width,
            size.height - MARGIN_BOTTOM + 34.0,
            footer_right,
        ),
    ]
}

/// The area text may occupy on a page, for tests: (left, top, right, bottom) in points from the
/// top-left corner, including the running header and footer.
pub fn printable_area(size: PageSize) -> (f32, f32, f32, f32) {
    (
        MARGIN_X,
        MARGIN_TOP - 40.0,
        size.width - MARGIN_X,
        size.height - MARGIN_BOTTOM + 40.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document of `sections` with placeholder metadata.
    fn test_document(sections: Vec<crate::report::document::Section>) -> Document {
        Document {
            title: "t".into(),
            author: "a".into(),
            subject: "s".into(),
            date: crate::date::Date::parse("2026-12-03").unwrap(),
            running_header: "h".into(),
            marking: "m".into(),
            sections,
            labels: crate::report::labels(
                crate::present::vocabulary::Words::english(),
                crate::date::Date::parse("2026-12-03").unwrap(),
            ),
        }
    }

    #[test]
    fn a_break_leaves_at_least_two_lines_of_a_paragraph_on_either_side() {
        assert_eq!(lines_before_break(5, 9), 5);
        assert_eq!(lines_before_break(5, 4), 3);
        assert_eq!(lines_before_break(5, 1), 0);
        assert_eq!(lines_before_break(3, 2), 0);
        assert_eq!(lines_before_break(4, 3), 2);
        assert_eq!(lines_before_break(1, 0), 0);
    }

    /// Paragraphs and bullets placed at every height of a page: every break leaves two lines
    /// or more of the paragraph on each side, and a bullet stays beside its first line.
    #[test]
    fn no_page_break_strands_one_line_of_a_paragraph_or_separates_a_bullet_from_its_text() {
        use crate::report::document::Section;
        let metrics = Metrics::load().unwrap();
        let words = |tag: &str| -> String {
            (0..60)
                .map(|n| format!("{tag}{n}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        for filler in 0..70 {
            let mut blocks: Vec<Block> = (0..filler)
                .map(|n| Block::Paragraph(format!("filler{n}")))
                .collect();
            blocks.push(Block::Paragraph(words("para")));
            blocks.push(Block::Bullets(vec![words("item")]));
            let document = test_document(vec![Section {
                title: "Section".into(),
                new_page: false,
                blocks,
            }]);
            let layout = lay_out(&document, PageSize::A4, &metrics);
            for tag in ["para", "item"] {
                let mut pages: Vec<usize> = Vec::new();
                for (page_index, page) in layout.pages.iter().enumerate() {
                    for mark in &page.marks {
                        if let Mark::Text { text, .. } = mark
                            && text.starts_with(tag)
                        {
                            pages.push(page_index);
                        }
                    }
                }
                assert!(pages.len() >= 4, "{tag} wraps over several lines");
                for page_index in pages
                    .iter()
                    .copied()
                    .collect::<std::collections::BTreeSet<_>>()
                {
                    let here = pages.iter().filter(|p| **p == page_index).count();
                    assert!(here >= 2, "filler {filler}: {here} line of {tag} on a page");
                }
            }
            let bullet_page = layout
                .pages
                .iter()
                .position(|p| {
                    p.marks
                        .iter()
                        .any(|m| matches!(m, Mark::Text { text, .. } if text == "•"))
                })
                .unwrap();
            let first_item_page = layout
                .pages
                .iter()
                .position(|p| {
                    p.marks
                        .iter()
                        .any(|m| matches!(m, Mark::Text { text, .. } if text.starts_with("item0 ")))
                })
                .unwrap();
            assert_eq!(bullet_page, first_item_page, "filler {filler}");
        }
    }

    #[test]
    fn a_narrow_column_is_widened_to_its_headings_longest_word() {
        let metrics = Metrics::load().unwrap();
        let document = test_document(Vec::new());
        let writer = Writer {
            metrics: &metrics,
            wraps: &WrapMemo::new(&metrics),
            size: PageSize::A4,
            pages: vec![Page::default()],
            y: MARGIN_TOP,
            outline: Vec::new(),
            bookmarks: Vec::new(),
            elements: Vec::new(),
            current: None,
            known_outline: None,
            section_titles: document.sections.iter().map(|s| s.title.clone()).collect(),
            contents_title: document.labels.contents.clone(),
        };
        let table = Table::new(&[("Detail", 10.0), ("Source", 0.5), ("Checked", 2.0)]);
        let widths = writer.column_widths(&table);
        let needed = metrics.width("Source", Face::Bold, TABLE) + 2.0 * CELL_PAD;
        assert!(widths[1] >= needed, "{widths:?}");
        let total: f32 = widths.iter().sum();
        assert!((total - writer.text_width()).abs() < 0.01, "{total}");
    }

    #[test]
    fn a_grid_cell_shrinks_before_it_wraps_and_never_wraps_inside_a_number() {
        let metrics = Metrics::load().unwrap();
        let (lines, size) = cell_lines("2, 4, 7, 8, 9", &metrics, 50.0);
        assert_eq!(lines, vec!["2, 4, 7, 8, 9"]);
        assert!((CELL_MIN..TABLE).contains(&size), "{size}");
        let (lines, _) = cell_lines("1, 2, 3, 4, 5, 6, 7, 8, 9, 10", &metrics, 40.0);
        assert_eq!(lines, vec!["1, 2, 3, 4, 5,", "6, 7, 8, 9, 10"]);
        let (lines, size) = cell_lines("3", &metrics, 50.0);
        assert_eq!((lines, size), (vec!["3".to_string()], TABLE));
    }
}
