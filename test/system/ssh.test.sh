#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions below are called through check/must/nsp_wait_for
# System test (issue 12): the wizard driven the way its users drive it, through a real sshd, on one booted
# Debian 12 host (test/system/nspawn/, netns kws-lan, state /tmp/kvmwiz-ssh, machine kvmhosts):
#   a. `ssh -o BatchMode=yes root@HOST kvm-wizard --yes --answers …` (no TTY): runs, exit 0. (Host step and
#      summary only: the package install takes 40–200 s here; test/system/nspawn.test.sh runs it.)
#   r. `ssh -tt root@HOST kvm-wizard` in tmux (80×24): the bridge applied (Run, y), r on the countdown: the
#      applier rolls the checkpoint back because it was asked, not at the deadline.
#   c. the same again, then the ssh client killed
#      on the countdown → NetworkManager's checkpoint rolls back, the old address answers ssh again.
#   b. a fresh `ssh -tt root@HOST kvm-wizard`: its first screen says what happened to that change; then the
#      steps walked by keys up to the bridge (host, bridge, summary: no installs), applied and kept with the Enter typed through the same session,
#      whose TCP connection survives the change (same ssh client, same client port in `ss`, same sshd).
# (c runs before b: a kept bridge leaves nothing to roll back.) Run as root after `npm run release`.
#
#   bash test/system/ssh.test.sh            # ends with "ssh: N passed, M failed"
#   KVMWIZ_SSH_KEEP=1 bash test/system/ssh.test.sh   # leave the host up (. common.sh with the same env)
set -euo pipefail
# (pipelines end in `grep >/dev/null`, not -q: under pipefail, a writer killed by SIGPIPE after an early
# match would fail the check)
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export KVMWIZ_NSPAWN_PREFIX=kws KVMWIZ_NSPAWN_STATE=/tmp/kvmwiz-ssh KVMWIZ_NSPAWN_MACHINE=kvmhosts
# shellcheck source=nspawn/common.sh
. test/system/nspawn/common.sh

PASSED=0
FAILED=0
T_ALL=$(nsp_now_us)
ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() { # LABEL CMD...: one assertion
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$label"; else bad "$label"; fi
}
finish() {
  FINISHED=1
  echo "ssh: total $(nsp_elapsed "$T_ALL") s"
  echo "ssh: $PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
  exit
}
# must: a step the rest depends on; when it fails, say why and stop
must() { "$@" || { bad "$*"; echo "---- screen"; screen || true; finish; }; }

