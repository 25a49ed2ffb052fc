//! The PDF report: readable text, determinism, nothing outside the margins.

use crate::support::{example, knowledge, questionnaire, stale_generated_doc};
use msgdpia::bundle::Bundle;
use msgdpia::date::Date;
use msgdpia::embedded;
use msgdpia::pdf::{self, PageSize};
use msgdpia::present::vocabulary::Words;

fn bundle() -> Bundle {
    Bundle::load(
        &embedded::knowledge_base_source(),
        &embedded::questionnaire_sources()[0],
    )
    .expect("built-in files load")
}

fn render(name: &str, date: &str) -> Vec<u8> {
    let bundle = bundle();
    let assessment = example(name);
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse(date).unwrap());
    pdf::render(&document, PageSize::A4).expect("renders")
}

/// The Scottish example's report as HTML, dated 2026-12-02 (as docs/example-report.html).
fn scottish_html() -> String {
    let bundle = bundle();
    let assessment = example("scottish-team-whatsapp.ron");
    let scoring = bundle.score(&assessment);
    msgdpia::html::render(&bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap()))
}

/// The shipped single-app examples' report documents, dated 2026-12-02, by file name.
fn example_reports(bundle: &Bundle) -> Vec<(&'static str, msgdpia::report::document::Document)> {
    [
        "hk-law-firm-wechat.ron",
        "scottish-team-whatsapp.ron",
        "uk-firm-signal-mdm.ron",
    ]
    .into_iter()
    .map(|name| {
        let assessment = example(name);
        let scoring = bundle.score(&assessment);
        let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
        (name, document)
    })
    .collect()
}

/// The text of a report as one line: lines joined, runs of spaces collapsed, so a sentence is
/// found whatever the line breaks.
fn report_text_flat(document: &msgdpia::report::document::Document) -> String {
    one_line(&pdf_text(
        &pdf::render(document, PageSize::A4).expect("renders"),
    ))
}

/// `text` with every run of white space made one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// All text of a PDF, page by page, read back with lopdf.
pub fn pdf_text(bytes: &[u8]) -> String {
    let document = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).expect("text extracts")
}

#[test]
fn text_read_back_has_the_unicode_name_the_stance_and_every_risk() {
    let bytes = render("hk-law-firm-wechat.ron", "2026-11-23");
    let text = pdf_text(&bytes);
    assert!(
        text.contains("Zoë Łukasiewicz, Müller & Associés"),
        "{}",
        &text[..500.min(text.len())]
    );
    assert!(text.contains("FORBID"));
    let kb = knowledge();
    for risk in &kb.risks {
        assert!(text.contains(&risk.name), "missing risk {}", risk.name);
    }
    let _ = questionnaire(&kb);
}

#[test]
fn same_assessment_and_date_give_identical_bytes() {
    let first = render("scottish-team-whatsapp.ron", "2026-11-23");
    let second = render("scottish-team-whatsapp.ron", "2026-11-23");
    assert!(first == second, "two renders of the same input differ");
    let later = render("scottish-team-whatsapp.ron", "2027-01-05");
    assert!(first != later, "the report date must show in the output");
}

#[test]
fn every_page_is_numbered_and_headed() {
    let bytes = render("uk-firm-signal-mdm.ron", "2026-11-23");
    let document = lopdf::Document::load_mem(&bytes).unwrap();
    let total = document.get_pages().len();
    assert!(total > 3);
    for (number, page) in document.get_pages().keys().enumerate() {
        let text = document.extract_text(&[*page]).unwrap();
        assert!(
            text.contains(&format!("Page {} of {total}", number + 1)),
            "page {} lacks its number",
            number + 1
        );
        assert!(
            text.contains("CONFIDENTIAL"),
            "page {} lacks the running header",
            number + 1
        );
    }
}

#[test]
fn until_sign_off_is_complete_every_page_is_marked_draft_and_an_approved_report_names_its_approver()
{
    let bundle = bundle();
    let page_texts = |assessment: &msgdpia::assessment::Assessment| {
        let scoring = bundle.score(assessment);
        let document = bundle.report(assessment, &scoring, Date::parse("2026-12-02").unwrap());
        let bytes = pdf::render(&document, PageSize::A4).expect("renders");
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        let pages: Vec<String> = pdf
            .get_pages()
            .keys()
            .map(|page| one_line(&pdf.extract_text(&[*page]).unwrap()))
            .collect();
        pages
    };
    // The Scottish example is signed: approvals named and dated, the DPO's advice accepted.
    let signed = example("scottish-team-whatsapp.ron");
    let pages = page_texts(&signed);
    assert!(pages[0].contains(
        "Status Approved by Deputy Director, Resilience (Information Asset Owner) on 2026-11-23"
    ));
    assert!(pages.iter().all(|page| !page.contains("DRAFT")));
    // An incomplete assessment has no stance to approve, whatever its sign-off says.
    let mut incomplete = signed.clone();
    incomplete.answers.remove("org_type");
    let pages = page_texts(&incomplete);
    assert!(pages[0].contains("Status In review"));
    assert!(pages.iter().all(|page| page.contains("DRAFT")));
    // Without the date of the residual-risk approval, sign-off is not complete.
    let mut in_review = signed.clone();
    in_review.sign_off.residual_risks_approval.on = None;
    let pages = page_texts(&in_review);
    assert!(pages[0].contains("Status In review: sign-off is not complete"));
    for (number, page) in pages.iter().enumerate() {
        assert!(page.contains("DRAFT"), "page {} is not marked", number + 1);
        assert!(!page.contains("Approved by"), "page {}", number + 1);
    }
}

#[test]
fn long_content_stays_inside_the_page_and_flows_onto_new_pages() {
    let bundle = bundle();
    let mut assessment = example("uk-firm-signal-mdm.ron");
    assessment.metadata.organisation = "Ł".repeat(40) + &" Müller & Associés".repeat(9);
    assert!(assessment.metadata.organisation.chars().count() >= 200);
    let long_answer: String =
        (0..700).map(|i| format!("word{i} ")).collect::<String>() + &"x".repeat(600);
    assert!(long_answer.len() >= 5000);
    assessment.answers.insert(
        "gov_notes".into(),
        msgdpia::answer::Answer::Text(long_answer.clone()),
    );
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-11-23").unwrap());
    let metrics = pdf::fonts::Metrics::load().unwrap();
    for size in [PageSize::A4, PageSize::LETTER] {
        let layout = pdf::layout::lay_out(&document, size, &metrics);
        let (left, top, right, bottom) = pdf::layout::printable_area(size);
        for (index, page) in layout.pages.iter().enumerate() {
            for mark in &page.marks {
                if let pdf::page::Mark::Text {
                    x, y, width, text, ..
                } = mark
                {
                    assert!(
                        *x >= left - 0.01 && x + width <= right + 0.01,
                        "page {}: text runs off horizontally: {text}",
                        index + 1
                    );
                    assert!(
                        *y >= top && *y <= bottom,
                        "page {}: text runs off vertically: {text}",
                        index + 1
                    );
                }
            }
        }
    }
    let bytes = pdf::render(&document, PageSize::A4).unwrap();
    // The long name gives way in the running header; the marking never does.
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    for (number, page) in pdf.get_pages().keys().enumerate() {
        let page_text = pdf.extract_text(&[*page]).unwrap();
        assert!(
            page_text.contains("DRAFT · CONFIDENTIAL"),
            "page {} lost its marking",
            number + 1
        );
    }
    let text = pdf_text(&bytes);
    assert!(
        text.contains("word699"),
        "the end of the long answer is missing"
    );
    let x_count = text.chars().filter(|c| *c == 'x').count();
    assert!(x_count >= 600, "the unbreakable run was cut: {x_count} x");
}

