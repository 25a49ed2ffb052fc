//! Turns a raw knowledge-base file into a [`KnowledgeBase`], or says everything wrong with it.

use super::agreement;
use super::region::{UNKNOWN, USER_REGIONS, VARIES};
use super::{
    App, Citation, Control, Discontinued, Exposure, Fact, FactDefinition, KnowledgeBase, Reduction,
    Region, Risk, SourceDate, SourceKind, raw,
};
use crate::checks;
use crate::date::Date;
use crate::diagnostic::{Checked, Findings, InvalidFile, Said};
use crate::effect::{self, Allowed, MAX_STEP};
use crate::ron_file;
use crate::scale::Scale;
use crate::source::SourceFile;
use std::collections::HashSet;

impl KnowledgeBase {
    /// Parses and validates a knowledge-base file. Errors name the file, line and column.
    pub fn load(source: &SourceFile) -> Result<Checked<KnowledgeBase>, InvalidFile> {
        KnowledgeBase::load_translated(source, None)
    }

    /// Like [`KnowledgeBase::load`], in the words of `translation`: an overlay file, which must
    /// translate every risk, exposure, measure and fact label of these very words, with the tag
    /// of the language it must be in (any, when `None`).
    pub fn load_translated(
        source: &SourceFile,
        translation: Option<(&SourceFile, Option<&str>)>,
    ) -> Result<Checked<KnowledgeBase>, InvalidFile> {
        let mut raw: raw::KnowledgeBase = crate::parse_memo::parse_kept(source)?;
        if let Some((overlay, language)) = translation {
            let words: super::translation::Translation = ron_file::parse(overlay)?;
            let mut findings = Findings::new(overlay);
            super::translation::apply(&mut raw, words, language, &mut findings);
            findings.finish(())?;
        }
        let mut findings = Findings::new(source);
        let kb = validate(raw, &mut findings);
        findings.finish(kb)
    }
}

/// The translation to fill in for the knowledge base in `source`, in `language` (a BCP 47 tag):
/// an overlay file holding the words the assessment reasons with, in their own words and order,
/// for a translator to replace (`msgdpia translation-template --knowledge-base`).
pub fn translation_template(source: &SourceFile, language: &str) -> Result<String, InvalidFile> {
    let raw: raw::KnowledgeBase = ron_file::parse(source)?;
    let template = super::translation::template(&raw, language);
    Ok(crate::ron_file::pretty(&template))
}

fn validate(raw: raw::KnowledgeBase, findings: &mut Findings<'_>) -> KnowledgeBase {
    checks::not_blank(&raw.id, "id", &[], findings);
    checks::not_blank(&raw.version, "version", &[], findings);
    checks::unique_ids(raw.risks.iter().map(|r| r.id.as_str()), "risk", findings);
    checks::unique_ids(
        raw.controls.iter().map(|c| c.id.as_str()),
        "control",
        findings,
    );
    checks::unique_ids(raw.facts.iter().map(|f| f.id.as_str()), "fact", findings);
    checks::unique_ids(
        raw.exposures.iter().map(|e| e.id.as_str()),
        "exposure",
        findings,
    );
    checks::unique_ids(raw.apps.iter().map(|a| a.id.as_str()), "app", findings);

    let risk_ids: HashSet<&str> = raw.risks.iter().map(|r| r.id.as_str()).collect();
    let fact_ids: HashSet<&str> = raw.facts.iter().map(|f| f.id.as_str()).collect();
    let exposures: Vec<Exposure> = raw
        .exposures
        .iter()
        .map(|exposure| validate_exposure(exposure, findings))
        .collect();
    let exposure_ids: HashSet<&str> = exposures.iter().map(|e| e.id.as_str()).collect();
    let risks = raw
        .risks
        .iter()
        .map(|risk| validate_risk(risk, &exposure_ids, findings))
        .collect();
    let controls = raw
        .controls
        .iter()
        .map(|control| validate_control(control, &risk_ids, &fact_ids, &exposure_ids, findings))
        .collect();
    let facts: Vec<FactDefinition> = raw
        .facts
        .iter()
        .map(|definition| validate_fact_definition(definition, &risk_ids, &exposure_ids, findings))
        .collect();
    checks::unique_ids(
        raw.apps
            .iter()
            .flat_map(|a| a.editions.iter().map(|e| e.id.as_str())),
        "app edition",
        findings,
    );
    let mut apps = Vec::new();
    for app in &raw.apps {
        let validated = validate_app(app, &facts, findings);
        let editions: Vec<App> = app
            .editions
            .iter()
            .map(|edition| validate_edition(app, &validated, edition, &facts, findings))
            .collect();
        apps.push(validated);
        apps.extend(editions);
    }
    let app_ids: HashSet<&str> = raw.apps.iter().map(|a| a.id.as_str()).collect();
    for edition in raw.apps.iter().flat_map(|a| &a.editions) {
        if app_ids.contains(edition.id.as_str()) {
            findings.error(
                &[edition.id.as_str()],
                Said::new("knowledge-edition-has-app-id").with("edition", &edition.id),
            );
        }
    }
    KnowledgeBase {
        id: raw.id,
        version: raw.version,
        description: raw.description,
        risks,
        exposures,
        controls,
        facts,
        apps,
    }
}

