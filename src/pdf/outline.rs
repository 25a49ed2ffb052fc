//! The document outline (the reader's bookmarks panel), written with lopdf after printpdf has
//! serialised the pages: printpdf 0.12 writes only a flat list. Sections are the top
//! level, closed, with their headings (the risks of Appendix B, the parts of Appendix A) under
//! them; each bookmark opens its page at the heading.

use super::page::Bookmark;
use lopdf::{Dictionary, Object, ObjectId};

/// Adds `/Outlines` to the catalog of `document`, whose pages are laid out `page_height` high.
pub(super) fn write(document: &mut lopdf::Document, bookmarks: &[Bookmark], page_height: f32) {
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    let Ok(root) = document.trailer.get(b"Root").and_then(Object::as_reference) else {
        return;
    };
    let tree = nest(bookmarks);
    if tree.is_empty() {
        return;
    }
    let outlines = document.new_object_id();
    let ids: Vec<(ObjectId, Vec<ObjectId>)> = tree
        .iter()
        .map(|(_, children)| {
            (
                document.new_object_id(),
                children.iter().map(|_| document.new_object_id()).collect(),
            )
        })
        .collect();
    let destination = |bookmark: &Bookmark| -> Object {
        let page = pages.get(bookmark.page).copied().unwrap_or(pages[0]);
        // PDF measures from the bottom; a little above the heading, so it is not cut.
        let top = (page_height - bookmark.y + 6.0).min(page_height);
        Object::Array(vec![
            Object::Reference(page),
            Object::Name(b"XYZ".to_vec()),
            Object::Null,
            Object::Real(top),
            Object::Null,
        ])
    };
    for (index, ((section, children), (id, child_ids))) in tree.iter().zip(&ids).enumerate() {
        let siblings: Vec<ObjectId> = ids.iter().map(|(id, _)| *id).collect();
        let mut entry = item(section, outlines, &siblings, index, destination(section));
        if let (Some(first), Some(last)) = (child_ids.first(), child_ids.last()) {
            entry.set("First", Object::Reference(*first));
            entry.set("Last", Object::Reference(*last));
            // Negative: closed, so the panel opens on the list of sections.
            entry.set("Count", Object::Integer(-(child_ids.len() as i64)));
        }
        document.objects.insert(*id, Object::Dictionary(entry));
        for (child_index, (child, child_id)) in children.iter().zip(child_ids).enumerate() {
            let entry = item(child, *id, child_ids, child_index, destination(child));
            document
                .objects
                .insert(*child_id, Object::Dictionary(entry));
        }
    }
    let mut dictionary = Dictionary::new();
    dictionary.set("Type", Object::Name(b"Outlines".to_vec()));
    dictionary.set("First", Object::Reference(ids[0].0));
    dictionary.set("Last", Object::Reference(ids[ids.len() - 1].0));
    // The items visible when the document opens: the sections (their headings are closed).
    dictionary.set("Count", Object::Integer(ids.len() as i64));
    document
        .objects
        .insert(outlines, Object::Dictionary(dictionary));
    if let Ok(catalog) = document.get_object_mut(root).and_then(Object::as_dict_mut) {
        catalog.set("Outlines", Object::Reference(outlines));
    }
}

/// Sections with their headings; a heading before the first section has no parent and is left
/// out.
fn nest(bookmarks: &[Bookmark]) -> Vec<(&Bookmark, Vec<&Bookmark>)> {
    let mut tree: Vec<(&Bookmark, Vec<&Bookmark>)> = Vec::new();
    for bookmark in bookmarks {
        match (bookmark.level, tree.last_mut()) {
            (0, _) => tree.push((bookmark, Vec::new())),
            (_, Some((_, children))) => children.push(bookmark),
            (_, None) => {}
        }
    }
    tree
}

fn item(
    bookmark: &Bookmark,
    parent: ObjectId,
    siblings: &[ObjectId],
    index: usize,
    destination: Object,
) -> Dictionary {
    let mut item = Dictionary::new();
    item.set("Title", text_string(&bookmark.title));
    item.set("Parent", Object::Reference(parent));
    if index > 0 {
        item.set("Prev", Object::Reference(siblings[index - 1]));
    }
    if let Some(next) = siblings.get(index + 1) {
        item.set("Next", Object::Reference(*next));
    }
    item.set("Dest", destination);
    item
}

/// A PDF text string: plain ASCII as it is, anything else as UTF-16BE with a byte-order mark,
/// so every title reads correctly and plain ones stay small.
pub(super) fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::string_literal(text);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, lopdf::StringFormat::Literal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(title: &str, level: u8) -> Bookmark {
        Bookmark {
            title: title.to_string(),
            page: 0,
            y: 72.0,
            level,
        }
    }

    #[test]
    fn headings_nest_under_the_section_before_them() {
        let marks = [
            mark("orphan", 1),
            mark("A", 0),
            mark("a1", 1),
            mark("a2", 1),
            mark("B", 0),
        ];
        let tree = nest(&marks);
        let shape: Vec<(&str, Vec<&str>)> = tree
            .iter()
            .map(|(s, c)| {
                (
                    s.title.as_str(),
                    c.iter().map(|b| b.title.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(shape, [("A", vec!["a1", "a2"]), ("B", vec![])]);
    }
}