#[test]
fn the_cover_has_document_control_and_the_consultation_record_follows_the_measures() {
    let bundle = bundle();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-4.ron");
    let source = msgdpia::io::read_source(&path).unwrap();
    let assessment = msgdpia::assessment::Assessment::load(&source)
        .unwrap()
        .value;
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let flat = report_text_flat(&document);
    // Every version issued, then this report with its status, and who receives it.
    for row in [
        "0.9 2026-11-09 Priya Singh First draft for the partners",
        "1.0 2026-11-23 Priya Singh Approved by Tom Hartley",
        "1.1 2026-12-02",
        "This report (draft)",
        "Distribution Tom Hartley, Partner and DPO All fee earners (summary only)",
    ] {
        assert!(flat.contains(row), "missing: {row}");
    }
    let titles: Vec<&str> = document.sections.iter().map(|s| s.title.as_str()).collect();
    let at = |t: &str| titles.iter().position(|x| *x == t).unwrap();
    assert!(
        at("Measures and action plan") < at("Consultation") && at("Consultation") < at("Sign-off")
    );
    for text in [
        "The firm's IT support provider Written questions on the MDM set-up 2026-11-12 Confirmed remote wipe and that backups are off.",
        "Why the people concerned were not consulted The messages concern scheduling only",
    ] {
        assert!(flat.contains(text), "missing: {text}");
    }
    // An assessment that records none says so, rather than leaving the step out.
    let example = example("scottish-team-whatsapp.ron");
    let scoring = bundle.score(&example);
    let flat =
        report_text_flat(&bundle.report(&example, &scoring, Date::parse("2026-12-02").unwrap()));
    assert!(flat.contains("No consultation is recorded."));
    assert!(flat.contains("Distribution Not recorded"));
}

#[test]
fn the_action_plan_and_sign_off_are_in_the_report() {
    let text = pdf_text(&render("scottish-team-whatsapp.ron", "2026-11-23"));
    for expected in [
        "Action plan",
        "Sign-off",
        "iTECS",
        "2027-03-31",
        "Planned",
        "Residual risks approved by",
        "Accepted",
    ] {
        assert!(text.contains(expected), "missing {expected}");
    }
}

#[test]
fn the_rules_that_fired_are_in_the_report_with_their_citation() {
    let text = pdf_text(&render("hk-law-firm-wechat.ron", "2026-11-23"));
    assert!(text.contains("Legal and jurisdiction rules applied"));
    assert!(
        text.contains("Provisions on Evidence in Civil Procedure"),
        "the PRC evidence rule's citation is missing"
    );
    let uk = pdf_text(&render("uk-firm-signal-mdm.ron", "2026-11-23"));
    assert!(
        uk.contains("The Data Protection (Adequacy) (United States of America) Regulations 2023"),
        "the UK Extension rule fires for a UK firm on a US app whose listing is not confirmed"
    );
    // A rule that did not apply is not among this report's sources.
    assert!(
        !uk.contains("PRC courts admit instant messages as evidence"),
        "the PRC rule did not apply to the UK firm, so it is not a source of its report"
    );
    // Seeds are cited by full title and publisher, with a link.
    let flat = one_line(&text);
    assert!(
        flat.contains("'What's Wrong with Lawyers Using Instant Messaging?', Hong Kong Lawyer (journal of the Law Society of Hong Kong), March 2019, https://"),
        "the Hong Kong Lawyer article is cited by title and publisher"
    );
}

#[test]
fn sources_are_cited_by_number_and_the_bibliography_lists_each_cited_work_once_in_order() {
    let bundle = bundle();
    for (name, document) in example_reports(&bundle) {
        let bibliography = document.sections.last().unwrap();
        assert_eq!(bibliography.title, "Appendix E: sources");
        let msgdpia::report::document::Block::Table(table) = &bibliography.blocks[1] else {
            panic!("{name}: the bibliography is not a table");
        };
        // Numbered 1, 2, 3… and no work twice.
        let numbers: Vec<&str> = table.rows.iter().map(|r| r[0].as_str()).collect();
        let expected: Vec<String> = (1..=numbers.len()).map(|n| format!("[{n}]")).collect();
        assert_eq!(numbers, expected, "{name}");
        let mut works: Vec<&str> = table.rows.iter().map(|r| r[1].as_str()).collect();
        works.sort_unstable();
        let count = works.len();
        works.dedup();
        assert_eq!(works.len(), count, "{name}: a work is listed twice");
        // Every number in the bibliography is cited in the text before it, and the text cites
        // no number the bibliography lacks; the first citation is [1].
        let body: String = document.sections[..document.sections.len() - 1]
            .iter()
            .flat_map(|section| {
                let mut texts = Vec::new();
                for block in &section.blocks {
                    if let msgdpia::report::document::Block::Table(t) = block {
                        texts.extend(t.rows.iter().flatten().cloned());
                    }
                    if let msgdpia::report::document::Block::Bullets(items) = block {
                        texts.extend(items.iter().cloned());
                    }
                    if let msgdpia::report::document::Block::Facts(pairs) = block {
                        texts.extend(pairs.iter().map(|(_, v)| v.clone()));
                    }
                }
                texts
            })
            .collect::<Vec<String>>()
            .join("\n");
        let cited: Vec<usize> = body
            .split('[')
            .skip(1)
            .filter_map(|rest| rest.split_once(']'))
            .flat_map(|(inside, _)| {
                inside
                    .split(", ")
                    .map(|n| n.parse::<usize>())
                    .collect::<Vec<_>>()
            })
            .filter_map(Result::ok)
            .collect();
        assert_eq!(cited.first(), Some(&1), "{name}");
        for number in 1..=count {
            assert!(cited.contains(&number), "{name}: [{number}] is never cited");
        }
        assert!(cited.iter().all(|n| *n <= count), "{name}: {cited:?}");
        // The bibliography gives each work's kind and date, and web addresses in full.
        assert!(
            table
                .rows
                .iter()
                .any(|r| r[1].contains("(primary source, last updated"))
        );
        assert!(table.rows.iter().any(|r| r[1].contains("https://")));
    }
}

#[test]
fn the_summary_names_the_highest_risks_and_the_maps_place_every_risk() {
    let bundle = bundle();
    let assessment = example("hk-law-firm-wechat.ron");
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-11-23").unwrap());
    let maps = document
        .sections
        .iter()
        .find(|s| s.title == "Risk maps")
        .expect("a risk-map section");
    let grids: Vec<&msgdpia::report::document::Grid> = maps
        .blocks
        .iter()
        .filter_map(|b| {
            if let msgdpia::report::document::Block::Grids(g) = b {
                Some(g)
            } else {
                None
            }
        })
        .flatten()
        .collect();
    assert_eq!(grids.len(), 2, "before and after");
    for grid in &grids {
        assert_eq!(grid.cells.len(), 16);
        let placed: usize = grid
            .cells
            .iter()
            .map(|c| c.content.split(", ").filter(|n| !n.is_empty()).count())
            .sum();
        assert_eq!(
            placed,
            scoring.apps[0].risks.len(),
            "every risk appears once on {}",
            grid.title
        );
    }
    // Privilege (risk 2) is L4 S4 before and L3 S4 after: top row, fourth and third cells.
    assert!(grids[0].cells[3].content.split(", ").any(|n| n == "2"));
    assert!(grids[1].cells[2].content.split(", ").any(|n| n == "2"));
    let text = pdf_text(&pdf::render(&document, PageSize::A4).unwrap());
    assert!(text.contains("Main residual risks for WeChat (Weixin)"));
    // Every risk that stays high is named, in words, not only the first three.
    let flat = one_line(&text);
    for risk in [
        "Confidentiality breach: Very high (likelihood maximum, severity maximum)",
        "Device loss or theft: High (likelihood limited, severity maximum)",
        "Wrong recipient or wrong group: High (likelihood maximum, severity limited)",
    ] {
        assert!(flat.contains(risk), "the summary lacks {risk}");
    }
    assert!(
        text.contains("Before safeguards (inherent)")
            && text.contains("With the safeguards in place (residual)")
    );
}

