#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions below are called through check/phase
# System test: Ansible drives kvm-wizard on three Debian 12 hosts at once (systemd-nspawn -b from the cached
# rootfs, --volatile=overlay, sshd, NetworkManager uplink) on one LAN netns, with the controller in that netns.
#   kvmhost1 192.168.1.11: every step (packages through apt, libvirt, Cockpit, br0); kvmhost2 .12: only the
#   bridge (--only host,bridge,summary: two package installs at once cost minutes here); br0 checked from the LAN
#   kvmhost3 .13: answers with a wrong gateway: its bridge rolls back, it stays reachable, the play fails for it
#   alone with the wizard's reason. A second run: changed=0 on hosts 1 and 2.
# Run as root after `npm run release`; uses ansible/site.yml as it is, with an inventory of its own.
#
#   bash test/system/fleet.test.sh
#   KVMWIZ_FLEET_KEEP=1 ...   leave the hosts up (down: the commands printed at the end)
#   KVMWIZ_FLEET_SKIP=1 ...   skip (prints that it did)
#
# Ends with "fleet: N passed, M failed"; exit 0 only when nothing failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export KVMWIZ_NSPAWN_PREFIX=kwf
# shellcheck source=nspawn/common.sh
. test/system/nspawn/common.sh
# shellcheck source=fleet/lib.sh
. test/system/fleet/lib.sh

if [ -n "${KVMWIZ_FLEET_SKIP:-}" ]; then
  echo "fleet test skipped (KVMWIZ_FLEET_SKIP is set)"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "fleet test needs root"; exit 1; }
for c in ansible-playbook ssh systemd-nspawn nsenter ip flock setsid ping; do
  command -v "$c" >/dev/null || { bad "$c is missing (bash .ci/install-system-deps.sh)"; finish; }
done
[ -x "$NSP_PROJECT/release/$NSP_SEA_NAME" ] || { bad "release/$NSP_SEA_NAME missing: npm run release"; finish; }

# ---- three hosts, one LAN ------------------------------------------------------------------------------
for i in 1 2 3; do fleet_down "$i" || true; done
rm -rf "$FLEET"
mkdir -p "$FLEET"
phase "rootfs + .deb cache" bash test/system/nspawn/rootfs.sh
# the rootfs must not be rebuilt under running containers: hold the cache lock (shared) from here on
exec 8>"$NSP_CACHE/.lock"
flock -s -w 600 8 || { bad "cache lock"; finish; }
BOOTED=1  # read by on_exit (fleet/lib.sh)
for i in 1 2 3; do phase "boot kvmhost$i" fleet_boot "$i"; done
# Ansible's modules need Python on the host (EL and Ubuntu have it; Debian's minbase does not). From the
# host's own .deb cache (virtinst needs python3, so the cache has it), the three at once.
install_python() {
  local i pids=() rc=0
  for i in 1 2 3; do
    hx "$i" test -x /usr/bin/python3 && continue
    hx "$i" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3 \
      >"$FLEET/python-h$i.log" 2>&1 &
    pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i" || rc=1; done
  return "$rc"
}
phase "python3 on the hosts (for Ansible)" install_python
for i in 1 2 3; do
  check "kvmhost$i: ssh from the LAN answers with its hostname" test "$(sshx_at "$(host_ip "$i")" hostname)" = "kvmhost$i"
done
write_inventory

# ---- run 1: hosts 1 and 2 become KVM hosts with br0; host 3 rolls back ------------------------------------
R1=$FLEET/run1.log
phase "ansible-playbook run 1 (all hosts)" play "$R1"
print_recap "$R1"
check "run 1: ansible-playbook exits 2 (a host failed; got $(cat "$R1.rc"))" test "$(cat "$R1.rc")" = 2
for i in 1 2; do
  check "run 1: kvmhost$i ok, changed, not failed, reachable" recap_is "$R1" "kvmhost$i" 'changed=[1-9][0-9]* +unreachable=0 +failed=0 '
  check "run 1: kvmhost$i: the wizard's run task is 'changed'" task_status "$R1" "Wait for kvm-wizard" "kvmhost$i" changed
  check "run 1: kvmhost$i: result.json: bridge changed and committed" \
    json_has "$i" 'd.steps.find(s => s.id === "bridge").outcome === "changed" && d.steps.find(s => s.id === "bridge").bridge.result === "committed" && d.exitCode === 0'
  check "run 1: kvmhost$i: transcript and answers fetched" fetched "$i"
