#!/usr/bin/env bash
# Boot the cached Debian 12 rootfs with real systemd under systemd-nspawn, wired to a LAN netns:
#
#   bash test/system/nspawn/rootfs.sh && bash test/system/nspawn/boot.sh
#   . test/system/nspawn/common.sh; cx systemctl is-system-running; lanx ping -c1 192.168.1.5
#   bash test/system/nspawn/down.sh
#
# Topology and details: README.md beside this file. Writes $NSP_STATE/{nspawn,leader}.pid, console.log;
# brings the LAN up with lan.sh when it is not (several hosts, booted one after another with the same
# KVMWIZ_NSPAWN_PREFIX and their own KVMWIZ_NSPAWN_{STATE,MACHINE,HOST_IP,MAC}, share one LAN).
# Nothing in the rootfs changes (--volatile=overlay: / is a tmpfs overlay).
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
nsp_require_root

for c in systemd-nspawn nsenter ip; do
  command -v "$c" >/dev/null || { nsp_err "$c is missing"; exit 1; }
done
[ -s "$NSP_CACHE/rootfs.stamp" ] && [ -x "$NSP_ROOTFS/usr/lib/systemd/systemd" ] \
  || { nsp_err "no complete rootfs in $NSP_CACHE: run rootfs.sh first"; exit 1; }
[ -n "$NSP_NODE" ] && [ -x "$NSP_NODE" ] || { nsp_err "no node binary (KVMWIZ_NSPAWN_NODE)"; exit 1; }
NODE_MAJOR=$("$NSP_NODE" -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" -ge 20 ] || { nsp_err "$NSP_NODE is Node $NODE_MAJOR; the wizard needs >= 20"; exit 1; }
NODE_MOUNT=()
case "$NSP_WIZARD" in
  node) NODE_MOUNT=(--bind-ro="$(realpath "$NSP_NODE"):/usr/local/bin/node") ;;
  sea) [ -x "$NSP_PROJECT/release/$NSP_SEA_NAME" ] || { nsp_err "no release/$NSP_SEA_NAME: npm run release"; exit 1; } ;;
  *) nsp_err "KVMWIZ_NSPAWN_WIZARD must be sea or node, not $NSP_WIZARD"; exit 1 ;;
esac

T0=$(nsp_now_us)
bash "$NSP_HERE/down.sh" --quiet || { nsp_err "could not clean up a previous container"; exit 1; }
rm -rf "$NSP_STATE"
mkdir -p "$NSP_STATE"
[ "${#NSP_LAN_PORT}" -le 15 ] || { nsp_err "machine name $NSP_MACHINE is too long for the veth $NSP_LAN_PORT"; exit 1; }
bash "$NSP_HERE/lan.sh" up || { nsp_err "could not bring the LAN up"; exit 1; }

# ---- 1. boot --------------------------------------------------------------------------
# --private-network: its own netns with only lo (we move enp0s3 in below); --register=no and
# --keep-unit: this machine has no systemd/machined to register with; --console=passive: no tty.
setsid systemd-nspawn -D "$NSP_ROOTFS" -b -M "$NSP_MACHINE" --register=no --keep-unit \
  --volatile=overlay --private-network --console=passive \
  --bind="$NSP_ARCHIVES:/var/cache/apt/archives" \
  --bind-ro="$NSP_PROJECT:/opt/kvm-wizard" \
  "${NODE_MOUNT[@]}" \
  </dev/null >"$NSP_STATE/console.log" 2>&1 &
NSPAWN_PID=$!
echo "$NSPAWN_PID" >"$NSP_STATE/nspawn.pid"

