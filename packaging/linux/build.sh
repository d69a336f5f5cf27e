#!/usr/bin/env bash
# Build jvdesk's Linux artefacts: the trimmed onedir bundle, a .tar.gz of it, and a .deb.
#   packaging/linux/build.sh VENV_BIN OUT_DIR      (make package)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.venv/bin}
out=${2:-dist}
version=$("$bin/python" -c 'import jvdesk; print(jvdesk.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)

"$bin/python" packaging/make_icons.py build/icons >/dev/null
rm -rf "$out/jvdesk" build/pyinstaller
"$bin/pyinstaller" --noconfirm --log-level WARN --distpath "$out" --workpath build/pyinstaller \
  packaging/jvdesk.spec

# Strip symbol tables from libpython, Qt and the Python extensions; not from the vendored
# libraries of numpy and Pillow (*.libs), which stripping can break.
find "$out/jvdesk/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) \
  -not -path '*.libs/*' -print0 | xargs -0 strip --strip-unneeded 2>/dev/null || true

tar -C "$out" -czf "$out/jvdesk-$version-linux-$arch.tar.gz" jvdesk

# The .deb: the bundle in /opt/jvdesk, `jvdesk` on the PATH, a desktop entry, icons and the
# .jvpack file type.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications"
cp -a "$out/jvdesk" "$root/opt/jvdesk"
ln -s /opt/jvdesk/jvdesk "$root/usr/bin/jvdesk"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "build/icons/jvdesk-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/jvdesk.png"
done
mkdir -p "$root/usr/share/icons/hicolor/scalable/apps"
cp resources/icons/jvdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/jvdesk.svg"
cp packaging/linux/jvdesk.desktop "$root/usr/share/applications/jvdesk.desktop"
# The .jvpack file type (application/x-jvdesk-pack), which the desktop entry opens. No
# postinst: the dpkg triggers of shared-mime-info (on /usr/share/mime/packages) and of
# desktop-file-utils (on /usr/share/applications) rebuild the MIME database and the
# type-to-application cache when the package is installed or removed.
install -D -m 644 packaging/linux/jvdesk-pack.xml "$root/usr/share/mime/packages/jvdesk-pack.xml"
size_kib=$(du -sk "$root/opt" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kib/" \
  packaging/linux/control.in >"$root/DEBIAN/control"
find "$root" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group --build "$root" "$out/jvdesk_${version}_$arch.deb" >/dev/null

du -sh "$out/jvdesk" "$out"/jvdesk-*.tar.gz "$out"/jvdesk_*.deb
