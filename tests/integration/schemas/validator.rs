//! A small structural JSON Schema validator for the keywords schemars writes: types,
//! properties, required, additional properties, items and prefix items, their counts, constants
//! and enumerations, ranges, one-of, any-of, all-of and `$ref` into `$defs`. It refuses any
//! keyword it does not know, so a schema using one cannot pass unchecked, and it is stricter than
//! JSON Schema in one way: every field of an object must be declared, even where the schema does
//! not say `additionalProperties: false`.

use serde_json::Value;

/// Checks an instance against a schema using the keywords schemars writes.
pub(super) struct Validator<'s> {
    /// The whole schema, where `$ref`s point.
    pub root: &'s Value,
}

/// Keywords that only describe: they constrain nothing.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$defs",
    "title",
    "description",
    "default",
    "examples",
    "format",
    "deprecated",
    "readOnly",
    "writeOnly",
];

impl Validator<'_> {
    /// Every place where `instance` does not fit the root schema, as `/path: what`.
    pub fn problems(&self, instance: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        self.check(self.root, instance, "", &mut problems);
        problems
    }

    fn fits(&self, schema: &Value, instance: &Value) -> bool {
        let mut problems = Vec::new();
        self.check(schema, instance, "", &mut problems);
        problems.is_empty()
    }

    fn check(&self, schema: &Value, instance: &Value, at: &str, problems: &mut Vec<String>) {
        let keywords = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => return problems.push(format!("{at}: nothing is allowed here")),
            Value::Object(keywords) => keywords,
            other => panic!("{at}: not a schema: {other}"),
        };
        for (keyword, value) in keywords {
            match keyword.as_str() {
                "$ref" => self.check(self.resolve(value), instance, at, problems),
                "type" => check_type(value, instance, at, problems),
                "const" if value != instance => {
                    problems.push(format!("{at}: {instance} is not {value}"));
                }
                "enum" if !value.as_array().unwrap().contains(instance) => {
                    problems.push(format!("{at}: {instance} is not one of {value}"));
                }
                "minimum" | "maximum" => check_bound(keyword, value, instance, at, problems),
                "properties" | "required" | "additionalProperties" => {
                    self.check_object(keyword, keywords, instance, at, problems);
                }
                "items" | "prefixItems" | "minItems" | "maxItems" => {
                    self.check_array(keyword, value, instance, at, problems);
                }
                "oneOf" | "anyOf" | "allOf" => {
                    self.check_alternatives(keyword, value, instance, at, problems);
                }
                "const" | "enum" => {}
                annotation if ANNOTATIONS.contains(&annotation) => {}
                unknown => panic!("{at}: the validator does not know the keyword `{unknown}`"),
            }
        }
    }

    /// The schema a `$ref` of the form `#/$defs/Name` points at.
    fn resolve(&self, reference: &Value) -> &Value {
        let reference = reference.as_str().unwrap();
        let name = reference
            .strip_prefix("#/$defs/")
            .unwrap_or_else(|| panic!("a reference outside $defs: {reference}"));
        &self.root["$defs"][name]
    }

    fn check_object(
        &self,
        keyword: &str,
        keywords: &serde_json::Map<String, Value>,
        instance: &Value,
        at: &str,
        problems: &mut Vec<String>,
    ) {
        let Some(object) = instance.as_object() else {
            return;
        };
        let declared = keywords.get("properties").and_then(Value::as_object);
        match keyword {
            "properties" => {
                for (name, property) in declared.into_iter().flatten() {
                    if let Some(value) = object.get(name) {
                        self.check(property, value, &format!("{at}/{name}"), problems);
                    }
                }
                // Stricter than JSON Schema, which lets an object without
                // `additionalProperties` hold anything more: every field must be declared.
                // (schemars writes `false` only for structs that refuse unknown fields, which
                // `score --json`'s, only ever written, do not.)
                if !keywords.contains_key("additionalProperties") {
                    self.check_object("additionalProperties", keywords, instance, at, problems);
                }
            }
            "required" => {
                for name in keywords["required"].as_array().unwrap() {
                    let name = name.as_str().unwrap();
                    if !object.contains_key(name) {
                        problems.push(format!("{at}: the field `{name}` is missing"));
                    }
                }
            }
            _ => {
                let additional = keywords
                    .get("additionalProperties")
                    .unwrap_or(&Value::Bool(false));
                let undeclared = object
                    .iter()
                    .filter(|(name, _)| !declared.is_some_and(|d| d.contains_key(*name)));
                for (name, value) in undeclared {
                    if additional == &Value::Bool(false) {
                        problems.push(format!("{at}: the field `{name}` is not allowed"));
                    } else {
                        self.check(additional, value, &format!("{at}/{name}"), problems);
                    }
                }
            }
        }
    }

    fn check_array(
        &self,
        keyword: &str,
        value: &Value,
        instance: &Value,
        at: &str,
        problems: &mut Vec<String>,
    ) {
        let Some(items) = instance.as_array() else {
            return;
        };
        match keyword {
            "items" => {
                for (index, item) in items.iter().enumerate() {
                    self.check(value, item, &format!("{at}/{index}"), problems);
                }
            }
            "prefixItems" => {
                let schemas = value.as_array().unwrap();
                for (index, (schema, item)) in schemas.iter().zip(items).enumerate() {
                    self.check(schema, item, &format!("{at}/{index}"), problems);
                }
            }
            "minItems" if (items.len() as u64) < value.as_u64().unwrap() => {
                problems.push(format!("{at}: fewer than {value} items"));
            }
            "maxItems" if (items.len() as u64) > value.as_u64().unwrap() => {
                problems.push(format!("{at}: more than {value} items"));
            }
            _ => {}
        }
    }

    fn check_alternatives(
        &self,
        keyword: &str,
        value: &Value,
        instance: &Value,
        at: &str,
        problems: &mut Vec<String>,
    ) {
        let alternatives = value.as_array().unwrap();
        if keyword == "allOf" {
            for schema in alternatives {
                self.check(schema, instance, at, problems);
            }
            return;
        }
        let fitting = alternatives
            .iter()
            .filter(|schema| self.fits(schema, instance))
            .count();
        let fits = match keyword {
            "oneOf" => fitting == 1,
            _ => fitting >= 1,
        };
        if !fits {
            problems.push(format!(
                "{at}: fits none of the {} alternatives ({keyword}, {fitting} fit): {instance}",
                alternatives.len()
            ));
        }
    }
}

