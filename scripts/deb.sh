#!/usr/bin/env bash
# Builds the Debian package of msgdpia (target/debian/msgdpia_VERSION-1_ARCH.deb) with cargo-deb
# and checks what it installs: the binary, the desktop entry, the icons, the MIME type, a manual
# page per command and the bash, zsh and fish completions (the list is [package.metadata.deb] in
# Cargo.toml). It fails when a file is missing from the package, when its description is not
# the package's, when the desktop entry or the MIME type does not validate, or when GLib (as a
# file manager would) does not give a saved assessment its MIME type.
#
# The manual pages and completion scripts are written by the binary being packaged, into
# target/deb-assets/, so they always describe its commands. The binary is built (or found up to
# date) with the Cargo profile given, then packaged as it is: CI packages the debug binary its
# tests built, as a release build takes about eleven minutes here.
#
# Usage: scripts/deb.sh [PROFILE] [--no-build]   (release by default; CI: dev --no-build)
# --no-build packages the profile's binary as it is, however old (nothing checks that it is
# current): CI packages the one `cargo test` built in its fresh clone, as
# `cargo build` would compile about thirty crates again (without the tests' dev-dependencies,
# Cargo resolves some crates' features differently) for nearly four minutes.
# Then: sudo apt install ./target/debian/msgdpia_*.deb
# Installs with apt what it needs when missing (dpkg-dev, binutils, desktop-file-utils,
# shared-mime-info, libxml2-utils, libglib2.0-bin, python3), and cargo-deb, pinned, with cargo.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
build=yes
profile_given=no
for argument in "$@"; do
    case "$argument" in
        --no-build) build=no ;;
        -*)
            echo "usage: scripts/deb.sh [PROFILE] [--no-build]" >&2
            exit 2
            ;;
        *)
            if [ "$profile_given" = yes ]; then
                echo "usage: scripts/deb.sh [PROFILE] [--no-build]" >&2
                exit 2
            fi
            profile="$argument" profile_given=yes
            ;;
    esac
done
# The version of cargo-deb whose options this script uses (`--no-build`, `--profile`, `--fast`).
cargo_deb_version="3.8.0"

case "$profile" in
    dev | test) binary_dir=target/debug ;;
    *) binary_dir="target/$profile" ;;
esac

install_missing_tools() {
    local packages=()
    command -v dpkg-shlibdeps >/dev/null 2>&1 || packages+=(dpkg-dev)
    command -v strip >/dev/null 2>&1 || packages+=(binutils)
    command -v desktop-file-validate >/dev/null 2>&1 || packages+=(desktop-file-utils)
    command -v update-mime-database >/dev/null 2>&1 || packages+=(shared-mime-info)
    command -v xmllint >/dev/null 2>&1 || packages+=(libxml2-utils)
    command -v gio >/dev/null 2>&1 || packages+=(libglib2.0-bin)
    command -v python3 >/dev/null 2>&1 || packages+=(python3)
    if [ "${#packages[@]}" -gt 0 ]; then
        local sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            "${packages[@]}" >/dev/null
    fi
    if [ "$(cargo deb --version 2>/dev/null || true)" != "cargo-deb $cargo_deb_version" ]; then
        echo "Installing cargo-deb $cargo_deb_version (about three minutes)"
        cargo install cargo-deb --locked --version "$cargo_deb_version" --quiet
    fi
}

# The commands of the binary, read off its help as the completion tests do (`help` is clap's).
commands_of() {
    "$1" --help | sed -n '/^Commands:/,/^$/p' | sed '1d' | awk '{ print $1 }' | grep -v '^help$' \
        | grep .
}

write_generated_assets() {
    local binary="$1" out=target/deb-assets
    rm -rf "$out"
    mkdir -p "$out/man" "$out/completions"
    # gzip -n: no name or time stamp, so the same binary gives the same package.
    "$binary" man | gzip -9n >"$out/man/msgdpia.1.gz"
    for command in $(commands_of "$binary"); do
        "$binary" man "$command" | gzip -9n >"$out/man/msgdpia-$command.1.gz"
    done
    "$binary" completions bash >"$out/completions/msgdpia.bash"
    "$binary" completions zsh >"$out/completions/_msgdpia"
    "$binary" completions fish >"$out/completions/msgdpia.fish"
    # The licences of the crates linked into the program, for the host it is built for.
    python3 scripts/third_party_licenses.py "$(rustc -vV | sed -n 's/^host: //p')" \
        "$out/THIRD-PARTY-LICENSES.txt"
}

