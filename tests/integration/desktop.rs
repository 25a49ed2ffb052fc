//! Desktop integration on Linux: the desktop entry, the MIME type, the icons and the window's
//! app id and icon agree with each other and with what the Debian package installs; and
//! assessments saved as `.msgdpia` work everywhere `.ron` ones do.

use crate::support::run_msgdpia as msgdpia;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

/// The sizes of the PNG icons, in pixels: the freedesktop hicolor theme's usual ones.
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// The keys of the desktop entry's `[Desktop Entry]` group, without the translated ones.
fn desktop_entry() -> BTreeMap<String, String> {
    let text = read("assets/linux/msgdpia.desktop");
    let mut entry = BTreeMap::new();
    let mut in_group = false;
    for line in text.lines() {
        if line.starts_with('[') {
            in_group = line == "[Desktop Entry]";
        } else if in_group
            && !line.starts_with('#')
            && !line.contains('[')
            && let Some((key, value)) = line.split_once('=')
        {
            entry.insert(key.trim().to_string(), value.trim().to_string());
        }
    }
    entry
}

/// The values of the attributes written `{lead}="…"` in an XML text, in order: `lead` is the
/// attribute's name with what comes before it (` pattern`, `<mime-type type`).
fn attributes<'a>(xml: &'a str, lead: &str) -> Vec<&'a str> {
    let opening = format!("{lead}=\"");
    xml.match_indices(&opening)
        .filter_map(|(at, _)| {
            let rest = &xml[at + opening.len()..];
            rest.split_once('"').map(|(value, _)| value)
        })
        .collect()
}

/// The MIME XML without its comments, so that only its definitions are read.
fn mime_definitions() -> String {
    let text = read("assets/linux/msgdpia-mime.xml");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some((before, after)) = rest.split_once("<!--") {
        out.push_str(before);
        rest = after.split_once("-->").map_or("", |(_, tail)| tail);
    }
    out.push_str(rest);
    out
}

/// The app id the window gives: the constant where the `gui` feature is built, else the one
/// read off its source, so a build without the app still checks it.
fn app_id() -> String {
    #[cfg(feature = "gui")]
    {
        msgdpia::gui::APP_ID.to_string()
    }
    #[cfg(not(feature = "gui"))]
    {
        let source = read("src/gui/mod.rs");
        let (_, after) = source
            .split_once("pub const APP_ID: &str = \"")
            .expect("src/gui/mod.rs defines APP_ID");
        after.split('"').next().unwrap().to_string()
    }
}

#[test]
fn the_desktop_entry_agrees_with_the_mime_types_the_app_id_and_the_icons() {
    let entry = desktop_entry();
    let id = app_id();
    assert_eq!(id, "msgdpia");
    // Desktops match a window to the entry whose file name (or StartupWMClass) is its app id.
    assert!(root().join(format!("assets/linux/{id}.desktop")).is_file());
    assert_eq!(entry["StartupWMClass"], id);
    assert_eq!(entry["Icon"], id, "the icon is installed under the app id");
    assert_eq!(entry["Exec"], "msgdpia open %f");
    assert_eq!(entry["Type"], "Application");
    assert_eq!(entry["Terminal"], "false");
    assert_eq!(entry["Categories"], "Office;");
    for key in ["Name", "GenericName", "Comment"] {
        assert!(!entry[key].is_empty(), "{key}");
    }
    // The icon the entry names is drawn, and made in every size.
    assert!(
        root()
            .join(format!("assets/icons/{}.svg", entry["Icon"]))
            .is_file()
    );
    for size in ICON_SIZES {
        assert!(
            root()
                .join(format!("assets/icons/{}-{size}.png", entry["Icon"]))
                .is_file()
        );
    }
    // The entry opens exactly the types the MIME XML defines.
    let listed: Vec<&str> = entry["MimeType"]
        .split(';')
        .filter(|t| !t.is_empty())
        .collect();
    let definitions = mime_definitions();
    assert_eq!(listed, attributes(&definitions, "<mime-type type"));
    assert_eq!(
        attributes(&definitions, " pattern"),
        ["*.msgdpia", "*.msgdpia.age"]
    );
}

/// Runs the desktop entry's command line as a desktop would, with `%f` replaced by `file` or
/// dropped when there is none, and returns what it asks the desktop app to open.
fn launched_from_the_entry(file: Option<&str>) -> Option<msgdpia::cli::OpenRequest> {
    let exec = desktop_entry()["Exec"].clone();
    let args: Vec<std::ffi::OsString> = exec
        .split_whitespace()
        .filter_map(|word| match word {
            "%f" => file.map(Into::into),
            other => Some(other.into()),
        })
        .collect();
    let mut asked = None;
    let code = msgdpia::cli::main_with(args, |request| {
        asked = Some(request);
        Some(std::process::ExitCode::SUCCESS)
    });
    assert_eq!(code, std::process::ExitCode::SUCCESS, "{exec}");
    asked
}

