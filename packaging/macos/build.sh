#!/usr/bin/env bash
# Build jvdesk for macOS: the PyInstaller .app bundle, signed ad hoc, in a .dmg.
#   packaging/macos/build.sh VENV_BIN OUT_DIR
# macOS 26 refuses unsigned PyInstaller apps on Apple silicon, so the app is signed ad hoc
# at least (`codesign -s -`); with a Developer ID in $JVDESK_SIGNING_IDENTITY it is signed
# with that identity and the hardened runtime instead, ready for notarisation.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.venv/bin}
out=${2:-dist}
version=$("$bin/python" -c 'import jvdesk; print(jvdesk.__version__)')
arch=$(uname -m)

"$bin/python" packaging/make_icons.py build/icons >/dev/null
rm -rf "$out/jvdesk" "$out/jvdesk.app" build/pyinstaller
"$bin/pyinstaller" --noconfirm --log-level WARN --distpath "$out" --workpath build/pyinstaller \
  packaging/jvdesk.spec

identity=${JVDESK_SIGNING_IDENTITY:--}
if [[ $identity == - ]]; then
  codesign --force --deep --sign - "$out/jvdesk.app"
else
  codesign --force --deep --options runtime --timestamp --sign "$identity" "$out/jvdesk.app"
fi
codesign --verify --deep --strict "$out/jvdesk.app"

# A smoke test before packing: the bundled command answers and the app opens every panel.
"$out/jvdesk.app/Contents/MacOS/jvdesk" --version
QT_QPA_PLATFORM=offscreen "$out/jvdesk.app/Contents/MacOS/jvdesk" --self-test

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$out/jvdesk.app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "jvdesk $version" -srcfolder "$stage" -ov -format UDZO \
  "$out/jvdesk-$version-macos-$arch.dmg"
du -sh "$out/jvdesk.app" "$out/jvdesk-$version-macos-$arch.dmg"
