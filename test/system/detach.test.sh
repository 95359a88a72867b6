#!/usr/bin/env bash
# System test: a dropped SSH session loses nothing (issue 12). On a booted Debian 12 host (systemd-nspawn -b,
# real sshd), the single executable is started the way users do, `ssh -tt root@HOST kvm-wizard` inside tmux
# on the LAN side. While its packages step runs a real `apt-get install`, the ssh client is killed (the
# wizard gets SIGHUP); the install, detached in a transient systemd unit, must complete. The next ssh
# session re-attaches and shows the step done; a second run changes nothing; two wizards at once: the second
# is refused naming the first; a lock left by a killed wizard is taken over, and said so.
#
#   npm run release && sudo bash test/system/detach.test.sh
#   KVMWIZ_NSPAWN_KEEP=1 ...   leave the container up (KVMWIZ_NSPAWN_STATE=/tmp/kvmwiz-detach
#                              KVMWIZ_NSPAWN_PREFIX=kwd KVMWIZ_NSPAWN_MACHINE=kvmhostd bash test/system/nspawn/down.sh)
#   KVMWIZ_DETACH_SKIP=1 ...   skip
#
# Ends with "detach: N passed, M failed"; exit 0 only when nothing failed.
set -euo pipefail
# shellcheck disable=SC2317  # functions below are called through check and traps
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export KVMWIZ_NSPAWN_PREFIX=kwd KVMWIZ_NSPAWN_STATE=/tmp/kvmwiz-detach KVMWIZ_NSPAWN_MACHINE=kvmhostd
# shellcheck source=nspawn/common.sh
. test/system/nspawn/common.sh

PASSED=0
FAILED=0
T_ALL=$(nsp_now_us)
WIZ=/opt/kvm-wizard/release/$NSP_SEA_NAME
TMUX_CMD=(tmux -L kwd -f /dev/null)
ARGS="--answers /root/answers.yaml --only host,packages"

ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() {
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$label"; else bad "$label"; fi
}
FINISHED=0
BOOTED=0
finish() {
  FINISHED=1
  printf '  total %s s\n' "$(nsp_elapsed "$T_ALL")"
  echo "detach: $PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ] && exit 0
  exit 1
}
on_exit() {
  local rc=$?
  "${TMUX_CMD[@]}" kill-server 2>/dev/null || true
  if [ "$BOOTED" = 1 ]; then
    if [ -n "${KVMWIZ_NSPAWN_KEEP:-}" ]; then
      echo "KVMWIZ_NSPAWN_KEEP: container left running"
    else
      bash test/system/nspawn/down.sh --quiet || echo "FAIL teardown (down.sh)"
    fi
  fi
  if [ "$FINISHED" = 0 ]; then
    bad "the test script stopped early (exit $rc)"
    echo "detach: $PASSED passed, $FAILED failed"
    exit 1
  fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

if [ -n "${KVMWIZ_DETACH_SKIP:-}" ]; then
  echo "detach test skipped (KVMWIZ_DETACH_SKIP is set)"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "detach test needs root"; exit 1; }
for c in debootstrap systemd-nspawn nsenter ip flock tmux ssh; do
  command -v "$c" >/dev/null || { bad "$c is missing (bash .ci/install-system-deps.sh)"; finish; }
done
[ -x "$NSP_PROJECT/release/$NSP_SEA_NAME" ] || { bad "release/$NSP_SEA_NAME missing: npm run release"; finish; }

# The wizard's own words (src/i18n/en.ts). msg_all: the whole message with its placeholders filled in.
msg_all() { "$NSP_NODE" test/system/nspawn/msg.mjs "$NSP_PROJECT" "$@"; }
# what follows the last placeholder: a fixed part of a message whose values are not known here
msg_end() { local m; m=$(msg_all "$@") && printf '%s' "${m##*\}}"; }
squeeze() { tr -s ' \n' '  '; } # the screen wraps words onto new lines: compare with single spaces

