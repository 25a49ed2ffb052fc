//! Turns laid-out pages into a PDF with printpdf 0.12.8.
//!
//! printpdf draws ids for fonts, bookmarks and the file identifier from a process-wide counter,
//! so the same document rendered twice in one process would differ. We give fonts and bookmarks
//! fixed ids and set the file identifier from a hash of the content, which makes the output
//! byte-identical for the same input.

use super::PdfError;
use super::fonts::{Face, Metrics};
use super::page::{Colour, Layout, Mark};
use super::subset;
use crate::report::document::Document;
use printpdf::{
    Color, FontId, Line, LinePoint, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};
use sha2::{Digest, Sha256};

/// The font id of the fallback font, after the three faces' F1 to F3.
fn fallback_font_id() -> FontId {
    FontId("F4".to_string())
}

/// `text` cut into runs that `face` draws and runs the fallback font draws, in order; one run
/// when there is no fallback.
fn runs<'t>(text: &'t str, face: Face, metrics: &Metrics) -> Vec<(bool, &'t str)> {
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (index, c) in text.char_indices() {
        let uses_fallback = metrics.uses_fallback(face, c);
        if current.is_some_and(|run| run != uses_fallback) {
            runs.push((current.unwrap_or(false), &text[start..index]));
            start = index;
        }
        current = Some(uses_fallback);
    }
    if start < text.len() {
        runs.push((current.unwrap_or(false), &text[start..]));
    }
    runs
}

fn font_id(face: Face) -> FontId {
    FontId(match face {
        Face::Regular => "F1".to_string(),
        Face::Bold => "F2".to_string(),
        Face::Oblique => "F3".to_string(),
    })
}

pub(super) fn to_pdf(
    document: &Document,
    layout: &Layout,
    metrics: &Metrics,
) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new(&document.title);
    for face in Face::ALL {
        let glyphs = subset::glyphs_used(layout, face, metrics);
        let program = subset::subset(face, &glyphs)?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&program, 0, &mut warnings)
            .ok_or_else(|| PdfError::Font(format!("the subset of {face:?} could not be parsed")))?;
        parsed.font_name = Some(subset::subset_name(face, &glyphs));
        pdf.resources
            .fonts
            .map
            .insert(font_id(face), printpdf::PdfFont::new(parsed));
    }
    if let Some(fallback) = metrics.fallback() {
        let glyphs = subset::fallback_glyphs_used(layout, metrics);
        if glyphs.len() > 1 {
            let program = subset::subset_fallback(fallback, &glyphs)?;
            let mut warnings = Vec::new();
            let mut parsed =
                ParsedFont::from_bytes(&program, 0, &mut warnings).ok_or_else(|| {
                    PdfError::Font(format!(
                        "the subset of {} could not be parsed",
                        fallback.postscript_name
                    ))
                })?;
            parsed.font_name = Some(subset::fallback_subset_name(fallback, &glyphs));
            pdf.resources
                .fonts
                .map
                .insert(fallback_font_id(), printpdf::PdfFont::new(parsed));
        }
    }
    set_metadata(&mut pdf, document);
    // For each page, the element each marked-content sequence (by MCID) belongs to.
    let mut marked: Vec<Vec<usize>> = Vec::with_capacity(layout.pages.len());
    let pages = layout
        .pages
        .iter()
        .map(|page| {
            let mut owners = Vec::new();
            let ops = marked_page_ops(&page.marks, layout, metrics, &mut owners);
            marked.push(owners);
            PdfPage::new(
                printpdf::Mm::from(Pt(layout.size.width)),
                printpdf::Mm::from(Pt(layout.size.height)),
                ops,
            )
        })
        .collect();
    pdf.with_pages(pages);
    let mut warnings = Vec::new();
    let mut lopdf_doc = pdf.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    // The drawing operators of every page are in `lopdf_doc` now. Freed here, their memory is
    // reused by what follows instead of the heap growing: fresh pages cost a page fault each.
    drop(pdf);
    let id = content_id(layout, document);
    lopdf_doc.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id.clone().into_bytes(), lopdf::StringFormat::Literal),
            lopdf::Object::String(id.into_bytes(), lopdf::StringFormat::Literal),
        ]),
    );
    fix_catalog_and_info(&mut lopdf_doc, &document.labels.language);
    super::outline::write(&mut lopdf_doc, &layout.bookmarks, layout.size.height);
    let tree = super::structure::write(&mut lopdf_doc, &layout.structure, &marked);
    super::annotations::write(&mut lopdf_doc, layout, tree.as_ref());
    super::archival::add_output_intent(&mut lopdf_doc);
    compress_streams(&mut lopdf_doc);
    super::xmp::write(&mut lopdf_doc, document, &producer());
    let mut bytes = Vec::new();
    // Object streams: the structure tree is thousands of small objects, which would otherwise
    // more than double the file.
    lopdf_doc
        .save_with_options(
            &mut bytes,
            lopdf::SaveOptions::builder()
                .use_object_streams(true)
                .use_xref_streams(true)
                .compression_level(COMPRESSION_LEVEL)
                .max_objects_per_stream(OBJECTS_PER_STREAM)
                .build(),
        )
        .map_err(|e| PdfError::Serialise(e.to_string()))?;
    Ok(bytes)
}

