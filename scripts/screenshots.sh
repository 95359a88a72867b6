#!/usr/bin/env bash
# Regenerates screenshots/NN-STEP[-PHASE].png: every screen of the built wizard (--simulate, nothing on this
# machine changes), captured from a real 80×24 tmux pane with colours (capture-pane -p -e), turned into HTML by
# Debian's aha and into PNG by headless Chromium.
#
#   scripts/screenshots.sh            # English: writes screenshots/*.png (old ones are removed first)
#   scripts/screenshots.sh ja         # Japanese (--lang ja): writes screenshots/ja/*.png
#   KEEP_HTML=1 scripts/screenshots.sh # also keeps the .ans/.html next to the PNGs, to debug a shot
#
# Needs: tmux aha chromium fonts-dejavu-core, and fonts-noto-cjk for ja
#   (Debian: apt-get install -y tmux aha chromium fonts-dejavu-core fonts-noto-cjk)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
LANGUAGE=${1:-en}
case $LANGUAGE in
  en) OUT=$ROOT/screenshots FONT='DejaVu Sans Mono' FONT_PKG=fonts-dejavu-core CELL=8.43 ;;
  # Noto Sans Mono CJK draws Latin at half an em and kana/kanji at one em: the terminal's 1:2 cell grid.
  ja) OUT=$ROOT/screenshots/ja FONT='Noto Sans Mono CJK JP' FONT_PKG=fonts-noto-cjk CELL=7 ;;
  *) echo "screenshots.sh: language must be en or ja, not '$LANGUAGE'" >&2; exit 2 ;;
esac
WIDTH=80
HEIGHT=24

