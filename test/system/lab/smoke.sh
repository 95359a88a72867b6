#!/usr/bin/env bash
# Smoke test of the system-test lab (test/system/lab/lab.sh).  Run as root:
#
#   bash test/system/lab/smoke.sh
#
# Brings the lab up with a static profile, then with DHCP (MAC
# 52:54:00:12:34:56, profile "Wired connection 1"), checks reachability from the
# LAN, the NM profile, an NM checkpoint create/rollback over D-Bus, libvirtd,
# and that this machine's own network state was not touched.  Prints timings.
# Exits non-zero with a clear message on the first failure.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lab.sh
. "$HERE/lab.sh"

PASSED=0
TIMINGS=()
T_ALL=$(lab_now_us)

summary() {
  local t
  echo "---- timings (s) ----"
  for t in "${TIMINGS[@]}"; do echo "  $t"; done
  echo "  total: $(lab_elapsed "$T_ALL")"
}
fail() {
  echo "SMOKE FAIL: $*" >&2
  [ -e "$LAB_STATE/nm.log" ] && { echo "---- last lines of $LAB_STATE/nm.log" >&2; tail -n 15 "$LAB_STATE/nm.log" >&2; }
  summary
  echo "smoke: $PASSED passed, 1 failed"
  exit 1
}
ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }

# step "label" CMD...: run CMD, record its duration, fail with the label if it fails
step() {
  local label=$1 t
  shift
  t=$(lab_now_us)
  if ! "$@"; then fail "$label"; fi
  TIMINGS+=("$(printf '%-46s %s' "$label" "$(lab_elapsed "$t")")")
  ok "$label"
}

cleanup() { LAB_QUIET=1 lab_down >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || { echo "SMOKE FAIL: must run as root" >&2; exit 1; }
for c in ip nsenter unshare NetworkManager nmcli dbus-daemon dnsmasq busctl libvirtd virtlogd virsh ping; do
  command -v "$c" >/dev/null || { echo "SMOKE FAIL: '$c' missing; run .ci/install-system-deps.sh" >&2; exit 1; }
done

# ---- this machine's own network state, compared at the end (read-only) ------
root_state() {
  ip -o link show | awk -F': ' '{ print $2 }' | sed 's/@.*//' | sort
  ip -4 route show table all
  ip -6 route show table all 2>/dev/null || true
  md5sum /etc/resolv.conf 2>/dev/null || true
  hostname
  if command -v nft >/dev/null; then nft list ruleset 2>/dev/null | md5sum; fi
}
ROOT_BEFORE=$(root_state)

# ---- checks -------------------------------------------------------------------
ping_host() { lab_wait_for -t 10 -m "ping 192.168.1.5 from the LAN" lab_ping_host; }

profile_listed() { # NAME
  local out
  out=$(hx nmcli -t -f NAME,UUID,TYPE,DEVICE connection show) || return 1
  echo "$out" | sed 's/^/     /'
  # nmcli -t escapes ':' in values; our names have none
  echo "$out" | grep -q "^$1:[0-9a-f-]\{36\}:802-3-ethernet:enp0s3\$" \
    || { echo "profile '$1' on enp0s3 not listed" >&2; return 1; }
}

CP=""
checkpoint_create() {
  CP=$(lab_nm_checkpoint_create 20 6) || return 1
  echo "     checkpoint: $CP"
  [[ "$CP" == /org/freedesktop/NetworkManager/Checkpoint/* ]] || { echo "bad checkpoint path '$CP'" >&2; return 1; }
  local prop
  prop=$(lab_nm_checkpoints) || return 1
  echo "     Checkpoints: $prop"
  [[ "$prop" == *"\"$CP\""* ]] || { echo "checkpoint not in Checkpoints property" >&2; return 1; }
}
checkpoint_rollback() {
  local out prop
  out=$(lab_nm_checkpoint_rollback "$CP") || return 1
  echo "     rollback result: $out"
  prop=$(lab_nm_checkpoints) || return 1
  [ "$prop" = "ao 0" ] || { echo "Checkpoints not empty after rollback: $prop" >&2; return 1; }
  # the profile is (still / again) active with its address, and reachable
  lab_wait_for -t 20 -m "enp0s3 active again after rollback" lab_iface_ready enp0s3 || return 1
  ping_host
}

lease_is_reserved() {
  lab_wait_for -t 5 -m "lease 52:54:00:12:34:56 -> 192.168.1.5 in $LAB_STATE/dnsmasq.leases" \
    grep -q ' 52:54:00:12:34:56 192.168.1.5 ' "$LAB_STATE/dnsmasq.leases"
}

virsh_net_list() {
  local out
  out=$(hx virsh net-list --all) || return 1
  echo "$out" | sed 's/^/     /'
  echo "$out" | grep -qw default || { echo "libvirt 'default' network not listed" >&2; return 1; }
}

# ---- 1: static profile "enp0s3" ---------------------------------------------
echo "== static IPv4, profile 'enp0s3'"
step "lab_up (static)" lab_up --ipv4 static
step "ping 192.168.1.5 from LAN (static)" ping_host
step "nmcli shows profile 'enp0s3'" profile_listed enp0s3
step "CheckpointCreate aouu 0 20 6 (static)" checkpoint_create
step "CheckpointRollback + active again (static)" checkpoint_rollback
step "lab_down (static)" lab_down

# ---- 2: DHCP, MAC 52:54:00:12:34:56, profile "Wired connection 1" --------------
echo "== DHCP IPv4, MAC 52:54:00:12:34:56, profile 'Wired connection 1'"
step "lab_up (dhcp)" lab_up --ipv4 dhcp --mac 52:54:00:12:34:56 --profile-name "Wired connection 1"
step "reserved lease 192.168.1.5 handed out" lease_is_reserved
step "ping 192.168.1.5 from LAN (dhcp)" ping_host
step "nmcli shows profile 'Wired connection 1'" profile_listed "Wired connection 1"
step "CheckpointCreate aouu 0 20 6 (dhcp)" checkpoint_create
step "CheckpointRollback + active again (dhcp)" checkpoint_rollback
step "lab_libvirt_up" lab_libvirt_up
step "virsh net-list --all" virsh_net_list
step "lab_down (dhcp + libvirt)" lab_down
step "lab_down again (idempotent)" lab_down

# ---- nothing leaked into this machine's namespaces ------------------------------
root_untouched() {
  local after
  after=$(root_state)
  [ "$after" = "$ROOT_BEFORE" ] || { diff <(echo "$ROOT_BEFORE") <(echo "$after") >&2; return 1; }
  for ns in "$LAB_HOST_NS" "$LAB_LAN_NS"; do
    [ ! -e "/run/netns/$ns" ] || { echo "netns $ns still exists" >&2; return 1; }
  done
}
step "root namespace links/routes/resolv.conf/nft unchanged" root_untouched

summary
echo "smoke: $PASSED passed, 0 failed"
