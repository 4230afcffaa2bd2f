#!/bin/sh
# Saves screenshots of Convene's window: wide, narrow (360 px) and dark, a meeting in edit mode
# (light, dark, 360 px), and of the Participants page (light, dark, 360 px).
# Usage: tests/screenshots.sh [BUILDDIR] [OUTDIR]     (needs xvfb-run, imagemagick's import and
# xdotool)
set -eu

build=${1:-_build}
out=${2:-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
build=$(cd "$build" && pwd)

shot () {
  name=$1 width=$2 height=$3 meeting=$4
  shift 4
  config=$(mktemp -d)
  mkdir -p "$config/glib-2.0/settings"
  cat > "$config/glib-2.0/settings/keyfile" <<KEYFILE
[io/github/convene/Convene]
window-width=$width
window-height=$height
selected-meeting='$meeting'
KEYFILE
  env XDG_CONFIG_HOME="$config" GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/data" \
      GSK_RENDERER=cairo GTK_A11Y=none "$@" \
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
      sh -c "'$build/src/convene' & pid=\$!; sleep 3; ${steps:-true}; import -window root PNG24:'$out/$name.png'; kill \$pid"
  rm -rf "$config"
  echo "$out/$name.png"
}

shot wide 1280 800 ahg-som-14
shot overview 1280 800 ''
shot narrow 360 720 ''
shot dark 1280 800 ahg-som-01 ADW_DEBUG_COLOR_SCHEME=prefer-dark

# Edit mode (the pencil clicked), scrolled to the outcomes and their drag handles
steps="xdotool mousemove 1057 28 click 1; sleep 1; xdotool mousemove 940 500 click --repeat 29 --delay 40 5; xdotool mousemove 1279 799; sleep 1"
shot edit-mode 1280 800 ahg-som-14
shot edit-mode-dark 1280 800 ahg-som-14 ADW_DEBUG_COLOR_SCHEME=prefer-dark
steps="xdotool mousemove 200 615 click 1; sleep 1; xdotool mousemove 148 28 click 1; sleep 1; xdotool mousemove 180 400 click --repeat 36 --delay 40 5; xdotool mousemove 359 719; sleep 1"
shot edit-mode-narrow 360 720 ahg-som-14
steps=

# The Participants page (Canada: figures and timeline), drawn by the participants test, which
# saves what it shows when CONVENE_SHOT_DIR is set
page () {
  name=$1 shot=$2
  shift 2
  dir=$(mktemp -d)
  env CONVENE_SHOT_DIR="$dir" GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" \
      GSK_RENDERER=cairo GTK_A11Y=test LC_ALL=C.UTF-8 LANGUAGE=en "$@" \
    xvfb-run -a -s "-screen 0 1400x1200x24" "$build/tests/test-participants" -p /participants/page >/dev/null
  cp "$dir/$shot" "$out/$name.png"
  rm -rf "$dir"
  echo "$out/$name.png"
}

page participants participants.png CONVENE_SHOT_HEIGHT=1000
page participants-dark participants.png CONVENE_SHOT_HEIGHT=1000 ADW_DEBUG_COLOR_SCHEME=prefer-dark
page participants-narrow participants-timeline.png CONVENE_SHOT_WIDTH=360 CONVENE_SHOT_HEIGHT=720