#[test]
fn the_description_and_necessity_sections_cite_the_law_that_applies_not_always_the_gdpr() {
    let bundle = bundle();
    let paragraphs = |name: &str| -> Vec<String> {
        let assessment = example(name);
        let scoring = bundle.score(&assessment);
        let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
        [
            "Systematic description of the processing",
            "Necessity and proportionality",
        ]
        .iter()
        .map(|title| {
            let section = document
                .sections
                .iter()
                .find(|s| s.title == *title)
                .unwrap();
            match &section.blocks[0] {
                msgdpia::report::document::Block::Paragraph(text) => text.clone(),
                other => panic!("{other:?}"),
            }
        })
        .collect()
    };
    let uk = paragraphs("uk-firm-signal-mdm.ron");
    assert!(uk[0].starts_with("UK GDPR Art. 35(7)(a): "), "{}", uk[0]);
    assert!(uk[1].starts_with("UK GDPR Art. 35(7)(b): "), "{}", uk[1]);
    // A Hong Kong firm with clients in the PRC: the PDPO asks for no impact assessment, the
    // PIPL does; neither is the GDPR.
    let hk = paragraphs("hk-law-firm-wechat.ron");
    assert!(hk[0].starts_with("PIPL Art. 56: "), "{}", hk[0]);
    assert!(
        hk[1].starts_with("PDPO DPP1(1) and PIPL Art. 56(1): "),
        "{}",
        hk[1]
    );
    assert!(hk.iter().all(|p| !p.contains("GDPR")));
}

#[test]
fn the_processing_is_described_in_prose_from_the_answers() {
    let text = pdf_text(&render("scottish-team-whatsapp.ron", "2026-11-23"));
    for sentence in [
        "The organisation is a public body.",
        "It is established in the United Kingdom.",
        "Group chats will include staff only.",
        "The lawful basis is a public task (Art. 6(1)(e)).",
    ] {
        let flat = one_line(&text);
        assert!(flat.contains(sentence), "missing: {sentence}");
    }
}

#[test]
fn several_apps_get_a_comparison_and_every_report_ends_with_its_sources_and_an_outline() {
    let bundle = bundle();
    let mut assessment = example("uk-firm-signal-mdm.ron");
    assessment.answers.insert(
        "apps".into(),
        msgdpia::answer::Answer::Apps(vec!["signal".into(), "threema_work".into()]),
    );
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-11-23").unwrap());
    let titles: Vec<&str> = document.sections.iter().map(|s| s.title.as_str()).collect();
    let position = |t: &str| {
        titles
            .iter()
            .position(|x| *x == t)
            .unwrap_or_else(|| panic!("no section {t}: {titles:?}"))
    };
    // The order the report issue asks for.
    let order = [
        "Data protection impact assessment",
        "Summary",
        "Screening",
        "Systematic description of the processing",
        "Necessity and proportionality",
        "Risk register: Signal",
        "Risk register: Threema Work",
        "Legal and jurisdiction rules applied",
        "Risk maps",
        "App comparison",
        "Measures and action plan",
        "Sign-off",
        "Appendix A: questions and answers",
        "Appendix B: how each rating was reached",
        "Appendix C: facts about the app",
        "Appendix D: methodology",
        "Appendix E: sources",
    ];
    for pair in order.windows(2) {
        assert!(
            position(pair[0]) < position(pair[1]),
            "{} should come before {}",
            pair[0],
            pair[1]
        );
    }
    let bytes = pdf::render(&document, PageSize::A4).unwrap();
    let text = pdf_text(&bytes);
    assert!(text.contains("Threema Work") && text.contains("https://signal.org/legal/"));
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    let outlines = pdf
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    assert_eq!(
        outlines.get(b"Count").unwrap().as_i64().unwrap(),
        document.sections.len() as i64,
        "one bookmark per section"
    );
}

#[test]
fn the_contents_on_the_cover_link_to_each_section_page() {
    let bundle = bundle();
    let assessment = example("hk-law-firm-wechat.ron");
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-11-23").unwrap());
    let metrics = pdf::fonts::Metrics::load().unwrap();
    let layout = pdf::layout::lay_out(&document, PageSize::A4, &metrics);
    let links = &layout.pages[0].links;
    assert_eq!(links.len(), document.sections.len());
    for (link, (title, page)) in links.iter().zip(&layout.outline) {
        assert_eq!(
            link.target,
            pdf::page::LinkTarget::Page(*page),
            "the link for {title} goes to the wrong page"
        );
    }
    let bytes = pdf::render(&document, PageSize::A4).unwrap();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let pages = pdf.get_pages();
    let first = pdf.get_dictionary(pages[&1]).unwrap();
    let annots = first.get(b"Annots").unwrap().as_array().unwrap();
    assert_eq!(annots.len(), document.sections.len());
    let summary_page = layout
        .outline
        .iter()
        .find(|(t, _)| t == "Summary")
        .unwrap()
        .1;
    // Annotations may be written inline or as references.
    let summary_link = match &annots[1] {
        lopdf::Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        other => other.as_dict().unwrap(),
    };
    let action = summary_link.get(b"A").unwrap().as_dict().unwrap();
    let destination = action.get(b"D").unwrap().as_array().unwrap();
    assert_eq!(
        destination[0].as_reference().unwrap(),
        pages[&(summary_page as u32 + 1)]
    );
}

#[test]
fn the_pdf_has_every_section_heading_every_answer_and_its_metadata() {
    let bundle = bundle();
    let assessment = example("scottish-team-whatsapp.ron");
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-11-23").unwrap());
    let bytes = pdf::render(&document, PageSize::A4).unwrap();
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text = squeeze(&pdf_text(&bytes));
    for section in &document.sections {
        assert!(
            text.contains(&squeeze(&section.title)),
            "heading {} missing",
            section.title
        );
    }
    let shown = bundle.questionnaire.shown_questions(&assessment.answers);
    for question in shown {
        let Some(answer) = assessment.answers.get(&question.id) else {
            continue;
        };
        let words: Vec<String> = match answer {
            msgdpia::answer::Answer::Choice(_)
            | msgdpia::answer::Answer::Choices(_)
            | msgdpia::answer::Answer::YesNo(_) => answer
                .selected()
                .into_iter()
                .filter_map(|id| question.option(id).map(|o| o.label.clone()))
                .collect(),
            msgdpia::answer::Answer::Text(t) | msgdpia::answer::Answer::Date(t) => vec![t.clone()],
            msgdpia::answer::Answer::Number(n) => vec![msgdpia::report::format_number(*n)],
            msgdpia::answer::Answer::Apps(ids) => ids
                .iter()
                .map(|id| bundle.knowledge.app(id).unwrap().name.clone())
                .collect(),
        };
        for word in words {
            assert!(
                text.contains(&squeeze(&word)),
                "the answer to {} ({word}) is missing",
                question.id
            );
        }
    }
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let info = pdf
        .get_dictionary(pdf.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    // PDF text strings are UTF-16BE with a byte-order mark, or PDFDocEncoding (ASCII here).
    let field = |key: &[u8]| {
        let bytes = info.get(key).unwrap().as_str().unwrap();
        match bytes.strip_prefix(&[0xfe, 0xff]) {
            Some(utf16) => String::from_utf16_lossy(
                &utf16
                    .chunks(2)
                    .map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)]))
                    .collect::<Vec<_>>(),
            ),
            None => String::from_utf8_lossy(bytes).into_owned(),
        }
    };
    assert_eq!(field(b"Title"), "DPIA: business use of WhatsApp");
    assert!(field(b"Author").contains("Morag MacLeod"));
    assert!(field(b"Subject").contains("Directorate for Resilience"));
    assert!(
        field(b"CreationDate").starts_with("D:20261123"),
        "{}",
        field(b"CreationDate")
    );
}

