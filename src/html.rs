//! The report as one self-contained HTML file (styles inline, no scripts, no external links
//! loaded), for pasting into a document management system. Same document model as the PDF.

use crate::report::document::{Block, Document, Grid, Table, Tone};
use std::fmt::Write;

/// Renders a document as HTML text.
pub fn render(document: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<meta name=\"author\" content=\"{}\">\n<meta name=\"description\" content=\"{}\">\n<meta name=\"date\" content=\"{}\">\n<style>{STYLE}{}</style>\n</head>\n<body>\n<p class=\"running\">{}</p>\n",
        escape(&document.labels.language),
        escape(&document.title),
        escape(&document.author),
        escape(&document.subject),
        document.date,
        page_margins(document),
        escape(&format!(
            "{} · {}",
            document.running_header, document.marking
        ))
    );
    for (index, section) in document.sections.iter().enumerate() {
        let tag = if index == 0 { "h1" } else { "h2" };
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<{tag}>{}</{tag}>",
            section_anchor(index),
            escape(&section.title)
        );
        let mut headings = 0;
        for block in &section.blocks {
            match block {
                Block::Contents => contents_html(&mut out, document),
                Block::Heading(text) => {
                    headings += 1;
                    let _ = writeln!(
                        out,
                        "<h3 id=\"{}-{headings}\">{}</h3>",
                        section_anchor(index),
                        escape(text)
                    );
                }
                block => block_html(&mut out, block),
            }
        }
        out.push_str("</section>\n");
    }
    let _ = writeln!(
        out,
        "<p class=\"running\">{} · {}</p>\n</body>\n</html>",
        document.labels.date,
        escape(&document.title)
    );
    out
}

