#!/usr/bin/env bash
# Regenerates the pictures of the report the README shows: docs/example-report.pdf (the Scottish
# example, dated 2026-12-02), one PNG per page in docs/report-pages/ (pdftoppm, 60 dpi), the
# README's table of those pages, and docs/report-pages/SOURCE.sha256, the SHA-256 of the PDF the
# PNGs were made from. The integration tests fail when the PDF differs from a fresh rendering or
# when SOURCE.sha256 differs from the PDF, so run this after any change to the report.
#
# Usage: scripts/report-pictures.sh
# Installs poppler-utils (pdftoppm) with apt when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pdftoppm >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
fi

cargo build --quiet --no-default-features
target/debug/msgdpia report questionnaires/examples/scottish-team-whatsapp.ron \
    -o docs/example-report.pdf --date 2026-12-02
rm -f docs/report-pages/page-*.png
pdftoppm -png -r 60 docs/example-report.pdf docs/report-pages/page
sha256sum docs/example-report.pdf | cut -d' ' -f1 > docs/report-pages/SOURCE.sha256

# The README's table: four pages a row, between the line that introduces it and the next blank
# line.
python3 - <<'PY'
import pathlib, re
pages = sorted(p.name for p in pathlib.Path("docs/report-pages").glob("page-*.png"))
rows = ["| | | | |", "|---|---|---|---|"]
for start in range(0, len(pages), 4):
    cells = [f"![{n}](docs/report-pages/{n})" for n in pages[start:start + 4]]
    cells += [""] * (4 - len(cells))
    rows.append("| " + " | ".join(cells) + " |")
readme = pathlib.Path("README.md")
text = readme.read_text()
pattern = re.compile(r"(rendered\nwith `pdftoppm -png -r 60`:\n\n)(\|.*\|\n)+")
new, count = pattern.subn(lambda m: m.group(1) + "\n".join(rows) + "\n", text)
if count != 1:
    raise SystemExit("README.md: the table of report pages was not found")
readme.write_text(new)
PY
echo "docs/example-report.pdf: $(ls docs/report-pages/page-*.png | wc -l) pages pictured"