# ---- the host ------------------------------------------------------------------------------------
bash test/system/nspawn/down.sh --quiet || true
bash test/system/nspawn/rootfs.sh >/dev/null
exec 8>"$NSP_CACHE/.lock"
flock -s -w 600 8 || { bad "cache lock"; finish; }
BOOTED=1
bash test/system/nspawn/boot.sh || { bad "boot"; finish; }
printf 'host:\n  allowNoVirt: true\n' | cx sh -c 'cat > /root/answers.yaml'
check "container: systemd is PID 1 (the detached step runs as a transient unit)" test "$(cx cat /proc/1/comm)" = systemd

# ---- tmux on the LAN side: ssh -tt root@HOST kvm-wizard -----------------------------------------
mapfile -t SSH < <(nsp_ssh_argv)
"${TMUX_CMD[@]}" new-session -d -s keepalive 'sleep 86400'
# open NAME WIDTH HEIGHT REMOTE-COMMAND: a tmux window whose pane is the ssh client itself
open() {
  local q
  q=$(printf '%q ' "${SSH[@]}" -tt "$4")
  "${TMUX_CMD[@]}" new-session -d -s "$1" -x "$2" -y "$3" "exec $q"
}
pane_text() { "${TMUX_CMD[@]}" capture-pane -p -t "$1" 2>/dev/null | squeeze; }
shows() { pane_text "$1" | grep -qF -- "$(printf '%s' "$2" | squeeze)"; }
wait_shows() { nsp_wait_for -t "${3:-60}" -m "$1 shows: $2" shows "$1" "$2"; }
keys() { "${TMUX_CMD[@]}" send-keys -t "$1" "$2"; }
pane_pid() { "${TMUX_CMD[@]}" display -p -t "$1" '#{pane_pid}'; }
# the wizards running in the container (not the detached __run-step)
wizards() { cx pgrep -f "^$WIZ --answers" || true; }
no_wizard() { [ -z "$(wizards)" ]; }
dump() { echo "---- screen of $1"; "${TMUX_CMD[@]}" capture-pane -p -t "$1" 2>/dev/null | sed 's/^/    /'; }

T_RUN=$(nsp_now_us)
open s1 120 40 "$WIZ $ARGS"
wait_shows s1 "$(msg_all host.sshNoMultiplexer)" || dump s1
check "over SSH outside tmux: the host step says the session may drop and how tmux protects it" \
  shows s1 "$(msg_all host.sshNoMultiplexer)"
check "it names the session's local address and that the bridge takes over its interface" \
  shows s1 "$(msg_all host.sshOnUplink address="$NSP_HOST_IP" iface="$NSP_IFACE")"

# ---- two wizards at once: the second is refused naming the first ----------------------------------
FIRST=$(wizards | head -n 1)
rc=0
sshx "$WIZ" --yes --answers /root/answers.yaml --only host >"$NSP_STATE/second.log" 2>&1 || rc=$?
check "a second wizard while the first runs: exit 3 (got $rc)" test "$rc" = 3
check "it is refused naming the holder: PID $FIRST, over SSH from $NSP_GW_IP" \
  grep -qF "$(msg_all lock.holderFrom from="$NSP_GW_IP")" "$NSP_STATE/second.log"
check "… and its PID" grep -qF "PID $FIRST," "$NSP_STATE/second.log"
check "the refusal is the lock message" grep -qF "$(msg_end lock.held)" "$NSP_STATE/second.log"

# ---- the packages step: real apt-get install, the ssh client killed during it ----------------------
keys s1 Enter # host: Next
wait_shows s1 "$(msg_all step.packages.title)"
sleep 0.3 # keys typed ahead of a new screen are dropped: let it settle
keys s1 Enter # packages: Run
nsp_wait_for -t 240 -m "dpkg running in the container" cx pgrep -x dpkg || { dump s1; bad "dpkg never ran"; finish; }
check "the install runs in the transient unit kvm-wizard-packages" cx systemctl is-active kvm-wizard-packages.service
CLIENT=$(pane_pid s1)
nsp_pid_is "$CLIENT" ssh && kill -KILL "$CLIENT"
echo "  killed the ssh client (PID $CLIENT) while dpkg ran, $(nsp_elapsed "$T_RUN") s after the start"
nsp_wait_for -t 30 -m "the first wizard ended with its session" no_wizard || true
check "the wizard of the killed session is gone (SIGHUP)" no_wizard
check "… while the install goes on (dpkg or apt-get still running)" cx pgrep -x 'dpkg|apt-get'

