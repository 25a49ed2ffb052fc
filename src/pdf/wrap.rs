//! Breaking text into lines that fit a width.

use super::fonts::{Face, Metrics};

/// Breaks `text` into lines no wider than `width`: at spaces where possible, inside a word when
/// a single word is wider than the line. Explicit line breaks are kept; control characters are
/// dropped so that nothing invisible reaches the PDF.
pub fn wrap(text: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> Vec<String> {
    wrap_linked(text, metrics, face, size, width)
        .into_iter()
        .map(|line| line.text)
        .collect()
}

/// A wrapped line and the web addresses in it, so each can be made clickable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    /// The text.
    pub text: String,
    /// The parts of `text` that are (a piece of) a web address: byte range and the whole address,
    /// which a piece of an address broken across lines links to as well.
    pub links: Vec<(std::ops::Range<usize>, String)>,
}

/// Like [`wrap`], keeping where the web addresses (`http://`, `https://`) fall in each line.
pub fn wrap_linked(text: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    for paragraph in clean(text).split('\n') {
        wrap_paragraph(paragraph, metrics, face, size, width, &mut lines);
    }
    if lines.is_empty() {
        lines.push(Line::default());
    }
    lines
}

fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\r' => None,
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

fn wrap_paragraph(
    paragraph: &str,
    metrics: &Metrics,
    face: Face,
    size: f32,
    width: f32,
    lines: &mut Vec<Line>,
) {
    // The line's width is kept as a running sum of font units rather than measured again for
    // every word, which made wrapping quadratic in the length of a paragraph.
    let space = metrics.units(" ", face);
    let mut line = Line::default();
    let mut line_units = 0;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let address = crate::web_address::in_word(word);
        let word_units = metrics.units(word, face);
        let candidate_units = if line.text.is_empty() {
            word_units
        } else {
            line_units + space + word_units
        };
        if metrics.points(candidate_units, face, size) <= width {
            if !line.text.is_empty() {
                line.text.push(' ');
            }
            push_piece(&mut line, word, 0, address.as_ref());
            line_units = candidate_units;
            continue;
        }
        if !line.text.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if metrics.points(word_units, face, size) <= width {
            push_piece(&mut line, word, 0, address.as_ref());
            line_units = word_units;
        } else {
            let mut offset = 0;
            let pieces = break_word(word, metrics, face, size, width);
            let last = pieces.len().saturating_sub(1);
            for (index, piece) in pieces.into_iter().enumerate() {
                let mut piece_line = Line::default();
                push_piece(&mut piece_line, &piece, offset, address.as_ref());
                offset += piece.len();
                if index == last {
                    line_units = metrics.units(&piece_line.text, face);
                    line = piece_line;
                } else {
                    lines.push(piece_line);
                }
            }
        }
    }
    lines.push(line);
}

/// Appends `piece`, the part of a word starting at byte `offset` of it, to `line`, with the part
/// of the word's web address (`address`, its range in the word) that falls in the piece.
fn push_piece(
    line: &mut Line,
    piece: &str,
    offset: usize,
    address: Option<&(std::ops::Range<usize>, String)>,
) {
    let at = line.text.len();
    line.text.push_str(piece);
    let Some((range, url)) = address else { return };
    let start = range.start.max(offset);
    let end = range.end.min(offset + piece.len());
    if start < end {
        line.links
            .push((at + start - offset..at + end - offset, url.clone()));
    }
}

/// Splits a word wider than the line into pieces that fit (at least one character each, so a
/// line narrower than one character still makes progress).
fn break_word(word: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut piece_units = 0;
    for c in word.chars() {
        let c_units = metrics.units(c.encode_utf8(&mut [0; 4]), face);
        if metrics.points(piece_units + c_units, face, size) > width && !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
            piece_units = 0;
        }
        piece.push(c);
        piece_units += c_units;
    }
    pieces.push(piece);
    pieces
}

/// Shortens a single line to fit `width`, ending it with "…" when cut.
pub fn truncate(text: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> String {
    let text = clean(text).replace('\n', " ");
    if metrics.width(&text, face, size) <= width {
        return text;
    }
    let ellipsis = metrics.units("…", face);
    let mut cut = String::new();
    let mut cut_units = 0;
    for c in text.chars() {
        let c_units = metrics.units(c.encode_utf8(&mut [0; 4]), face);
        if metrics.points(cut_units + c_units + ellipsis, face, size) > width {
            break;
        }
        cut.push(c);
        cut_units += c_units;
    }
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_and_keep_every_word() {
        let metrics = Metrics::load().unwrap();
        let text = "Zoë Łukasiewicz, Müller & Associés discuss supercalifragilisticexpialidocious matters\nnext line";
        let lines = wrap(text, &metrics, Face::Regular, 10.0, 60.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(
                metrics.width(line, Face::Regular, 10.0) <= 60.0 || line.chars().count() == 1,
                "{line}"
            );
        }
        let joined: String = lines
            .concat()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, original);
    }

    #[test]
    fn truncation_marks_the_cut() {
        let metrics = Metrics::load().unwrap();
        let long = "x".repeat(500);
        let short = truncate(&long, &metrics, Face::Regular, 8.0, 100.0);
        assert!(short.ends_with('…'));
        assert!(metrics.width(&short, Face::Regular, 8.0) <= 100.0);
    }

    #[test]
    fn an_address_broken_across_lines_links_each_piece_to_the_whole_address() {
        let metrics = Metrics::load().unwrap();
        let url = "https://www.example.org/a/very/long/path/that/cannot/fit/on/one/narrow/line";
        let text = format!("See ({url}), then read on.");
        let lines = wrap_linked(&text, &metrics, Face::Regular, 9.0, 120.0);
        let pieces: Vec<&str> = lines
            .iter()
            .flat_map(|line| {
                line.links
                    .iter()
                    .map(|(range, _)| &line.text[range.clone()])
            })
            .collect();
        assert!(pieces.len() > 1, "{lines:?}");
        assert_eq!(pieces.concat(), url);
        assert!(
            lines
                .iter()
                .flat_map(|l| &l.links)
                .all(|(_, target)| target == url)
        );
        // Words that merely mention the scheme are not addresses.
        assert!(
            wrap_linked("http:// and https://", &metrics, Face::Regular, 9.0, 400.0)[0]
                .links
                .is_empty()
        );
    }
}
