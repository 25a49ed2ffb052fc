//! Breaking text into lines that fit a width.

use super::fonts::{Face, Metrics};

/// Breaks `text` into lines no wider than `width`: at spaces where possible, inside a word when
/// a single word is wider than the line. Explicit line breaks are kept; control characters are
/// dropped so that nothing invisible reaches the PDF.
pub fn wrap(text: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in clean(text).split('\n') {
        wrap_paragraph(paragraph, metrics, face, size, width, &mut lines);
    }
    if lines.is_empty() {
        lines.push(String::new());
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
    lines: &mut Vec<String>,
) {
    let mut line = String::new();
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if metrics.width(&candidate, face, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if metrics.width(word, face, size) <= width {
            line = word.to_string();
        } else {
            let mut pieces = break_word(word, metrics, face, size, width);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    lines.push(line);
}

/// Splits a word wider than the line into pieces that fit (at least one character each, so a
/// line narrower than one character still makes progress).
fn break_word(word: &str, metrics: &Metrics, face: Face, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if metrics.width(&piece, face, size) > width && piece.chars().count() > 1 {
            piece.pop();
            pieces.push(std::mem::take(&mut piece));
            piece.push(c);
        }
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
    let mut cut = String::new();
    for c in text.chars() {
        cut.push(c);
        if metrics.width(&format!("{cut}…"), face, size) > width {
            cut.pop();
            break;
        }
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
}