#[test]
fn the_desktop_entry_opens_the_file_it_is_given_and_the_start_page_without_one() {
    let file = "/home/dpo/Firm chat & calls.msgdpia";
    assert_eq!(
        launched_from_the_entry(Some(file)),
        Some(msgdpia::cli::OpenRequest {
            file: Some(file.into()),
            step: None,
        })
    );
    assert_eq!(
        launched_from_the_entry(None),
        Some(msgdpia::cli::OpenRequest::default())
    );
}

/// The width and height a PNG's header gives, or `None` if it is not a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    // The signature, then the IHDR chunk: its length (4 bytes), its type, width and height.
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    Some((number(16), number(20)))
}

#[test]
fn png_sizes_are_read_from_the_header_and_anything_else_is_refused() {
    let icon = std::fs::read(root().join("assets/icons/msgdpia-48.png")).unwrap();
    assert_eq!(png_size(&icon), Some((48, 48)));
    assert_eq!(png_size(read("assets/icons/msgdpia.svg").as_bytes()), None);
    assert_eq!(png_size(&icon[..20]), None);
}

#[test]
fn every_png_icon_has_its_size_and_was_made_from_the_committed_drawing() {
    for size in ICON_SIZES {
        let name = format!("assets/icons/msgdpia-{size}.png");
        let bytes = std::fs::read(root().join(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(png_size(&bytes), Some((size, size)), "{name}");
    }
    // No icon of another size lies beside them, unlisted and uninstalled.
    for file in std::fs::read_dir(root().join("assets/icons")).unwrap() {
        let name = file.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(size) = name
            .strip_prefix("msgdpia-")
            .and_then(|n| n.strip_suffix(".png"))
        {
            assert!(
                ICON_SIZES.iter().any(|s| s.to_string() == size),
                "assets/icons/{name} is not one of the sizes made"
            );
        }
    }
    // scripts/icons.sh makes the PNGs and notes the digest of the drawing it made them from: a
    // drawing changed since means the PNGs are stale.
    let svg = read("assets/icons/msgdpia.svg");
    assert!(svg.contains("viewBox=\"0 0 256 256\""), "a square drawing");
    assert_eq!(
        read("assets/icons/SOURCE.sha256").trim(),
        msgdpia::fingerprint::sha256_hex(&svg),
        "assets/icons/msgdpia.svg changed since the PNGs were made: run scripts/icons.sh"
    );
}

#[cfg(feature = "gui")]
#[test]
fn the_window_icon_is_the_128_px_icon_decodes_and_fits_in_one_x11_request() {
    let png = std::fs::read(root().join("assets/icons/msgdpia-128.png")).unwrap();
    assert!(msgdpia::gui::WINDOW_ICON_PNG == png.as_slice());
    let icon = msgdpia::gui::window_icon().expect("the window icon decodes");
    assert_eq!((icon.width, icon.height), (128, 128));
    assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    // winit sets _NET_WM_ICON in one ChangeProperty request: a 24-byte header, then the width,
    // the height and a 32-bit value per pixel, within X11's 65,535 four-byte units. A 256 px
    // icon is just over, and the window gets none (seen under Xvfb with xprop).
    let request_units = 6 + 2 + (icon.width * icon.height) as usize;
    assert!(request_units <= 65_535, "{request_units}");
    // Drawn, not blank: its corners are transparent, its middle (the shield) opaque.
    assert_eq!(icon.rgba[3], 0);
    assert_eq!(icon.rgba[(64 * 128 + 64) * 4 + 3], 255);
}

/// Cargo.toml's `[package.metadata.deb]` assets: (source, destination) pairs.
fn deb_assets() -> Vec<(String, String)> {
    let manifest: toml::Table = toml::from_str(&read("Cargo.toml")).unwrap();
    let assets = manifest["package"]["metadata"]["deb"]["assets"]
        .as_array()
        .expect("[package.metadata.deb] lists its assets");
    assets
        .iter()
        .map(|asset| {
            let fields = asset.as_array().expect("[source, destination, mode]");
            let text = |i: usize| fields[i].as_str().unwrap().to_string();
            (text(0), text(1))
        })
        .collect()
}

#[test]
fn the_debian_package_installs_every_desktop_file_and_names_only_files_that_exist() {
    let assets = deb_assets();
    let installs = |source: &str, destination: &str| {
        assets
            .iter()
            .any(|(s, d)| s == source && d.trim_start_matches('/') == destination)
    };
    // What the repository holds exists; target/ is made by the build and scripts/deb.sh.
    for (source, _) in &assets {
        if !source.starts_with("target/") {
            assert!(root().join(source).is_file(), "{source} does not exist");
        }
    }
    let id = app_id();
    assert!(installs(
        &format!("assets/linux/{id}.desktop"),
        &format!("usr/share/applications/{id}.desktop")
    ));
    assert!(installs(
        "assets/linux/msgdpia-mime.xml",
        "usr/share/mime/packages/msgdpia.xml"
    ));
    assert!(installs(
        "assets/icons/msgdpia.svg",
        &format!("usr/share/icons/hicolor/scalable/apps/{id}.svg")
    ));
    for size in ICON_SIZES {
        assert!(
            installs(
                &format!("assets/icons/msgdpia-{size}.png"),
                &format!("usr/share/icons/hicolor/{size}x{size}/apps/{id}.png")
            ),
            "the {size} px icon"
        );
    }
    // Every file of the desktop integration is installed: all of assets/linux, and every
    // drawing of the icon (not the digest, the script's note, nor what other platforms may keep
    // beside them).
    for folder in ["assets/icons", "assets/linux"] {
        for file in std::fs::read_dir(root().join(folder)).unwrap() {
            let name = file.unwrap().file_name().to_string_lossy().into_owned();
            let drawing = name.ends_with(".png") || name.ends_with(".svg");
            let source = format!("{folder}/{name}");
            assert!(
                (folder == "assets/icons" && !drawing) || assets.iter().any(|(s, _)| *s == source),
                "{source} is not in the package"
            );
        }
    }
    assert!(installs("target/release/msgdpia", "usr/bin/"));
    assert!(installs(
        "target/deb-assets/man/*.1.gz",
        "usr/share/man/man1/"
    ));
    assert!(installs(
        "target/deb-assets/completions/msgdpia.bash",
        "usr/share/bash-completion/completions/msgdpia"
    ));
    assert!(installs(
        "target/deb-assets/completions/_msgdpia",
        "usr/share/zsh/vendor-completions/_msgdpia"
    ));
    assert!(installs(
        "target/deb-assets/completions/msgdpia.fish",
        "usr/share/fish/vendor_completions.d/msgdpia.fish"
    ));
    assert!(installs("README.md", "usr/share/doc/msgdpia/README.md"));
    // The licences: ours, the fonts' and those of every crate linked in.
    for licence in ["LICENSE-APACHE", "LICENSE-MIT"] {
        assert!(
            installs(
                &format!("docs/licenses/{licence}"),
                &format!("usr/share/doc/msgdpia/{licence}")
            ),
            "{licence}"
        );
    }
    assert!(installs(
        "target/deb-assets/THIRD-PARTY-LICENSES.txt",
        "usr/share/doc/msgdpia/THIRD-PARTY-LICENSES.txt"
    ));
}

/// The strings the MIME type's magic rule looks for, each with the last byte it may start at.
fn magic_rule() -> Vec<(String, usize)> {
    let definitions = mime_definitions();
    let values = attributes(&definitions, " value");
    let offsets = attributes(&definitions, " offset");
    assert_eq!(values.len(), offsets.len());
    values
        .into_iter()
        .zip(offsets)
        .map(|(value, offset)| {
            let (_, last) = offset.split_once(':').expect("a range of offsets");
            (value.to_string(), last.parse().unwrap())
        })
        .collect()
}

/// Whether every string of the magic rule starts within its range of `bytes` (nested matches
/// must all hold).
fn magic_matches(rule: &[(String, usize)], bytes: &[u8]) -> bool {
    rule.iter().all(|(value, last)| {
        let window = &bytes[..bytes.len().min(last + value.len())];
        window.windows(value.len()).any(|w| w == value.as_bytes())
    })
}

#[test]
fn the_mime_magic_recognises_every_assessment_and_nothing_else_shipped() {
    let rule = magic_rule();
    assert_eq!(rule.len(), 2, "{rule:?}");
    let mut assessments: Vec<PathBuf> = Vec::new();
    for folder in ["questionnaires/examples", "tests/formats"] {
        for file in std::fs::read_dir(root().join(folder)).unwrap() {
            let path = file.unwrap().path();
            // Not the lock a running app leaves beside an open example (`.~lock.NAME#`).
            if path.extension().is_some_and(|e| e == "ron") {
                assessments.push(path);
            }
        }
    }
    assert!(assessments.len() >= 8, "{assessments:?}");
    for path in &assessments {
        let bytes = std::fs::read(path).unwrap();
        assert!(magic_matches(&rule, &bytes), "{}", path.display());
    }
    // As the app writes one.
    let written = crate::support::example("uk-firm-signal-mdm.ron").to_ron();
    assert!(magic_matches(&rule, written.as_bytes()));
    // The other files msgdpia reads are not assessments.
    for other in [
        "assets/knowledge_base.ron",
        "questionnaires/default.ron",
        "Cargo.toml",
    ] {
        assert!(!magic_matches(&rule, read(other).as_bytes()), "{other}");
    }
}

fn succeeded(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    text
}

#[test]
fn an_assessment_saved_as_msgdpia_is_checked_scored_and_reported_by_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("firm.msgdpia");
    std::fs::copy(
        root().join("questionnaires/examples/uk-firm-signal-mdm.ron"),
        &file,
    )
    .unwrap();
    let f = file.as_os_str();
    let checked = succeeded(&msgdpia(&["check".as_ref(), f]));
    assert!(checked.contains("firm.msgdpia"), "{checked}");
    let scored = succeeded(&msgdpia(&["score".as_ref(), "--json".as_ref(), f]));
    assert!(scored.contains("\"stance\""), "{scored}");
    let pdf = dir.path().join("firm.pdf");
    succeeded(&msgdpia(&[
        "report".as_ref(),
        f,
        "-o".as_ref(),
        pdf.as_os_str(),
        "--date".as_ref(),
        "2026-11-23".as_ref(),
    ]));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    // Many at once: the report is named after the assessment, without its extension.
    let out = dir.path().join("reports");
    std::fs::create_dir(&out).unwrap();
    succeeded(&msgdpia(&[
        "report".as_ref(),
        f,
        "--output-dir".as_ref(),
        out.as_os_str(),
        "--html".as_ref(),
        "--date".as_ref(),
        "2026-11-23".as_ref(),
    ]));
    assert!(out.join("firm.html").is_file());
}

#[cfg(feature = "gui")]
mod app {
    use super::root;
    use msgdpia::date::Date;
    use msgdpia::gui::Workspace;
    use msgdpia::gui::command::Command;
    use msgdpia::gui::dialogs::{FileDialogs, Purpose};
    use msgdpia::present::vocabulary::Words;
    use std::cell::RefCell;
    use std::path::PathBuf;
    use std::rc::Rc;

    /// Dialogs that note the name each one suggests, and are then cancelled.
    struct Suggestions(Rc<RefCell<Vec<(Purpose, String)>>>);

    impl FileDialogs for Suggestions {
        fn ask(&self, purpose: Purpose, suggested: &str, _words: &Words) -> Option<PathBuf> {
            self.0.borrow_mut().push((purpose, suggested.to_string()));
            None
        }
    }

    #[test]
    fn the_dialogs_save_assessments_as_msgdpia_and_open_both_extensions() {
        assert_eq!(Purpose::SaveAssessment.extensions(), ["msgdpia"]);
        let opened = Purpose::OpenAssessment.extensions();
        for extension in ["msgdpia", "ron", "age"] {
            assert!(opened.contains(&extension), "{opened:?}");
        }
        // Questionnaires and knowledge bases stay .ron.
        assert_eq!(Purpose::OpenQuestionnaire.extensions(), ["ron"]);
    }

    #[test]
    fn the_app_opens_a_msgdpia_file_and_suggests_msgdpia_when_saving() {
        let suggested = Rc::new(RefCell::new(Vec::new()));
        let mut workspace = Workspace::new(
            Box::new(Suggestions(Rc::clone(&suggested))),
            Date::parse("2026-11-23").unwrap(),
        );
        workspace.apply(Command::Ask(Purpose::SaveAssessment));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("firm.msgdpia");
        std::fs::copy(
            root().join("questionnaires/examples/uk-firm-signal-mdm.ron"),
            &file,
        )
        .unwrap();
        workspace.apply(Command::OpenPath(file));
        let title = workspace.window_title();
        assert!(title.starts_with("firm.msgdpia"), "{title}");
        workspace.apply(Command::Ask(Purpose::SaveAssessment));
        let asked = suggested.borrow();
        assert_eq!(
            asked[0],
            (Purpose::SaveAssessment, "assessment.msgdpia".into())
        );
        let (purpose, name) = &asked[1];
        assert_eq!(*purpose, Purpose::SaveAssessment);
        assert!(
            name.ends_with(".msgdpia") && name.len() > ".msgdpia".len(),
            "{name}"
        );
    }
}
