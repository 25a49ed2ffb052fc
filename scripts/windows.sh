#!/usr/bin/env bash
# Builds msgdpia for 64-bit Windows from Linux, with its icon and version information embedded in
# the .exe, checks the .exe under Wine, and packs it with the licences and README into a zip.
#
# Usage: scripts/windows.sh [--no-wine]
#   --no-wine  build and pack only (on a machine where Wine cannot run)
#
# Steps, each of which stops the script when it fails:
# 1. installs what it needs when missing: mingw-w64 (the linker and windres, from Debian),
#    ImageMagick (the .ico), zip and unzip, python3 (the third-party licences), wine, qpdf and
#    poppler-utils (checking the PDFs Wine wrote), and the Rust target x86_64-pc-windows-gnu;
# 2. makes target/windows/msgdpia.ico from the committed PNG icons and a resource script with the
#    version from Cargo.toml, and compiles both with windres into one COFF object;
# 3. `cargo build --release --target x86_64-pc-windows-gnu`, linking that object into the
#    msgdpia binary only (`cargo rustc … -- -C link-arg=…`), so no build script and no
#    resource crate is needed;
# 4. under Wine, with a throwaway prefix and no display: `msgdpia.exe --help`, then a PDF report of
#    each shipped example, which must pass `qpdf --check` and have the page count of the Linux
#    build's report of the same example;
# 5. writes target/windows/msgdpia-VERSION-windows-x86_64.zip: msgdpia.exe, README.md, the
#    licences (docs/licenses/, the DejaVu fonts' licence, THIRD-PARTY-LICENSES.txt) and the
#    example assessments.
set -euo pipefail
cd "$(dirname "$0")/.."

wine_check=1
for argument in "$@"; do
    case "$argument" in
        --no-wine) wine_check=0 ;;
        *) echo "unknown option: $argument" >&2; exit 2 ;;
    esac
done

target=x86_64-pc-windows-gnu
out=target/windows
step() { printf '\n==> %s\n' "$*"; }

step "Installing missing tools"
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(mingw-w64)
command -v convert >/dev/null || missing+=(imagemagick)
command -v zip >/dev/null || missing+=(zip)
command -v unzip >/dev/null || missing+=(unzip)
command -v python3 >/dev/null || missing+=(python3)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
if [ "$wine_check" -eq 1 ] && ! command -v wine >/dev/null; then missing+=(wine wine64); fi
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
rustup target add "$target" >/dev/null

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | sed -n 1p)"
IFS=. read -r major minor patch <<<"$version"

step "Icon and version information (msgdpia $version)"
rm -rf "$out" && mkdir -p "$out"
# Windows shows 16 to 48 px in lists and Explorer, 256 px in large views.
convert assets/icons/msgdpia-{16,24,32,48,64,128,256}.png "$out/msgdpia.ico"
cat >"$out/msgdpia.rc" <<EOF
1 ICON "msgdpia.ico"
1 VERSIONINFO
FILEVERSION $major,$minor,$patch,0
PRODUCTVERSION $major,$minor,$patch,0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "The Messaging DPIA developers"
      VALUE "FileDescription", "Messaging DPIA"
      VALUE "FileVersion", "$version"
      VALUE "InternalName", "msgdpia"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
      VALUE "OriginalFilename", "msgdpia.exe"
      VALUE "ProductName", "Messaging DPIA"
      VALUE "ProductVersion", "$version"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
EOF
(cd "$out" && x86_64-w64-mingw32-windres -O coff -o msgdpia-resources.o msgdpia.rc)

step "Release build for $target"
# The resource object goes to the final link of the binary only; the library and every
# dependency are built as usual (and shared with a plain `cargo build --target …`).
cargo rustc --locked --release --target "$target" --bin msgdpia -- \
    -C link-arg="$(pwd)/$out/msgdpia-resources.o"
exe="target/$target/release/msgdpia.exe"
# The symbols are for debugging only; the shipped program goes without them.
x86_64-w64-mingw32-strip -o "$out/msgdpia.exe" "$exe"
# Version information and icon are in the executable's resource section.
if ! x86_64-w64-mingw32-objdump -h "$out/msgdpia.exe" | grep -q '\.rsrc'; then
    echo "msgdpia.exe has no resource section: the icon and version were not linked" >&2
    exit 1