#[test]
fn the_committed_example_report_and_its_page_pictures_match_the_renderer() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = std::fs::read(root.join("docs/example-report.pdf")).unwrap();
    let again = "run scripts/report-pictures.sh";
    assert!(
        committed == render("scottish-team-whatsapp.ron", "2026-12-02"),
        "docs/example-report.pdf is stale: {again}"
    );
    // The PNGs were made from this very PDF (the script records its digest), one per page, and
    // the README shows each of them.
    let committed_html = std::fs::read_to_string(root.join("docs/example-report.html")).unwrap();
    let html = scottish_html();
    assert!(
        committed_html == html,
        "docs/example-report.html is stale: {again}"
    );
    let recorded = std::fs::read_to_string(root.join("docs/report-pages/SOURCE.sha256")).unwrap();
    let digest = |bytes: &[u8]| {
        use sha2::Digest;
        sha2::Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let expected = format!("{}\n{}", digest(&committed), digest(html.as_bytes()));
    assert_eq!(
        recorded.trim(),
        expected,
        "docs/report-pages and the HTML pictures are stale: {again}"
    );
    for picture in ["docs/html-report.png", "docs/html-report-print.png"] {
        assert!(
            root.join(picture).is_file(),
            "{picture} is missing: {again}"
        );
    }
    let pages = lopdf::Document::load_mem(&committed)
        .unwrap()
        .get_pages()
        .len();
    let mut pictures: Vec<String> = std::fs::read_dir(root.join("docs/report-pages"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".png"))
        .collect();
    pictures.sort();
    let expected: Vec<String> = (1..=pages).map(|n| format!("page-{n:02}.png")).collect();
    assert_eq!(pictures, expected, "one picture per page: {again}");
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    for picture in &pictures {
        assert!(
            readme.contains(&format!("(docs/report-pages/{picture})")),
            "README.md does not show {picture}: {again}"
        );
    }
    // The French and Chinese pages have folders of their own.
    assert!(
        !readme.contains(&format!("(docs/report-pages/page-{:02}.png)", pages + 1)),
        "{again}"
    );
    for language in ["fr", "zh-HK"] {
        let folder = root.join("docs/report-pages").join(language);
        let count = std::fs::read_dir(&folder).unwrap().count();
        assert!(count > 20, "{language}: {count} pages pictured: {again}");
        assert!(readme.contains(&format!("(docs/report-pages/{language}/page-01.png)")));
    }
}

/// The font programs a PDF embeds, with the name its descriptor gives each.
fn embedded_fonts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let pdf = lopdf::Document::load_mem(bytes).unwrap();
    pdf.objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dict| dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"FontDescriptor"))
        .map(|descriptor| {
            let name = descriptor.get(b"FontName").unwrap().as_name().unwrap();
            let file = descriptor
                .get(b"FontFile2")
                .unwrap()
                .as_reference()
                .unwrap();
            let stream = pdf.get_object(file).unwrap().as_stream().unwrap();
            let program = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            (String::from_utf8_lossy(name).into_owned(), program)
        })
        .collect()
}

#[test]
fn each_face_is_embedded_as_a_named_subset_that_still_draws_every_character() {
    let bytes = render("hk-law-firm-wechat.ron", "2026-11-23");
    let fonts = embedded_fonts(&bytes);
    let mut names: Vec<&str> = fonts
        .iter()
        .map(|(name, _)| name.split_once('+').expect("a subset tag").1)
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"]
    );
    let whole = ttf_parser::Face::parse(pdf::fonts::Face::Regular.bytes(), 0).unwrap();
    let subsets: Vec<ttf_parser::Face> = fonts
        .iter()
        .map(|(_, program)| ttf_parser::Face::parse(program, 0).expect("a valid TrueType font"))
        .collect();
    for subset in &subsets {
        assert!(
            subset.number_of_glyphs() < whole.number_of_glyphs() / 10,
            "{} of {} glyphs kept",
            subset.number_of_glyphs(),
            whole.number_of_glyphs()
        );
    }
    for c in pdf_text(&bytes).chars().filter(|c| !c.is_whitespace()) {
        if whole.glyph_index(c).is_some() {
            assert!(
                subsets.iter().any(|subset| subset.glyph_index(c).is_some()),
                "no embedded font draws {c:?}"
            );
        }
    }
}

#[test]
fn an_incomplete_assessment_gives_a_draft_that_lists_what_is_missing_by_question_text() {
    let bundle = bundle();
    let mut assessment = example("uk-firm-signal-mdm.ron");
    assessment.answers.remove("org_type");
    assessment.answers.remove("sg_mdm");
    let scoring = bundle.score(&assessment);
    assert!(!scoring.complete);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let text = pdf_text(&pdf::render(&document, PageSize::A4).unwrap());
    assert!(text.contains("DRAFT"), "no DRAFT marking");
    assert!(text.contains("INCOMPLETE"));
    assert!(text.contains("What kind of organisation is this?"));
    assert!(text.contains("Is mobile device or application management"));
    assert!(
        !text.contains("Signal: ACCEPT"),
        "a stance is shown while incomplete"
    );
    // The complete example has a stance; it stays a draft only because nobody has signed it.
    let complete = example("uk-firm-signal-mdm.ron");
    let scoring = bundle.score(&complete);
    assert!(scoring.complete, "{:?}", scoring.missing);
    let document = bundle.report(&complete, &scoring, Date::parse("2026-12-02").unwrap());
    let text = one_line(&pdf_text(&pdf::render(&document, PageSize::A4).unwrap()));
    assert!(!text.contains("Questions still to answer"));
    assert!(text.contains("Status Draft: not yet reviewed or approved"));
}

#[test]
fn the_methodology_document_is_generated_from_the_model_and_up_to_date() {
    let kb = knowledge();
    let generated = msgdpia::report::methodology_markdown(&kb, Words::english());
    // Words come from the model: every exposure and every feared event is in it.
    for exposure in &kb.exposures {
        assert!(generated.contains(&exposure.name), "{}", exposure.name);
    }
    assert!(generated.contains("Unwanted modification of personal data"));
    if let Some(stale) = stale_generated_doc("docs/methodology.md", &generated, "methodology") {
        panic!("{stale}");
    }
}

#[test]
fn the_risk_register_shows_the_rating_once_the_plan_is_done_beside_todays() {
    // The Scottish example plans MDM (not done): today's rating and the planned one differ.
    let bundle = bundle();
    let assessment = example("scottish-team-whatsapp.ron");
    let scoring = bundle.score(&assessment);
    assert!(
        scoring.apps[0]
            .risks
            .iter()
            .any(|r| r.planned != r.residual),
        "the planned MDM changes nothing"
    );
    let text = pdf_text(&render("scottish-team-whatsapp.ron", "2026-11-23"));
    assert!(text.contains("Once the plan is done"));
}

#[test]
fn an_assessment_of_a_closed_app_still_opens_and_its_report_says_the_app_has_closed() {
    let bundle = bundle();
    let mut assessment = example("uk-firm-signal-mdm.ron");
    assessment.answers.insert(
        "apps".into(),
        msgdpia::answer::Answer::Apps(vec!["skype".into()]),
    );
    let scoring = bundle.score(&assessment);
    assert_eq!(scoring.apps[0].app.as_deref(), Some("skype"));
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let flat = report_text_flat(&document);
    assert!(flat.contains("Skype closed on 2025-05-05"), "{flat}");
    assert!(
        flat.contains("the use should move to another app"),
        "{flat}"
    );
}