done
check "run 1: kvmhost1: result.json: packages and network changed (all steps ran)" \
  json_has 1 '["packages", "network"].every(id => d.steps.find(s => s.id === id).outcome === "changed")'
check "run 1: kvmhost3 failed, still reachable" recap_is "$R1" kvmhost3 'unreachable=0 +failed=1 '
check "run 1: kvmhost3: result.json: bridge rolled back" \
  json_has 3 'd.steps.at(-1).id === "bridge" && d.steps.at(-1).bridge.result === "rolled-back" && d.exitCode === 1'
REASON=$(fatal_msg "$R1" kvmhost3 || true)
echo "  kvmhost3: $REASON"
check "run 1: kvmhost3 fails with the wizard's reason (rolled back, gateway 192.168.1.254)" \
  grep -qE '^kvm-wizard exit 1: step bridge failed \(bridge rolled-back\): .*192\.168\.1\.254' <<<"$REASON"
check "run 1: kvmhost3: transcript and answers fetched" fetched 3
check "run 1: only kvmhost3 failed" test "$(grep -c '^fatal: ' "$R1")" = 1

# ---- from the LAN --------------------------------------------------------------------------------------
lan_ping() { lanx ping -c1 -W2 -n "$1" >/dev/null; }
on_br0() { # I: the host's address on br0, its card a port of br0, NetworkManager says so
  local ip
  ip=$(host_ip "$1")
  sshx_at "$ip" ip -4 -o addr show dev br0 | grep -q " $ip/24 " &&
    sshx_at "$ip" ip -j link show enp0s3 | grep -q '"master":"br0"' &&
    sshx_at "$ip" nmcli -t -f DEVICE,TYPE,STATE device | grep -qx 'br0:bridge:connected' &&
    sshx_at "$ip" nmcli -t -f DEVICE,STATE,CONNECTION device | grep -qE '^enp0s3:connected:' &&
    [ "$(sshx_at "$ip" nmcli -g GENERAL.STATE,GENERAL.CONNECTION device show enp0s3 | head -n 1)" = "100 (connected)" ]
}
# shellcheck disable=SC2016  # the remote shell expands it
kvm_host() { # I: libvirt and Cockpit installed and running, the default network up
  sshx_at "$(host_ip "$1")" '[ "$(dpkg-query -W -f="\${db:Status-Abbrev}\n" libvirt-daemon-system qemu-system-x86 cockpit | grep -c "^ii")" = 3 ] &&
    systemctl is-active libvirtd.service cockpit.socket >/dev/null && virsh net-list | grep -qE "^ *default +active"'
}
for i in 1 2; do
  check "LAN: ping $(host_ip "$i") (kvmhost$i on br0)" lan_ping "$(host_ip "$i")"
  check "LAN: kvmhost$i: br0 has $(host_ip "$i")/24, enp0s3 is its port (ip, nmcli)" on_br0 "$i"
done
check "LAN: kvmhost1: libvirtd, cockpit, default network (a KVM host)" kvm_host 1
sshx_at "$(host_ip 1)" nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device | sed 's/^/  kvmhost1 nmcli: /'
check "LAN: ping 192.168.1.13 (kvmhost3, rolled back)" lan_ping 192.168.1.13
check "LAN: kvmhost3 over ssh: enp0s3 has 192.168.1.13/24 again, no br0" \
  sshx_at 192.168.1.13 'ip -4 -o addr show dev enp0s3 | grep -q " 192.168.1.13/24 " && ! ip link show br0 2>/dev/null'

# ---- run 2: nothing left to do on hosts 1 and 2 ----------------------------------------------------------
R2=$FLEET/run2.log
phase "ansible-playbook run 2 (kvmhost1, kvmhost2)" play "$R2" --limit kvmhost1,kvmhost2
print_recap "$R2"
check "run 2: ansible-playbook exits 0 (got $(cat "$R2.rc"))" test "$(cat "$R2.rc")" = 0
for i in 1 2; do
  check "run 2: kvmhost$i changed=0 failed=0" recap_is "$R2" "kvmhost$i" 'changed=0 +unreachable=0 +failed=0 '
  check "run 2: kvmhost$i: every step ok or skipped" \
    json_has "$i" 'd.steps.every(s => s.outcome === "ok" || s.outcome === "skipped") && d.exitCode === 0'
done
finish