fn validate_exposure(exposure: &raw::Exposure, findings: &mut Findings<'_>) -> Exposure {
    let at = [exposure.id.as_str()];
    checks::id_syntax(&exposure.id, "exposure", &at, findings);
    checks::not_blank(&exposure.name, "name", &at, findings);
    checks::not_blank(&exposure.description, "description", &at, findings);
    Exposure {
        id: exposure.id.clone(),
        name: exposure.name.clone(),
        description: exposure.description.clone(),
    }
}

fn scale(value: u8, field: &str, path: &[&str], findings: &mut Findings<'_>) -> Scale {
    Scale::new(value).unwrap_or_else(|| {
        findings.error_at_field(
            path,
            field,
            Said::new("knowledge-off-the-scale")
                .with("field", field)
                .with("value", value),
        );
        Scale::MIN
    })
}

fn validate_risk(
    risk: &raw::Risk,
    exposure_ids: &HashSet<&str>,
    findings: &mut Findings<'_>,
) -> Risk {
    let at = [risk.id.as_str()];
    if let Some(exposure) = risk.base_exposure.as_deref() {
        known_exposure(
            exposure,
            exposure_ids,
            &[risk.id.as_str(), exposure],
            findings,
        );
    }
    checks::id_syntax(&risk.id, "risk", &at, findings);
    checks::not_blank(&risk.name, "name", &at, findings);
    checks::not_blank(&risk.description, "description", &at, findings);
    checks::not_blank(&risk.harm, "harm", &at, findings);
    Risk {
        id: risk.id.clone(),
        name: risk.name.clone(),
        description: risk.description.clone(),
        harm: risk.harm.clone(),
        feared_event: risk.feared_event,
        base_likelihood: scale(risk.base_likelihood, "base_likelihood", &at, findings),
        base_severity: scale(risk.base_severity, "base_severity", &at, findings),
        base_exposure: risk.base_exposure.clone(),
    }
}

fn known_exposure(
    exposure: &str,
    exposure_ids: &HashSet<&str>,
    at: &[&str],
    findings: &mut Findings<'_>,
) {
    if !exposure_ids.contains(exposure) {
        findings.error(
            at,
            Said::new("knowledge-unknown-exposure").with("exposure", exposure),
        );
    }
}

