//! Where in a JSON text a place is, as a path of keys and indexes (`answers[0].data.text`):
//! serde_json gives the line and column of an error, this names the field there, so that a
//! refusal says which field was expected to be what. Columns are counted in bytes, as
//! serde_json counts them (the tool's exports are one long line with accented letters). Never
//! fails: a text it cannot follow gives the path as far as it followed it.

/// One level of nesting: an object with the key last read, or an array with the index of the
/// element being read.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The path of the value at `line` and `column` (both from 1, the column in bytes) of `text`;
/// empty at the top level.
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
            at_column += c.len_utf8();
        }
        if (at_line, at_column) >= (line, column) {
            // An error at an object's end (a field missing) is the object's, not its last key's.
            if c == '}'
                && (at_line, at_column) == (line, column)
                && let Some(Frame::Object(key)) = frames.last_mut()
            {
                *key = None;
            }
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
                // The object or array was the value of its key: that value has ended.
                if let Some(Frame::Object(key)) = frames.last_mut() {
                    *key = None;
                }
            }
            ':' => expecting_key = false,
            // The value of the key ends: until the next key is read, the place is the object's.
            ',' => match frames.last_mut() {
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                while let Some(s) = chars.next() {
                    at_column += s.len_utf8();
                    match s {
                        '"' => break,
                        '\\' => {
                            at_column += chars.next().map_or(0, char::len_utf8);
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

    /// The place serde_json gives an error on `text`, read as a path.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let error = serde_json::from_str::<T>(text).expect_err("refused");
        path_at(text, error.line(), error.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Top {
        pia: serde_json::Value,
        #[serde(default)]
        answers: Vec<Inner>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        name: String,
        #[serde(default)]
        text: String,
    }

    #[test]
    fn a_missing_field_is_placed_in_the_object_that_lacks_it() {
        assert_eq!(path_of_error::<Top>(r#"{"answers":[],"measures":[]}"#), "");
        assert_eq!(path_of_error::<Top>(r#"{"answers":[],"x":1}"#), "");
        assert_eq!(
            path_of_error::<Top>(r#"{"pia":1,"answers":[{"text":"a"}]}"#),
            "answers[0]"
        );
        assert_eq!(
            path_of_error::<Top>(r#"{"pia":{"a":[1]},"answers":[{"name":"é","text":5}]}"#),
            "answers[0].text"
        );
    }
}
