#!/usr/bin/env bash
# System test: the host's address moves (static 192.168.1.5 → bridge with static 192.168.1.6) and the user
# reconnects, over real sshd in a booted Debian 12 host with NetworkManager (test/system/nspawn/, one host
# shared by the cases). Needs root and `npm run release` (the single executable runs in the container).
#
#   (b) nobody confirms: the session that applied it says what to type (ssh root@192.168.1.6, kvm-wizard
#       confirm) and waits; at the (short, answer-set) deadline it is rolled back, the old address answers
#       ssh again, and the next start says the change was rolled back.
#   (a) the change is applied from an ssh session to the old address (which it cuts off); a new ssh session
#       to the new address runs `kvm-wizard confirm` in time: kept, the new address answers ssh, the old
#       does not; the new address is in the applier's log; `confirm` again: nothing pending.
# (b) runs first: it leaves the host as it was, which (a) needs.
#
#   bash test/system/reconnect.test.sh          # ends with "reconnect: N passed, M failed"
#   KVMWIZ_NSPAWN_KEEP=1 ...                     # leave the container up (bash test/system/nspawn/down.sh)
set -euo pipefail
# shellcheck disable=SC2317  # functions below are called through check
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export KVMWIZ_NSPAWN_PREFIX=kwr KVMWIZ_NSPAWN_STATE=/tmp/kvmwiz-reconnect KVMWIZ_NSPAWN_MACHINE=kvmhostr
export KVMWIZ_NSPAWN_HOST_IP=192.168.1.5 KVMWIZ_NSPAWN_MAC=52:54:00:12:34:5e
# shellcheck source=nspawn/common.sh
. test/system/nspawn/common.sh