/// What printpdf writes wrongly or leaves out of the catalog and the document information:
/// `/PageMode` must be a name (as a string, readers ignore it and the bookmarks stay closed);
/// the language and "show the title, not the file name" serve screen readers.
fn fix_catalog_and_info(document: &mut lopdf::Document, language: &str) {
    use lopdf::Object;
    if let Ok(root) = document.trailer.get(b"Root").and_then(Object::as_reference)
        && let Ok(catalog) = document.get_object_mut(root).and_then(Object::as_dict_mut)
    {
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        catalog.set("Lang", Object::string_literal(language));
        let mut preferences = lopdf::Dictionary::new();
        preferences.set("DisplayDocTitle", Object::Boolean(true));
        catalog.set("ViewerPreferences", Object::Dictionary(preferences));
    }
    super::archival::tidy_information(document);
}

/// zlib level for the page contents and fonts. lopdf's own `compress` uses the best level, 9,
/// which took a third of the time of a whole report. Level 3 costs 40 % fewer instructions
/// than 6 in deflate for a file 5 % larger (116.8 KB instead of 111.4 KB for the example).
const COMPRESSION_LEVEL: u32 = 3;

/// How many small objects (structure elements, bookmarks, font dictionaries) go in one
/// compressed object stream.
const OBJECTS_PER_STREAM: usize = 500;

/// Deflates every stream that is not compressed yet, and keeps the result only where it is
/// smaller, as lopdf's `compress` does.
fn compress_streams(document: &mut lopdf::Document) {
    use std::io::Write;
    // One encoder for every stream, reset between them: its 300 KB of tables are allocated
    // once rather than for each of a report's thirty-odd streams (fresh memory, so page faults,
    // each time; a reset still clears them). A reset encoder writes the same bytes as a new one.
    let level = || flate2::Compression::new(COMPRESSION_LEVEL);
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), level());
    for object in document.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        encoder.get_mut().reserve(stream.content.len() / 2);
        // `reset` finishes this stream and hands back its bytes. Writing to a Vec cannot fail;
        // should it, the stream stays uncompressed and the next starts with a new encoder.
        let compressed = match encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.reset(Vec::new()))
        {
            Ok(compressed) => compressed,
            Err(_) => {
                encoder = flate2::write::ZlibEncoder::new(Vec::new(), level());
                continue;
            }
        };
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// The producer named in the information dictionary and the XMP metadata alike.
fn producer() -> String {
    format!("msgdpia {}", env!("CARGO_PKG_VERSION"))
}

