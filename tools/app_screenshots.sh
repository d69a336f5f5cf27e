#!/usr/bin/env bash
# Screenshots of the real app in a real window under Xvfb, for the README:
# the overview and two panels, in the light and the high-contrast theme.
#   tools/app_screenshots.sh [OUT_DIR]     (make screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
command -v Xvfb >/dev/null || { echo "screenshots need Xvfb: apt-get install xvfb" >&2; exit 2; }
command -v import >/dev/null || { echo "screenshots need ImageMagick: apt-get install imagemagick" >&2; exit 2; }
size=1600x1000
for n in $(seq 90 140); do [[ -e /tmp/.X$n-lock ]] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 0.5
shot() {  # shot NAME THEME PANEL [LANGUAGE]
  local name=$1 theme=$2 panel=$3 language=${4:-en} settings
  settings=$(mktemp -d)
  printf '[General]\ntheme=%s\nlast_panel=%s\ngeometry=\nlanguage=%s\n' "$theme" "$panel" "$language" \
    >"$settings/jvdesk.ini"
  env -u QT_QPA_PLATFORM DISPLAY="$display" QT_QPA_PLATFORM=xcb JVDESK_SETTINGS_DIR="$settings" \
    .venv/bin/jvdesk >"$settings/log" 2>&1 &
  local app=$!
  sleep 6
  if ! kill -0 "$app" 2>/dev/null; then cat "$settings/log" >&2; exit 1; fi
  DISPLAY="$display" import -window root "$out/$name.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  rm -rf "$settings"
  echo "$out/$name.png"
}
shot app-overview-light light ""
shot app-economy-light light economic-partnership
shot app-hr-plan-light light hr-action-plan
shot app-overview-high-contrast high-contrast ""
shot app-economy-high-contrast high-contrast economic-partnership
shot app-hr-plan-high-contrast high-contrast hr-action-plan
shot app-economy-ja light economic-partnership ja
shot app-overview-hi light "" hi
present() {  # present NAME VIEW SLIDE
  local name=$1 view=$2 slide=$3
  env -u QT_QPA_PLATFORM DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    .venv/bin/python tools/show_for_screenshot.py "$view" "$slide" >/tmp/jvdesk-show.log 2>&1 &
  local app=$!
  sleep 5
  if ! kill -0 "$app" 2>/dev/null; then cat /tmp/jvdesk-show.log >&2; exit 1; fi
  DISPLAY="$display" import -window root "$out/$name.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$out/$name.png"
}
present show-audience audience 2
present show-presenter presenter 2