# ---- tmux on its own socket; the pane runs the ssh client itself (its PID is the pane's) ----------------
TM=(tmux -u -L kws -f "$NSP_STATE/tmux.conf")
tmux_stop() { # the server this test started, by PID
  local pid
  pid=$("${TM[@]}" display-message -p '#{pid}' 2>/dev/null) || return 0
  nsp_pid_is "$pid" tmux && kill -TERM "$pid" 2>/dev/null
  nsp_wait_for -t 5 sh -c "! kill -0 $pid" || true
}
FINISHED=0
BOOTED=0
on_exit() {
  tmux_stop
  if [ "$BOOTED" = 1 ] && [ -z "${KVMWIZ_SSH_KEEP:-}" ]; then
    bash test/system/nspawn/down.sh --quiet || echo "FAIL teardown (down.sh)"
  fi
  if [ "$FINISHED" = 0 ]; then
    bad "the test script stopped early"
    echo "ssh: $PASSED passed, $FAILED failed"
    exit 1
  fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || { echo "ssh test needs root"; exit 1; }
for c in systemd-nspawn nsenter ip tmux ss ssh; do
  command -v "$c" >/dev/null || { bad "$c is missing (bash .ci/install-system-deps.sh)"; finish; }
done
[ -x "$NSP_PROJECT/release/$NSP_SEA_NAME" ] || { bad "release/$NSP_SEA_NAME missing: npm run release"; finish; }
# The wizard's own words (src/i18n/en.ts); an open placeholder ({when}) is cut off with what follows it.
msg() { local m; m=$("$NSP_NODE" test/system/nspawn/msg.mjs "$NSP_PROJECT" "$@") && printf '%s' "${m%%\{*}"; }
M_ALLDONE=$(msg cli.allDone)
M_ASK=$(msg bridge.review.ask)
M_REMOVED=$(msg bridge.review.remove)
M_CONFIRM=$(msg bridge.confirm)
M_REVERT=$(msg bridge.confirmRevert)
M_KEPT=$(msg bridge.committed)
M_LAST=$(msg bridge.lastRolledBack when=@@)
M_LAST=${M_LAST#*@@} # ") was rolled back: "
M_NOCONFIRM=$(msg bridge.reason.noConfirm)
M_REVERTED=$(msg bridge.reason.reverted)
M_OUTCOME="^[✓✗] ($(msg outcome.done)|$(msg outcome.failed)|$(msg outcome.already))\$"

bash test/system/nspawn/down.sh --quiet || true
must bash test/system/nspawn/rootfs.sh
exec 8>"$NSP_CACHE/.lock"
flock -s -w 600 8 || { bad "cache lock"; finish; }
BOOTED=1
must bash test/system/nspawn/boot.sh
printf 'set -g remain-on-exit on\nset -g history-limit 0\n' >"$NSP_STATE/tmux.conf"
# `kvm-wizard` on root's PATH, as an install puts it
cx ln -sf "/opt/kvm-wizard/release/$NSP_SEA_NAME" /usr/local/bin/kvm-wizard
answers() { # FILE rollbackTimeout: host without vmx/svm accepted, the bridge copies enp0s3 (same address)
  printf 'host:\n  allowNoVirt: true\nbridge:\n  name: br0\n  rollbackTimeout: %s\n' "$2" | cx sh -c "cat > $1"
}
answers /root/answers.yaml 60
answers /root/answers-kill.yaml 20

# ---- a. no TTY, BatchMode: the unattended run installs ------------------------------------------------
A=$NSP_STATE/a-batch.log
t=$(nsp_now_us)
rc=0
sshx kvm-wizard --yes --answers /root/answers.yaml --only host,summary </dev/null >"$A" 2>&1 || rc=$?
echo "  a: $(nsp_elapsed "$t") s, output in $A"
check "a. ssh BatchMode (no TTY) kvm-wizard --yes --answers: exit 0 (got $rc)" test "$rc" = 0
check "a. all selected steps done" grep -qxF -- "$M_ALLDONE" "$A"
M_ACCEPTED=$(msg host.emulationAccepted)
check "a. the host step took the answer (no vmx/svm accepted)" grep -qF -- "$M_ACCEPTED" "$A"

# ---- the interactive session ----------------------------------------------------------------------
screen() { "${TM[@]}" capture-pane -p -t kws; }
# the screen as one line: Ink wraps at 80 columns, a message may span lines
on_screen() { screen | tr '\n' ' ' | tr -s ' ' | grep -F -- "$(printf '%s' "$1" | tr -s ' ')" >/dev/null; }
menu() { screen | grep -v '^ *$' | tail -n 1; }
has_menu() { menu | grep -E '^( |›)(Run|Next|Edit|Skip|Continue|Retry|Finish|Quit) ' >/dev/null; }
key() { "${TM[@]}" send-keys -t kws "$@"; }
result_shown() { screen | grep -E -- "$M_OUTCOME" >/dev/null; }
# The pane runs `sh -c 'ssh …; echo ssh-exit=$?'`: the shell reaps ssh and prints its status. (tmux 3.3a
# sometimes left the ssh client a zombie for 20 s and more, so #{pane_dead} did not say the session ended.)
session_status() { screen | sed -n 's/^ssh-exit=\([0-9]*\)$/\1/p' | tail -n 1; }
pane_dead() { test -n "$(session_status)"; }
wait_screen() { nsp_wait_for -t "${2:-30}" -m "'$1' on the screen" on_screen "$1"; }
SSH_PID=
start_ui() { # WIZARD-ARGS...: `ssh -tt root@HOST kvm-wizard ARGS` in a fresh 80×24 pane
  local argv
  mapfile -t argv < <(nsp_ssh_argv)
  tmux_stop
  # shellcheck disable=SC2016  # expanded by the pane's shell
  "${TM[@]}" new-session -d -s kws -x 80 -y 24 -- \
    sh -c '"$@"; echo "ssh-exit=$?"' sh "${argv[@]:0:${#argv[@]}-1}" -tt "${argv[-1]}" kvm-wizard "$@"
  local shell_pid
  shell_pid=$("${TM[@]}" display-message -p -t kws '#{pane_pid}')
  ssh_child() { SSH_PID=$(pgrep -P "$shell_pid" -x ssh) && nsp_pid_is "$SSH_PID" ssh; }
  nsp_wait_for -t 10 -m "the ssh client" ssh_child
}
# the LAN-side ends of the ssh client's TCP connections to port 22 (one "ip:port" a line)
client_ends() { lanx ss -tnpH state established '( dport = :22 )' | grep -F "pid=$SSH_PID," | awk '{print $3}' || true; }
# the remote ends sshd sees (one "ip:port" a line), inside the host
server_peers() { cx ss -tnpH state established '( sport = :22 )' | grep -F sshd | awk '{print $4}' | sort || true; }
# shellcheck disable=SC2016  # expanded by the container's shell
status_phase() { cx sh -c 'cat "$(ls /var/lib/kvm-wizard/bridge/*.status.json | tail -n 1)"' | sed -n 's/.*"phase":"\([a-z-]*\)".*/\1/p' || true; }
committed() { test "$(status_phase)" = committed; }
# shellcheck disable=SC2016  # expanded by the container's shell
status_reason() { cx sh -c 'cat "$(ls /var/lib/kvm-wizard/bridge/*.status.json | tail -n 1)"' | sed -n 's/.*"reason":"\([a-zA-Z.]*\)".*/\1/p' || true; }
bridged() { cx ip -j link show "$NSP_IFACE" | grep '"master":"br0"' >/dev/null; }
unbridged() { ! cx ip link show br0 && cx ip -4 -o addr show dev "$NSP_IFACE" | grep " $NSP_HOST_IP/24 " >/dev/null; }
no_checkpoint() {
  test "$(cx busctl get-property org.freedesktop.NetworkManager /org/freedesktop/NetworkManager \
    org.freedesktop.NetworkManager Checkpoints)" = "ao 0"
}
# Run on the bridge screen, y on the last review: the countdown
apply_bridge() {
  key Enter
  wait_screen "$M_ASK" || return 1
  on_screen "$M_REMOVED" || { echo "  the review does not name the profile removed"; return 1; }
  key y
  wait_screen "$M_CONFIRM" 30
}

# ---- r on the countdown: NetworkManager rolls back now, not at the deadline ------------------------------
must start_ui --answers /root/answers-kill.yaml --only bridge
must nsp_wait_for -t 30 -m "the bridge menu" has_menu
must apply_bridge
check "r. the change is applied while the countdown runs" bridged
t=$(nsp_now_us)
key r
nsp_wait_for -t 40 -m "rolled back" unbridged || true
echo "  r: rolled back $(nsp_elapsed "$t") s after r (rollbackTimeout 20 s)"
check "r. after r: no br0, enp0s3 has $NSP_HOST_IP/24 again, no checkpoint" eval 'unbridged && no_checkpoint'
check "r. the applier rolled back because it was asked (got: $(status_reason))" \
  test "$(status_reason)" = bridge.reason.reverted
wait_screen "$M_REVERTED" || true
check "r. the screen says why: $M_REVERTED" on_screen "$M_REVERTED"
key q
# Quit asks first (as Ctrl-C does); q again quits.
wait_screen "$(msg ui.quitAsk)" 10 || true
key q
check "r. q q ends the wizard and the session" nsp_wait_for -t 20 pane_dead

# ---- c. the client killed on the countdown → rolled back, said at the next start -----------------------
must start_ui --answers /root/answers-kill.yaml --only bridge
must nsp_wait_for -t 30 -m "the bridge menu" has_menu
must apply_bridge
check "c. the countdown says Enter keeps and r/Esc/Ctrl-C undo" on_screen "$M_REVERT"
check "c. the change is applied (enp0s3 a port of br0) while the countdown runs" bridged
t=$(nsp_now_us)
kill -KILL "$SSH_PID"
nsp_wait_for -t 40 -m "rolled back" unbridged || true
echo "  c: rolled back $(nsp_elapsed "$t") s after the client was killed (rollbackTimeout 20 s)"
check "c. after the kill: no br0, enp0s3 has $NSP_HOST_IP/24 again" unbridged
check "c. the status file says rolled-back (got $(status_phase))" test "$(status_phase)" = rolled-back
check "c. no checkpoint left" no_checkpoint
nsp_wait_for -t 20 sshx true || true
check "c. the old address answers ssh again" sshx true
killed_wizard_gone() { ! cx pgrep -f answers-kill; }
check "c. the wizard of the killed session is gone (SIGHUP)" nsp_wait_for -t 10 killed_wizard_gone

# ---- b. a fresh session: says what happened, walks every step, keeps the bridge over the same TCP ------
STEPS=host,bridge,summary
must start_ui --answers /root/answers.yaml --only "$STEPS"
must wait_screen "Step 1/3"
check "b. the first screen says the last change$M_LAST$M_NOCONFIRM" on_screen "$M_LAST$M_NOCONFIRM"
walk_step() { # N: on step N's screen, Run (then past its result), Next, or Skip
  must wait_screen "Step $1/3"
  must nsp_wait_for -t 30 -m "step $1's menu" has_menu
  case "$(menu)" in
    ' Run '*|'›Run '*)
      key Enter
      must nsp_wait_for -t 120 -m "step $1's result" result_shown
      must nsp_wait_for -t 10 -m "step $1's result menu" has_menu
      if menu | grep -E '^( |›)Next ' >/dev/null; then key Enter; else key s; fi ;;
    ' Next '*|'›Next '*) key Enter ;;
    *) key s ;;
  esac
}
walk_step 1
must wait_screen "Step 2/3"
must nsp_wait_for -t 30 -m "the bridge menu" has_menu
menu_offers_run() { menu | grep -E '^( |›)Run ' >/dev/null; }
check "b. the bridge screen offers Run" menu_offers_run
before=$(client_ends)
peers_before=$(server_peers)
echo "  b: ssh client $SSH_PID, connection $before → $NSP_HOST_IP:22"
check "b. one TCP connection of the ssh client before the change ($before)" test "$(printf '%s\n' "$before" | grep -c .)" = 1
must apply_bridge
during=$(client_ends)
check "b. the change is applied while the session shows the countdown" bridged
key Enter # the confirmation, typed through the same session
nsp_wait_for -t 30 -m "committed" committed || true
check "b. the Enter through the session kept the change (status committed, got $(status_phase))" test "$(status_phase)" = committed
wait_screen "$M_KEPT" 20 || true
check "b. the screen says the bridge is kept" on_screen "$M_KEPT"
after=$(client_ends)
check "b. the same ssh client ($SSH_PID) is alive" nsp_pid_is "$SSH_PID" ssh
check "b. the same TCP connection during and after the change: $before / $during / $after" \
  test "$before" = "$during" -a "$before" = "$after"
