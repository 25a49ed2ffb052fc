//! Benchmarks of the report pipeline, each stage alone and all together, on the largest shipped
//! example: loading and validating the files, scoring, re-scoring after one answer (what the
//! app does on every keystroke), building the report model, rendering PDF and HTML, and the
//! whole report in French and in Chinese.
//! Run with `cargo bench`; `scripts/bench.sh` runs them and the whole-process measurements.

use criterion::{Criterion, criterion_group, criterion_main};
use msgdpia::answer::Answer;
use msgdpia::assessment::Assessment;
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::pdf::{self, PageSize};
use msgdpia::present::language::Language;
use msgdpia::source::SourceFile;
use std::hint::black_box;

/// The largest shipped example: the most answers, facts and sign-off to score and print.
fn largest_example() -> SourceFile {
    let example = embedded::EXAMPLES
        .iter()
        .max_by_key(|e| e.text.len())
        .expect("examples are shipped");
    SourceFile::new(example.name, example.text)
}

fn load(
    knowledge: &SourceFile,
    questionnaire: &SourceFile,
    assessment: &SourceFile,
) -> (Bundle, Assessment) {
    let bundle = Bundle::load(knowledge, questionnaire).expect("the shipped files load");
    let assessment = Assessment::load(assessment)
        .expect("the example loads")
        .value;
    (bundle, assessment)
}

fn pipeline(c: &mut Criterion) {
    let knowledge = embedded::knowledge_base_source();
    let questionnaire = embedded::questionnaire_sources().remove(0);
    let example = largest_example();
    let date = Date::new(2026, 11, 23).expect("a real date");
    let (bundle, assessment) = load(&knowledge, &questionnaire, &example);
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, date);

    c.bench_function(
        "load and validate (knowledge base, questionnaire, assessment)",
        |b| b.iter(|| load(black_box(&knowledge), &questionnaire, &example)),
    );
    c.bench_function("score", |b| b.iter(|| bundle.score(black_box(&assessment))));
    // The costliest case for scoring: a FORBID whose "what it would take" searches sets of
    // measures (the Hong Kong firm's privileged litigation, on WhatsApp).
    let hk = embedded::EXAMPLES
        .iter()
        .find(|e| e.name == "hk-law-firm-wechat.ron")
        .expect("the Hong Kong example is shipped");
    let mut searching = Assessment::load(&SourceFile::new(hk.name, hk.text))
        .expect("the example loads")
        .value;
    searching.answers.insert(
        "apps".to_string(),
        Answer::Apps(vec!["whatsapp".to_string()]),
    );
    c.bench_function("score a FORBID that searches what it would take", |b| {
        b.iter(|| bundle.score(black_box(&searching)))
    });
    c.bench_function("re-score after one answer", |b| {
        let mut edited = assessment.clone();
        let mut flip = false;
        b.iter(|| {
            flip = !flip;
            let text = if flip {
                "Scheduling only"
            } else {
                "Scheduling and matters"
            };
            edited
                .answers
                .insert("purpose_detail".to_string(), Answer::Text(text.to_string()));
            bundle.score(black_box(&edited))
        })
    });
    c.bench_function("build the report model", |b| {
        b.iter(|| bundle.report(black_box(&assessment), &scoring, date))
    });
    c.bench_function("render PDF", |b| {
        b.iter(|| pdf::render(black_box(&document), PageSize::A4).expect("renders"))
    });
    c.bench_function("render HTML", |b| {
        b.iter(|| msgdpia::html::render(black_box(&document)))
    });
    c.bench_function("whole report: load, validate, score, render PDF", |b| {
        b.iter(|| {
            let (bundle, assessment) = load(&knowledge, &questionnaire, black_box(&example));
            let scoring = bundle.score(&assessment);
            let document = bundle.report(&assessment, &scoring, date);
            pdf::render(&document, PageSize::A4).expect("renders")
        })
    });
    whole_report_in(c, Language::ChineseHongKong, "Chinese");
    whole_report_in(c, Language::French, "French");
}

/// The whole report in `language`, as `msgdpia report --lang` makes it: load, translate the
/// questionnaire and knowledge base, score, build, render the PDF with the installed font that
/// draws what DejaVu Sans lacks (found once per process, as the command line finds it).
fn whole_report_in(c: &mut Criterion, language: Language, name: &str) {
    let knowledge = embedded::knowledge_base_source();
    let questionnaire = embedded::questionnaire_sources().remove(0);
    let example = largest_example();
    let date = Date::new(2026, 11, 23).expect("a real date");
    c.bench_function(
        &format!("whole report in {name}: load, translate, score, render PDF"),
        |b| {
            b.iter(|| {
                let (bundle, assessment) = load(&knowledge, &questionnaire, black_box(&example));
                let scoring = bundle.score(&assessment);
                let (document, _) =
                    bundle.report_in_language(&knowledge, language, &assessment, &scoring, date);
                let fallback = msgdpia::system_fonts::fallback_for(&pdf::Characters::of(&document));
                pdf::render_with(&document, PageSize::A4, fallback.as_ref()).expect("renders")
            })
        },
    );
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
