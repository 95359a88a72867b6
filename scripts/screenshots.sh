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

# shot NAME: the pane as it is now → $OUT/NAME.png
shot() {
  local name=$1 ans=$WORK/$1.ans html=$WORK/$1.html
  t capture-pane -p -e -N -t "$SESSION" >"$ans" # -N: keep trailing spaces (a text cursor is one)
  {
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body><pre>' "$name" "$CSS"
    # aha applies SGR 7 (inverse) to the colours current at that moment, and a 39/49 right after it then
    # undoes it; tmux writes "inverse, default colours" in that order (the menu's selected item). Default
    # colours first, then inverse, means the same to a terminal and renders right in aha.
    perl -pe 's/(\e\[(?:\d;)*7(?:;\d)*m)((?:\e\[[34]9m)+)/$2$1/g' <"$ans" | aha -n -s
    printf '</pre></body></html>\n'
  } >"$html"
  # 80 columns of $CELL px (the font at 14px) and 24 rows of 17 px, plus the 8 px margins.
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$WORK/chromium" --window-size="$(awk "BEGIN { printf \"%d\", $WIDTH * $CELL + 16 + 0.5 }"),424" --screenshot="$OUT/$name.png" "file://$html" \
    >/dev/null 2>&1
  [[ -s $OUT/$name.png ]] || { echo "screenshots.sh: chromium wrote no $name.png" >&2; exit 1; }
  if [[ -n ${KEEP_HTML:-} ]]; then cp "$ans" "$html" "$OUT/"; fi
  echo "${OUT#"$ROOT"/}/$name.png"
}

mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.ans "$OUT"/*.html

# $LANGUAGE screens whatever the caller's locale; transcripts and bridge state in the temp dir.
env_vars=(LC_ALL=C.UTF-8 KVM_WIZARD_LOG_DIR="$WORK/log" KVM_WIZARD_STATE_DIR="$WORK/state")
t new-session -d -x "$WIDTH" -y "$HEIGHT" -s "$SESSION" \
  "cd '$ROOT' && env -u NO_COLOR -u FORCE_COLOR -u CI ${env_vars[*]} node bin/kvm-wizard.js --simulate --lang $LANGUAGE; sleep 5"

MENU="^ ($W_RUN|$W_NEXT|$W_SKIP|$W_EDIT|$W_CONTINUE|$W_RETRY)|❯ "

for ((i = 1; i <= TOTAL; i++)); do
  id=${STEPS[i - 1]}
  nn=$(printf '%02d' "$i")
  # shellcheck disable=SC2059 # the format is the catalogue's "Step %d/%d"
  wait_for "$(printf "$W_STEP" "$i" "$TOTAL") · "
  [[ $id == iso ]] && wait_for '❯ '
  [[ $id == summary ]] || wait_for "$MENU"
  shot "$nn-$id"
  if [[ $id == summary ]]; then
    key Enter # Finish
    break
  fi
  if [[ $id == iso ]]; then
    key Enter # the simulated ISO
    wait_for "^ $W_NEXT"
    shot "$nn-$id-chosen"
  elif [[ $(menu) == " $W_RUN"* ]]; then
    if [[ $id == bridge ]]; then
      key e
      wait_for "^› $W_BRIDGE_CARD"
      shot "$nn-$id-edit"
      key Escape
      wait_for "^ $W_RUN"
    fi
    key Enter # Run
    case $id in
      packages)
        wait_for "$W_DNF"
        sleep 0.4 # some dnf output in the tail
        shot "$nn-$id-running"
        ;;
      bridge)
        wait_for "$W_CONFIRM"
        shot "$nn-$id-confirm"
        key Enter
        ;;
    esac
    wait_for "^[✓✗] ($W_DONE|$W_FAILED)\$"
    [[ $id == validate || $id == bridge ]] && shot "$nn-$id-result"
  fi
  # Next where offered; a step that cannot run on the simulated host is skipped.
  if [[ $(menu) == " $W_NEXT"* ]]; then key Enter; else key s; fi
done