# the container's PID 1: the descendant of nspawn whose PID in its own namespace is 1
find_leader() {
  local p
  for p in $(cat /proc/"$NSPAWN_PID"/task/*/children 2>/dev/null); do
    if awk '/^NSpid:/ { exit !($NF == 1 && NF > 2) }' "/proc/$p/status" 2>/dev/null; then
      echo "$p" >"$NSP_STATE/leader.pid"
      return 0
    fi
  done
  return 1
}
fail() {
  nsp_err "$*"
  echo "---- last lines of $NSP_STATE/console.log" >&2
  tail -n 20 "$NSP_STATE/console.log" >&2 || true
  exit 1
}
nsp_wait_for -t 30 -m "container PID 1" find_leader || fail "container did not start"
L=$(cat "$NSP_STATE/leader.pid")
booted() { cx systemctl is-system-running 2>/dev/null | grep -qxE 'running|degraded'; }
nsp_wait_for -m "systemctl is-system-running: running/degraded" booted || {
  cx systemctl --failed --no-pager >&2 || true
  fail "container did not finish booting"
}
# the rootfs says kvmhost; each host of a LAN answers with its own name
cx sh -ec "echo '$NSP_MACHINE' > /etc/hostname; hostname '$NSP_MACHINE'"
STATE=$(cx systemctl is-system-running || true)
T_BOOT=$(nsp_elapsed "$T0")
nsp_log "booted to \"$STATE\" in $T_BOOT s (nspawn pid $NSPAWN_PID, leader pid $L)"
[ "$STATE" = running ] || cx systemctl --failed --no-pager --plain >&2 || true
echo "$T_BOOT" >"$NSP_STATE/boot.seconds"

if [ "$NSP_WIZARD" = node ]; then
  # node runs there (same glibc/libstdc++ ABI as this machine's Debian 12)
  cx node --version >/dev/null || { cx ldd /usr/local/bin/node >&2 || true; fail "node does not run in the container"; }
fi

# ---- 2. NetworkManager profile for the NIC, then the NIC --------------------------------
# The keyfile goes in first, so NM never makes a "Wired connection 1" for the new device.
cx sh -ec "umask 077; cat > /etc/NetworkManager/system-connections/$NSP_IFACE.nmconnection" <<EOF
[connection]
id=$NSP_IFACE
uuid=$(cat /proc/sys/kernel/random/uuid)
type=ethernet
interface-name=$NSP_IFACE
autoconnect=true

[ethernet]

[ipv4]
method=manual
address1=$NSP_HOST_IP/24
gateway=$NSP_GW_IP
dns=$NSP_GW_IP;

[ipv6]
method=ignore
EOF
nm_up() { cx nmcli -t -f RUNNING general | grep -qx running; }
nsp_wait_for -m "NetworkManager running" nm_up || fail "NetworkManager is not running"
cx nmcli connection load "/etc/NetworkManager/system-connections/$NSP_IFACE.nmconnection"

ip -n "$NSP_LAN_NS" link add "$NSP_LAN_PORT" type veth peer name "$NSP_IFACE" address "$NSP_MAC" netns "$L"
ip -n "$NSP_LAN_NS" link set "$NSP_LAN_PORT" master "$NSP_LAN_IFACE" up
iface_ready() {
  cx nmcli -g GENERAL.STATE device show "$NSP_IFACE" | grep -q '^100' \
    && cx ip -4 -o addr show dev "$NSP_IFACE" | grep -q " $NSP_HOST_IP/24 " \
    && cx ip -4 route show default | grep -q "via $NSP_GW_IP dev $NSP_IFACE"
}
nsp_wait_for -m "$NSP_IFACE activated by NetworkManager with $NSP_HOST_IP/24" iface_ready || {
  cx nmcli device status >&2 || true
  fail "$NSP_IFACE was not activated"
}
lanx ping -c1 -W2 -n "$NSP_HOST_IP" >/dev/null || fail "no ping from the LAN to $NSP_HOST_IP"
nsp_log "$NSP_IFACE $NSP_HOST_IP/24 up (NetworkManager $(cx nmcli -g VERSION general)); LAN ping ok"

# ---- 3. apt's way out: the LAN's proxy relay at the gateway -------------------------------
cx sh -c "cat > /etc/apt/apt.conf.d/01proxy" <<EOF
// kvm-wizard nspawn test: the container's only way to the Debian mirror
Acquire::http::Proxy "http://$NSP_GW_IP:$NSP_PROXY_PORT/";
EOF

# ---- 4. sshd: root by the LAN's test key only ------------------------------------------------
cx sh -ec 'umask 077; mkdir -p /root/.ssh; cat > /root/.ssh/authorized_keys' <"$NSP_SSH_KEY.pub"
cx sh -ec 'cat > /etc/ssh/sshd_config.d/kvm-wizard-test.conf' <<'EOF'
# kvm-wizard system test: keys only
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
EOF
cx systemctl reload-or-restart ssh.service
nsp_wait_for -m "ssh root@$NSP_HOST_IP from the LAN" sshx true || fail "no ssh login from the LAN"
nsp_log "ssh root@$NSP_HOST_IP ok (key $NSP_SSH_KEY)"
nsp_log "up in $(nsp_elapsed "$T0") s"
