//! The clickable areas (table-of-contents lines and web addresses) as link annotations, written
//! here rather than by printpdf because PDF/A and tagged PDF ask for what it cannot express:
//! each annotation an object of its own, marked to print (PDF/A forbids annotations that vanish
//! on paper), and, in a tagged report, a `Link` structure element under the paragraph or
//! contents entry it covers, so assistive technology announces it where it is read.

use super::page::{Layout, Link, LinkTarget};
use super::structure::Tree;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};

/// The annotation flag that makes an annotation print (PDF 32000-1, table 165).
const PRINT: i64 = 4;

/// Adds every page's links to `document`, and to the structure `tree` when there is one.
pub(super) fn write(document: &mut lopdf::Document, layout: &Layout, tree: Option<&Tree>) {
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    let mut next_key = tree.map_or(0, |tree| tree.next_key);
    let mut parent_entries = Vec::new();
    for (page, &page_id) in layout.pages.iter().zip(&pages) {
        let mut annotations = Vec::with_capacity(page.links.len());
        for link in &page.links {
            let Some(action) = action(&link.target, &pages) else {
                continue;
            };
            let mut annotation = annotation(link, layout.size.height, action, page_id);
            let annotation_id = document.new_object_id();
            if let Some((tree, element)) = tree.zip(link.element) {
                let link_element = link_element(document, tree, element, annotation_id, page_id);
                annotation.set("StructParent", Object::Integer(next_key));
                parent_entries.push((next_key, link_element));
                next_key += 1;
            }
            document
                .objects
                .insert(annotation_id, Object::Dictionary(annotation));
            annotations.push(Object::Reference(annotation_id));
        }
        if !annotations.is_empty()
            && let Ok(page) = document
                .get_object_mut(page_id)
                .and_then(Object::as_dict_mut)
        {
            page.set("Annots", Object::Array(annotations));
        }
    }
    if let Some(tree) = tree {
        register_in_parent_tree(document, tree, &parent_entries, next_key);
    }
}

/// An invisible, printable link annotation over `link`.
fn annotation(link: &Link, page_height: f32, action: Dictionary, page: ObjectId) -> Dictionary {
    let bottom = page_height - link.y - link.height;
    let mut annotation = Dictionary::new();
    annotation.set("Type", Object::Name(b"Annot".to_vec()));
    annotation.set("Subtype", Object::Name(b"Link".to_vec()));
    annotation.set(
        "Rect",
        Object::Array(
            [link.x, bottom, link.x + link.width, bottom + link.height]
                .into_iter()
                .map(Object::Real)
                .collect(),
        ),
    );
    annotation.set("Border", Object::Array(vec![Object::Integer(0); 3]));
    annotation.set("F", Object::Integer(PRINT));
    annotation.set("P", Object::Reference(page));
    annotation.set("A", Object::Dictionary(action));
    annotation
}

/// The action of a link: go to a page of the report, or open a web address.
fn action(target: &LinkTarget, pages: &[ObjectId]) -> Option<Dictionary> {
    let mut action = Dictionary::new();
    match target {
        LinkTarget::Page(page) => {
            let page = pages.get(*page)?;
            action.set("S", Object::Name(b"GoTo".to_vec()));
            action.set(
                "D",
                Object::Array(vec![
                    Object::Reference(*page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ]),
            );
        }
        LinkTarget::Web(url) => {
            action.set("S", Object::Name(b"URI".to_vec()));
            action.set(
                "URI",
                Object::String(ascii_uri(url).into_bytes(), StringFormat::Literal),
            );
        }
    }
    Some(action)
}

/// `url` in seven-bit ASCII, as a URI action requires: every other byte percent-encoded.
fn ascii_uri(url: &str) -> String {
    url.bytes()
        .map(|byte| {
            if byte.is_ascii() && !byte.is_ascii_control() && byte != b' ' {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// A `Link` structure element for the annotation, added last among the kids of `element`.
fn link_element(
    document: &mut lopdf::Document,
    tree: &Tree,
    element: usize,
    annotation: ObjectId,
    page: ObjectId,
) -> ObjectId {
    let parent = tree.elements[element];
    let mut reference = Dictionary::new();
    reference.set("Type", Object::Name(b"OBJR".to_vec()));
    reference.set("Obj", Object::Reference(annotation));
    reference.set("Pg", Object::Reference(page));
    let mut link = Dictionary::new();
    link.set("Type", Object::Name(b"StructElem".to_vec()));
    link.set("S", Object::Name(b"Link".to_vec()));
    link.set("P", Object::Reference(parent));
    link.set("Pg", Object::Reference(page));
    link.set("K", Object::Array(vec![Object::Dictionary(reference)]));
    let id = document.add_object(Object::Dictionary(link));
    if let Ok(Object::Array(kids)) = document
        .get_object_mut(parent)
        .and_then(Object::as_dict_mut)
        .and_then(|parent| parent.get_mut(b"K"))
    {
        kids.push(Object::Reference(id));
    }
    id
}

/// Adds each annotation's key to the parent tree (its value is the element itself, not an
/// array, since an annotation is one object) and moves the next free key on.
fn register_in_parent_tree(
    document: &mut lopdf::Document,
    tree: &Tree,
    entries: &[(i64, ObjectId)],
    next_key: i64,
) {
    if let Ok(Object::Array(numbers)) = document
        .get_object_mut(tree.parent_tree)
        .and_then(Object::as_dict_mut)
        .and_then(|parent_tree| parent_tree.get_mut(b"Nums"))
    {
        for (key, element) in entries {
            numbers.push(Object::Integer(*key));
            numbers.push(Object::Reference(*element));
        }
    }
    if let Ok(root) = document
        .get_object_mut(tree.root)
        .and_then(Object::as_dict_mut)
    {
        root.set("ParentTreeNextKey", Object::Integer(next_key));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_web_address_is_kept_in_seven_bit_ascii() {
        assert_eq!(
            ascii_uri("https://example.org/a b/é?x=1"),
            "https://example.org/a%20b/%C3%A9?x=1"
        );
    }
}