same_peer() { [ "$(server_peers)" = "$peers_before" ] && printf '%s\n' "$peers_before" | grep -xF -- "$before" >/dev/null; }
check "b. sshd sees the same peer before and after ($peers_before)" same_peer
on_br0() {
  cx ip -4 -o addr show dev br0 | grep " $NSP_HOST_IP/24 " >/dev/null &&
    cx ip -4 route show default | grep 'dev br0' >/dev/null
}
check "b. br0 has $NSP_HOST_IP/24 and the default route" on_br0
check "b. no checkpoint left" no_checkpoint
# Next to the summary, Finish: the wizard ends, and with it the session (exit 0)
# (each key waits for the menu it is meant for: a key typed while Ink still draws the previous screen is lost)
nsp_wait_for -t 10 -m "the kept screen's menu" has_menu || true
key n
wait_screen "Step 3/3" || true
nsp_wait_for -t 10 -m "the summary's menu" has_menu || true
finish_offered() { menu | grep -E '^( |›)Finish ' >/dev/null; }
finish_offered || { echo "---- screen"; screen; }
check "b. the summary offers Finish first" finish_offered
key Enter
nsp_wait_for -t 20 -m "the session to end" pane_dead || true
end_status=$(session_status)
check "b. the wizard finished and the session ended with exit 0 (got ${end_status:-none})" test "$end_status" = 0
[ "$end_status" = 0 ] || { echo "---- screen"; screen; }

finish