/// Whether `instance` is of the type (or one of the types) named.
fn check_type(types: &Value, instance: &Value, at: &str, problems: &mut Vec<String>) {
    let names: Vec<&str> = match types {
        Value::String(name) => vec![name.as_str()],
        Value::Array(names) => names.iter().map(|n| n.as_str().unwrap()).collect(),
        other => panic!("{at}: a type of {other}"),
    };
    let is = |name: &str| match name {
        "null" => instance.is_null(),
        "boolean" => instance.is_boolean(),
        "string" => instance.is_string(),
        "array" => instance.is_array(),
        "object" => instance.is_object(),
        "number" => instance.is_number(),
        "integer" => {
            instance.is_i64()
                || instance.is_u64()
                || instance.as_f64().is_some_and(|n| n.fract() == 0.0)
        }
        other => panic!("{at}: an unknown type `{other}`"),
    };
    if !names.iter().any(|name| is(name)) {
        problems.push(format!("{at}: a {}, not {instance}", names.join(" or ")));
    }
}

/// Whether a number is within a `minimum` or `maximum`.
fn check_bound(
    keyword: &str,
    bound: &Value,
    instance: &Value,
    at: &str,
    problems: &mut Vec<String>,
) {
    let (Some(number), Some(limit)) = (instance.as_f64(), bound.as_f64()) else {
        return;
    };
    let outside = match keyword {
        "minimum" => number < limit,
        _ => number > limit,
    };
    if outside {
        let side = if keyword == "minimum" {
            "below"
        } else {
            "above"
        };
        problems.push(format!("{at}: {instance} is {side} the {keyword} {bound}"));
    }
}
