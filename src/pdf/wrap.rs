//! Breaking text into lines that fit a width.

use std::borrow::Cow;
use std::ops::Range;

use unicode_linebreak::{BreakClass, break_property, linebreaks};

use super::fonts::{Face, Metrics};

/// [`wrap_linked`]'s lines, their text alone.
#[cfg(test)]
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
    pub links: Vec<(Range<usize>, String)>,
}

/// Breaks `text` into lines no wider than `width`: at spaces and between East Asian characters
/// where Unicode line breaking allows it (never before "，" or after "（"), inside a word when a
/// single word is wider than the line. Explicit line breaks are kept; control characters are
/// dropped so that nothing invisible reaches the PDF.
/// Each line keeps where the web addresses (`http://`, `https://`) fall in it.
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

/// `text` with tabs as spaces and without other control characters (line breaks kept); most
/// texts have none, and are borrowed as they are.
fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\r' => None,
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect::<String>()
        .into()
}

/// Wraps one paragraph (no line breaks in it) greedily: each line takes as many pieces between
/// break opportunities as fit.
fn wrap_paragraph(
    paragraph: &str,
    metrics: &Metrics,
    face: Face,
    size: f32,
    width: f32,
    lines: &mut Vec<Line>,
) {
    // Runs of spaces count as one and no line starts or ends with one, so a line is always a
    // stretch of this text and a space at a break is dropped.
    let text = paragraph
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let addresses = addresses(&text);
    let fits = |units| metrics.points(units, face, size) <= width;
    // The line's width is kept as a running sum of font units rather than measured again for
    // every piece, which made wrapping quadratic in the length of a paragraph.
    let mut line = 0..0;
    let mut line_units = 0;
    for piece in pieces(&text) {
        let piece_units = metrics.units(&text[piece.clone()], face);
        if !line.is_empty() {
            // The space between two words, or nothing between two ideographs.
            let candidate_units =
                line_units + metrics.units(&text[line.end..piece.start], face) + piece_units;
            if fits(candidate_units) {
                line.end = piece.end;
                line_units = candidate_units;
                continue;
            }
            lines.push(line_at(&text, line.clone(), &addresses));
        }
        if fits(piece_units) {
            line = piece;
            line_units = piece_units;
            continue;
        }
        let mut parts = break_word(&text[piece.clone()], metrics, face, size, width);
        let last = parts.pop().unwrap_or(0..0);
        for part in parts {
            let part = piece.start + part.start..piece.start + part.end;
            lines.push(line_at(&text, part, &addresses));
        }
        line = piece.start + last.start..piece.start + last.end;
        line_units = metrics.units(&text[line.clone()], face);
    }
    lines.push(line_at(&text, line, &addresses));
}

/// The pieces of `text` (one paragraph, single spaces between words) between the places a line
/// may break, each without the space after it.
fn pieces(text: &str) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in break_opportunities(text) {
        let end = start + text[start..at].trim_end_matches(' ').len();
        if end > start {
            pieces.push(start..end);
        }
        start = at;
    }
    pieces
}

/// The byte offsets in `text` where a line may start, ending with `text.len()`: after every
/// space, as always, and where Unicode line breaking (UAX #14) allows a break between two
/// characters with no space between them, one of them East Asian.
///
/// UAX #14 alone would also break Latin text after hyphens and slashes ("end-to-", "and/"), and
/// forbid some breaks at spaces (before "!" or ":"), changing the English reports' lines; so a
/// break it allows inside a word is taken only beside an East Asian character, and spaces are
/// break opportunities as before.
fn break_opportunities(text: &str) -> Vec<usize> {
    let mut at: Vec<usize> = text
        .match_indices(' ')
        .map(|(space, _)| space + 1)
        .collect();
    // A text without East Asian characters, all of an English report, has no such break and
    // skips the line-breaking algorithm.
    if text.chars().any(may_be_east_asian) {
        // UAX #14 ends every text with a mandatory break, the paragraph's end here: the text's
        // own line breaks have split it into paragraphs already.
        at.extend(
            linebreaks(text)
                .map(|(at, _)| at)
                .filter(|&at| at < text.len() && !text[..at].ends_with(' '))
                .filter(|&at| beside_east_asian(text, at)),
        );
    }
    at.sort_unstable();
    at.dedup();
    at.push(text.len());
    at
}

/// Whether `c` lies where East Asian characters do (Hangul jamo, or from the CJK radicals on):
/// a quick test that rules out Latin text, punctuation and symbols.
fn may_be_east_asian(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}') || c >= '\u{2E80}'
}

/// Whether a character either side of byte `at` of `text` is East Asian.
fn beside_east_asian(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    before.into_iter().chain(after).any(east_asian)
}

