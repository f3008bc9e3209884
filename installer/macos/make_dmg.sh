#!/usr/bin/env bash
# Wrap Partage.app in a .dmg (the app and a link to /Applications), on macOS.
#
#     installer/macos/make_dmg.sh [APP] [DMG]
#
# `python3 installer/build.py --package` builds dist/Partage.app (PyInstaller's BUNDLE
# step in installer/partage.spec writes its Info.plist) and then runs this script.
#
# Optional, for a download that opens without a Gatekeeper warning:
#   PARTAGE_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)". Read by the spec
#                              too (it signs every binary with the hardened runtime); here
#                              it checks the app's signature and signs the .dmg.
#   PARTAGE_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                              `xcrun notarytool store-credentials PROFILE --apple-id …
#                              --team-id …`: the .dmg is sent to Apple's notary service,
#                              then the ticket is stapled to it.
# Without them the .dmg is unsigned: it works on the Mac that built it, and elsewhere
# after a right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."

app="${1:-dist/Partage.app}"
if [ "$(uname -s)" != "Darwin" ]; then
    echo "make_dmg.sh: hdiutil and codesign exist only on macOS" >&2
    exit 2
fi
if [ ! -d "$app/Contents/MacOS" ]; then
    echo "make_dmg.sh: no app at $app; run python3 installer/build.py first" >&2
    exit 2
fi
plist="$app/Contents/Info.plist"
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")"
dmg="${2:-dist/partage-$version-macos-$(uname -m).dmg}"

identity="${PARTAGE_CODESIGN_IDENTITY:-}"
if [ -n "$identity" ]; then
    echo "::: checking the app's signature"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

echo "::: making $dmg"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")"     # ditto keeps symlinks and signatures
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Partage $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg" >/dev/null

if [ -n "$identity" ]; then
    echo "::: signing the disk image"
    codesign --sign "$identity" --timestamp "$dmg"
    if [ -n "${PARTAGE_NOTARY_PROFILE:-}" ]; then
        echo "::: notarising (several minutes)"
        xcrun notarytool submit "$dmg" --keychain-profile "$PARTAGE_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    fi
fi
hdiutil verify "$dmg" >/dev/null
echo "$dmg"
