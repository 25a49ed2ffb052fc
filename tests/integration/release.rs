//! The release packages for Windows and macOS (docs/release.md): what can be checked on Linux.
//! The Windows build itself runs in `.ci/run` (scripts/windows.sh, under Wine); the macOS bundle
//! needs a Mac, so here its Info.plist is read as macOS would and held to the facts it repeats.

use msgdpia::present::language::Language;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// The value element that follows `<key>name</key>` in a plist's dictionary.
fn plist_value<'a>(dict: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    let mut elements = dict.children().filter(|n| n.is_element());
    while let Some(node) = elements.next() {
        if node.has_tag_name("key") && node.text() == Some(name) {
            return elements.next();
        }
    }
    None
}

fn plist_string(dict: roxmltree::Node<'_, '_>, name: &str) -> String {
    let value = plist_value(dict, name).unwrap_or_else(|| panic!("Info.plist lacks {name}"));
    assert!(value.has_tag_name("string"), "{name} is a string");
    value.text().unwrap_or_default().to_string()
}

fn plist_strings(node: roxmltree::Node<'_, '_>) -> Vec<String> {
    assert!(node.has_tag_name("array"), "an array");
    node.children()
        .filter(|n| n.has_tag_name("string"))
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_macos_bundle_names_the_binary_the_languages_and_the_assessment_file_type() {
    let text = read("assets/macos/Info.plist");
    let document = roxmltree::Document::parse_with_options(
        &text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("Info.plist is well-formed XML");
    let dict = document
        .root_element()
        .children()
        .find(|n| n.has_tag_name("dict"))
        .expect("the plist holds one dictionary");

    // The executable is the package's binary, and the icon the one the script makes.
    assert_eq!(
        plist_string(dict, "CFBundleExecutable"),
        env!("CARGO_PKG_NAME")
    );
    assert_eq!(plist_string(dict, "CFBundleIconFile"), "msgdpia.icns");
    let script = read("scripts/macos-bundle.sh");
    assert!(script.contains("Resources/msgdpia.icns"));
    for size in [16, 32, 128, 256, 512] {
        assert!(
            root()
                .join(format!("assets/icons/msgdpia-{size}.png"))
                .is_file(),
            "iconutil needs the {size} px icon"
        );
    }
    // The version is the one in Cargo.toml, put in by the script.
    assert_eq!(
        plist_string(dict, "CFBundleShortVersionString"),
        "@VERSION@"
    );
    assert!(script.contains("s/@VERSION@/$version/g"));

    // The bundle speaks the languages the app speaks.
    let localisations = plist_strings(plist_value(dict, "CFBundleLocalizations").unwrap());
    let spoken: Vec<String> = Language::ALL.iter().map(|l| l.tag().to_string()).collect();
    assert_eq!(localisations, spoken);

    // The assessment type it exports is the extension the Linux MIME type globs.
    let exported = plist_value(dict, "UTExportedTypeDeclarations").unwrap();
    let declaration = exported
        .children()
        .find(|n| n.has_tag_name("dict"))
        .unwrap();
    let tags = plist_value(declaration, "UTTypeTagSpecification").unwrap();
    let extensions = plist_strings(plist_value(tags, "public.filename-extension").unwrap());
    assert_eq!(extensions, ["msgdpia"]);
    assert!(read("assets/linux/msgdpia-mime.xml").contains("<glob pattern=\"*.msgdpia\"/>"));
    let identifier = plist_string(declaration, "UTTypeIdentifier");
    let documents = plist_value(dict, "CFBundleDocumentTypes").unwrap();
    let owned: Vec<String> = documents
        .children()
        .filter(|n| n.has_tag_name("dict"))
        .filter_map(|d| plist_value(d, "LSItemContentTypes"))
        .flat_map(plist_strings)
        .collect();
    assert_eq!(owned, [identifier], "the app opens the type it declares");
}

#[test]
fn the_packages_carry_the_licences_cargo_toml_names() {
    let manifest = read("Cargo.toml");
    assert!(manifest.contains("license = \"MIT OR Apache-2.0\""));
    let apache = read("docs/licenses/LICENSE-APACHE");
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    let mit = read("docs/licenses/LICENSE-MIT");
    assert!(mit.contains("Permission is hereby granted, free of charge"));
    // Each package script puts them, the fonts' licence and the crates' licences beside the
    // program.
    for script in ["scripts/windows.sh", "scripts/macos-bundle.sh"] {
        let text = read(script);
        for needed in [
            "docs/licenses/LICENSE-APACHE",
            "docs/licenses/LICENSE-MIT",
            "assets/fonts/LICENSE-DejaVu.txt",
            "scripts/third_party_licenses.py",
        ] {
            assert!(text.contains(needed), "{script} does not ship {needed}");
        }
    }
}
