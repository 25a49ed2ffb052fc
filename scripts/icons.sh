#!/usr/bin/env bash
# Makes the app's PNG icons from its one drawing, assets/icons/msgdpia.svg: assets/icons/
# msgdpia-SIZE.png at 16, 24, 32, 48, 64, 128, 256 and 512 px (the sizes of the freedesktop
# hicolor theme that desktops look for; the 128 px one is also the window icon), and
# assets/icons/SOURCE.sha256, the SHA-256 of the SVG they were made from. The integration tests
# fail when the SVG no longer matches SOURCE.sha256, so run this after any change to the drawing.
#
# Usage: scripts/icons.sh
# Installs librsvg2-bin (rsvg-convert) with apt when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rsvg-convert >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null
fi

svg=assets/icons/msgdpia.svg
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" \
        --output "assets/icons/msgdpia-$size.png"
    echo "assets/icons/msgdpia-$size.png"
done
# The digest alone, as the tests read it: the name of the file would tie it to this folder.
sha256sum "$svg" | cut -d' ' -f1 >assets/icons/SOURCE.sha256
echo "assets/icons/SOURCE.sha256: $(cat assets/icons/SOURCE.sha256)"