#[test]
fn a_report_of_an_assessment_scored_with_an_older_knowledge_base_lists_what_changed() {
    let bundle = bundle();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/formats/format-3.ron"),
    )
    .unwrap();
    let assessment = msgdpia::assessment::Assessment::load(&msgdpia::source::SourceFile::new(
        "format-3.ron",
        text,
    ))
    .unwrap()
    .value;
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let flat = report_text_flat(&document);
    assert!(
        flat.contains("Changes in the knowledge base since the last assessment"),
        "{flat}"
    );
    assert!(
        flat.contains(
            "Signal: Cloud backups end-to-end encrypted by default: Partly then, Yes now."
        ),
        "{flat}"
    );
}

#[test]
fn every_sentence_written_from_an_answer_reads_as_a_sentence_and_the_catalogue_is_up_to_date() {
    let kb = knowledge();
    let q = questionnaire(&kb);
    let sentences = msgdpia::report::sentences::catalogue(&q, &kb, Words::english());
    assert!(sentences.len() > 100, "{} sentences", sentences.len());
    let problems: Vec<String> = sentences
        .iter()
        .filter_map(|entry| {
            let text = &entry.sentence;
            let problem = if !text.starts_with(|c: char| c.is_uppercase()) {
                "does not start with a capital"
            } else if !text.ends_with('.') {
                "does not end with a full stop"
            } else if text.contains('{') || text.contains('}') {
                "keeps a placeholder"
            } else if text.contains("  ") || text.contains(" .") || text.contains("..") {
                "has a stray space or full stop"
            } else if [": yes.", ": no.", ": don't know."]
                .iter()
                .any(|form| text.to_lowercase().ends_with(form))
            {
                "reads as a form field, not a sentence"
            } else {
                return None;
            };
            Some(format!(
                "{} = {}: {text:?} {problem}",
                entry.question, entry.answer
            ))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The cases the reviewers found.
    let find = |question: &str, answer: &str| {
        sentences
            .iter()
            .find(|e| e.question == question && e.answer == answer)
            .map(|e| e.sentence.clone())
            .unwrap_or_else(|| panic!("no sentence for {question} = {answer}"))
    };
    assert_eq!(
        find(
            "np_retention",
            "indefinitely, on the partners' personal phones"
        ),
        "How long business messages stay in the app: indefinitely, on the partners' personal phones."
    );
    assert!(
        find("regulated_activity", "None of these")
            .starts_with("None of the financial-sector record-keeping rules")
    );
    let generated = msgdpia::report::sentences::catalogue_markdown(&q, &kb, Words::english());
    if let Some(stale) = stale_generated_doc("docs/report-sentences.md", &generated, "sentences") {
        panic!("{stale}");
    }
}

#[test]
fn the_summary_says_what_happens_to_the_use_already_under_way_and_to_the_action_plan() {
    let bundle = bundle();
    let summary = |assessment: &msgdpia::assessment::Assessment| {
        let scoring = bundle.score(assessment);
        let document = bundle.report(assessment, &scoring, Date::parse("2026-12-02").unwrap());
        one_line(
            &document.sections[1]
                .blocks
                .iter()
                .map(|b| format!("{b:?}"))
                .collect::<String>(),
        )
    };
    // The Hong Kong partners already use WeChat, which is forbidden, under a possible legal
    // hold: stop, but keep what must be kept, and delete nothing under the hold.
    let hong_kong = example("hk-law-firm-wechat.ron");
    let text = summary(&hong_kong);
    assert!(
        text.contains("What happens now. WeChat (Weixin) is already used for this purpose: that use should stop, after what must be kept has been moved into the records system. Messages that may be needed for a legal hold or disclosure must be preserved, not deleted."),
        "{text}"
    );
    assert!(!text.contains("No action plan"), "{text}");
    // Allowed on conditions, with one measure still open.
    let mut scottish = example("scottish-team-whatsapp.ron");
    let text = summary(&scottish);
    assert!(
        text.contains("One measure of the action plan is still to be done, by 2027-03-31."),
        "{text}"
    );
    scottish.answers.insert(
        "current_use".into(),
        msgdpia::answer::Answer::YesNo(msgdpia::answer::YesNo::Yes),
    );
    let open = scottish
        .sign_off
        .measures
        .iter_mut()
        .find(|m| m.status != msgdpia::assessment::MeasureStatus::Done)
        .expect("one measure is open");
    open.owner = String::new();
    let text = summary(&scottish);
    assert!(
        text.contains("WhatsApp is already used for this purpose: that use may continue only for the defined purposes and once the conditions of use are met."),
        "{text}"
    );
    assert!(
        text.contains("It has no owner or no due date yet."),
        "{text}"
    );
}

#[test]
fn a_section_starts_a_new_page_only_when_less_than_half_of_the_current_one_is_left() {
    use msgdpia::report::document::{Block, Document, Section};
    let metrics = pdf::fonts::Metrics::load().unwrap();
    let section = |title: &str, paragraphs: usize| Section {
        title: title.to_string(),
        new_page: true,
        blocks: vec![
            Block::Paragraph("A sentence of some length for the body. ".repeat(12));
            paragraphs
        ],
    };
    let document = |sections: Vec<Section>| Document {
        title: "T".to_string(),
        author: "A".to_string(),
        subject: "S".to_string(),
        date: Date::parse("2026-12-02").unwrap(),
        running_header: "H".to_string(),
        marking: "CONFIDENTIAL".to_string(),
        sections,
        labels: msgdpia::report::labels(
            msgdpia::present::vocabulary::Words::english(),
            Date::parse("2026-12-02").unwrap(),
        ),
    };
    let pages = |sections: Vec<Section>| {
        let layout = pdf::layout::lay_out(&document(sections), PageSize::A4, &metrics);
        let starts: Vec<usize> = layout.outline.iter().map(|(_, page)| *page).collect();
        (layout.pages.len(), starts)
    };
    // Three short sections share the first page: no page is left mostly empty.
    assert_eq!(
        pages(vec![
            section("One", 1),
            section("Two", 1),
            section("Three", 1)
        ]),
        (1, vec![0, 0, 0])
    );
    // A section filling more than half a page sends the next one to a new page.
    assert_eq!(
        pages(vec![section("Long", 8), section("Next", 1)]),
        (2, vec![0, 1])
    );
}

#[test]
fn every_web_address_in_the_report_is_a_link_to_itself_even_when_broken_across_lines() {
    let bytes = render("scottish-team-whatsapp.ron", "2026-12-02");
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let mut uris = Vec::new();
    for page in pdf.get_pages().values() {
        let Ok(annots) = pdf.get_dictionary(*page).and_then(|d| d.get(b"Annots")) else {
            continue;
        };
        for annot in annots.as_array().unwrap() {
            let dict = match annot {
                lopdf::Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
                other => other.as_dict().unwrap(),
            };
            let action = dict.get(b"A").unwrap().as_dict().unwrap();
            if let Ok(uri) = action.get(b"URI") {
                uris.push(String::from_utf8_lossy(uri.as_str().unwrap()).into_owned());
            }
        }
    }
    assert!(
        uris.iter()
            .any(|u| u == "https://www.whatsapp.com/legal/privacy-policy-eea"),
        "{uris:?}"
    );
    // Every link is a whole address, never a piece or one with the closing punctuation.
    for uri in &uris {
        assert!(
            uri.starts_with("https://") || uri.starts_with("http://"),
            "{uri}"
        );
        assert!(!uri.ends_with([')', '.', ',', ';', '\'']), "{uri}");
    }
    // The HTML export links the same addresses.
    let html = scottish_html();
    assert!(html.contains(
        "<a href=\"https://www.whatsapp.com/legal/privacy-policy-eea\">https://www.whatsapp.com/legal/privacy-policy-eea</a>"
    ));
}

/// The index of the section whose title starts with `title` in a laid-out report.
fn section_start(layout: &pdf::page::Layout, title: &str) -> usize {
    layout
        .outline
        .iter()
        .find(|(t, _)| t.starts_with(title))
        .unwrap_or_else(|| panic!("no section {title}"))
        .1
}

/// How many pages the main body (everything before Appendix A) takes.
fn main_body_pages(layout: &pdf::page::Layout) -> usize {
    let appendix = section_start(layout, "Appendix A");
    // The main body ends before the page the appendices start on, or that page opens with them.
    let opens_with_appendix = matches!(
        layout.pages[appendix].marks.first(),
        Some(pdf::page::Mark::Text { text, .. }) if text.starts_with("Appendix A")
    );
    if opens_with_appendix {
        appendix
    } else {
        appendix + 1
    }
}

#[test]
fn the_html_has_linked_contents_an_a4_print_style_with_the_marking_and_maps_side_by_side() {
    let bundle = bundle();
    let assessment = example("hk-law-firm-wechat.ron");
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let html = msgdpia::html::render(&document);
    // Every section is in the contents, and every link of the contents reaches an anchor.
    let nav = &html[html.find("<nav class=\"contents\"").unwrap()..html.find("</nav>").unwrap()];
    for section in &document.sections {
        let title = section.title.replace('&', "&amp;");
        assert!(nav.contains(&format!(">{title}</a>")), "{title}");
    }
    let targets: Vec<&str> = nav
        .split("href=\"#")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert!(
        targets.len() > document.sections.len(),
        "sub-headings are listed too"
    );
    for target in targets {
        assert!(
            html.contains(&format!("id=\"{target}\"")),
            "#{target} leads nowhere"
        );
    }
    // Printed on A4 with the marking and page numbers in the margins of every page; the
    // ampersand of the firm's name is escaped inside the CSS string ("\26 " then its space).
    assert!(html.contains("@page{size:A4"));
    assert!(html.contains("@media print{"));
    assert!(html.contains(
        "@top-left{content:\"Zoë Łukasiewicz, Müller \\26  Associés (Hong Kong) · WeChat (Weixin) · DRAFT · CONFIDENTIAL\""
    ));
    assert!(html.contains("counter(page) \" of \" counter(pages)"));
    // The maps before and after safeguards are one flex row that never wraps.
    assert!(html.contains(".grids{display:flex;flex-wrap:nowrap"));
    let maps = html.find("<div class=\"grids\">").unwrap();
    let row = &html[maps..maps + html[maps..].find("</div>").unwrap()];
    assert_eq!(row.matches("<figure>").count(), 2);
}

#[test]
fn each_single_app_examples_main_body_fits_in_ten_pages_with_the_detail_in_appendices() {
    let metrics = pdf::fonts::Metrics::load().unwrap();
    let bundle = bundle();
    for (name, document) in example_reports(&bundle) {
        let layout = pdf::layout::lay_out(&document, PageSize::A4, &metrics);
        let body_pages = main_body_pages(&layout);
        assert!(
            body_pages <= 10,
            "{name}: the main body takes {body_pages} pages"
        );
        // The why-trail tables and the full fact table are in the appendices.
        assert!(
            section_start(&layout, "Appendix B: how each rating was reached")
                > section_start(&layout, "Sign-off")
        );
        assert!(
            section_start(&layout, "Appendix C: facts about the app")
                > section_start(&layout, "Sign-off")
        );
    }
}

#[test]
fn no_heading_ends_a_page_in_any_example() {
    let metrics = pdf::fonts::Metrics::load().unwrap();
    let bundle = bundle();
    let mut assessments: Vec<(String, msgdpia::assessment::Assessment)> = [
        "hk-law-firm-wechat.ron",
        "scottish-team-whatsapp.ron",
        "uk-firm-signal-mdm.ron",
    ]
    .iter()
    .map(|name| (name.to_string(), example(name)))
    .collect();
    assessments.push(("three apps".to_string(), three_apps()));
    for (name, assessment) in assessments {
        let scoring = bundle.score(&assessment);
        let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
        let headings: Vec<&str> = document
            .sections
            .iter()
            .flat_map(|section| {
                std::iter::once(section.title.as_str()).chain(section.blocks.iter().filter_map(
                    |block| match block {
                        msgdpia::report::document::Block::Heading(text) => Some(text.as_str()),
                        _ => None,
                    },
                ))
            })
            .collect();
        let layout = pdf::layout::lay_out(&document, PageSize::A4, &metrics);
        let page_height = PageSize::A4.height;
        for (index, page) in layout.pages.iter().enumerate().rev().skip(1) {
            // The last line of the page's body: the lowest text above the footer.
            let last = page
                .marks
                .iter()
                .filter_map(|mark| match mark {
                    pdf::page::Mark::Text { y, text, .. } if *y < page_height - 70.0 => {
                        Some((*y, text.as_str()))
                    }
                    _ => None,
                })
                .max_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((_, text)) = last {
                assert!(
                    !headings.contains(&text),
                    "{name}: page {} ends with the heading {text:?}",
                    index + 1
                );
            }
        }
    }
}

#[test]
fn running_text_is_at_least_nine_and_a_half_points_and_about_ninety_characters_a_line() {
    let metrics = pdf::fonts::Metrics::load().unwrap();
    let bundle = bundle();
    for (name, document) in example_reports(&bundle) {
        let layout = pdf::layout::lay_out(&document, PageSize::A4, &metrics);
        let paragraphs: Vec<&str> = document
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|block| match block {
                msgdpia::report::document::Block::Paragraph(text) => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let mut lengths: Vec<usize> = Vec::new();
        for page in &layout.pages {
            for mark in &page.marks {
                let pdf::page::Mark::Text { text, size, x, .. } = mark else {
                    continue;
                };
                // A line of a paragraph: at the left margin (a table's cells are inset), and
                // part of a paragraph's text.
                let at_margin = (*x - 56.0).abs() < 0.01;
                if at_margin
                    && text.len() > 20
                    && paragraphs.iter().any(|p| p.contains(text.as_str()))
                {
                    assert!(*size >= 9.5, "{name}: {text:?} is set at {size} pt");
                    lengths.push(text.chars().count());
                }
            }
        }
        // Proportional type: a line of narrow letters holds a few more characters, so the
        // bound is on the full lines' average, with a little leeway for the longest.
        let full: Vec<usize> = lengths.iter().copied().filter(|n| *n > 60).collect();
        let average = full.iter().sum::<usize>() / full.len().max(1);
        let longest = lengths.iter().copied().max().unwrap_or(0);
        assert!(
            (75..=90).contains(&average) && longest <= 95,
            "{name}: paragraph lines average {average} characters, the longest has {longest}"
        );
    }
}

/// The Scottish example with three apps assessed together.
fn three_apps() -> msgdpia::assessment::Assessment {
    let mut assessment = example("scottish-team-whatsapp.ron");
    assessment.answers.insert(
        "apps".to_string(),
        msgdpia::answer::Answer::Apps(vec!["whatsapp".into(), "signal".into(), "ms_teams".into()]),
    );
    assessment
}

#[test]
fn three_apps_fit_a_fourteen_page_main_body_that_compares_them_instead_of_profiling_each() {
    let metrics = pdf::fonts::Metrics::load().unwrap();
    let bundle = bundle();
    let assessment = three_apps();
    let scoring = bundle.score(&assessment);
    assert_eq!(scoring.apps.len(), 3);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let layout = pdf::layout::lay_out(&document, PageSize::A4, &metrics);
    let body_pages = main_body_pages(&layout);
    assert!(body_pages <= 14, "the main body takes {body_pages} pages");
    let titles: Vec<&str> = document.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(titles.contains(&"App comparison"));
    assert!(!titles.iter().any(|t| t.starts_with("App profile")));
    // Each app's vendor and provider are still in the report, in Appendix C.
    let flat = report_text_flat(&document);
    let appendix_c = &flat[flat.rfind("Appendix C: facts about the app").unwrap()..];
    for vendor in ["WhatsApp LLC", "Signal Messenger, LLC", "Microsoft"] {
        assert!(appendix_c.contains(vendor), "Appendix C lacks {vendor}");
    }
}

#[test]
fn the_comparison_recommends_the_app_with_the_mildest_stance_and_fewest_high_risks() {
    let bundle = bundle();
    let assessment = three_apps();
    let scoring = bundle.score(&assessment);
    let preferred = scoring.preferred_apps();
    assert!(!preferred.is_empty());
    let high = |r: &msgdpia::scoring::AppResult| {
        r.risks
            .iter()
            .filter(|x| x.residual.level >= msgdpia::scale::RiskLevel::High)
            .count()
    };
    for best in &preferred {
        for other in &scoring.apps {
            assert!(best.decision.stance <= other.decision.stance);
            if best.decision.stance == other.decision.stance {
                assert!(high(best) <= high(other));
            }
        }
    }
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let comparison = document
        .sections
        .iter()
        .find(|s| s.title == "App comparison")
        .unwrap();
    let Some(msgdpia::report::document::Block::Paragraph(text)) = comparison.blocks.last() else {
        panic!("no recommendation");
    };
    let name = bundle
        .knowledge
        .app(preferred[0].app.as_deref().unwrap())
        .unwrap()
        .name
        .clone();
    assert!(
        text.starts_with(&format!("Recommendation: of the apps compared, {name}")),
        "{text}"
    );
    // A single app has nothing to be preferred to.
    let single = bundle.score(&example("scottish-team-whatsapp.ron"));
    assert!(single.preferred_apps().is_empty());
}

#[test]
fn a_measure_recommended_for_several_apps_is_listed_once_with_the_apps_and_its_effect() {
    let bundle = bundle();
    let assessment = three_apps();
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let measures = document
        .sections
        .iter()
        .find(|s| s.title == "Measures and action plan")
        .unwrap();
    let msgdpia::report::document::Block::Table(table) = measures
        .blocks
        .iter()
        .find(|b| matches!(b, msgdpia::report::document::Block::Table(_)))
        .unwrap()
    else {
        unreachable!()
    };
    let titles: Vec<&str> = table.columns.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Measure", "For", "Expected effect", "Policy wording"]
    );
    let names: Vec<&str> = table.rows.iter().map(|r| r[0].as_str()).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        names.len(),
        "a measure is listed twice: {names:?}"
    );
    // Some measure is recommended for more than one app, and says so in one row.
    let recommended_for_several =
        scoring
            .apps
            .iter()
            .flat_map(|r| r.recommended.iter())
            .any(|id| {
                scoring
                    .apps
                    .iter()
                    .filter(|r| r.recommended.contains(id))
                    .count()
                    > 1
            });
    assert!(recommended_for_several);
    assert!(
        table
            .rows
            .iter()
            .any(|r| r[1] == "All the apps assessed" || r[1].contains(" and ")),
        "{:?}",
        table.rows
    );
    // Every effect names a risk and where it goes.
    for row in &table.rows {
        assert!(
            row[2].contains(" to ") || row[2].contains("still"),
            "{}: {}",
            row[0],
            row[2]
        );
    }
}

/// The titles of an outline item's children, read back from the PDF.
fn outline_children(
    pdf: &lopdf::Document,
    item: &lopdf::Dictionary,
) -> Vec<(String, lopdf::ObjectId)> {
    let mut children = Vec::new();
    let mut next = item
        .get(b"First")
        .and_then(lopdf::Object::as_reference)
        .ok();
    while let Some(id) = next {
        let child = pdf.get_dictionary(id).unwrap();
        let title = child.get(b"Title").unwrap().as_str().unwrap();
        let title = if title.starts_with(&[0xFE, 0xFF]) {
            let units: Vec<u16> = title[2..]
                .chunks(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).unwrap()
        } else {
            String::from_utf8(title.to_vec()).unwrap()
        };
        children.push((title, id));
        next = child
            .get(b"Next")
            .and_then(lopdf::Object::as_reference)
            .ok();
    }
    children
}

#[test]
fn the_bookmarks_are_sections_with_their_headings_and_the_risks_under_appendix_b() {
    let bundle = bundle();
    let assessment = example("hk-law-firm-wechat.ron");
    let scoring = bundle.score(&assessment);
    let document = bundle.report(&assessment, &scoring, Date::parse("2026-12-02").unwrap());
    let bytes = pdf::render(&document, PageSize::A4).unwrap();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    let outlines = pdf
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let sections = outline_children(&pdf, outlines);
    let titles: Vec<&str> = sections.iter().map(|(t, _)| t.as_str()).collect();
    let expected: Vec<&str> = document.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, expected);
    // Under Appendix B, one bookmark per risk, each going to a page of the document.
    let (_, appendix_b) = sections
        .iter()
        .find(|(t, _)| t.starts_with("Appendix B"))
        .unwrap();
    let appendix_b = pdf.get_dictionary(*appendix_b).unwrap();
    let risks = outline_children(&pdf, appendix_b);
    assert_eq!(risks.len(), scoring.apps[0].risks.len());
    let pages: Vec<lopdf::ObjectId> = pdf.get_pages().into_values().collect();
    for (title, id) in &risks {
        assert!(
            bundle
                .knowledge
                .risks
                .iter()
                .any(|r| title.starts_with(&r.name)),
            "{title}"
        );
        let destination = pdf.get_dictionary(*id).unwrap().get(b"Dest").unwrap();
        let page = destination.as_array().unwrap()[0].as_reference().unwrap();
        assert!(pages.contains(&page));
    }
    // Closed, so the panel opens on the list of sections.
    assert_eq!(
        appendix_b.get(b"Count").unwrap().as_i64().unwrap(),
        -(risks.len() as i64)
    );
}

