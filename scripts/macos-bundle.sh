#!/usr/bin/env bash
# Builds "Messaging DPIA.app" and a disk image on macOS (it cannot run on Linux: it needs Xcode's
# command-line tools for lipo, iconutil, codesign and hdiutil). The release workflow that runs it
# on a macOS runner is in docs/release.md.
#
# Usage: scripts/macos-bundle.sh [SIGNING_IDENTITY]
#   SIGNING_IDENTITY  a "Developer ID Application: …" identity from the keychain; without it the
#                     bundle is signed ad hoc (runs on the machine that built it; Gatekeeper
#                     refuses it elsewhere until it is signed and notarised)
#
# Bundle layout:
#   Messaging DPIA.app/Contents/Info.plist          from assets/macos/Info.plist, with the version
#   Messaging DPIA.app/Contents/MacOS/msgdpia       one universal binary (arm64 and x86_64)
#   Messaging DPIA.app/Contents/Resources/msgdpia.icns   from the committed PNG icons
#   Messaging DPIA.app/Contents/Resources/licenses/ the licences, as in the Windows zip
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" != "Darwin" ]; then
    echo "scripts/macos-bundle.sh runs on macOS only (see docs/release.md)" >&2
    exit 2
fi
identity="${1:--}"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | sed -n 1p)"
out=target/macos
app="$out/Messaging DPIA.app"

rustup target add aarch64-apple-darwin x86_64-apple-darwin
for target in aarch64-apple-darwin x86_64-apple-darwin; do
    cargo build --locked --release --target "$target"
done

rm -rf "$out" && mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources/licenses"
lipo -create -output "$app/Contents/MacOS/msgdpia" \
    target/aarch64-apple-darwin/release/msgdpia target/x86_64-apple-darwin/release/msgdpia
sed "s/@VERSION@/$version/g" assets/macos/Info.plist >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"

# iconutil wants each size at 1x and 2x, named as below.
iconset="$out/msgdpia.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256; do
    cp "assets/icons/msgdpia-$size.png" "$iconset/icon_${size}x${size}.png"
    cp "assets/icons/msgdpia-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
done
cp assets/icons/msgdpia-512.png "$iconset/icon_512x512.png"
iconutil -c icns -o "$app/Contents/Resources/msgdpia.icns" "$iconset"

cp docs/licenses/LICENSE-APACHE docs/licenses/LICENSE-MIT assets/fonts/LICENSE-DejaVu.txt \
    "$app/Contents/Resources/licenses/"
python3 scripts/third_party_licenses.py aarch64-apple-darwin \
    "$app/Contents/Resources/licenses/THIRD-PARTY-LICENSES.txt"

codesign --force --options runtime --timestamp --sign "$identity" "$app"
codesign --verify --strict --verbose=2 "$app"

# The disk image shows the app beside a link to Applications, to drag it onto.
image_folder="$out/image"
mkdir -p "$image_folder"
cp -R "$app" "$image_folder/"
ln -s /Applications "$image_folder/Applications"
hdiutil create -volname "Messaging DPIA" -srcfolder "$image_folder" -ov -format UDZO \
    "$out/msgdpia-$version-macos-universal.dmg"
echo "$out/msgdpia-$version-macos-universal.dmg"