OLD_IP=192.168.1.5
NEW_IP=192.168.1.6
PASSED=0
FAILED=0
T_ALL=$(nsp_now_us)
WIZ=("/opt/kvm-wizard/release/$NSP_SEA_NAME")

ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() {
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$label"; else bad "$label"; fi
}
FINISHED=0
BOOTED=0
APPLY_PID=
finish() {
  FINISHED=1
  echo "  total $(nsp_elapsed "$T_ALL") s"
  echo "reconnect: $PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ] && exit 0
  exit 1
}
on_exit() {
  local rc=$?
  # the ssh client of case (a), if it still runs (it should have ended when its address went away)
  if [ -n "$APPLY_PID" ] && kill -0 "$APPLY_PID" 2>/dev/null; then kill "$APPLY_PID" 2>/dev/null || true; fi
  if [ "$BOOTED" = 1 ]; then
    if [ -n "${KVMWIZ_NSPAWN_KEEP:-}" ]; then
      echo "KVMWIZ_NSPAWN_KEEP: container left running (state $NSP_STATE); stop it with the same variables and bash test/system/nspawn/down.sh"
    else
      bash test/system/nspawn/down.sh --quiet || echo "FAIL teardown (down.sh)"
    fi
  fi
  if [ "$FINISHED" = 0 ]; then
    bad "the test script stopped early (exit $rc)"
    echo "reconnect: $PASSED passed, $FAILED failed"
    exit 1
  fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || { echo "reconnect test needs root"; exit 1; }
for c in debootstrap systemd-nspawn nsenter ip flock ssh ping; do
  command -v "$c" >/dev/null || { bad "$c is missing (bash .ci/install-system-deps.sh)"; finish; }
done
[ -x "$NSP_PROJECT/release/$NSP_SEA_NAME" ] || { bad "$NSP_PROJECT/release/$NSP_SEA_NAME missing: npm run release"; finish; }

# The wizard's own words (src/i18n/en.ts); a placeholder left open is cut off with everything after it.
msg() {
  local m
  m=$("$NSP_NODE" test/system/nspawn/msg.mjs "$NSP_PROJECT" "$@") || return 1
  printf '%s' "${m%%\{*}"
}
M_KEPT=$(msg bridge.committed)
M_ROLLEDBACK=$(msg bridge.rolledBack)
M_NOCONFIRM=$(msg bridge.reason.noConfirm)
M_LAST_ROLLEDBACK=$(msg bridge.lastRolledBack)
M_NOTHING=$(msg cli.nothingPending)
M_WAIT=$(msg bridge.reconnectWait)
M_WAIT=${M_WAIT%%$'\n'*} # its first line (grep -F would take each line as a pattern of its own)
says() { grep -qF -- "$2" "$1"; } # FILE TEXT

bash test/system/nspawn/down.sh --quiet || true
bash test/system/nspawn/rootfs.sh >/dev/null || { bad "rootfs.sh"; finish; }
exec 8>"$NSP_CACHE/.lock"
flock -s -w 600 8 || { bad "cache lock"; finish; }
BOOTED=1
bash test/system/nspawn/boot.sh || { bad "boot.sh"; finish; }
echo "  booted in $(nsp_elapsed "$T_ALL") s; console: $NSP_STATE/console.log"

ssh_ok() { sshx_at "$1" true; }                 # ADDRESS answers ssh (as root, with the test key)
ssh_refused() { ! sshx_at "$1" true; }
phase() { cx sh -c 'cat /var/lib/kvm-wizard/bridge/*.status.json 2>/dev/null' | grep -o '"phase":"[a-z-]*"' | tail -1 | cut -d'"' -f4; }
phase_is() { [ "$(phase)" = "$1" ]; }
on_old_nic() { cx ip -4 -o addr show dev "$NSP_IFACE" | grep -qF " $OLD_IP/24 "; }
answers() { # FILE SECONDS: a static move to NEW_IP, confirmed within SECONDS
  printf 'host:\n  allowNoVirt: true\nbridge:\n  name: br0\n  reconnectTimeout: %s\n  ipv4:\n    method: manual\n    address: %s/24\n    gateway: %s\n    dns: [%s]\n' \
    "$2" "$NEW_IP" "$NSP_GW_IP" "$NSP_GW_IP" | cx sh -c "cat > $1"
}

# ---- (b) nobody confirms: rolled back at the deadline ---------------------------------------------
answers /root/move-short.yaml 20
out=$NSP_STATE/b-apply.log
t=$(nsp_now_us)
rc=0
# From the host's console (cx), a session the move does not cut off: it shows the wait to its end.
cx "${WIZ[@]}" --yes --answers /root/move-short.yaml --only bridge </dev/null >"$out" 2>&1 || rc=$?
echo "  (b) applied and waited $(nsp_elapsed "$t") s"
check "(b) exit 1: not confirmed (got $rc)" test "$rc" = 1
# (the command it names is the file this session ran: kvm-wizard is not on PATH here)
check "(b) before applying, it says the next commands: ssh root@$NEW_IP and ${WIZ[0]} confirm" \
  grep -qF "ssh root@$NEW_IP — then: ${WIZ[0]} confirm" "$out"
check "(b) while waiting, it says what to type in the new session" says "$out" "$M_WAIT"
check "(b) says it rolled back for want of a confirmation" says "$out" "$M_ROLLEDBACK$M_NOCONFIRM"
transcript=$(sed -n 's/^Log: //p' "$out" | tail -1)
check "(b) the transcript has the new address as the applier found it" \
  eval "[ -n '$transcript' ] && cx grep -qF 'br0 now has the address $NEW_IP' '$transcript'"
check "(b) $OLD_IP is on $NSP_IFACE again, no br0" eval "on_old_nic && ! cx ip link show br0"
check "(b) the old address answers ssh again" ssh_ok "$OLD_IP"
check "(b) the new address does not" ssh_refused "$NEW_IP"
out=$NSP_STATE/b-next.log
rc=0
sshx "${WIZ[@]}" --yes --answers /root/move-short.yaml --only host </dev/null >"$out" 2>&1 || rc=$?
check "(b) the next start over ssh says the change was rolled back: no confirmation (exit $rc)" \
  eval "says '$out' '$M_LAST_ROLLEDBACK' && says '$out' '$M_NOCONFIRM'"

# ---- (a) reconnect to the new address and confirm ---------------------------------------------------
answers /root/move.yaml 60
out=$NSP_STATE/a-apply.log
t=$(nsp_now_us)
# The applying session: ssh to the old address, no TTY (like an Ansible task); the move cuts it off
# (ServerAliveInterval: the client gives up within seconds).
sshx "${WIZ[@]}" --yes --answers /root/move.yaml --only bridge </dev/null >"$out" 2>&1 &
APPLY_PID=$!
if nsp_wait_for -t 60 -m "status verified" phase_is verified; then
  ok "(a) applied and verified, waiting for the confirmation ($(nsp_elapsed "$t") s)"
else
  bad "(a) never verified (phase '$(phase)')"
fi
check "(a) the applying session saw the next commands before it was cut off" \
  grep -qF "ssh root@$NEW_IP — then: ${WIZ[0]} confirm" "$out"
out=$NSP_STATE/a-confirm.log
rc=0
sshx_at "$NEW_IP" "${WIZ[@]}" confirm </dev/null >"$out" 2>&1 || rc=$?
echo "  (a) confirmed from a new ssh session $(nsp_elapsed "$t") s after the start"
check "(a) kvm-wizard confirm over ssh to $NEW_IP: exit 0 (got $rc)" test "$rc" = 0
check "(a) confirm says it is kept" says "$out" "$M_KEPT"
check "(a) status committed" phase_is committed
check "(a) the new address answers ssh" ssh_ok "$NEW_IP"
check "(a) the old address does not" ssh_refused "$OLD_IP"
check "(a) br0 has $NEW_IP/24, $NSP_IFACE is its port" \
  eval "cx ip -4 -o addr show dev br0 | grep -qF ' $NEW_IP/24 ' && cx ip -j link show $NSP_IFACE | grep -q '\"master\":\"br0\"'"
check "(a) no checkpoint left" eval "cx busctl get-property org.freedesktop.NetworkManager /org/freedesktop/NetworkManager org.freedesktop.NetworkManager Checkpoints | grep -qx 'ao 0'"
# (The applier writes it to /dev/console too; this container's console is not observable from here: a
# write to it never reaches nspawn's console.log.)
check "(a) the new address is in the applier's log for the cut-off user" \
  eval "cx sh -c 'cat \$(ls /var/lib/kvm-wizard/bridge/*.log | tail -1)' | grep -qF 'br0 now has the address $NEW_IP'"
# the applying session's client gave up when its address went away
nsp_wait_for -t 30 -m "the cut-off ssh client ends" eval "! kill -0 $APPLY_PID" || true
check "(a) the cut-off ssh client of the applying session ended" eval "! kill -0 $APPLY_PID"
out=$NSP_STATE/a-again.log
rc=0
sshx_at "$NEW_IP" "${WIZ[@]}" confirm </dev/null >"$out" 2>&1 || rc=$?
check "(a) confirm with nothing pending: exit 1 and says so (got $rc)" \
  eval "test $rc = 1 && says '$out' '$M_NOTHING'"

finish
