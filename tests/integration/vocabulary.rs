//! The interface's words: every language has every message, with the same variables, and each
//! file parses cleanly.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use msgdpia::present::language::Language;
use msgdpia::present::vocabulary::source;
use std::collections::{BTreeMap, BTreeSet};

/// The terms (`-product`) a language defines.
fn terms(language: Language) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(source(language))
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", language.tag()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Term(term) => Some(term.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Each message's id with the variables it uses.
pub(crate) fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    messages_in(language.tag(), source(language))
}

/// Each message's id with the variables it uses, in one Fluent source named `name`.
pub(crate) fn messages_in(name: &str, source: String) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            let id = message.id.name.to_string();
            assert!(
                found.insert(id.clone(), variables).is_none(),
                "{name}: `{id}` is defined twice"
            );
        }
    }
    found
}

/// Each message's fixed runs of text, between its variables and other placeables.
pub(crate) fn fixed_runs_in(source: String) -> BTreeMap<String, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source).expect("the source parses");
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut runs = vec![String::new()];
            for element in message.value.iter().flat_map(|p| &p.elements) {
                match element {
                    PatternElement::TextElement { value } => {
                        runs.last_mut().unwrap().push_str(value);
                    }
                    PatternElement::Placeable { .. } => runs.push(String::new()),
                }
            }
            found.insert(message.id.name.to_string(), runs);
        }
    }
    found
}

fn pattern_variables<S: AsRef<str>>(pattern: &Pattern<S>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables<S: AsRef<str>>(
    expression: &Expression<S>,
    variables: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables<S: AsRef<str>>(inline: &InlineExpression<S>, variables: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.as_ref().to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, variables);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Language::English);
    assert!(
        english.len() >= 10,
        "only {} English messages",
        english.len()
    );
    for language in Language::ALL {
        let other = messages(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let unknown: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "{}: missing {missing:?}, not in English {unknown:?}",
            language.tag()
        );
        for (id, variables) in &english {
            if let Some((_, given)) = OWN_FORMATS.iter().find(|(own, _)| own == id) {
                // Each language takes the parts it writes: any of those given, at least one.
                let given: BTreeSet<String> = given.iter().map(|v| v.to_string()).collect();
                assert!(
                    !other[id].is_empty() && other[id].is_subset(&given),
                    "{}: `{id}` uses {:?}, not only {given:?}",
                    language.tag(),
                    other[id]
                );
                continue;
            }
            assert_eq!(
                &other[id],
                variables,
                "{}: `{id}` has other variables than in English",
                language.tag()
            );
        }
    }
}

/// Messages that write one value in each language's own format, with the variables given to
/// all of them: a date is "2026-12-02" in English from `$iso`, "2 décembre 2026" in French from
/// its parts.
const OWN_FORMATS: &[(&str, &[&str])] = &[("date", &["iso", "year", "month", "day"])];

#[test]
fn every_language_defines_the_same_terms_and_formats_every_message_without_error() {
    let english = messages(Language::English);
    for language in Language::ALL {
        assert_eq!(
            terms(language),
            terms(Language::English),
            "{}",
            language.tag()
        );
        // Each message formatted with every variable it takes: a term or a variable it names
        // and does not have is an error here rather than `{-product}` on screen.
        let mut bundle = fluent_bundle::FluentBundle::new(vec![language.tag().parse().unwrap()]);
        bundle.set_use_isolating(false);
        let resource = fluent_bundle::FluentResource::try_new(source(language))
            .unwrap_or_else(|_| panic!("{} does not parse", language.tag()));
        bundle.add_resource(resource).unwrap();
        for (id, variables) in &english {
            let mut args = fluent_bundle::FluentArgs::new();
            for variable in variables {
                args.set(variable.as_str(), 2);
            }
            if let Some((_, given)) = OWN_FORMATS.iter().find(|(own, _)| own == id) {
                for variable in *given {
                    args.set(*variable, 2);
                }
            }
            let pattern = bundle.get_message(id).unwrap().value().unwrap();
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} `{id}`: {errors:?}", language.tag());
            assert!(!text.contains('{'), "{} `{id}`: {text}", language.tag());
        }
    }
}

#[test]
fn the_check_sees_a_variable_inside_a_plural_form() {
    let resource = fluent_syntax::parser::parse(
        "left = { $count ->\n    [one] One left.\n   *[other] { $count } of { $total } left.\n}\n",
    )
    .unwrap();
    let Entry::Message(message) = &resource.body[0] else {
        panic!("a message");
    };
    let mut variables = BTreeSet::new();
    pattern_variables(message.value.as_ref().unwrap(), &mut variables);
    assert_eq!(
        variables,
        BTreeSet::from(["count".to_string(), "total".to_string()])
    );
}

/// Every run of fixed text of every message, the variants of a plural or a select included.
fn texts_of<S: AsRef<str>>(pattern: &Pattern<S>, texts: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => texts.push(value.as_ref().to_string()),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    texts_of(&variant.value, texts);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

/// French typography: a no-break space (U+00A0, or the narrow U+202F) before `:` `;` `?` `!`
/// and `»` and after `«`, never an ordinary one, which a line may break at. The check reads
/// the messages themselves, variants included, not the comments (which no reader sees).
#[test]
fn no_french_message_has_an_ordinary_space_before_high_punctuation_or_inside_guillemets() {
    let resource = fluent_syntax::parser::parse(source(Language::French))
        .unwrap_or_else(|(_, errors)| panic!("French does not parse: {errors:?}"));
    let mut wrong = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let mut texts = Vec::new();
        for pattern in message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value))
        {
            texts_of(pattern, &mut texts);
        }
        let bad = texts.iter().any(|text| {
            [" :", " ;", " ?", " !", " »", "« "]
                .iter()
                .any(|pair| text.contains(pair))
        });
        if bad {
            wrong.push(message.id.name.to_string());
        }
    }
    assert!(
        wrong.is_empty(),
        "an ordinary space where French puts a no-break one: {wrong:?}"
    );
}

#[test]
fn the_typography_check_sees_a_space_inside_a_plural_form() {
    let source = "m = { $n ->\n    [one] un\n   *[other] { $n } : plusieurs\n}\n".to_string();
    let resource = fluent_syntax::parser::parse(source).expect("parses");
    let Entry::Message(message) = &resource.body[0] else {
        panic!("a message");
    };
    let mut texts = Vec::new();
    texts_of(message.value.as_ref().expect("a value"), &mut texts);
    assert!(texts.iter().any(|t| t.contains(" :")), "{texts:?}");
}