fi
echo "msgdpia.exe: $(du -h "$out/msgdpia.exe" | cut -f1), with a resource section"

if [ "$wine_check" -eq 1 ]; then
    step "Under Wine: --help and a report of each example"
    export WINEPREFIX="$(pwd)/$out/wine-prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    # No display: the command-line paths must work without one.
    unset DISPLAY WAYLAND_DISPLAY
    wineboot --init >/dev/null 2>&1 || true
    # Rust's standard library draws random numbers with ProcessPrng from bcryptprimitives.dll
    # (Windows 10 and later), which Debian's Wine 8 lacks. A one-function stand-in, calling the
    # BCryptGenRandom Wine has, is built beside a copy of the .exe for Wine only; the zip never
    # holds it.
    wine_dir="$out/wine-run"
    mkdir -p "$wine_dir"
    printf '%s\n' '#include <windows.h>' '#include <bcrypt.h>' \
        '__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {' \
        '    return BCryptGenRandom(NULL, data, (ULONG)length, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;' \
        '}' >"$wine_dir/bcryptprimitives.c"
    x86_64-w64-mingw32-gcc -shared -O2 -o "$wine_dir/bcryptprimitives.dll" \
        "$wine_dir/bcryptprimitives.c" -lbcrypt
    cp "$out/msgdpia.exe" "$wine_dir/"
    wine "$wine_dir/msgdpia.exe" --help >"$out/help.txt" 2>"$out/wine-stderr.txt"
    grep -q "Usage: msgdpia" "$out/help.txt" || { cat "$out/help.txt" "$out/wine-stderr.txt" >&2; exit 1; }
    echo "wine msgdpia.exe --help: $(grep -c . "$out/help.txt") lines"
    # The Linux build's reports, to compare page counts with.
    linux_exe=target/debug/msgdpia
    [ -x "$linux_exe" ] || cargo build --locked --no-default-features
    mkdir -p "$out/reports"
    for example in questionnaires/examples/*.ron; do
        name="$(basename "$example" .ron)"
        wine "$wine_dir/msgdpia.exe" report "$example" -o "$out/reports/$name.pdf" --date 2026-11-23 \
            >/dev/null 2>>"$out/wine-stderr.txt"
        qpdf --check "$out/reports/$name.pdf" >/dev/null
        "$linux_exe" report "$example" -o "$out/reports/$name-linux.pdf" --date 2026-11-23 >/dev/null 2>&1
        windows_pages="$(pdfinfo "$out/reports/$name.pdf" | awk '/^Pages:/ { print $2 }')"
        linux_pages="$(pdfinfo "$out/reports/$name-linux.pdf" | awk '/^Pages:/ { print $2 }')"
        if [ "$windows_pages" != "$linux_pages" ]; then
            echo "$name: $windows_pages pages under Wine, $linux_pages on Linux" >&2
            exit 1
        fi
        same="differs in bytes (fonts found on each system differ)"
        cmp -s "$out/reports/$name.pdf" "$out/reports/$name-linux.pdf" && same="byte-identical to Linux's"
        echo "wine msgdpia.exe report $name: $windows_pages pages, qpdf OK, $same"
    done
fi

step "Zip"
package="msgdpia-$version-windows-x86_64"
stage="$out/$package"
mkdir -p "$stage/licenses" "$stage/examples"
cp "$out/msgdpia.exe" README.md "$stage/"
cp docs/licenses/LICENSE-APACHE docs/licenses/LICENSE-MIT "$stage/licenses/"
cp assets/fonts/LICENSE-DejaVu.txt "$stage/licenses/"
python3 scripts/third_party_licenses.py "$target" "$stage/licenses/THIRD-PARTY-LICENSES.txt"
cp questionnaires/examples/*.ron "$stage/examples/"
# Fixed timestamps and order, so the same build gives the same zip.
# zip stores local time: in UTC, the zip is the same on every machine.
export TZ=UTC
find "$stage" -exec touch -d 2026-01-01T00:00:00 {} +
(cd "$out" && find "$package" -type f | LC_ALL=C sort | zip -q -X -@ "$package.zip")
unzip -l "$out/$package.zip"
echo "$out/$package.zip"
