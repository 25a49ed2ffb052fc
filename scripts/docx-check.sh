#!/usr/bin/env bash
# Opens the Word export of every example, in English, French and Chinese, in LibreOffice: each
# report is written as .docx with the built binary, converted to PDF by `soffice --headless
# --convert-to pdf`, and the check fails if LibreOffice reports an error, writes no PDF, or gives
# an implausible number of pages.
#
# Plausible: between 2/3 and 3/2 of the pages of our own PDF of the same example, and at least
# two. The two layouts differ (LibreOffice's fonts, line breaking and table rows kept whole, our
# PDF's half-page rule for new sections), so the counts differ by a few pages; a document that
# lost its body, or whose tables overflow into a page per row, misses these bounds by far.
#
# Usage: scripts/docx-check.sh [BINARY] [--pictures DIR]
#   BINARY            the msgdpia binary (default target/debug/msgdpia)
#   --pictures DIR    also write each page of the Scottish example in English as
#                     DIR/page-NN.png (60 dpi), and every example in every language on one sheet,
#                     DIR/sheets/EXAMPLE-LANGUAGE.png
#
# LibreOffice (libreoffice-writer-nogui) and poppler-utils are installed with apt when missing.
set -euo pipefail

cd "$(dirname "$0")/.."

binary=target/debug/msgdpia
pictures=""
while [ $# -gt 0 ]; do
    case "$1" in
    --pictures)
        pictures="${2:?--pictures needs a folder}"
        shift 2
        ;;
    *)
        binary="$1"
        shift
        ;;
    esac
done
# The report date is fixed, so the pictures only change when the report does.
date=2026-12-02
pictured=scottish-team-whatsapp-en

if [ ! -x "$binary" ]; then
    echo "docx-check: no binary at $binary (build it first, or give its path)" >&2
    exit 1
fi

apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if ! command -v soffice >/dev/null; then
    echo "docx-check: installing LibreOffice Writer"
    apt_install libreoffice-writer-nogui
fi
if ! command -v pdfinfo >/dev/null || ! command -v pdftoppm >/dev/null; then
    apt_install poppler-utils
fi
if [ -n "$pictures" ] && ! command -v montage >/dev/null; then
    apt_install imagemagick
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own: never the user's, and no other soffice running on it.
profile="file://$work/profile"

pages() {
    pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
}

failed=0
for example in questionnaires/examples/*.ron; do
  for language in en fr zh-HK; do
    name="$(basename "$example" .ron)-$language"
    "$binary" report "$example" -o "$work/$name.docx" --date "$date" --lang "$language" >/dev/null
    "$binary" report "$example" -o "$work/$name.ours.pdf" --date "$date" --lang "$language" >/dev/null
    if ! soffice -env:UserInstallation="$profile" --headless --convert-to pdf \
        --outdir "$work" "$work/$name.docx" >"$work/$name.log" 2>&1; then
        echo "docx-check: $name: LibreOffice failed:" >&2
        cat "$work/$name.log" >&2
        failed=1
        continue
    fi
    # soffice exits 0 even when it could not load a file ("Error: source file could not be
    # loaded"): it says so instead.
    if grep -qi "^error" "$work/$name.log" || [ ! -s "$work/$name.pdf" ]; then
        echo "docx-check: $name: LibreOffice wrote no PDF:" >&2
        cat "$work/$name.log" >&2
        failed=1
        continue
    fi
    word=$(pages "$work/$name.pdf")
    ours=$(pages "$work/$name.ours.pdf")
    low=$((ours * 2 / 3))
    high=$((ours * 3 / 2))
    if [ "$word" -lt 2 ] || [ "$word" -lt "$low" ] || [ "$word" -gt "$high" ]; then
        echo "docx-check: $name: LibreOffice made $word pages of the Word export; our PDF has $ours (expected $low to $high)" >&2
        failed=1
    else
        echo "docx-check: $name: $word pages in LibreOffice, $ours in our PDF"
    fi
    if [ -n "$pictures" ] && [ "$name" = "$pictured" ]; then
        mkdir -p "$pictures"
        rm -f "$pictures"/page-*.png
        pdftoppm -png -r 60 "$work/$name.pdf" "$pictures/page"
        echo "docx-check: the pages of $name are in $pictures"
    fi
    # Every other example and language on one sheet each, small, to look over the whole.
    if [ -n "$pictures" ]; then
        mkdir -p "$pictures/sheets" "$work/$name.pages"
        pdftoppm -png -r 20 "$work/$name.pdf" "$work/$name.pages/page"
        montage "$work/$name.pages"/page-*.png -tile 8x -geometry +3+3 -background '#d0d0d0' \
            -colors 64 "PNG8:$pictures/sheets/$name.png"
    fi
  done
done
exit "$failed"