fn validate_control(
    control: &raw::Control,
    risk_ids: &HashSet<&str>,
    fact_ids: &HashSet<&str>,
    exposure_ids: &HashSet<&str>,
    findings: &mut Findings<'_>,
) -> Control {
    let at = [control.id.as_str()];
    let exists = effect::References {
        risk: &|id| risk_ids.contains(id),
        control: &|_| false,
        exposure: &|id| exposure_ids.contains(id),
    };
    for effect in &control.brings {
        effect::check_effect(effect, Allowed::RaiseOnly, &at, &exists, findings);
    }
    for need in &control.available_with {
        if !fact_ids.contains(need.fact.as_str()) {
            findings.error(
                &[control.id.as_str(), need.fact.as_str()],
                Said::new("knowledge-unknown-fact").with("fact", &need.fact),
            );
        }
        if need.values.is_empty() {
            findings.error(
                &[control.id.as_str(), need.fact.as_str()],
                Said::new("knowledge-no-fact-value"),
            );
        }
    }
    checks::id_syntax(&control.id, "control", &at, findings);
    checks::not_blank(&control.name, "name", &at, findings);
    checks::not_blank(&control.policy_text, "policy_text", &at, findings);
    if control.reduces.is_empty() {
        findings.error(
            &at,
            Said::new("knowledge-control-reduces-nothing").with("control", &control.id),
        );
    }
    let reduces = control
        .reduces
        .iter()
        .map(|reduce| {
            let at = [control.id.as_str(), reduce.risk.as_str()];
            if !risk_ids.contains(reduce.risk.as_str()) {
                findings.error(
                    &at,
                    Said::new("knowledge-unknown-risk").with("risk", &reduce.risk),
                );
            }
            for (field, step) in [
                ("likelihood", reduce.likelihood),
                ("severity", reduce.severity),
            ] {
                if step > MAX_STEP {
                    findings.error_at_field(
                        &at,
                        field,
                        Said::new("knowledge-step-too-large")
                            .with("field", field)
                            .with("max", MAX_STEP)
                            .with("step", step),
                    );
                }
            }
            if reduce.likelihood == 0 && reduce.severity == 0 {
                findings.error(&at, Said::new("knowledge-reduction-of-nothing"));
            }
            known_exposure(
                &reduce.exposure,
                exposure_ids,
                &[control.id.as_str(), reduce.exposure.as_str()],
                findings,
            );
            Reduction {
                risk: reduce.risk.clone(),
                likelihood: reduce.likelihood,
                severity: reduce.severity,
                exposure: reduce.exposure.clone(),
            }
        })
        .collect();
    Control {
        id: control.id.clone(),
        name: control.name.clone(),
        policy_text: control.policy_text.clone(),
        reduces,
        available_with: control.available_with.clone(),
        brings: control.brings.clone(),
    }
}

fn validate_fact_definition(
    definition: &raw::FactDefinition,
    risk_ids: &HashSet<&str>,
    exposure_ids: &HashSet<&str>,
    findings: &mut Findings<'_>,
) -> FactDefinition {
    let at = [definition.id.as_str()];
    checks::id_syntax(&definition.id, "fact", &at, findings);
    checks::not_blank(&definition.label, "label", &at, findings);
    let all_effects = [
        &definition.if_yes,
        &definition.if_no,
        &definition.if_partial,
        &definition.if_unknown,
    ];
    for effect in all_effects.into_iter().flatten() {
        let exists = effect::References {
            risk: &|id| risk_ids.contains(id),
            control: &|_| false,
            exposure: &|id| exposure_ids.contains(id),
        };
        effect::check_effect(effect, Allowed::RaiseOnly, &at, &exists, findings);
    }
    FactDefinition {
        id: definition.id.clone(),
        label: definition.label.clone(),
        if_yes: definition.if_yes.clone(),
        if_no: definition.if_no.clone(),
        if_partial: definition.if_partial.clone(),
        if_unknown: definition.if_unknown.clone(),
    }
}

/// Who provides an app (or an edition, `owner`) to the users of every region, each region
/// exactly once, with data locations in ISO codes and a dated source.
fn validate_regions(
    owner: &str,
    regions: &[raw::Region],
    findings: &mut Findings<'_>,
) -> Vec<Region> {
    let at = [owner, "regions"];
    for region in USER_REGIONS {
        let count = regions
            .iter()
            .flat_map(|entry| &entry.users_in)
            .filter(|r| *r == region)
            .count();
        match count {
            1 => {}
            0 => findings.error(
                &at,
                Said::new("knowledge-region-missing")
                    .with("owner", owner)
                    .with("region", region)
                    .with("regions", USER_REGIONS.join(", ")),
            ),
            _ => findings.error(
                &at,
                Said::new("knowledge-region-repeated")
                    .with("owner", owner)
                    .with("region", region)
                    .with("count", count),
            ),
        }
    }
    regions
        .iter()
        .filter_map(|entry| validate_region(&at, entry, findings))
        .collect()
}

