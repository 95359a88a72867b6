#!/usr/bin/env bash
# System test of the bridge applier's verification against the lab's real NetworkManager (issue 9,
# "Verify what was there" / "the applier reports only what happened"). One lab, three cases, < 60 s:
#
#   forever  a checkpoint made with timeout 0 is pending: the step is blocked and names the exact busctl
#            command that ends it; running that command as printed removes the checkpoint
#   route    a route the uplink has (added at runtime, no profile carries it) is missing on br0: rolled back,
#            the reason names the route once, the old profile and the LAN ping are back
#   kept     the uplink's routes, MTU and DNS all reappear on br0: kept, every check listed as passed
#
# Run as root after `npm run build`. LAB_PREFIX (default ka1) names the lab's namespaces.
# shellcheck source-path=SCRIPTDIR disable=SC2016
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export LAB_PREFIX=${LAB_PREFIX:-ka1}
# shellcheck source=lab/lab.sh
. "$HERE/lab/lab.sh"
BR_OUT=$LAB/bridge-verify
# shellcheck source=bridge/lib.sh
. "$HERE/bridge/lib.sh"

[ "$(id -u)" -eq 0 ] || { echo "bridge-verify.test.sh: needs root" >&2; exit 1; }
[ -e "$KW_WIZARD_ROOT/dist/kvm-wizard.mjs" ] || { echo "bridge-verify.test.sh: npm run build first" >&2; exit 1; }
trap 'LAB_QUIET=1 lab_down >/dev/null 2>&1 || true' EXIT
trap 'exit 130' INT TERM

LAB_QUIET=1 lab_up --ipv4 static --mac "$BR_MAC" || { echo "lab_up failed" >&2; exit 1; }
rm -rf "$BR_OUT" && mkdir -p "$BR_OUT"
UUID=$(lab_nm_uuid_of enp0s3)
# NetworkManager gives a bridge route metric 425 where Ethernet has 100. With 425 on the uplink's profile the
# routes match whether or not the bridge step copies ipv4.route-metric, so this test checks the verification.
hx nmcli connection modify "$UUID" ipv4.route-metric 425 >/dev/null
hx nmcli connection up "$UUID" >/dev/null
lab_wait_for -t 10 -m "enp0s3 ready" lab_iface_ready enp0s3
# A second router on the LAN: the LAN namespace answers for 192.168.1.2 as well.
lanx ip addr add 192.168.1.2/24 dev lan0
failed=0

# ---- forever: a never-expiring checkpoint ------------------------------------------------------------------
(
  cp=$(lab_nm_checkpoint_create 0)
  rc=0; br_wizard "$BR_OUT/forever.out" --yes --only bridge || rc=$?
  [ "$rc" -eq 1 ] || fail "exit $rc, expected 1 (blocked)"
  br_assert_output "$BR_OUT/forever.out" "made without a timeout" "never-expiring checkpoint"
  # The exact command from the message, run as printed.
  cmd=$(grep -o "busctl call org.freedesktop.NetworkManager /org/freedesktop/NetworkManager org.freedesktop.NetworkManager CheckpointRollback o $cp" "$BR_OUT/forever.out" | head -n 1)
  [ -n "$cmd" ] || fail "no rollback command for $cp in the output"
  # shellcheck disable=SC2086 # the printed command is plain words
  hx $cmd >/dev/null || fail "the printed command failed: $cmd"
  br_checkpoints_empty || fail "checkpoint still pending after: $cmd"
  br_log "forever: ok"
) || failed=1

# ---- route: a route only the kernel has is missing on br0 → rolled back, named ------------------------------
(
  hx ip route add 10.9.9.0/24 via 192.168.1.2 dev enp0s3 metric 7
  # A short timeout keeps the verification window (it retries up to timeout − 10 s) at 10 s.
  answers=$(br_answers route 'bridge:
  rollbackTimeout: 20')
  rc=0; br_wizard "$BR_OUT/route.out" --yes --only bridge --answers "$answers" || rc=$?
  [ "$rc" -eq 1 ] || fail "exit $rc, expected 1 (rolled back)"
  br_assert_output "$BR_OUT/route.out" "10.9.9.0/24 via 192.168.1.2 metric 7" "missing route named"
  n=$(grep -c "Rolled back to the previous network" "$BR_OUT/route.out" || true)
  [ "$n" -eq 1 ] || fail "the outcome was printed $n times, expected once"
  [ "$(br_phase)" = rolled-back ] || fail "status phase $(br_phase), expected rolled-back"
  lab_wait_for -t 15 -m "old profile back" br_restored "$UUID" || fail "old network not restored"
  br_checkpoints_empty || fail "checkpoint left behind"
  hx ip route del 10.9.9.0/24 2>/dev/null || true
  br_log "route: ok"
) || failed=1

# ---- kept: everything reappears on br0 ----------------------------------------------------------------------
(
  rc=0; br_wizard "$BR_OUT/kept.out" --yes --only bridge || rc=$?
  [ "$rc" -eq 0 ] || fail "exit $rc, expected 0"
  for check in "the card’s routes via the bridge" "MTU as before" "DNS servers as before" "the card’s addresses on the bridge"; do
    br_assert_output "$BR_OUT/kept.out" "✓ $check" "passed check"
  done
  br_assert_output "$BR_OUT/kept.out" "The bridge is kept" "kept"
  lab_wait_for -t 10 -m "br0 ready + ping" br_bridged || fail "not bridged"
  br_checkpoints_empty || fail "checkpoint left behind"
  br_log "kept: ok"
) || failed=1

exit "$failed"
