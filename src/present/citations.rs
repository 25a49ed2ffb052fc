//! Citations as the reader sees them: the separate works one citation names.

/// The works a rule's citation names, one by one: its parts are separated by semicolons outside
/// brackets ("Act 2011, s. 1; Guidance (v2.1; 2023)" is two works).
pub fn works_in(citation: &str) -> Vec<String> {
    let mut works = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in citation.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if c == ';' && depth <= 0 {
            works.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    works.push(current);
    works
        .into_iter()
        .map(|w| w.trim().trim_end_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_splits_into_works_at_semicolons_outside_brackets() {
        assert_eq!(
            works_in("Act 2011, s. 1; Guidance (v2.1; 2023), paras 4.1–4.3."),
            ["Act 2011, s. 1", "Guidance (v2.1; 2023), paras 4.1–4.3"]
        );
        assert_eq!(works_in("One work"), ["One work"]);
    }
}