#[test]
fn the_pdf_is_tagged_with_a_structure_tree_that_holds_all_its_text_but_the_running_heads() {
    let bytes = render("hk-law-firm-wechat.ron", "2026-12-02");
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    let mark_info = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    let root = pdf
        .get_dictionary(
            catalog
                .get(b"StructTreeRoot")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    // Walk the tree: every role used, and every marked-content reference with its page.
    let mut roles: std::collections::BTreeMap<String, usize> = Default::default();
    let mut references: Vec<(lopdf::ObjectId, i64)> = Vec::new();
    let mut annotations: Vec<(lopdf::ObjectId, lopdf::ObjectId)> = Vec::new();
    let mut stack = vec![root.get(b"K").unwrap().as_reference().unwrap()];
    while let Some(id) = stack.pop() {
        let element = pdf.get_dictionary(id).unwrap();
        let role =
            String::from_utf8(element.get(b"S").unwrap().as_name().unwrap().to_vec()).unwrap();
        if role == "Figure" {
            let alt = element.get(b"Alt").unwrap().as_str().unwrap();
            assert!(!alt.is_empty(), "a figure without alternate text");
        }
        *roles.entry(role).or_default() += 1;
        let own_page = element
            .get(b"Pg")
            .and_then(lopdf::Object::as_reference)
            .ok();
        for kid in element.get(b"K").unwrap().as_array().unwrap() {
            match kid {
                lopdf::Object::Reference(child) => stack.push(*child),
                // A bare MCID: content on the element's own page.
                lopdf::Object::Integer(mcid) => {
                    references.push((own_page.expect("a bare MCID needs /Pg"), *mcid));
                }
                // A link annotation: the Link element holds it, and the annotation points back.
                lopdf::Object::Dictionary(reference)
                    if reference.get(b"Type").unwrap().as_name().unwrap() == b"OBJR" =>
                {
                    let annotation = reference.get(b"Obj").unwrap().as_reference().unwrap();
                    annotations.push((id, annotation));
                }
                lopdf::Object::Dictionary(reference) => references.push((
                    reference.get(b"Pg").unwrap().as_reference().unwrap(),
                    reference.get(b"MCID").unwrap().as_i64().unwrap(),
                )),
                other => panic!("unexpected kid {other:?}"),
            }
        }
    }
    for role in [
        "Document", "H1", "H2", "P", "L", "LI", "Table", "TR", "TH", "TD", "TOC", "TOCI", "Figure",
        "Link",
    ] {
        assert!(roles.contains_key(role), "no {role} element: {roles:?}");
    }
    // Every link annotation is in the tree once, and the parent tree leads from its
    // /StructParent key back to its Link element.
    let parent_tree = pdf
        .get_dictionary(root.get(b"ParentTree").unwrap().as_reference().unwrap())
        .unwrap();
    let numbers = parent_tree.get(b"Nums").unwrap().as_array().unwrap();
    let on_pages: usize = pdf
        .get_pages()
        .values()
        .filter_map(|page| pdf.get_dictionary(*page).unwrap().get(b"Annots").ok())
        .map(|annots| annots.as_array().unwrap().len())
        .sum();
    assert_eq!(annotations.len(), on_pages, "links outside the tree");
    for (element, annotation) in &annotations {
        let key = pdf
            .get_dictionary(*annotation)
            .unwrap()
            .get(b"StructParent")
            .unwrap()
            .as_i64()
            .unwrap();
        let position = numbers
            .chunks(2)
            .position(|pair| pair[0].as_i64().unwrap() == key)
            .unwrap();
        assert_eq!(
            numbers[2 * position + 1].as_reference().unwrap(),
            *element,
            "the parent tree does not lead back to the link"
        );
    }
    // Each page's content marks each line of text as an element's (BDC with an MCID) or as an
    // artifact; the tree refers to exactly the marked lines of every page.
    for (number, page) in pdf.get_pages() {
        let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
        let marked: Vec<i64> = content
            .operations
            .iter()
            .filter(|op| op.operator == "BDC")
            .map(|op| {
                op.operands[1]
                    .as_dict()
                    .unwrap()
                    .get(b"MCID")
                    .unwrap()
                    .as_i64()
                    .unwrap()
            })
            .collect();
        let artifacts = content
            .operations
            .iter()
            .filter(|op| op.operator == "BMC" && op.operands[0].as_name().unwrap() == b"Artifact")
            .count();
        // The running head and footer come last on every page, as one artifact sequence.
        assert!(artifacts >= 1, "page {number}: no artifact");
        let last_open = content
            .operations
            .iter()
            .rev()
            .find(|op| op.operator == "BMC" || op.operator == "BDC")
            .unwrap();
        assert_eq!(
            last_open.operator, "BMC",
            "page {number}: the running heads are tagged"
        );
        let mut referenced: Vec<i64> = references
            .iter()
            .filter(|(p, _)| *p == page)
            .map(|(_, mcid)| *mcid)
            .collect();
        referenced.sort_unstable();
        assert_eq!(referenced, marked, "page {number}");
        let page_dictionary = pdf.get_dictionary(page).unwrap();
        assert_eq!(
            page_dictionary
                .get(b"StructParents")
                .unwrap()
                .as_i64()
                .unwrap(),
            i64::from(number) - 1
        );
    }
}

#[test]
fn the_bookmarks_open_with_the_document_and_the_metadata_claims_pdf_a_2u_and_nothing_else() {
    let bytes = render("hk-law-firm-wechat.ron", "2026-12-02");
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let root = pdf.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let catalog = pdf.get_dictionary(root).unwrap();
    // A name, not a string: readers ignore a string and keep the bookmarks closed.
    assert_eq!(
        catalog.get(b"PageMode").unwrap(),
        &lopdf::Object::Name(b"UseOutlines".to_vec())
    );
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"en-GB");
    let preferences = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(
        preferences
            .get(b"DisplayDocTitle")
            .unwrap()
            .as_bool()
            .unwrap()
    );
    let info = pdf.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = pdf.get_dictionary(info).unwrap();
    assert!(
        info.get(b"GTS_PDFXVersion").is_err(),
        "an empty PDF/X key claims conformance"
    );
    // PDF/A wants the information dictionary to say what the XMP says: nothing empty, nothing
    // the XMP leaves out.
    for (key, value) in info.iter() {
        let empty = matches!(value, lopdf::Object::String(text, _) if text.is_empty());
        assert!(!empty, "{} is empty", String::from_utf8_lossy(key));
    }
    assert!(info.get(b"Trapped").is_err());
    // XMP metadata with the same title and author as the information dictionary, readable
    // without inflating, and claiming PDF/A-2u (tests/integration/pdf_archival.rs checks the
    // rules that claim brings) but not PDF/UA, which needs a validator's word first.
    let metadata = pdf
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    assert!(
        metadata.dict.get(b"Filter").is_err(),
        "the XMP is compressed"
    );
    let xmp = String::from_utf8(metadata.content.clone()).unwrap();
    assert!(xmp.contains(
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">DPIA: business use of WeChat (Weixin)</rdf:li>"
    ));
    assert!(xmp.contains("Zoë Łukasiewicz, Müller &amp; Associés (Hong Kong)"));
    assert!(xmp.contains("<xmp:CreateDate>2026-12-02T00:00:00Z</xmp:CreateDate>"));
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
    assert!(xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"));
    assert!(!xmp.contains("pdfuaid"));
}

/// Colours, line widths and fonts are written only when they change on a page; every page must
/// still set each before it first draws with it, since a page starts from the defaults (black,
/// no font), and the saving must show.
#[test]
fn each_page_sets_its_font_and_colours_before_drawing_and_only_when_they_change() {
    for name in ["scottish-team-whatsapp.ron", "hk-law-firm-wechat.ron"] {
        let bytes = render(name, "2026-12-02");
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        let (mut texts, mut fonts_set) = (0, 0);
        for (number, page) in pdf.get_pages() {
            let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
            let (mut font, mut fill, mut stroke, mut width) = (None, None, None, None);
            for operation in &content.operations {
                let operands = Some(operation.operands.clone());
                match operation.operator.as_str() {
                    "Tf" => {
                        assert_ne!(font, operands, "{name} page {number}: a font set again");
                        font = operands;
                        fonts_set += 1;
                    }
                    "rg" => {
                        assert_ne!(fill, operands, "{name} page {number}: a fill set again");
                        fill = operands;
                    }
                    "RG" => stroke = operands,
                    "w" => width = operands,
                    "Tj" | "TJ" => {
                        assert!(font.is_some() && fill.is_some(), "{name} page {number}");
                        texts += 1;
                    }
                    "re" | "f" => assert!(fill.is_some(), "{name} page {number}"),
                    "S" => assert!(stroke.is_some() && width.is_some(), "{name} page {number}"),
                    "q" | "Q" | "Do" => {
                        panic!("{name} page {number}: the pen would need resetting")
                    }
                    _ => {}
                }
            }
        }
        assert!(
            fonts_set * 2 < texts,
            "{name}: {fonts_set} fonts set for {texts} texts"
        );
    }
}