/// Whether `c` is an East Asian character: an ideograph, kana or hangul, or punctuation written
/// with them (，。（）「」), going by its UAX #14 class.
fn east_asian(c: char) -> bool {
    use BreakClass::*;
    match break_property(u32::from(c)) {
        ConditionalJapaneseStarter
        | HangulLvSyllable
        | HangulLvtSyllable
        | HangulLJamo
        | HangulVJamo
        | HangulTJamo => true,
        // Emoji and some symbols (⌚, ☀) are of the ideographs' class too, and CJK punctuation
        // shares its classes with Latin punctuation. Telling them apart by where they lie in
        // Unicode keeps an English line with an emoji or a bracket breaking as before.
        Ideographic | OpenPunctuation | ClosePunctuation | CloseParenthesis | NonStarter
        | Exclamation | InfixSeparator | After | Postfix | Prefix => in_cjk_blocks(c),
        _ => false,
    }
}

/// Whether `c` lies in the blocks of CJK ideographs, kana, hangul and their punctuation and
/// full-width forms.
fn in_cjk_blocks(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE10}'..='\u{FE1F}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// The web addresses in `text`, a paragraph, with their byte ranges.
fn addresses(text: &str) -> Vec<(Range<usize>, String)> {
    let mut addresses = Vec::new();
    let mut start = 0;
    for word in text.split(' ') {
        if let Some((range, url)) = crate::web_address::in_word(word) {
            addresses.push((start + range.start..start + range.end, url));
        }
        start += word.len() + 1;
    }
    addresses
}

/// The line `range` of `text`, with the parts of `addresses` that fall in it: a piece of an
/// address broken across lines links to the whole address.
fn line_at(text: &str, range: Range<usize>, addresses: &[(Range<usize>, String)]) -> Line {
    let links = addresses
        .iter()
        .filter_map(|(address, url)| {
            let start = address.start.max(range.start);
            let end = address.end.min(range.end);
            (start < end).then(|| (start - range.start..end - range.start, url.clone()))
        })
        .collect();
    Line {
        text: text[range].to_string(),
        links,
    }
}

/// Splits a piece of text wider than the line into parts that fit (at least one character each,
/// so a line narrower than one character still makes progress), as byte ranges of `word`.
fn break_word(
    word: &str,
    metrics: &Metrics,
    face: Face,
    size: f32,
    width: f32,
) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut part_units = 0;
    for (at, c) in word.char_indices() {
        let c_units = metrics.units(c.encode_utf8(&mut [0; 4]), face);
        if metrics.points(part_units + c_units, face, size) > width && at > start {
            let next = at + c.len_utf8();
            let fits_from = |cut: usize| {
                metrics.points(metrics.units(&word[cut..next], face), face, size) <= width
            };
            let cut = cut_before(word, start, at, fits_from);
            parts.push(start..cut);
            part_units = metrics.units(&word[cut..at], face);
            start = cut;
        }
        part_units += c_units;
    }
    parts.push(start..word.len());
    parts
}

/// How many characters a cut inside a word may move back to keep punctuation with its neighbour.
const CARRIED: usize = 2;

/// Where to cut `word` for a part from byte `start` that cannot take the character at byte
/// `at`: at `at`, or up to [`CARRIED`] characters earlier when cutting at `at` would start a line
/// with East Asian closing punctuation ("，", "。", "）") or end one with opening punctuation
/// ("（"), which UAX #14 forbids. An earlier cut is taken only where the characters carried to
/// the next line, with the one at `at`, still fit it (`fits_from`), and never at `start`, so that
/// every part keeps a character.
fn cut_before(word: &str, start: usize, at: usize, fits_from: impl Fn(usize) -> bool) -> usize {
    let earlier = word[start..at]
        .char_indices()
        .rev()
        .map(|(offset, _)| start + offset)
        .filter(|&cut| cut > start)
        .take(CARRIED)
        .filter(|&cut| fits_from(cut));
    std::iter::once(at)
        .chain(earlier)
        .find(|&cut| may_cut(word, cut))
        .unwrap_or(at)
}