fn set_metadata(pdf: &mut PdfDocument, document: &Document) {
    let date = printpdf::OffsetDateTime::new_in_offset(
        printpdf::Date {
            year: i32::from(document.date.year()),
            month: document.date.month(),
            day: document.date.day(),
        },
        printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    );
    let info = &mut pdf.metadata.info;
    info.document_title = super::xmp::one_line(&document.title);
    info.author = super::xmp::one_line(&document.author);
    info.subject = super::xmp::one_line(&document.subject);
    info.creator = "Messaging DPIA (msgdpia)".to_string();
    info.producer = producer();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
}

/// A file identifier derived from what the PDF shows, so identical reports share it.
fn content_id(layout: &Layout, document: &Document) -> String {
    let mut hasher = Sha256::new();
    hasher.update(document.title.as_bytes());
    hasher.update(document.date.to_string().as_bytes());
    for (index, page) in layout.pages.iter().enumerate() {
        hasher.update(index.to_le_bytes());
        for mark in &page.marks {
            hash_mark(&mut hasher, mark);
        }
    }
    crate::fingerprint::hex(&hasher.finalize()[..16])
}

/// Feeds one mark to the hasher as raw numbers and text. Formatting every mark as text first
/// (with `Debug`) cost a tenth of a whole report.
fn hash_mark(hasher: &mut Sha256, mark: &Mark) {
    let mut numbers = |values: &[f32]| {
        for value in values {
            hasher.update(value.to_bits().to_le_bytes());
        }
    };
    match mark {
        Mark::Text {
            x,
            y,
            size,
            face,
            colour: c,
            text,
            width,
            element,
        } => {
            numbers(&[*x, *y, *size, *width, c.0, c.1, c.2]);
            hasher.update([b'T', *face as u8]);
            hasher.update(element.map_or(u64::MAX, |e| e as u64).to_le_bytes());
            hasher.update(text.len().to_le_bytes());
            hasher.update(text.as_bytes());
        }
        Mark::Rect {
            x,
            y,
            width,
            height,
            fill: c,
        } => {
            numbers(&[*x, *y, *width, *height, c.0, c.1, c.2]);
            hasher.update([b'R']);
        }
        Mark::Line {
            x1,
            y1,
            x2,
            y2,
            thickness,
            colour: c,
        } => {
            numbers(&[*x1, *y1, *x2, *y2, *thickness, c.0, c.1, c.2]);
            hasher.update([b'L']);
        }
    }
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn point(x: f32, y_from_top: f32, page_height: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(page_height - y_from_top),
    }
}

/// A page's drawing operators, each run of marks of one structure element in one
/// marked-content sequence with the next MCID of the page (recorded in `owners`), and each run of
/// everything else (running header and footer, fills, rules) in one artifact sequence. Grouping
/// consecutive marks keeps the content and the structure tree small: a paragraph's lines are one
/// sequence, not one each.
fn marked_page_ops(
    marks: &[Mark],
    layout: &Layout,
    metrics: &Metrics,
    owners: &mut Vec<usize>,
) -> Vec<Op> {
    let owner = |mark: &Mark| match mark {
        Mark::Text { element, .. } => *element,
        _ => None,
    };
    let mut ops = Vec::new();
    let mut open: Option<Option<usize>> = None;
    let mut pen = Pen::default();
    for mark in marks {
        let this = owner(mark);
        if open != Some(this) {
            if open.is_some() {
                ops.push(Op::EndMarkedContent);
            }
            ops.push(begin_marked(this, layout, owners));
            open = Some(this);
        }
        ops.extend(ops_of(mark, layout.size.height, metrics, &mut pen));
    }
    if open.is_some() {
        ops.push(Op::EndMarkedContent);
    }
    ops
}

