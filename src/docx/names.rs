//! What the parts of the package share: the declaration each starts with, the namespaces of the
//! Word parts, and the relationship ids by which the body names its header and footer.

/// What starts every part.
pub(super) const XML_DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// The namespaces of WordprocessingML and of relationships, declared on each Word part's root.
pub(super) const WORD_NAMESPACES: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
/// The relationship of the running header, from the body's section properties.
pub(super) const HEADER_ID: &str = "rIdHeader";
/// The relationship of the footer.
pub(super) const FOOTER_ID: &str = "rIdFooter";