/// Whether a line may end at byte `at` of `word` as far as East Asian punctuation goes: not
/// before a closing mark nor after an opening one. Latin punctuation is left alone, so that a
/// Latin word too long for a line is cut where it always was.
fn may_cut(word: &str, at: usize) -> bool {
    use BreakClass::*;
    let after = word[at..].chars().next().filter(|&c| east_asian(c));
    let before = word[..at].chars().next_back().filter(|&c| east_asian(c));
    let closes = after.is_some_and(|c| {
        matches!(
            break_property(u32::from(c)),
            ClosePunctuation | CloseParenthesis | Exclamation | InfixSeparator | NonStarter
        )
    });
    let opens = before.is_some_and(|c| break_property(u32::from(c)) == OpenPunctuation);
    !closes && !opens
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
    fn every_east_asian_character_lies_where_the_quick_test_looks() {
        let missed: Vec<char> = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| east_asian(c) && !may_be_east_asian(c))
            .collect();
        assert_eq!(missed, Vec::<char>::new());
        assert!(!may_be_east_asian('—') && !may_be_east_asian('✓') && may_be_east_asian('本'));
    }

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

    /// Every line of `lines` fits `width`, as the metrics measure it.
    fn assert_fit(lines: &[String], metrics: &Metrics, size: f32, width: f32) {
        for line in lines {
            assert!(
                metrics.width(line, Face::Regular, size) <= width,
                "{line:?} is wider than {width}"
            );
        }
    }

    /// No line of `lines` starts with closing punctuation or ends with opening punctuation.
    fn assert_punctuation_kept(lines: &[String]) {
        for line in lines {
            assert!(!line.starts_with(['，', '。', '）']), "{lines:?}");
            assert!(!line.ends_with('（'), "{lines:?}");
        }
    }

    #[test]
    fn chinese_breaks_between_ideographs_but_never_before_a_comma_or_after_a_bracket() {
        let metrics = Metrics::load().unwrap();
        let text = "本評估描述機構使用即時通訊應用程式的情況，並列出其風險（例如資料外洩）及應採取的措施。"
            .repeat(3);
        // Every width from three ideographs to a whole sentence, so that some line would end
        // right before each comma, full stop and closing bracket, and right after the opening
        // one, if a line could break there.
        for width in (15..=250).map(|w| w as f32) {
            let lines = wrap(&text, &metrics, Face::Regular, 9.5, width);
            assert!(lines.len() > 1, "{width}: {lines:?}");
            assert_fit(&lines, &metrics, 9.5, width);
            assert_punctuation_kept(&lines);
            // Nothing lost and no space added between ideographs.
            assert_eq!(lines.concat(), text, "{width}");
        }
    }

    #[test]
    fn a_mixed_line_breaks_at_its_spaces_and_between_ideographs() {
        let metrics = Metrics::load().unwrap();
        let at = |text: &str| metrics.width(text, Face::Regular, 9.5);
        let wrap_to = |text: &str, width: f32| wrap(text, &metrics, Face::Regular, 9.5, width);
        let text = "使用 WhatsApp 的風險";
        assert_eq!(
            wrap_to(text, at("WhatsApp")),
            ["使用", "WhatsApp", "的風險"]
        );
        assert_eq!(
            wrap_to(text, at("使用 WhatsApp 的")),
            ["使用 WhatsApp 的", "風險"]
        );
        // Latin words beside ideographs with no space between them break there, adding none.
        assert_eq!(
            wrap_to("使用WhatsApp的風險", at("WhatsApp")),
            ["使用", "WhatsApp", "的風險"]
        );
    }

    #[test]
    fn a_run_too_long_for_the_line_is_cut_without_stranding_its_punctuation() {
        let metrics = Metrics::load().unwrap();
        // No break is allowed inside "（YYYY-MM-DD）。", so narrow lines cut it by characters.
        let text = "日期（YYYY-MM-DD）。";
        // From the width of a letter and the two marks after it, the least that lets them move
        // to the next line together.
        for width in (20..=90).map(|w| w as f32) {
            let lines = wrap(text, &metrics, Face::Regular, 9.5, width);
            assert_fit(&lines, &metrics, 9.5, width);
            assert_punctuation_kept(&lines);
            assert_eq!(lines.concat(), text, "{width}");
        }
    }

    #[test]
    fn english_wraps_as_it_always_did() {
        let metrics = Metrics::load().unwrap();
        // Unicode line breaking would also break after the hyphens and the slash: "third-",
        // "end-to-", "book/". These are the lines the renderer made before it knew Chinese.
        let text = "Staff use WhatsApp on their own phones to message clients and third-party \
            suppliers; end-to-end encryption protects the content, but the metadata (who, when, \
            how often) and the address book/contacts are shared with Meta under its \
            data-processing terms.";
        assert_eq!(
            wrap(text, &metrics, Face::Regular, 9.5, 100.0),
            [
                "Staff use WhatsApp",
                "on their own phones",
                "to message clients",
                "and third-party",
                "suppliers;",
                "end-to-end",
                "encryption protects",
                "the content, but the",
                "metadata (who,",
                "when, how often)",
                "and the address",
                "book/contacts are",
                "shared with Meta",
                "under its",
                "data-processing",
                "terms."
            ]
        );
        assert_eq!(
            wrap(text, &metrics, Face::Regular, 9.5, 180.0),
            [
                "Staff use WhatsApp on their own",
                "phones to message clients and",
                "third-party suppliers; end-to-end",
                "encryption protects the content, but",
                "the metadata (who, when, how often)",
                "and the address book/contacts are",
                "shared with Meta under its",
                "data-processing terms."
            ]
        );
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