/// The operator that opens a marked-content sequence: an element's (with the page's next MCID,
/// recorded in `owners`) or an artifact's.
fn begin_marked(element: Option<usize>, layout: &Layout, owners: &mut Vec<usize>) -> Op {
    let Some(element) = element else {
        return Op::BeginMarkedContent {
            tag: "Artifact".to_string(),
        };
    };
    let role = layout
        .structure
        .get(element)
        .map_or("Span", |e| e.role.name());
    let mut properties = std::collections::BTreeMap::new();
    properties.insert(
        "MCID".to_string(),
        printpdf::DictItem::Int(owners.len() as i64),
    );
    owners.push(element);
    Op::BeginMarkedContentWithProperties {
        tag: role.to_string(),
        properties: printpdf::DictItem::Dict { map: properties },
    }
}

/// The graphics state a page's content stream has set so far: colours, line width and font
/// persist across text objects and marked content until set again, so each is written only
/// when it changes. Written for every line, they were a third of the operators of a report,
/// which printpdf and lopdf then format one by one. A new pen starts each page. Should a page
/// ever save and restore the graphics state (`q`/`Q`) or draw a form, the pen would have to
/// forget what it set there; none does (`pdf::each_page_sets_its_font_and_colours_before_drawing_and_only_when_they_change`).
#[derive(Default)]
struct Pen {
    fill: Option<Colour>,
    stroke: Option<Colour>,
    thickness: Option<f32>,
    font: Option<(FontId, f32)>,
}

impl Pen {
    /// The operator setting the fill colour, if it is not `col` already.
    fn fill(&mut self, col: Colour) -> Option<Op> {
        (self.fill.replace(col) != Some(col)).then(|| Op::SetFillColor { col: colour(col) })
    }

    /// The operators setting the stroke colour and line width, where they change.
    fn stroke(&mut self, col: Colour, thickness: f32) -> Vec<Op> {
        let mut ops = Vec::new();
        if self.stroke.replace(col) != Some(col) {
            ops.push(Op::SetOutlineColor { col: colour(col) });
        }
        if self.thickness.replace(thickness) != Some(thickness) {
            ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        }
        ops
    }

    /// The operator setting the font, if it is not `font` at `size` already.
    fn font(&mut self, font: FontId, size: f32) -> Option<Op> {
        let wanted = Some((font.clone(), size));
        (self.font != wanted).then(|| {
            self.font = wanted;
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            }
        })
    }
}

fn ops_of(mark: &Mark, page_height: f32, metrics: &Metrics, pen: &mut Pen) -> Vec<Op> {
    match mark {
        Mark::Text {
            x,
            y,
            size,
            face,
            colour: c,
            text,
            ..
        } => {
            let mut ops: Vec<Op> = pen.fill(*c).into_iter().collect();
            // Runs of characters the face draws, and runs the fallback font draws, each set
            // where the text before it ends, each in a text object of its own: printpdf's text
            // cursor moves relative to the start of the line, so a second one in the same
            // object would land twice as far.
            let mut left = *x;
            for (uses_fallback, run) in runs(text, *face, metrics) {
                let font = if uses_fallback {
                    fallback_font_id()
                } else {
                    font_id(*face)
                };
                ops.push(Op::StartTextSection);
                ops.extend(pen.font(font, *size));
                ops.extend([
                    Op::SetTextCursor {
                        pos: point(left, *y, page_height),
                    },
                    Op::ShowText {
                        items: vec![TextItem::Text(run.to_string())],
                    },
                    Op::EndTextSection,
                ]);
                left += metrics.width(run, *face, *size);
            }
            ops
        }
        Mark::Rect {
            x,
            y,
            width,
            height,
            fill,
        } => pen
            .fill(*fill)
            .into_iter()
            .chain([Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(*x),
                    y: Pt(page_height - y - height),
                    width: Pt(*width),
                    height: Pt(*height),
                    mode: Some(printpdf::PaintMode::Fill),
                    winding_order: None,
                },
            }])
            .collect(),
        Mark::Line {
            x1,
            y1,
            x2,
            y2,
            thickness,
            colour: c,
        } => {
            let mut ops = pen.stroke(*c, *thickness);
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint {
                            p: point(*x1, *y1, page_height),
                            bezier: false,
                        },
                        LinePoint {
                            p: point(*x2, *y2, page_height),
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
            ops
        }
    }
}
