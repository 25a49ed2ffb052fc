//! A report section as Markdown, for documents generated from the model (such as
//! `docs/methodology.md`), so the words in the repository are the words the report prints.

use super::document::{Block, Section};

/// The section as Markdown: its title as a level-1 heading, then each block.
pub fn section_markdown(section: &Section) -> String {
    let mut out = format!("# {}\n", section.title);
    for block in &section.blocks {
        out.push('\n');
        out.push_str(&block_markdown(block));
    }
    out
}

fn block_markdown(block: &Block) -> String {
    match block {
        Block::Heading(text) => format!("## {text}\n"),
        Block::Paragraph(text) => format!("{text}\n"),
        Block::Note(text) => format!("> {text}\n"),
        Block::Bullets(items) => items.iter().map(|i| format!("- {i}\n")).collect(),
        Block::Facts(pairs) => pairs
            .iter()
            .map(|(label, value)| format!("- **{label}:** {value}\n"))
            .collect(),
        Block::Table(table) => {
            let cell = |text: &str| text.replace('\n', "<br>").replace('|', "\\|");
            let titles: Vec<String> = table.columns.iter().map(|c| cell(&c.title)).collect();
            let mut out = format!(
                "| {} |\n|{}\n",
                titles.join(" | "),
                "---|".repeat(titles.len())
            );
            for row in &table.rows {
                let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out
        }
        Block::Callout { headline, body, .. } => format!("**{headline}.** {body}\n"),
        Block::Contents | Block::Grids(_) => String::new(),
    }
}