fn validate_region(
    at: &[&str],
    entry: &raw::Region,
    findings: &mut Findings<'_>,
) -> Option<Region> {
    for region in &entry.users_in {
        if !USER_REGIONS.contains(&region.as_str()) {
            // Located at the value itself, after the app's id.
            findings.error(
                &[at[0], region.as_str()],
                Said::new("knowledge-not-a-region")
                    .with("region", region)
                    .with("regions", USER_REGIONS.join(", ")),
            );
        }
    }
    checks::not_blank(&entry.provider, "provider", at, findings);
    if entry.data_in.is_empty() {
        findings.error(at, Said::new("knowledge-no-data-location"));
    }
    for country in &entry.data_in {
        let code = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
        if !code && country != UNKNOWN && country != VARIES {
            findings.error(
                &[at[0], country.as_str()],
                Said::new("knowledge-not-a-country").with("country", country),
            );
        }
    }
    let citation = citation(
        [&entry.source, &entry.source_date, &entry.checked_on],
        entry.source_kind,
        at,
        findings,
    )?;
    Some(Region {
        users_in: entry.users_in.clone(),
        provider: entry.provider.clone(),
        data_in: entry.data_in.clone(),
        transfers: entry.transfers.clone(),
        citation,
    })
}

/// An edition: its app with the facts it overrides, each validated like an app's fact.
fn validate_edition(
    raw_app: &raw::App,
    app: &App,
    edition: &raw::Edition,
    definitions: &[FactDefinition],
    findings: &mut Findings<'_>,
) -> App {
    let at = [raw_app.id.as_str(), edition.id.as_str()];
    checks::id_syntax(&edition.id, "edition", &at, findings);
    checks::not_blank(&edition.name, "name", &at, findings);
    if edition.facts.is_empty() {
        findings.error(
            &at,
            Said::new("knowledge-edition-overrides-nothing")
                .with("edition", &edition.id)
                .with("app", &raw_app.id),
        );
    }
    checks::unique_ids_in(
        &edition.id,
        edition.facts.iter().map(|f| f.id.as_str()),
        "fact",
        findings,
    );
    let mut facts = app.facts.clone();
    for fact in &edition.facts {
        if let Some(validated) = validate_fact(&edition.id, fact, definitions, findings) {
            match facts.iter_mut().find(|f| f.id == validated.id) {
                Some(existing) => *existing = validated,
                None => facts.push(validated),
            }
        }
    }
    let regions = if edition.regions.is_empty() {
        app.regions.clone()
    } else {
        validate_regions(&edition.id, &edition.regions, findings)
    };
    App {
        id: edition.id.clone(),
        name: edition.name.clone(),
        regions,
        facts,
        edition_of: Some(app.id.clone()),
        ..app.clone()
    }
}

fn validate_app(
    app: &raw::App,
    definitions: &[FactDefinition],
    findings: &mut Findings<'_>,
) -> App {
    let at = [app.id.as_str()];
    checks::id_syntax(&app.id, "app", &at, findings);
    checks::not_blank(&app.name, "name", &at, findings);
    checks::not_blank(&app.vendor, "vendor", &at, findings);
    checks::not_blank(&app.vendor_source, "vendor_source", &at, findings);
    // "varies" (SMS: each operator's country) and "unknown" are honest answers; a made-up
    // code is not.
    let code_ok = (app.jurisdiction.len() == 2
        && app.jurisdiction.bytes().all(|b| b.is_ascii_uppercase()))
        || ["varies", "unknown"].contains(&app.jurisdiction.as_str());
    if !code_ok {
        findings.error(
            &[app.id.as_str(), app.jurisdiction.as_str()],
            Said::new("knowledge-not-a-jurisdiction").with("found", &app.jurisdiction),
        );
    }
    // As for facts, "updated " may mark a page the vendor keeps updating; the vendor's entry
    // keeps only the date.
    let vendor_dated = app.vendor_source_date.as_str();
    let vendor_source_date = source_date(
        vendor_dated
            .strip_prefix("updated ")
            .unwrap_or(vendor_dated),
        "vendor_source_date",
        &at,
        findings,
    );
    let vendor_checked_on =
        checks::date(&app.vendor_checked_on, "vendor_checked_on", &at, findings);
    let discontinued = discontinued(app, &at, findings);
    checks::unique_ids_in(
        &app.id,
        app.facts.iter().map(|f| f.id.as_str()),
        "fact",
        findings,
    );
    let facts = app
        .facts
        .iter()
        .filter_map(|fact| validate_fact(&app.id, fact, definitions, findings))
        .collect();
    for definition in definitions {
        if !app.facts.iter().any(|fact| fact.id == definition.id) {
            findings.warn(
                &at,
                Said::new("knowledge-app-lacks-fact")
                    .with("app", &app.id)
                    .with("fact", &definition.id),
            );
        }
    }
    App {
        id: app.id.clone(),
        name: app.name.clone(),
        vendor: app.vendor.clone(),
        jurisdiction: app.jurisdiction.clone(),
        vendor_source: app.vendor_source.clone(),
        vendor_source_date: vendor_source_date.unwrap_or(SourceDate::Undated),
        vendor_checked_on: vendor_checked_on.unwrap_or(Date::new(1970, 1, 1).expect("valid date")),
        discontinued,
        regions: validate_regions(&app.id, &app.regions, findings),
        edition_of: None,
        facts,
    }
}

