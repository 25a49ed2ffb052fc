//! The tagged structure of a report PDF: the logical tree a screen reader follows (Document,
//! headings, paragraphs, lists, tables, figures) and the marked content on each page that
//! belongs to it. The layout records which element each line of text belongs to; this module
//! writes the tree with lopdf after printpdf has serialised the pages, since printpdf 0.12 has no
//! tagged-PDF support. Running headers, footers, rules and fills are artifacts, outside the tree.

use lopdf::{Dictionary, Object, ObjectId};

/// The standard structure types the report uses (ISO 32000-1, 14.8.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The whole document, the root of the tree.
    Document,
    /// A section title.
    H1,
    /// A heading inside a section.
    H2,
    /// A paragraph (also a note, a callout's text).
    P,
    /// A list.
    L,
    /// A list item.
    LI,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A header cell.
    TH,
    /// A data cell.
    TD,
    /// The table of contents.
    TOC,
    /// An entry of the table of contents.
    TOCI,
    /// A picture (a risk map), described by its alternate text.
    Figure,
}

impl Role {
    /// The structure type's PDF name.
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::TOC => "TOC",
            Role::TOCI => "TOCI",
            Role::Figure => "Figure",
        }
    }
}

/// One element of the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    /// Its type.
    pub role: Role,
    /// Its parent's index; `None` only for the root.
    pub parent: Option<usize>,
    /// Alternate text, for a figure.
    pub alt: Option<String>,
}

/// A piece of an element's content: a child element, or a run of marked content on a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kid {
    /// A child element, by index.
    Element(usize),
    /// Marked content: the page's index and its marked-content id on that page.
    Content { page: usize, mcid: i64 },
}

/// Writes the structure tree of `elements` into `document`: `marked[page]` lists, in MCID
/// order, the element each marked-content sequence of that page belongs to.
pub(super) fn write(
    document: &mut lopdf::Document,
    elements: &[Element],
    marked: &[Vec<usize>],
) -> Option<Tree> {
    if elements.is_empty() {
        return None;
    }
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    let root = document
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .ok()?;
    let kids = kids_of(elements, marked);
    let ids: Vec<ObjectId> = elements.iter().map(|_| document.new_object_id()).collect();
    let tree_root = document.new_object_id();
    let parent_tree = document.new_object_id();
    for (index, element) in elements.iter().enumerate() {
        let mut dictionary = Dictionary::new();
        dictionary.set("Type", Object::Name(b"StructElem".to_vec()));
        dictionary.set("S", Object::Name(element.role.name().as_bytes().to_vec()));
        dictionary.set(
            "P",
            Object::Reference(element.parent.map_or(tree_root, |p| ids[p])),
        );
        if let Some(alt) = &element.alt {
            dictionary.set("Alt", super::outline::text_string(alt));
        }
        // An element drawn on one page names it once, and its content by bare MCIDs; one that
        // spans pages names the page of each piece.
        let mut content_pages = kids[index].iter().filter_map(|kid| match kid {
            Kid::Content { page, .. } => Some(*page),
            Kid::Element(_) => None,
        });
        let single_page = content_pages
            .next()
            .filter(|first| content_pages.all(|p| p == *first));
        if let Some(page) = single_page.and_then(|p| pages.get(p)) {
            dictionary.set("Pg", Object::Reference(*page));
        }
        let k: Vec<Object> = kids[index]
            .iter()
            .filter_map(|kid| match *kid {
                Kid::Element(child) => Some(Object::Reference(ids[child])),
                Kid::Content { mcid, .. } if single_page.is_some() => Some(Object::Integer(mcid)),
                Kid::Content { page, mcid } => pages.get(page).map(|page| {
                    let mut reference = Dictionary::new();
                    reference.set("Type", Object::Name(b"MCR".to_vec()));
                    reference.set("Pg", Object::Reference(*page));
                    reference.set("MCID", Object::Integer(mcid));
                    Object::Dictionary(reference)
                }),
            })
            .collect();
        dictionary.set("K", Object::Array(k));
        document
            .objects
            .insert(ids[index], Object::Dictionary(dictionary));
    }
    // The parent tree: for each page (its /StructParents key), the element of each MCID.
    let mut numbers = Vec::new();
    for (page_index, page) in pages.iter().enumerate() {
        let owners: Vec<Object> = marked
            .get(page_index)
            .map(|list| list.iter().map(|e| Object::Reference(ids[*e])).collect())
            .unwrap_or_default();
        numbers.push(Object::Integer(page_index as i64));
        numbers.push(Object::Array(owners));
        if let Ok(page) = document.get_object_mut(*page).and_then(Object::as_dict_mut) {
            page.set("StructParents", Object::Integer(page_index as i64));
        }
    }
    let mut tree = Dictionary::new();
    tree.set("Nums", Object::Array(numbers));
    document
        .objects
        .insert(parent_tree, Object::Dictionary(tree));
    let mut root_dictionary = Dictionary::new();
    root_dictionary.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    root_dictionary.set("K", Object::Reference(ids[0]));
    root_dictionary.set("ParentTree", Object::Reference(parent_tree));
    root_dictionary.set("ParentTreeNextKey", Object::Integer(pages.len() as i64));
    document
        .objects
        .insert(tree_root, Object::Dictionary(root_dictionary));
    if let Ok(catalog) = document.get_object_mut(root).and_then(Object::as_dict_mut) {
        catalog.set("StructTreeRoot", Object::Reference(tree_root));
        let mut mark_info = Dictionary::new();
        mark_info.set("Marked", Object::Boolean(true));
        catalog.set("MarkInfo", Object::Dictionary(mark_info));
    }
    Some(Tree {
        elements: ids,
        root: tree_root,
        parent_tree,
        next_key: pages.len() as i64,
    })
}

