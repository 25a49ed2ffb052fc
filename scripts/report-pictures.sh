#!/usr/bin/env bash
# Regenerates the pictures of the report the README shows: docs/example-report.pdf and
# docs/example-report.html (the Scottish example, dated 2026-12-02), one PNG per page of the PDF
# in docs/report-pages/ (pdftoppm, 60 dpi), the README's table of those pages, two pictures of
# the HTML export in headless Chromium (docs/html-report.png on screen, docs/html-report-print.png
# a printed A4 page with the risk maps), and docs/report-pages/SOURCE.sha256, the SHA-256 of the
# PDF and the HTML the pictures were made from. The integration tests fail when the PDF or the
# HTML differs from a fresh rendering or when SOURCE.sha256 differs from them, so run this after
# any change to the report.
#
# It also pictures every page of the report in French (docs/report-pages/fr/) and in Traditional
# Chinese (docs/report-pages/zh-HK/), which the README shows beside the English.
#
# Usage: scripts/report-pictures.sh
# Installs poppler-utils (pdftoppm) and chromium with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends poppler-utils chromium >/dev/null
fi

cargo build --quiet --no-default-features
target/debug/msgdpia report questionnaires/examples/scottish-team-whatsapp.ron \
    -o docs/example-report.pdf --date 2026-12-02
target/debug/msgdpia report questionnaires/examples/scottish-team-whatsapp.ron \
    -o docs/example-report.html --date 2026-12-02
rm -f docs/report-pages/page-*.png
pdftoppm -png -r 60 docs/example-report.pdf docs/report-pages/page

# The report in French (the Scottish example) and in Traditional Chinese (the Hong Kong firm's,
# drawn with the installed Noto Sans CJK, as `msgdpia report --lang zh-HK` draws it): pictures
# only, since the Chinese PDF holds a subset of a font that differs from machine to machine.
translated="$(mktemp -d)"
for pair in fr:scottish-team-whatsapp zh-HK:hk-law-firm-wechat; do
    lang="${pair%%:*}"
    example="${pair#*:}"
    target/debug/msgdpia report "questionnaires/examples/$example.ron" --lang "$lang" \
        -o "$translated/$lang.pdf" --date 2026-12-02 >/dev/null
    mkdir -p "docs/report-pages/$lang"
    rm -f "docs/report-pages/$lang"/page-*.png
    pdftoppm -png -r 60 "$translated/$lang.pdf" "docs/report-pages/$lang/page"
done
rm -rf "$translated"

# The HTML in headless Chromium, offline (the flags keep it from calling home): the top of the
# page on screen, and the printed page that holds the risk maps.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
chromium_offline() {
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$scratch/profile" "$@" 2>/dev/null
}
html="file://$PWD/docs/example-report.html"
chromium_offline --screenshot="$PWD/docs/html-report.png" --window-size=1100,1400 "$html"
chromium_offline --print-to-pdf="$scratch/printed.pdf" --no-pdf-header-footer "$html"
maps_page=""
pages="$(pdfinfo "$scratch/printed.pdf" | awk '/^Pages:/ {print $2}')"
for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$scratch/printed.pdf" - | grep -q "^Before safeguards (inherent)"; then
        maps_page="$page"
        break
    fi
done
if [ -z "$maps_page" ]; then
    echo "the printed HTML has no page with the risk maps" >&2
    exit 1
fi
pdftoppm -png -r 70 -singlefile -f "$maps_page" -l "$maps_page" "$scratch/printed.pdf" "$scratch/maps"
cp "$scratch/maps.png" docs/html-report-print.png

{
    sha256sum docs/example-report.pdf | cut -d' ' -f1
    sha256sum docs/example-report.html | cut -d' ' -f1
} > docs/report-pages/SOURCE.sha256

# The README's table: four pages a row, between the line that introduces it and the next blank
# line.
python3 - <<'PY'
import pathlib, re
pages = sorted(p.name for p in pathlib.Path("docs/report-pages").glob("page-*.png"))
def table(folder):
    pages = sorted(p.name for p in pathlib.Path(folder).glob("page-*.png"))
    rows = ["| | | | |", "|---|---|---|---|"]
    for start in range(0, len(pages), 4):
        cells = [f"![{n}]({folder}/{n})" for n in pages[start:start + 4]]
        cells += [""] * (4 - len(cells))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"

readme = pathlib.Path("README.md")
text = readme.read_text()
for introduction, folder in [
    (r"rendered\nwith `pdftoppm -png -r 60`:\n\n", "docs/report-pages"),
    (r"The same report in French \(`--lang fr`\):\n\n", "docs/report-pages/fr"),
    (r"The Hong Kong firm's report in Traditional Chinese \(`--lang zh-HK`\):\n\n",
     "docs/report-pages/zh-HK"),
]:
    pattern = re.compile("(" + introduction + r")(\|.*\|\n)+")
    text, count = pattern.subn(lambda m: m.group(1) + table(folder), text)
    if count != 1:
        raise SystemExit(f"README.md: the table of {folder} was not found")
readme.write_text(text)
PY
echo "docs/example-report.pdf: $(ls docs/report-pages/page-*.png | wc -l) pages pictured"
