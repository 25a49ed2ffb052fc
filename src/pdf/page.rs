//! Pages as the layout produces them: positioned text, rectangles and lines, in points from the
//! top-left corner. Kept free of printpdf so the layout can be tested on its own.

use super::fonts::Face;

/// An RGB colour, each channel 0.0–1.0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour(pub f32, pub f32, pub f32);

impl Colour {
    /// Body text.
    pub const TEXT: Colour = Colour(0.11, 0.12, 0.14);
    /// Muted text: notes, header, footer.
    pub const MUTED: Colour = Colour(0.38, 0.40, 0.44);
    /// Headings.
    pub const ACCENT: Colour = Colour(0.08, 0.22, 0.40);
    /// Table header fill.
    pub const HEADER_FILL: Colour = Colour(0.90, 0.92, 0.95);
    /// Table rules.
    pub const RULE: Colour = Colour(0.78, 0.80, 0.84);
}

/// Page size in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageSize {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl PageSize {
    /// ISO A4.
    pub const A4: PageSize = PageSize {
        width: 595.28,
        height: 841.89,
    };
    /// US Letter.
    pub const LETTER: PageSize = PageSize {
        width: 612.0,
        height: 792.0,
    };
}

/// One thing drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A line of text; `y` is its baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline, from the top of the page.
        y: f32,
        /// Font size in points.
        size: f32,
        /// Face.
        face: Face,
        /// Colour.
        colour: Colour,
        /// The text (one line, no line breaks).
        text: String,
        /// Its measured width.
        width: f32,
        /// The structure element it belongs to (an index into [`Layout::structure`]); `None`
        /// for an artifact such as the running header.
        element: Option<usize>,
    },
    /// A filled rectangle; `y` is its top edge.
    Rect {
        /// Left edge.
        x: f32,
        /// Top edge, from the top of the page.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// Fill colour.
        fill: Colour,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y, from the top.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y, from the top.
        y2: f32,
        /// Thickness in points.
        thickness: f32,
        /// Colour.
        colour: Colour,
    },
}

/// Where a link goes.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkTarget {
    /// A page of the document, from 0 (a line of the table of contents).
    Page(usize),
    /// A web address printed in the text (a source).
    Web(String),
}

/// A clickable area: a line of the table of contents, or a web address in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Left edge.
    pub x: f32,
    /// Top edge, from the top of the page.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Where it goes.
    pub target: LinkTarget,
    /// The structure element whose text it covers (an index into [`Layout::structure`]), so the
    /// tagged structure can say what the link belongs to.
    pub element: Option<usize>,
}

/// A laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What is drawn, in drawing order.
    pub marks: Vec<Mark>,
    /// Links to other pages.
    pub links: Vec<Link>,
}

/// A laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Page size.
    pub size: PageSize,
    /// The pages.
    pub pages: Vec<Page>,
    /// Outline entries: section title and the index of the page it starts on.
    pub outline: Vec<(String, usize)>,
    /// The bookmarks, in document order: each section, and under it its sub-headings.
    pub bookmarks: Vec<Bookmark>,
    /// The tagged structure: element 0 is the document, every other has a parent before it.
    pub structure: Vec<super::structure::Element>,
}

/// A bookmark: a heading and where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Bookmark {
    /// The heading's text.
    pub title: String,
    /// The index of its page.
    pub page: usize,
    /// The top of the heading, from the top of the page.
    pub y: f32,
    /// 0 for a section, 1 for a heading inside one.
    pub level: u8,
}