/// One fact of an app or an edition (`owner`, its id).
fn validate_fact(
    owner: &str,
    fact: &raw::Fact,
    definitions: &[FactDefinition],
    findings: &mut Findings<'_>,
) -> Option<Fact> {
    let at = [owner, fact.id.as_str()];
    if !definitions.iter().any(|d| d.id == fact.id) {
        let known: Vec<&str> = definitions.iter().map(|d| d.id.as_str()).collect();
        findings.error(
            &at,
            Said::new("knowledge-not-a-fact")
                .with("fact", &fact.id)
                .with("facts", known.join(", ")),
        );
    }
    checks::not_blank(&fact.detail, "detail", &at, findings);
    let fact_ids: Vec<&str> = definitions.iter().map(|d| d.id.as_str()).collect();
    if let Some(problem) = agreement::disagreement(fact.value, &fact.detail, &fact_ids) {
        // Located at the detail itself, after the owner's and the fact's ids.
        findings.error(
            &[owner, fact.id.as_str(), fact.detail.as_str()],
            Said::new("knowledge-fact-disagrees")
                .with("fact", &fact.id)
                .with("owner", owner)
                .with("problem", problem),
        );
    }
    let citation = citation(
        [&fact.source, &fact.source_date, &fact.checked_on],
        fact.source_kind,
        &at,
        findings,
    )?;
    Some(Fact {
        id: fact.id.clone(),
        value: fact.value,
        detail: fact.detail.clone(),
        citation,
    })
}

/// A source with its kind, the date it states and the day it was checked, from the `source`,
/// `source`, `source_date` and `checked_on` fields as written.
fn citation(
    [source, dated, checked_on]: [&String; 3],
    kind: SourceKind,
    at: &[&str],
    findings: &mut Findings<'_>,
) -> Option<Citation> {
    checks::not_blank(source, "source", at, findings);
    // "updated 2024-05-01" marks a page the vendor keeps updating (see `Citation::updated`).
    let (updated, dated) = match dated.strip_prefix("updated ") {
        Some(date) => (true, date),
        None => (false, dated.as_str()),
    };
    let date = source_date(dated, "source_date", at, findings);
    let checked_on = checks::date(checked_on, "checked_on", at, findings);
    Some(Citation {
        source: source.clone(),
        kind,
        date: date?,
        updated,
        checked_on: checked_on?,
    })
}

/// A closed app names the day it closed and the source that says so; neither without the other.
fn discontinued(app: &raw::App, at: &[&str], findings: &mut Findings<'_>) -> Option<Discontinued> {
    match (&app.discontinued, &app.discontinued_source) {
        (None, None) => None,
        (Some(on), Some(source)) => {
            checks::not_blank(source, "discontinued_source", at, findings);
            let on = checks::date(on, "discontinued", at, findings)?;
            Some(Discontinued {
                on,
                source: source.clone(),
            })
        }
        _ => {
            findings.error(at, Said::new("knowledge-closed-app-needs-both"));
            None
        }
    }
}

/// A source's own date: a day, a month, a year or `undated`, never a made-up day.
fn source_date(
    text: &str,
    field: &str,
    path: &[&str],
    findings: &mut Findings<'_>,
) -> Option<SourceDate> {
    let parsed = SourceDate::parse(text);
    if parsed.is_none() {
        findings.error(
            path,
            Said::new("knowledge-not-a-source-date")
                .with("field", field)
                .with("found", text),
        );
    }
    parsed
}