/// The objects of a written structure tree that annotations are attached to afterwards.
pub(super) struct Tree {
    /// Each element's object, by its index in the layout's structure.
    pub elements: Vec<ObjectId>,
    /// The structure tree root.
    pub root: ObjectId,
    /// The number tree from `/StructParent(s)` keys to elements.
    pub parent_tree: ObjectId,
    /// The first parent-tree key not yet used (one key per page is taken by marked content).
    pub next_key: i64,
}

/// Each element's kids in document order: its child elements where they begin, and its own
/// marked content where it is drawn.
pub(super) fn kids_of(elements: &[Element], marked: &[Vec<usize>]) -> Vec<Vec<Kid>> {
    // Where each element, or the first of its descendants, is first drawn. A child is always
    // created after its parent, so one pass from the last element up carries each position to
    // the parent.
    let mut first: Vec<Option<(usize, i64)>> = vec![None; elements.len()];
    for (page, owners) in marked.iter().enumerate() {
        for (mcid, owner) in owners.iter().enumerate() {
            first[*owner].get_or_insert((page, mcid as i64));
        }
    }
    for index in (0..elements.len()).rev() {
        if let (Some(parent), Some(at)) = (elements[index].parent, first[index]) {
            first[parent] = Some(first[parent].map_or(at, |p| p.min(at)));
        }
    }
    // Content and children sorted together by where they are drawn; a child element comes
    // before content drawn at its own first position (which is its content, not its parent's).
    let mut entries: Vec<((usize, i64, u8), usize, Kid)> = Vec::new();
    for (page, owners) in marked.iter().enumerate() {
        for (mcid, owner) in owners.iter().enumerate() {
            let mcid = mcid as i64;
            entries.push(((page, mcid, 1), *owner, Kid::Content { page, mcid }));
        }
    }
    for (index, element) in elements.iter().enumerate() {
        if let Some(parent) = element.parent {
            let (page, mcid) = first[index].unwrap_or((usize::MAX, i64::MAX));
            entries.push(((page, mcid, 0), parent, Kid::Element(index)));
        }
    }
    entries.sort_by_key(|(order, _, _)| *order);
    let mut kids: Vec<Vec<Kid>> = vec![Vec::new(); elements.len()];
    for (_, owner, kid) in entries {
        kids[owner].push(kid);
    }
    kids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(role: Role, parent: Option<usize>) -> Element {
        Element {
            role,
            parent,
            alt: None,
        }
    }

    #[test]
    fn kids_follow_the_order_in_which_content_is_drawn() {
        let elements = [
            element(Role::Document, None),
            element(Role::P, Some(0)),
            element(Role::L, Some(0)),
            element(Role::LI, Some(2)),
            element(Role::LI, Some(2)),
        ];
        // Page 0: the paragraph, then the list's first item; page 1: its second item.
        let marked = [vec![1, 3], vec![4]];
        let kids = kids_of(&elements, &marked);
        assert_eq!(kids[0], [Kid::Element(1), Kid::Element(2)]);
        assert_eq!(kids[1], [Kid::Content { page: 0, mcid: 0 }]);
        assert_eq!(kids[2], [Kid::Element(3), Kid::Element(4)]);
        assert_eq!(kids[3], [Kid::Content { page: 0, mcid: 1 }]);
        assert_eq!(kids[4], [Kid::Content { page: 1, mcid: 0 }]);
    }
}