/// The screen and print styles. On paper (A4): the marking and running header at the top of
/// every page, page numbers at the foot, headings kept with what follows, at least two lines of
/// a paragraph either side of a break, tables' header rows repeated, maps and callouts never
/// split, and links in the text colour.
const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;color:#1c1f24;max-width:52em;margin:2em auto;line-height:1.4}\
h1{color:#143866;font-size:20pt}h2{color:#143866;font-size:15pt;margin-top:2em;border-bottom:1px solid #c7ccd6}h3{color:#143866;font-size:11.5pt}\
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}th{background:#e6ebf2;text-align:left}th,td{border-bottom:1px solid #c7ccd6;padding:3px 5px;vertical-align:top;font-size:9.5pt}\
.note{color:#61666f;font-style:italic;font-size:9pt}.running{color:#61666f;font-size:8.5pt}\
.facts th{width:24%}.contents ol{padding-left:1.4em}.contents ol ol{font-size:9pt;columns:2}\
.callout{background:#f7f7fa;border-left:6px solid;padding:.5em 1em;margin:1em 0}.callout .headline{font-size:16pt;font-weight:bold}\
.positive{border-color:#1f7a40}.positive .headline{color:#1f7a40}.caution{border-color:#b87307}.caution .headline{color:#b87307}.negative{border-color:#b31f1f}.negative .headline{color:#b31f1f}\
.grids{display:flex;flex-wrap:nowrap;gap:1.5em;align-items:flex-start}.grids figure{margin:0;flex:1 1 0;min-width:0}\
.grid{table-layout:fixed}.grid th{width:1.6em;background:none}.grid td{height:3em;border:1px solid #fff;text-align:center;font-weight:bold}.grid .caption{display:block;font-size:7pt;font-weight:normal;color:#61666f;text-align:left}\
.shade0{background:#dbf0db}.shade1{background:#fcf0c2}.shade2{background:#fcd6ad}.shade3{background:#f5b8b8}\
@page{size:A4;margin:20mm 18mm 18mm}\
@media print{body{max-width:none;margin:0;font-size:9.5pt}h2{break-before:auto}h1,h2,h3{break-after:avoid}\
p,li{orphans:2;widows:2}table,thead{break-inside:auto}thead{display:table-header-group}tr,figure,.callout,.grids,nav{break-inside:avoid}\
p:has(+ .grids),p:has(+ table){break-inside:avoid;break-after:avoid}a{color:inherit;text-decoration:none}.running{display:none}\
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// The printed page's margins: the running header and marking (DRAFT while unsigned) at the
/// top of every page, the date and title at the foot, and "Page X of Y".
fn page_margins(document: &Document) -> String {
    format!(
        "@page{{@top-left{{content:{};font-size:7.5pt;color:#61666f}}@bottom-left{{content:{};font-size:7.5pt;color:#61666f}}@bottom-right{{content:{} counter(page) {} counter(pages){};font-size:7.5pt;color:#61666f}}}}",
        css_string(&format!(
            "{} · {}",
            document.running_header, document.marking
        )),
        css_string(&format!("{} · {}", document.labels.date, document.title)),
        css_string(&document.labels.page_number[0]),
        css_string(&document.labels.page_number[1]),
        match document.labels.page_number[2].as_str() {
            "" => String::new(),
            after => format!(" {}", css_string(after)),
        },
    )
}

/// A CSS string literal; characters that could end the string or the style element are
/// escaped as code points.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:X} ", u32::from(c))),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The anchor of a section, which the contents link to.
fn section_anchor(index: usize) -> String {
    format!("s{index}")
}

/// The contents: every section, and under each its sub-headings, linked to their anchors.
fn contents_html(out: &mut String, document: &Document) {
    let title = escape(&document.labels.contents);
    let _ = write!(
        out,
        "<nav class=\"contents\" aria-label=\"{title}\">\n<h3>{title}</h3>\n<ol>\n"
    );
    for (index, section) in document.sections.iter().enumerate() {
        let anchor = section_anchor(index);
        let _ = write!(
            out,
            "<li><a href=\"#{anchor}\">{}</a>",
            escape(&section.title)
        );
        let headings: Vec<&String> = section
            .blocks
            .iter()
            .filter_map(|block| match block {
                Block::Heading(text) => Some(text),
                _ => None,
            })
            .collect();
        if !headings.is_empty() {
            out.push_str("<ol>");
            for (number, text) in headings.iter().enumerate() {
                let _ = write!(
                    out,
                    "<li><a href=\"#{anchor}-{}\">{}</a></li>",
                    number + 1,
                    escape(text)
                );
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
}

fn escape(text: &str) -> String {
    crate::markup::escape(text, "<br>")
}

/// Escaped text with each web address in it made a link.
fn linked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, word) in text.split(' ').enumerate() {
        if index > 0 {
            out.push(' ');
        }
        match crate::web_address::in_word(word) {
            Some((range, url)) => {
                out.push_str(&escape(&word[..range.start]));
                out.push_str(&format!(
                    "<a href=\"{}\">{}</a>",
                    escape(&url),
                    escape(&url)
                ));
                out.push_str(&escape(&word[range.end..]));
            }
            None => out.push_str(&escape(word)),
        }
    }
    out
}

fn block_html(out: &mut String, block: &Block) {
    match block {
        Block::Heading(text) => {
            let _ = writeln!(out, "<h3>{}</h3>", escape(text));
        }
        Block::Paragraph(text) => {
            let _ = writeln!(out, "<p>{}</p>", linked(text));
        }
        Block::Note(text) => {
            let _ = writeln!(out, "<p class=\"note\">{}</p>", linked(text));
        }
        Block::Bullets(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", linked(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Facts(pairs) => {
            out.push_str("<table class=\"facts\">\n");
            for (label, value) in pairs {
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    escape(label),
                    escape(value)
                );
            }
            out.push_str("</table>\n");
        }
        Block::Table(table) => table_html(out, table),
        Block::Contents => {}
        Block::Grids(grids) => {
            out.push_str("<div class=\"grids\">\n");
            for grid in grids {
                grid_html(out, grid);
            }
            out.push_str("</div>\n");
        }
        Block::Callout {
            headline,
            body,
            tone,
        } => {
            let class = match tone {
                Tone::Positive => "positive",
                Tone::Caution => "caution",
                Tone::Negative => "negative",
                Tone::Neutral => "neutral",
            };
            let _ = writeln!(
                out,
                "<div class=\"callout {class}\"><div class=\"headline\">{}</div><p>{}</p></div>",
                escape(headline),
                escape(body)
            );
        }
    }
}

fn table_html(out: &mut String, table: &Table) {
    out.push_str("<table>\n<thead><tr>");
    for column in &table.columns {
        let _ = write!(out, "<th>{}</th>", escape(&column.title));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", linked(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn grid_html(out: &mut String, grid: &Grid) {
    let _ = writeln!(
        out,
        "<figure><figcaption><strong>{}</strong><br>{}</figcaption>",
        escape(&grid.title),
        escape(&grid.up)
    );
    out.push_str("<table class=\"grid\">\n");
    for (row, label) in grid.row_labels.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(label));
        for cell in grid.cells.iter().skip(row * 4).take(4) {
            let _ = write!(
                out,
                "<td class=\"shade{}\"><span class=\"caption\">{}</span>{}</td>",
                cell.shade.min(3),
                escape(&cell.caption),
                escape(&cell.content)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("<tr><th></th>");
    for label in &grid.column_labels {
        let _ = write!(out, "<th>{}</th>", escape(label));
    }
    let _ = writeln!(
        out,
        "</tr>\n</table>\n<p class=\"note\">{}</p></figure>",
        escape(&grid.across)
    );
}
