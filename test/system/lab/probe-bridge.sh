#!/usr/bin/env bash
# Probe (not part of smoke.sh): the NIC -> bridge sequence the wizard uses, run
# against the lab's real NetworkManager inside an NM checkpoint, then rolled back.
#
#   bash test/system/lab/probe-bridge.sh            # static and DHCP, ~3 s
#
# For each of static / DHCP (MAC 52:54:00:12:34:56, profile "Wired connection 1"):
#   1. CheckpointCreate aouu 0 60 6 (all devices, DELETE_NEW_CONNECTIONS|DISCONNECT_NEW_DEVICES)
#   2. the bridge sequence (below), by the old profile's UUID
#   3. ping from the LAN works again; br0 has 192.168.1.5 (DHCP: the reserved address)
#   4. CheckpointRollback: br0 + port profile gone, old profile back and active, ping works
# Also checks that NM 1.42's nmcli rejects `controller` / `port-type`.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lab.sh
. "$HERE/lab.sh"

MAC=52:54:00:12:34:56
PORT=br0-port-enp0s3
fail() { echo "PROBE FAIL: $*" >&2; exit 1; }
trap 'LAB_QUIET=1 lab_down >/dev/null 2>&1 || true' EXIT

bridge_sequence() { # UUID of the NIC's current profile
  local uuid=$1 mac v ipv4
  mac=$(hx cat /sys/class/net/enp0s3/address)
  mapfile -t v < <(hx nmcli -g ipv4.method,ipv4.addresses,ipv4.gateway,ipv4.dns connection show uuid "$uuid")
  ipv4=(ipv4.method "${v[0]}")
  [ -n "${v[1]:-}" ] && ipv4+=(ipv4.addresses "${v[1]}")
  [ -n "${v[2]:-}" ] && ipv4+=(ipv4.gateway "${v[2]}")
  [ -n "${v[3]:-}" ] && ipv4+=(ipv4.dns "${v[3]}")
  hx nmcli connection add type bridge con-name br0 ifname br0 bridge.stp no \
    ethernet.cloned-mac-address "$mac" "${ipv4[@]}" ipv6.method ignore >/dev/null
  hx nmcli connection add type ethernet con-name "$PORT" ifname enp0s3 master br0 slave-type bridge >/dev/null
  hx nmcli connection up "$PORT" >/dev/null      # activates br0 too; enp0s3 joins br0
  hx nmcli connection delete uuid "$uuid" >/dev/null
}

bridged() {
  hx ip -j link show enp0s3 | grep -q '"master":"br0"' &&
    lab_iface_ready br0 && lab_ping_host
}

restored() { # UUID
  hx nmcli -t -f UUID,DEVICE connection show --active | grep -qx "$1:enp0s3" &&
    ! hx nmcli -t -f NAME connection show | grep -qxE "br0|$PORT" &&
    ! hx ip link show br0 >/dev/null 2>&1 &&
    lab_iface_ready enp0s3 && lab_ping_host
}

probe() { # static|dhcp
  local mode=$1 uuid cp t
  echo "== $mode"
  LAB_QUIET=1 lab_up --ipv4 "$mode" --mac "$MAC" --profile-name "Wired connection 1"
  uuid=$(lab_nm_uuid_of enp0s3)
  cp=$(lab_nm_checkpoint_create 60 6)
  echo "   checkpoint $cp, old profile $uuid"
  t=$(lab_now_us)
  bridge_sequence "$uuid"
  echo "   bridge commands done: $(lab_elapsed "$t") s"
  lab_wait_for -t 20 -i 0.05 -m "enp0s3 in br0, br0 192.168.1.5, ping" bridged || fail "$mode: bridge"
  echo "   bridged, ping ok:     $(lab_elapsed "$t") s"
  if [ "$mode" = dhcp ]; then
    grep -q " $MAC 192.168.1.5 " "$LAB_STATE/dnsmasq.leases" || fail "dhcp: reserved lease missing"
    echo "   br0 got the reserved DHCP address 192.168.1.5 (cloned MAC $MAC)"
  fi
  t=$(lab_now_us)
  lab_nm_checkpoint_rollback "$cp" >/dev/null
  lab_wait_for -t 20 -i 0.05 -m "original profile restored" restored "$uuid" || fail "$mode: rollback"
  echo "   rolled back, ping ok: $(lab_elapsed "$t") s"
  lab_down
}

probe static
probe dhcp

echo "== nmcli 1.42 syntax"
LAB_QUIET=1 lab_up
hx nmcli connection add type bridge con-name br0 ifname br0 >/dev/null
if hx nmcli connection add type ethernet con-name p ifname enp0s3 controller br0 port-type bridge >/dev/null 2>&1; then
  echo "   'controller br0 port-type bridge' accepted"
else
  echo "   'controller br0 port-type bridge' rejected (use 'master br0 slave-type bridge')"
fi
lab_down
echo "probe-bridge: 2 passed, 0 failed"
