//! Where in a JSON text a place is, as a path of keys and indexes (`answers[0].data.text`):
//! serde_json gives the line and column of an error, this names the field there, so that a
//! refusal says which field was expected to be what. Never fails: a text it cannot follow gives
//! the path as far as it followed it.

/// One level of nesting: an object with the key last read, or an array with the index of the
/// element being read.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The path of the value at `line` and `column` (both from 1) of `text`; empty at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let mut frames: Vec<Frame> = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut at_line, mut at_column) = (1, 0);
    // In an object, the next string is a key until a `:` is read.
    let mut expecting_key = false;
    while let Some(c) = chars.next() {
        if c == '\n' {
            at_line += 1;
            at_column = 0;
        } else {
            at_column += 1;
        }
        if (at_line, at_column) >= (line, column) {
            break;
        }
        match c {
            '{' => {
                frames.push(Frame::Object(None));
                expecting_key = true;
            }
            '[' => {
                frames.push(Frame::Array(0));
                expecting_key = false;
            }
            '}' | ']' => {
                frames.pop();
                expecting_key = false;
            }
            ':' => expecting_key = false,
            ',' => match frames.last_mut() {
                Some(Frame::Object(_)) => expecting_key = true,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                while let Some(s) = chars.next() {
                    at_column += 1;
                    match s {
                        '"' => break,
                        '\\' => {
                            chars.next();
                            at_column += 1;
                        }
                        s => string.push(s),
                    }
                }
                if expecting_key && let Some(Frame::Object(key)) = frames.last_mut() {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    #[test]
    fn the_path_names_keys_and_indexes_down_to_the_place() {
        let text = "{\n  \"pia\": {\"name\": \"a, b\"},\n  \"answers\": [\n    {\"id\": 1},\n    {\"data\": {\"text\": 5}}\n  ]\n}";
        assert_eq!(path_at(text, 5, 23), "answers[1].data.text");
        assert_eq!(path_at(text, 2, 20), "pia.name");
        assert_eq!(path_at(text, 1, 1), "");
    }
}