# Every path the package must hold, one a line, as `dpkg-deb -c` prints them (after the `.`).
expected_paths() {
    local binary="$1"
    cat <<'EOF'
/usr/bin/msgdpia
/usr/share/applications/msgdpia.desktop
/usr/share/mime/packages/msgdpia.xml
/usr/share/icons/hicolor/scalable/apps/msgdpia.svg
/usr/share/man/man1/msgdpia.1.gz
/usr/share/bash-completion/completions/msgdpia
/usr/share/zsh/vendor-completions/_msgdpia
/usr/share/fish/vendor_completions.d/msgdpia.fish
/usr/share/doc/msgdpia/README.md
/usr/share/doc/msgdpia/copyright
/usr/share/doc/msgdpia/LICENSE-DejaVu.txt
/usr/share/doc/msgdpia/LICENSE-APACHE
/usr/share/doc/msgdpia/LICENSE-MIT
/usr/share/doc/msgdpia/THIRD-PARTY-LICENSES.txt
EOF
    for size in 16 24 32 48 64 128 256 512; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/msgdpia.png"
    done
    for command in $(commands_of "$binary"); do
        echo "/usr/share/man/man1/msgdpia-$command.1.gz"
    done
}

check_listing() {
    local deb="$1" binary="$2" listing missing=0
    listing="$(dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\.||')"
    while read -r path; do
        if ! grep -qxF "$path" <<<"$listing"; then
            echo "missing from $deb: $path" >&2
            missing=1
        fi
    done < <(expected_paths "$binary")
    if [ "$missing" -ne 0 ]; then exit 1; fi
    echo "dpkg-deb -c: all $(expected_paths "$binary" | wc -l) expected files are in the package"
}

check_control() {
    local deb="$1" info
    info="$(dpkg-deb -I "$deb")"
    for field in "Package: msgdpia" "Description: Messaging DPIA" "data protection impact assessment" \
        "Depends: libc6"; do
        if ! grep -qF "$field" <<<"$info"; then
            echo "dpkg-deb -I $deb lacks \"$field\":" >&2
            echo "$info" >&2
            exit 1
        fi
    done
    echo "dpkg-deb -I: package, description and dependencies present"
}

# The MIME type GLib (file managers) gives a file, with only the MIME database under `data`.
content_type() {
    XDG_DATA_DIRS="$1" XDG_DATA_HOME="$1" gio info -a standard::content-type "$2" \
        | sed -n 's/^ *standard::content-type: //p'
}

# Validates the desktop entry and the MIME type as installed, and that GLib finds the MIME type
# of an assessment by its name (.msgdpia, .msgdpia.age) or, named .ron, by its text.
check_installed_files() {
    local deb="$1" root="$work/root"
    dpkg-deb -x "$deb" "$root"
    desktop-file-validate "$root/usr/share/applications/msgdpia.desktop"
    xmllint --noout "$root/usr/share/mime/packages/msgdpia.xml"
    # A MIME database of just the freedesktop types and ours, built as the package's trigger
    # would build the system's.
    mkdir -p "$root/mime/packages"
    if [ -f /usr/share/mime/packages/freedesktop.org.xml ]; then
        cp /usr/share/mime/packages/freedesktop.org.xml "$root/mime/packages/"
    fi
    cp "$root/usr/share/mime/packages/msgdpia.xml" "$root/mime/packages/"
    XDG_DATA_DIRS="$root" update-mime-database "$root/mime"
    local example=questionnaires/examples/uk-firm-signal-mdm.ron
    cp "$example" "$root/saved.msgdpia"
    cp "$example" "$root/saved.ron"
    printf 'age-encryption.org/v1\n' >"$root/saved.msgdpia.age"
    printf 'Not an assessment\n' >"$root/notes.ron"
    local file expected found
    for file in saved.msgdpia:application/x-msgdpia-assessment \
        saved.ron:application/x-msgdpia-assessment \
        saved.msgdpia.age:application/x-msgdpia-assessment-encrypted notes.ron:text/plain; do
        expected="${file#*:}"
        found="$(content_type "$root" "$root/${file%%:*}")"
        if [ "$found" != "$expected" ]; then
            echo "${file%%:*} is $found to GLib, not $expected" >&2
            exit 1
        fi
        echo "gio: ${file%%:*} is $found"
    done
    "$root/usr/bin/msgdpia" --version
    zcat "$root/usr/share/man/man1/msgdpia.1.gz" | grep -q '^\.TH msgdpia 1'
    echo "desktop-file-validate, xmllint and update-mime-database: OK"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

install_missing_tools
binary="$binary_dir/msgdpia"
if [ "$build" = yes ]; then
    cargo build --locked --profile "$profile" --bin msgdpia
elif [ ! -x "$binary" ]; then
    echo "scripts/deb.sh: --no-build, but there is no $binary to package" >&2
    exit 1
fi
write_generated_assets "$binary"

# --no-build: package the binary just built, from the profile's own folder (cargo-deb reads the
# `target/release/` of Cargo.toml's assets as that folder). cargo-deb warns that the dev profile
# is for checking, not shipping, which is what CI does with it; --fast there too, as the package
# is checked, not shipped.
deb_options=(--no-build --profile "$profile" --output target/debian/)
if [ "$profile" != "release" ]; then deb_options+=(--fast); fi
deb="$(cargo deb "${deb_options[@]}" | tail -n 1)"
echo "built $deb"

check_listing "$deb" "$binary"
check_control "$deb"
check_installed_files "$deb"
dpkg-deb -c "$deb"