missing=()
for tool in tmux aha node; do command -v "$tool" >/dev/null || missing+=("$tool"); done
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[[ -n $CHROMIUM ]] || missing+=(chromium)
# Not grep -q: under pipefail, fc-list killed by SIGPIPE would count as "missing".
fc-list 2>/dev/null | grep -i "$FONT" >/dev/null || missing+=("$FONT_PKG")
if ((${#missing[@]})); then
  echo "screenshots.sh: missing ${missing[*]}; on Debian: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

npm run --silent build

WORK=$(mktemp -d -t kvm-wizard-shots.XXXXXX)
SOCKET=kvm-wizard-shots-$$
SESSION=shots-$$
t() { tmux -L "$SOCKET" "$@"; }
cleanup() {
  t kill-session -t "$SESSION" 2>/dev/null || true
  t kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"
  rm -rf "$WORK"
}
trap cleanup EXIT

# Step ids in order, and the words the screens are recognised by, from the source and the catalogue for
# $LANGUAGE (the wizard grows steps and changes wording; the script follows).
eval "$(npx --no-install tsx scripts/screen-words.ts "$LANGUAGE")"
read -ra STEPS <<<"$STEP_LIST"
TOTAL=${#STEPS[@]}

screen() { t capture-pane -p -t "$SESSION"; }

# wait_for REGEX: polls the visible screen (plain text) until a line matches, 20 s at most.
wait_for() {
  local i
  for ((i = 0; i < 400; i++)); do
    if screen | grep -qE -- "$1"; then
      sleep 0.15 # let the frame finish drawing (Ink writes a frame in one go, tmux may show it in parts)
      return 0
    fi
    sleep 0.05
  done
  echo "screenshots.sh: timed out waiting for /$1/; the screen was:" >&2
  screen >&2
  exit 1
}

menu() { screen | grep -v '^[[:space:]]*$' | tail -n 1; }
key() { t send-keys -t "$SESSION" "$@"; }

CSS="
html, body { margin: 0; background: #1e1e1e; }
pre { margin: 8px; font-family: '$FONT', monospace; font-size: 14px; line-height: 17px;
      color: #d0d0d0; white-space: pre; }
.reset { color: #d0d0d0; } .bg-reset { background-color: #1e1e1e; }
.inverted { color: #1e1e1e; } .bg-inverted { background-color: #d0d0d0; }
.dimgray { color: #808080; } .red { color: #f44747; } .green { color: #6a9955; } .yellow { color: #dcdcaa; }
.blue { color: #569cd6; } .purple { color: #c586c0; } .cyan { color: #4ec9b0; } .white { color: #ffffff; }
.bg-black { background-color: #000; } .bg-red { background-color: #f44747; } .bg-green { background-color: #6a9955; }
.bg-yellow { background-color: #dcdcaa; } .bg-blue { background-color: #569cd6; }
.bg-purple { background-color: #c586c0; } .bg-cyan { background-color: #4ec9b0; } .bg-white { background-color: #fff; }
.bold { font-weight: bold; } .underline { text-decoration: underline; } .italic { font-style: italic; }
.highlighted { filter: brightness(130%); }
"

# shot NAME: the pane as it is now, at its current size → $OUT/NAME.png
shot() {
  local name=$1 ans=$WORK/$1.ans html=$WORK/$1.html cols rows
  read -r cols rows < <(t display-message -p -t "$SESSION" '#{pane_width} #{pane_height}')
  t capture-pane -p -e -N -t "$SESSION" >"$ans" # -N: keep trailing spaces (a text cursor is one)
  {
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body><pre>' "$name" "$CSS"
    # aha applies SGR 7 (inverse) to the colours current at that moment, and a 39/49 right after it then
    # undoes it; tmux writes "inverse, default colours" in that order (the menu's selected item). Default
    # colours first, then inverse, means the same to a terminal and renders right in aha.
    perl -pe 's/(\e\[(?:\d;)*7(?:;\d)*m)((?:\e\[[34]9m)+)/$2$1/g' <"$ans" | aha -n -s
    printf '</pre></body></html>\n'
  } >"$html"
  # $cols columns of $CELL px (the font at 14px) and $rows rows of 17 px, plus the 8 px margins.
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$WORK/chromium" \
    --window-size="$(awk "BEGIN { printf \"%d\", $cols * $CELL + 16 + 0.5 }"),$((rows * 17 + 16))" \
    --screenshot="$OUT/$name.png" "file://$html" >/dev/null 2>&1
  [[ -s $OUT/$name.png ]] || { echo "screenshots.sh: chromium wrote no $name.png" >&2; exit 1; }
  if [[ -n ${KEEP_HTML:-} ]]; then cp "$ans" "$html" "$OUT/"; fi
  echo "${OUT#"$ROOT"/}/$name.png"
}

mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.ans "$OUT"/*.html

# $LANGUAGE screens whatever the caller's locale; transcripts and bridge state in the temp dir. The simulated
# commands print a line every 150 ms (25 by default), so that a running step can be caught while it runs.
env_vars=(LC_ALL=C.UTF-8 KVM_WIZARD_LOG_DIR="$WORK/log" KVM_WIZARD_STATE_DIR="$WORK/state" KVM_WIZARD_SIM_LINE_MS=150)
# start_wizard [VAR=value…]: a new wizard in a new $WIDTH×$HEIGHT session (the old one is closed first).
start_wizard() {
  t kill-session -t "$SESSION" 2>/dev/null || true
  t new-session -d -x "$WIDTH" -y "$HEIGHT" -s "$SESSION" \
    "cd '$ROOT' && env -u NO_COLOR -u FORCE_COLOR -u CI ${env_vars[*]} $* node bin/kvm-wizard.js --simulate --lang $LANGUAGE; sleep 5"
}
# resize COLUMNS ROWS: the window changes size (the wizard gets SIGWINCH) and has time to draw again.
resize() {
  t resize-window -t "$SESSION" -x "$1" -y "$2"
  sleep 0.5
}
# wait_step N: until step N's title shows.
wait_step() {
  # shellcheck disable=SC2059 # the format is the catalogue's "Step %d/%d"
  wait_for "$(printf "$W_STEP" "$1" "$TOTAL") · "
}

# The menu line: each item behind a space, the selected one behind "›".
MENU="^[ ›]($W_RUN|$W_NEXT|$W_SKIP|$W_EDIT|$W_CONTINUE|$W_RETRY)|❯ "
RESULT="^[✓✗] ($W_DONE|$W_FAILED|$W_CHECKED|$W_ALREADY)\$"
menu_starts() { [[ $(menu) =~ ^[\ ›]$1 ]]; }

# The packages step while dnf runs: the tail of its output under the spinner.
shoot_packages_running() {
  wait_for "$W_DNF"
  wait_for '^ +Downloading Packages:' # a few lines of output, and more to come
  shot "$1"
  # The capture itself must show the spinner: a step that ended first would make a "running" shot a lie.
  perl -pe 's/\e\[[0-9;]*m//g' "$WORK/$1.ans" | grep -E -- "$W_DNF" >/dev/null ||
    { echo "screenshots.sh: the packages step ended before $1 was captured" >&2; exit 1; }
}

# The bridge form as it opens, then with a wrong value in every text field, saved so each error shows.
shoot_bridge_form() {
  key e
  wait_for "^› $W_BRIDGE_CARD"
  shot "$1-edit"
  key Down
  key C-u
  key -l 'br 0!' # bridge name
  key Down Down C-u
  key -l '192.168.1.300/33' # address/prefix
  key Down C-u
  key -l 'router' # gateway
  key Down C-u
  key -l '8.8.8' # DNS
  key Down Down C-u
  key -l '5' # rollback seconds, below the minimum
  key Enter   # save from the last field: the form stays, with its errors
  wait_for '^ +✗ '
  shot "$1-form-errors"
  key Escape
  wait_for "^›$W_RUN"
}

# The bridge step as the window changes size: smaller, larger, too small, and back.
shoot_bridge_sizes() {
  local min_cols=${MIN_SIZE%x*} min_rows=${MIN_SIZE#*x}
  resize "$min_cols" "$min_rows"
  wait_for "^›$W_RUN"
  shot "$1-${min_cols}x$min_rows"
  resize 120 40
  wait_for "^›$W_RUN"
  shot "$1-120x40"
  resize $((min_cols - 10)) $((min_rows - 3))
  wait_for "$min_cols×$min_rows"
  shot "$1-too-small"
  resize "$WIDTH" "$HEIGHT"
  wait_for "^›$W_RUN"
}

start_wizard
for ((i = 1; i <= TOTAL; i++)); do
  id=${STEPS[i - 1]}
  nn=$(printf '%02d' "$i")
  if [[ $id == summary ]]; then
    # Its Finish menu: a long summary (Japanese at 80×24) pushes the step's title off the top.
    wait_for "^›$W_FINISH"
  else
    wait_step "$i"
    [[ $id == iso ]] && wait_for '❯ '
    wait_for "$MENU"
  fi
  shot "$nn-$id"
  case $id in
    summary)
      key Enter # Finish
      break
      ;;
    host) # its learn-more page
      key '?'
      wait_for "$W_LEARN"
      shot "$nn-$id-learn-more"
      key Escape
      wait_for "$MENU"
      ;;
  esac
  if [[ $id == iso ]]; then
    key Enter # the simulated ISO
    wait_for "^›$W_NEXT"
    shot "$nn-$id-chosen"
  elif menu_starts "$W_RUN"; then
    if [[ $id == bridge ]]; then
      shoot_bridge_form "$nn-$id"
      shoot_bridge_sizes "$nn-$id"
    fi
    key Enter # Run
    case $id in
      packages) shoot_packages_running "$nn-$id-running" ;;
      bridge)
        wait_for "$W_REVIEW" # the last check, y/N
        shot "$nn-$id-review"
        key y
        wait_for "$W_CONFIRM"
        shot "$nn-$id-confirm"
        key Enter
        ;;
    esac
    wait_for "$RESULT"
    [[ $id == validate || $id == bridge || $id == vm ]] && shot "$nn-$id-result"
  fi
  # Next where offered; a step that cannot run on the simulated host is skipped.
  if menu_starts "$W_NEXT"; then key Enter; else key s; fi
done

# Without colour (NO_COLOR=1): the selected item still shows, by its "›".
start_wizard NO_COLOR=1
wait_step 1
wait_for "$MENU"
key Enter # Next
wait_step 2
wait_for "$MENU"
shot 02-packages-no-color