# ---- the next ssh session re-attaches -------------------------------------------------------------
open s2 160 50 "$WIZ $ARGS"
wait_shows s2 "$(msg_end detach.reattachRunning)" 30 || true
if shows s2 "$(msg_end detach.reattachRunning)"; then
  ok "the next session re-attaches to the running install and says so"
else
  dump s2
  bad "the next session re-attaches to the running install and says so"
fi
nsp_wait_for -t 300 -m "the packages step's result" shows s2 "$(msg_all ui.next)" || dump s2
check "the install completed: unit kvm-wizard-packages ended" \
  test "$(cx systemctl is-active kvm-wizard-packages.service || true)" != active
installed() { test "$(cx dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | cut -c1-2)" = ii; }
for p in "${NSP_WIZARD_PKGS[@]}"; do check "dpkg: $p installed" installed "$p"; done
check "the job ended ok (its events end with done ok)" \
  cx sh -c 'tail -n 1 /var/lib/kvm-wizard/steps/*-packages.events | grep -q "\"e\":\"done\",\"ok\":true"'
check "the journal has the install's output (journalctl -u kvm-wizard-packages)" \
  cx sh -c 'journalctl -u kvm-wizard-packages --no-pager | grep -q "apt-get install"'
check "the re-attached session shows the step done" shows s2 "$(msg_all outcome.done)"
sleep 0.3
keys s2 q
# Quit asks first (as Ctrl-C does); q again quits.
nsp_wait_for -t 10 -m "the quit question" shows s2 "$(msg_all ui.quitAsk)" || true
keys s2 q
nsp_wait_for -t 20 -m "the second wizard quit" no_wizard || true
check "the re-attached session quits with q" no_wizard
T2=$(cx sh -c 'ls -t /var/log/kvm-wizard/transcript-*.log | head -n 1')
cx cat "$T2" >"$NSP_STATE/reattach.transcript" 2>/dev/null || true
check "its transcript names the job it re-attached to" grep -q '^# re-attached to job .*-packages' "$NSP_STATE/reattach.transcript"
check "… and holds the install's output and exit code" \
  sh -c "grep -q '^\\$ env DEBIAN_FRONTEND=noninteractive apt-get install' '$NSP_STATE/reattach.transcript' && grep -q '^# end .* exit 0' '$NSP_STATE/reattach.transcript'"

# ---- a second run changes nothing -----------------------------------------------------------------
snap() { cx sh -c 'dpkg-query -W -f="\${db:Status-Abbrev} \${Package} \${Version}\n"; ls /var/lib/kvm-wizard/steps'; }
snap >"$NSP_STATE/before-again.txt"
rc=0
sshx "$WIZ" --yes --answers /root/answers.yaml --only host,packages >"$NSP_STATE/again.log" 2>&1 || rc=$?
snap >"$NSP_STATE/after-again.txt"
check "a second run: exit 0 (got $rc)" test "$rc" = 0
check "… ran no command" sh -c "! grep -q '^  ▶ ' '$NSP_STATE/again.log'"
check "… did not re-attach again (the job was shown once)" sh -c "! grep -qF '$(msg_end detach.reattachFinished)' '$NSP_STATE/again.log'"
check "… changed no package and started no job" cmp -s "$NSP_STATE/before-again.txt" "$NSP_STATE/after-again.txt"

# ---- a lock left by a killed wizard is taken over, and said so ------------------------------------
open s3 120 40 "$WIZ $ARGS"
wait_shows s3 "$(msg_all step.host.title)" || dump s3
W=$(wizards | head -n 1)
[ -n "$W" ] && cx kill -KILL "$W"
rc=0
sshx "$WIZ" --yes --answers /root/answers.yaml --only host >"$NSP_STATE/takeover.log" 2>&1 || rc=$?
check "after a wizard was killed (-9), the next one runs (exit $rc)" test "$rc" = 0
check "… and says it took over the lock of PID $W" grep -qF "PID $W," "$NSP_STATE/takeover.log"
check "… in the wizard's words" grep -qF "$(msg_end lock.tookOver)" "$NSP_STATE/takeover.log"
finish
