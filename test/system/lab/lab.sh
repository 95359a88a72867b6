# shellcheck shell=bash
# kvm-wizard system-test lab: a throw-away "KVM host" with a real NetworkManager
# (and, on demand, libvirtd) inside network + mount + UTS namespaces, wired to a
# "LAN" namespace that plays the gateway.  Source me (bash):
#
#   . test/system/lab/lab.sh
#   lab_up --ipv4 dhcp --mac 52:54:00:12:34:56 --profile-name "Wired connection 1"
#   hx nmcli connection show          # runs inside the KVM host
#   lanx ping -c1 -W1 192.168.1.5     # runs on the LAN / gateway
#   lab_libvirt_up; hx virsh net-list --all
#   lab_down
#
# Topology (this machine's own eth0, routes, nftables, /etc/resolv.conf and
# hostname are never touched):
#
#   netns $LAB_LAN_NS  (kw-lan)   lan0   192.168.1.1/24  (gateway; dnsmasq for DHCP)
#          |  veth
#   netns $LAB_HOST_NS (kw-host)  enp0s3 192.168.1.5/24  (NetworkManager profile)
#          + private mount + UTS namespace held by a "holder" process:
#            tmpfs /run, overlay /etc and /var (upper dirs in $LAB/state),
#            fresh read-only sysfs, own D-Bus system bus, NetworkManager,
#            later virtlogd + libvirtd.
#
# Configuration (environment, read when a function runs):
#   LAB_PREFIX     name prefix, default "kw"  -> netns "<prefix>-lan", "<prefix>-host"
#   LAB            state dir, default /tmp/kvmwiz-lab (or /tmp/kvmwiz-lab-<prefix>)
#   LAB_CACHE_DIR  persistent cache kept across runs, default /tmp/kvmwiz-lab-cache
#   LAB_TIMEOUT    default seconds for waits, default 30
#   LAB_NM_LOG_LEVEL  NetworkManager log level, default INFO
#   LAB_HOSTNAME   hostname inside the host namespace, default "kvmhost"
#
# Everything is safe under `set -euo pipefail`: functions return non-zero with a
# message on stderr instead of exiting.

# ---- fixed addresses ---------------------------------------------------------
LAB_GW_IP=192.168.1.1
LAB_HOST_IP=192.168.1.5
LAB_PREFIXLEN=24
LAB_DHCP_START=192.168.1.50
LAB_DHCP_END=192.168.1.99
LAB_IFACE=enp0s3
LAB_LAN_IFACE=lan0
LAB_NM_DBUS="org.freedesktop.NetworkManager /org/freedesktop/NetworkManager org.freedesktop.NetworkManager"

# daemons start with a clean environment (no caller's DBUS_*, LIBVIRT_*, NOTIFY_SOCKET, ...)
_LAB_CLEAN_ENV=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root)

# ---- configuration -----------------------------------------------------------
_lab_conf() {
  LAB_PREFIX=${LAB_PREFIX:-kw}
  # LAB follows LAB_PREFIX unless it was set explicitly
  if [ -z "${LAB:-}" ] || [ "$LAB" = "${_LAB_AUTO:-}" ]; then
    if [ "$LAB_PREFIX" = kw ]; then LAB=/tmp/kvmwiz-lab; else LAB=/tmp/kvmwiz-lab-$LAB_PREFIX; fi
    _LAB_AUTO=$LAB
  fi
  LAB_LAN_NS=${LAB_PREFIX}-lan
  LAB_HOST_NS=${LAB_PREFIX}-host
  LAB_R2_NS=${LAB_PREFIX}-r2
  LAB_STATE=$LAB/state
  LAB_CACHE_DIR=${LAB_CACHE_DIR:-/tmp/kvmwiz-lab-cache}
  LAB_TIMEOUT=${LAB_TIMEOUT:-30}
  LAB_NM_LOG_LEVEL=${LAB_NM_LOG_LEVEL:-INFO}
  LAB_HOSTNAME=${LAB_HOSTNAME:-kvmhost}
  export LAB LAB_PREFIX LAB_LAN_NS LAB_HOST_NS LAB_R2_NS LAB_STATE LAB_CACHE_DIR
  case "$LAB_PREFIX" in
    *[!A-Za-z0-9_-]* | "") _lab_err "LAB_PREFIX must match [A-Za-z0-9_-]+ (got '$LAB_PREFIX')"; return 1 ;;
  esac
  # LAB is rm -rf'ed in parts: insist on an absolute path at least two levels deep
  case "$LAB" in
    /*/*) ;;
    *) _lab_err "LAB must be an absolute path at least two levels deep (got '$LAB')"; return 1 ;;
  esac
  case "$LAB" in *..*) _lab_err "LAB must not contain '..'"; return 1 ;; esac
  return 0
}

_lab_err() { printf 'lab: ERROR: %s\n' "$*" >&2; }
_lab_log() { [ -n "${LAB_QUIET:-}" ] || printf 'lab: %s\n' "$*" >&2; }

# microseconds since the epoch / seconds elapsed since a lab_now_us value
lab_now_us() { local t=${EPOCHREALTIME/[.,]/}; printf '%s\n' "$t"; }
lab_elapsed() { awk -v a="$1" -v b="$(lab_now_us)" 'BEGIN { printf "%.2f\n", (b - a) / 1e6 }'; }

# lab_wait_for [-t SECONDS] [-i INTERVAL] [-m MESSAGE] CMD...
#   Run CMD (quietly) until it succeeds; 0 on success, 1 after the timeout
#   (default $LAB_TIMEOUT s, interval 0.1 s).
lab_wait_for() {
  _lab_conf || return 1
  local timeout=$LAB_TIMEOUT interval=0.1 msg=""
  while [ $# -gt 0 ]; do
    case "$1" in
      -t) timeout=$2; shift 2 ;;
      -i) interval=$2; shift 2 ;;
      -m) msg=$2; shift 2 ;;
      --) shift; break ;;
      *) break ;;
    esac
  done
  [ $# -gt 0 ] || { _lab_err "lab_wait_for: no command"; return 1; }
  local deadline
  deadline=$(awk -v n="$(lab_now_us)" -v t="$timeout" 'BEGIN { printf "%.0f\n", n + t * 1e6 }')
  while :; do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [ "$(lab_now_us)" -ge "$deadline" ]; then
      _lab_err "timed out after ${timeout}s waiting for: ${msg:-$*}"
      return 1
    fi
    sleep "$interval"
  done
}

# ---- running commands in the namespaces --------------------------------------
lab_holder_pid() {
  _lab_conf || return 1
  local p
  p=$(cat "$LAB_STATE/holder.pid" 2>/dev/null) || { _lab_err "lab is not up (no $LAB_STATE/holder.pid)"; return 1; }
  [ -n "$p" ] && [ -d "/proc/$p" ] || { _lab_err "lab holder process $p is gone"; return 1; }
  printf '%s\n' "$p"
}

# hx CMD...   run CMD inside the "KVM host" (holder's mount + net + UTS namespaces)
hx() {
  local p
  p=$(lab_holder_pid) || return 1
  nsenter -t "$p" -m -n -u -- "$@"
}

# lanx CMD... run CMD in the LAN / gateway network namespace
lanx() {
  _lab_conf || return 1
  ip netns exec "$LAB_LAN_NS" "$@"
}

# r2x CMD... run CMD in the second router's netns (lab_up --router2)
r2x() {
  _lab_conf || return 1
  ip netns exec "$LAB_R2_NS" "$@"
}

# lab_ping_host: one ping from the LAN side to the host's address (192.168.1.5)
lab_ping_host() { lanx ping -c1 -W1 -n "${1:-$LAB_HOST_IP}" >/dev/null 2>&1; }

# ---- helpers -------------------------------------------------------------------
_lab_ns_ino() { stat -L -c %i "/run/netns/$1" 2>/dev/null; }

# pids in our two netns (by name) + recorded pids still in our netns (by inode)
_lab_pids() {
  local ns f p ino rec
  {
    for ns in "$LAB_HOST_NS" "$LAB_LAN_NS" "$LAB_R2_NS"; do
      [ -e "/run/netns/$ns" ] && ip netns pids "$ns" 2>/dev/null
    done
    # fall-back for a half-torn-down lab whose netns names are gone already
    for f in "$LAB_STATE"/*.pid; do
      [ -e "$f" ] || continue
      p=$(cat "$f" 2>/dev/null) || continue
      [[ "$p" =~ ^[0-9]+$ ]] && [ -d "/proc/$p" ] || continue
      ino=$(stat -L -c %i "/proc/$p/ns/net" 2>/dev/null) || continue
      for rec in "$LAB_STATE/hostns.ino" "$LAB_STATE/lanns.ino"; do
        [ -e "$rec" ] && [ "$(cat "$rec")" = "$ino" ] && printf '%s\n' "$p"
      done
    done
    :
  } | sort -un
}

# true while any PID is still running (zombies, waiting for PID 1 to reap them, count as gone)
_lab_pids_alive() {
  local p st
  for p in "$@"; do
    st=$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$p/stat" 2>/dev/null) || continue
    [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ] && return 0
  done
  return 1
}

# ---- lab_down ------------------------------------------------------------------
# Kill (by PID; TERM, then KILL) every process in both netns, let the private
# mount namespace go with them, delete the netns.  Safe to call any time.
lab_down() {
  _lab_conf || return 1
  local pids sig deadline
  for sig in TERM KILL; do
    pids=$(_lab_pids)
    [ -n "$pids" ] || break
    # shellcheck disable=SC2086
    kill -s "$sig" $pids 2>/dev/null || true
    deadline=$(( $(lab_now_us) + 5000000 ))
    # shellcheck disable=SC2086
    while _lab_pids_alive $pids && [ "$(lab_now_us)" -lt "$deadline" ]; do sleep 0.05; done
  done
  pids=$(_lab_pids)
  if [ -n "$pids" ]; then
    _lab_err "lab_down: processes still alive: ${pids//$'\n'/ }"
    return 1   # keep netns and pid files so a later lab_down can retry
  fi
  local ns
  for ns in "$LAB_HOST_NS" "$LAB_LAN_NS" "$LAB_R2_NS"; do
    if [ -e "/run/netns/$ns" ]; then
      ip netns del "$ns" 2>/dev/null || _lab_err "lab_down: could not delete netns $ns"
    fi
  done
  rm -f "$LAB_STATE"/*.pid "$LAB_STATE"/*.ino 2>/dev/null || true
  return 0
}

# ---- lab_up ----------------------------------------------------------------------
# lab_up [--profile-name NAME] [--ipv4 static|dhcp] [--mac MAC] [--timeout S] [--router2] [--lan-mtu N]
#        [--ipv4-key KEY=VALUE]... [--dhcp-host SPEC] [--dnsmasq-opt OPT]...
#   --router2      the LAN becomes a bridge (lanbr, 192.168.1.1 + fd00:1::1) with a second router netns
#                  <prefix>-r2 on it: 192.168.1.2 + fd00:1::2, and behind it 10.9.9.1/24 + fd00:9::1/64
#                  (on its lo). The gateway does not forward, so 10.9.9.1 is reached only through a route via .2
#   --lan-mtu N    MTU of the LAN side (lan0, lanbr, r2): jumbo frames need it
#   --ipv4-key K=V a line for the profile's [ipv4] keyfile section (e.g. dhcp-client-id=...)
#   --dhcp-host    dnsmasq's reservation for 192.168.1.5 (default "<MAC>,192.168.1.5")
#   --dnsmasq-opt  one more dnsmasq option (e.g. --dhcp-option=121,...)
lab_up() {
  _lab_conf || return 1
  local prof=enp0s3 mode=static mac="" timeout=$LAB_TIMEOUT router2=0 lanmtu="" dhcphost=""
  local ipv4keys=() dnsopts=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --profile-name) prof=$2; shift 2 ;;
      --ipv4) mode=$2; shift 2 ;;
      --mac) mac=$2; shift 2 ;;
      --timeout) timeout=$2; shift 2 ;;
      --router2) router2=1; shift ;;
      --lan-mtu) lanmtu=$2; shift 2 ;;
      --ipv4-key) ipv4keys+=("$2"); shift 2 ;;
      --dhcp-host) dhcphost=$2; shift 2 ;;
      --dnsmasq-opt) dnsopts+=("$2"); shift 2 ;;
      *) _lab_err "lab_up: unknown argument '$1'"; return 1 ;;
    esac
  done
  case "$mode" in static | dhcp) ;; *) _lab_err "lab_up: --ipv4 must be static or dhcp"; return 1 ;; esac
  if [ -n "$mac" ] && ! [[ "$mac" =~ ^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$ ]]; then
    _lab_err "lab_up: bad MAC '$mac'"; return 1
  fi
  case "$prof" in "" | */* | .*) _lab_err "lab_up: bad profile name '$prof'"; return 1 ;; esac
  local t0 S=$LAB_STATE
  t0=$(lab_now_us)

  LAB_QUIET=1 lab_down || { _lab_err "lab_up: could not clean up a previous lab"; return 1; }
  rm -rf "$S" && mkdir -p "$S" "$LAB_CACHE_DIR/libvirt" || return 1
  chmod 711 "$LAB_CACHE_DIR/libvirt"

  # -- netns + veth
  ip netns add "$LAB_LAN_NS" || { _lab_err "cannot create netns $LAB_LAN_NS"; return 1; }
  ip netns add "$LAB_HOST_NS" || { _lab_err "cannot create netns $LAB_HOST_NS"; lab_down; return 1; }
  if [ "$router2" = 1 ]; then ip netns add "$LAB_R2_NS" || { _lab_err "cannot create netns $LAB_R2_NS"; lab_down; return 1; }; fi
  _lab_ns_ino "$LAB_HOST_NS" >"$S/hostns.ino"
  _lab_ns_ino "$LAB_LAN_NS" >"$S/lanns.ino"
  local addr=()
  [ -n "$mac" ] && addr=(address "$mac")
  ip -n "$LAB_HOST_NS" link add name "$LAB_IFACE" "${addr[@]}" type veth \
      peer name "$LAB_LAN_IFACE" netns "$LAB_LAN_NS" \
    && ip -n "$LAB_LAN_NS" addr add "$LAB_GW_IP/$LAB_PREFIXLEN" dev "$LAB_LAN_IFACE" \
    && ip -n "$LAB_LAN_NS" link set lo up \
    && ip -n "$LAB_LAN_NS" link set "$LAB_LAN_IFACE" up \
    || { _lab_err "lab_up: veth setup failed"; lab_down; return 1; }
  if [ "$router2" = 1 ] && ! _lab_router2 "$lanmtu"; then _lab_err "lab_up: second router setup failed"; lab_down; return 1; fi
  if [ -n "$lanmtu" ] && ! ip -n "$LAB_LAN_NS" link set "$LAB_LAN_IFACE" mtu "$lanmtu"; then
    _lab_err "lab_up: cannot set the LAN MTU to $lanmtu"; lab_down; return 1
  fi
  mac=$(ip -n "$LAB_HOST_NS" -br link show "$LAB_IFACE" | awk '{print $3}')
  printf '%s\n' "$mac" >"$S/mac"
  printf '%s\n' "$prof" >"$S/profile"
  printf '%s\n' "$mode" >"$S/ipv4"

  # -- holder: sleeps forever in netns host + new mount/UTS namespaces
  setsid nsenter --net="/run/netns/$LAB_HOST_NS" -- \
    unshare --mount --uts --propagation private -- \
    sh -c 'echo $$ > "$1"; exec sleep infinity' holder "$S/holder.pid.tmp" \
    </dev/null >"$S/holder.log" 2>&1 &
  if ! lab_wait_for -t 10 -m "holder process" test -s "$S/holder.pid.tmp"; then
    cat "$S/holder.log" >&2; lab_down; return 1
  fi
  mv "$S/holder.pid.tmp" "$S/holder.pid"

  # -- mounts, config, D-Bus inside the host namespaces
  local uuid
  uuid=$(cat /proc/sys/kernel/random/uuid)
  printf '%s\n' "$uuid" >"$S/profile.uuid"
  if ! hx bash -s -- "$S" "$LAB_CACHE_DIR" "$LAB_HOSTNAME" "$prof" "$uuid" "$mode" "$LAB_NM_LOG_LEVEL" "${ipv4keys[@]}" \
       >"$S/host-setup.log" 2>&1 <<'HOSTSETUP'
set -euo pipefail
S=$1 CACHE=$2 HN=$3 PROF=$4 UUID=$5 MODE=$6 NMLOG=$7
shift 7 # the rest: extra [ipv4] lines
# 1. a fresh, READ-ONLY sysfs for this netns (NM then skips udev); keep the cgroup tree
mkdir -p "$S/cg"
mount --rbind /sys/fs/cgroup "$S/cg"
mount -t sysfs -o ro sysfs /sys
mount --move "$S/cg" /sys/fs/cgroup
# 2. private /run, copy-on-write /etc and /var (this machine's files are never written)
mount -t tmpfs -o mode=755 tmpfs /run
mkdir -p /run/dbus /run/lock /run/NetworkManager /run/libvirt /run/user
for d in etc var; do
  mkdir -p "$S/$d-up" "$S/$d-wk"
  mount -t overlay overlay -o "lowerdir=/$d,upperdir=$S/$d-up,workdir=$S/$d-wk" "/$d"
done
# refuse to go on unless /etc and /var really are our overlays and /run our tmpfs
[ "$(findmnt -n -o FSTYPE /etc)" = overlay ]
[ "$(findmnt -n -o FSTYPE /var)" = overlay ]
[ "$(findmnt -n -o FSTYPE /run)" = tmpfs ]
hostname "$HN"
printf '%s\n' "$HN" > /etc/hostname
ip link set lo up
# 3. NetworkManager: keyfile only, no auto-created profiles, never touches the hostname
mkdir -p /etc/NetworkManager/conf.d /etc/NetworkManager/system-connections
rm -f /etc/NetworkManager/conf.d/* /etc/NetworkManager/system-connections/*
cat > /etc/NetworkManager/NetworkManager.conf <<CONF
[main]
plugins=keyfile
no-auto-default=*
hostname-mode=none

[logging]
level=$NMLOG
CONF
f="/etc/NetworkManager/system-connections/$PROF.nmconnection"
{
  printf '[connection]\nid=%s\nuuid=%s\ntype=ethernet\ninterface-name=enp0s3\nautoconnect=true\n\n' "$PROF" "$UUID"
  printf '[ethernet]\n\n'
  if [ "$MODE" = static ]; then
    printf '[ipv4]\nmethod=manual\naddress1=192.168.1.5/24\ngateway=192.168.1.1\ndns=192.168.1.1;\n'
  else
    printf '[ipv4]\nmethod=auto\n'
  fi
  for kv in "$@"; do printf '%s\n' "$kv"; done
  printf '\n'
  printf '[ipv6]\nmethod=ignore\n'
} > "$f"
chmod 600 "$f"
rm -rf /var/lib/NetworkManager/*
# Debian's ifupdown dispatcher hook only fails (and would run /etc/network/if-*.d hooks)
rm -f /etc/NetworkManager/dispatcher.d/01-ifupdown
# 4. private D-Bus system bus at the standard path /run/dbus/system_bus_socket
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 dbus-daemon --system --fork --print-pid > "$S/dbus.pid"
HOSTSETUP
  then
    _lab_err "lab_up: host namespace setup failed:"; cat "$S/host-setup.log" >&2
    lab_down; return 1
  fi

  # -- DHCP server on the LAN side (before NM, so the first DISCOVER is answered)
  if [ "$mode" = dhcp ]; then
    : >"$S/dnsmasq.leases"
    local dhcpif=$LAB_LAN_IFACE
    [ "$router2" = 1 ] && dhcpif=lanbr
    setsid ip netns exec "$LAB_LAN_NS" "${_LAB_CLEAN_ENV[@]}" dnsmasq --keep-in-foreground --conf-file=/dev/null \
      --no-hosts --no-resolv --port=0 --user=root --group=root \
      --interface="$dhcpif" --bind-interfaces --except-interface=lo \
      --dhcp-authoritative \
      --dhcp-range="$LAB_DHCP_START,$LAB_DHCP_END,255.255.255.0,1h" \
      --dhcp-host="${dhcphost:-$mac,$LAB_HOST_IP}" \
      "${dnsopts[@]}" \
      --dhcp-option=option:router,"$LAB_GW_IP" \
      --dhcp-option=option:dns-server,"$LAB_GW_IP" \
      --dhcp-leasefile="$S/dnsmasq.leases" --pid-file="$S/dnsmasq.pid" \
      --log-dhcp --log-facility="$S/dnsmasq.log" \
      </dev/null >"$S/dnsmasq.out" 2>&1 &
    if ! lab_wait_for -t 10 -m "dnsmasq pid file" test -s "$S/dnsmasq.pid"; then
      cat "$S/dnsmasq.out" >&2; lab_down; return 1
    fi
  fi

  # -- NetworkManager (foreground mode, detached, log to $LAB/state/nm.log)
  hx "${_LAB_CLEAN_ENV[@]}" sh -c 'setsid NetworkManager --debug </dev/null >"$1" 2>&1 & echo $! > "$2"' \
    nm "$S/nm.log" "$S/nm.pid" || { lab_down; return 1; }

  if ! lab_wait_for -t "$timeout" -m "NetworkManager running" \
       _lab_nm_running \
    || ! lab_wait_for -t "$timeout" -m "$LAB_IFACE activated with $LAB_HOST_IP/$LAB_PREFIXLEN and default route" \
       lab_iface_ready "$LAB_IFACE"; then
    _lab_err "lab_up: see $S/nm.log"; tail -n 30 "$S/nm.log" >&2 || true
    hx nmcli device status >&2 || true
    lab_down; return 1
  fi
  _lab_log "up in $(lab_elapsed "$t0") s: $LAB_HOST_NS ($LAB_IFACE $mac, profile '$prof', ipv4 $mode) <-> $LAB_LAN_NS"
}

# the LAN as a bridge with the gateway and a second router on it (lab_up --router2); MTU optional
_lab_router2() {
  local mtu=$1 m=()
  [ -n "$mtu" ] && m=(mtu "$mtu")
  ip -n "$LAB_LAN_NS" addr flush dev "$LAB_LAN_IFACE" &&
    ip -n "$LAB_LAN_NS" link add lanbr "${m[@]}" type bridge &&
    ip -n "$LAB_LAN_NS" link set "$LAB_LAN_IFACE" master lanbr &&
    ip -n "$LAB_LAN_NS" link add lan-r2 "${m[@]}" type veth peer name eth0 netns "$LAB_R2_NS" &&
    ip -n "$LAB_LAN_NS" link set lan-r2 master lanbr &&
    ip -n "$LAB_LAN_NS" link set lan-r2 up &&
    ip -n "$LAB_LAN_NS" addr add "$LAB_GW_IP/$LAB_PREFIXLEN" dev lanbr &&
    ip -n "$LAB_LAN_NS" addr add fd00:1::1/64 dev lanbr nodad &&
    ip -n "$LAB_LAN_NS" link set lanbr up &&
    ip -n "$LAB_R2_NS" link set lo up &&
    { [ -z "$mtu" ] || ip -n "$LAB_R2_NS" link set eth0 mtu "$mtu"; } &&
    ip -n "$LAB_R2_NS" addr add 192.168.1.2/24 dev eth0 &&
    ip -n "$LAB_R2_NS" addr add fd00:1::2/64 dev eth0 nodad &&
    ip -n "$LAB_R2_NS" link set eth0 up &&
    # the far side sits on lo (this kernel has no dummy module)
    ip -n "$LAB_R2_NS" addr add 10.9.9.1/24 dev lo &&
    ip -n "$LAB_R2_NS" addr add fd00:9::1/64 dev lo nodad &&
    # the gateway must not forward: 10.9.9.1 is reached only through the host's route via 192.168.1.2
    ip netns exec "$LAB_LAN_NS" sysctl -qw net.ipv4.ip_forward=0 net.ipv6.conf.all.forwarding=0
}

_lab_nm_running() { hx nmcli -t -f RUNNING general 2>/dev/null | grep -qx running; }

# lab_iface_ready [DEV]: NM says connected, DEV has 192.168.1.5/24, default route via the gateway
lab_iface_ready() {
  local dev=${1:-$LAB_IFACE}
  hx nmcli -g GENERAL.STATE device show "$dev" 2>/dev/null | grep -q '^100' || return 1
  hx ip -4 -o addr show dev "$dev" 2>/dev/null | grep -q " $LAB_HOST_IP/$LAB_PREFIXLEN " || return 1
  hx ip -4 route show default 2>/dev/null | grep -q "via $LAB_GW_IP dev $dev" || return 1
}

# ---- libvirt ------------------------------------------------------------------
# lab_libvirt_up [--timeout S] [--no-probe]: virtlogd + libvirtd inside the host
#   namespaces; waits until `virsh -c qemu:///system list` answers, then (unless
#   --no-probe) asks for the capabilities once so libvirt probes QEMU now (~4 s the
#   first time, written to $LAB_CACHE_DIR/libvirt, ~0.2 s on later runs).
lab_libvirt_up() {
  _lab_conf || return 1
  local timeout=120 probe=1 t0 S=$LAB_STATE
  while [ $# -gt 0 ]; do
    case "$1" in
      --timeout) timeout=$2; shift 2 ;;
      --no-probe) probe=0; shift ;;
      *) _lab_err "lab_libvirt_up: unknown argument '$1'"; return 1 ;;
    esac
  done
  t0=$(lab_now_us)
  lab_holder_pid >/dev/null || return 1
  if ! hx bash -s -- "$LAB_CACHE_DIR" >"$S/libvirt-setup.log" 2>&1 <<'LVSETUP'
set -euo pipefail
CACHE=$1
mkdir -p /run/libvirt /var/log/libvirt/qemu /var/lib/libvirt/images /var/cache/libvirt
# the QEMU capabilities cache survives the lab: first libvirtd start ~9 s, later ones ~0.2 s
if [ "$(findmnt -n -o TARGET /var/cache/libvirt || true)" != /var/cache/libvirt ]; then
  mount --bind "$CACHE/libvirt" /var/cache/libvirt
fi
# keep guests off this machine's cgroup tree
grep -q '^cgroup_controllers' /etc/libvirt/qemu.conf || echo 'cgroup_controllers = [ ]' >> /etc/libvirt/qemu.conf
E=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root)
[ -s /run/virtlogd.pid ] && kill -0 "$(cat /run/virtlogd.pid)" 2>/dev/null || "${E[@]}" virtlogd -d
[ -s /run/libvirtd.pid ] && kill -0 "$(cat /run/libvirtd.pid)" 2>/dev/null || "${E[@]}" libvirtd -d
LVSETUP
  then
    _lab_err "lab_libvirt_up: setup failed:"; cat "$S/libvirt-setup.log" >&2; return 1
  fi
  if ! lab_wait_for -t "$timeout" -i 0.1 -m "virsh -c qemu:///system list" \
       hx virsh -c qemu:///system list; then
    hx tail -n 20 /var/log/libvirt/libvirtd.log >&2 2>/dev/null || true
    return 1
  fi
  if [ "$probe" = 1 ] && ! hx timeout "$timeout" virsh -c qemu:///system capabilities >/dev/null; then
    _lab_err "lab_libvirt_up: virsh capabilities failed"; return 1
  fi
  hx cat /run/libvirtd.pid >"$S/libvirtd.pid" 2>/dev/null || true
  hx cat /run/virtlogd.pid >"$S/virtlogd.pid" 2>/dev/null || true
  _lab_log "libvirtd ready after $(lab_elapsed "$t0") s"
}

# ---- NetworkManager checkpoints over D-Bus (busctl) ---------------------------
# lab_nm_checkpoint_create [TIMEOUT_S [FLAGS]] -> prints the checkpoint path
#   all devices; FLAGS default 6 = DELETE_NEW_CONNECTIONS | DISCONNECT_NEW_DEVICES
lab_nm_checkpoint_create() {
  local out
  # shellcheck disable=SC2086
  out=$(hx busctl call $LAB_NM_DBUS CheckpointCreate aouu 0 "${1:-20}" "${2:-6}") || return 1
  # output: o "/org/freedesktop/NetworkManager/Checkpoint/1"
  out=${out#o \"}; printf '%s\n' "${out%\"}"
}
lab_nm_checkpoint_rollback() {
  # shellcheck disable=SC2086
  hx busctl call $LAB_NM_DBUS CheckpointRollback o "$1"
}
lab_nm_checkpoint_destroy() {
  # shellcheck disable=SC2086
  hx busctl call $LAB_NM_DBUS CheckpointDestroy o "$1"
}
lab_nm_checkpoints() {
  # shellcheck disable=SC2086
  hx busctl get-property $LAB_NM_DBUS Checkpoints
}

# lab_nm_uuid_of [DEV]: UUID of the profile active on DEV (default enp0s3)
lab_nm_uuid_of() {
  local u
  u=$(hx nmcli -g GENERAL.CON-UUID device show "${1:-$LAB_IFACE}") || return 1
  [ -n "$u" ] || { _lab_err "no active profile on ${1:-$LAB_IFACE}"; return 1; }
  printf '%s\n' "$u"
}

# lab_info: print the lab's configuration and what is running
lab_info() {
  _lab_conf || return 1
  printf 'LAB=%s\nLAB_PREFIX=%s\nLAB_HOST_NS=%s\nLAB_LAN_NS=%s\nLAB_CACHE_DIR=%s\n' \
    "$LAB" "$LAB_PREFIX" "$LAB_HOST_NS" "$LAB_LAN_NS" "$LAB_CACHE_DIR"
  printf 'holder=%s mac=%s profile=%s ipv4=%s\n' "$(cat "$LAB_STATE/holder.pid" 2>/dev/null || echo -)" \
    "$(cat "$LAB_STATE/mac" 2>/dev/null || echo -)" "$(cat "$LAB_STATE/profile" 2>/dev/null || echo -)" \
    "$(cat "$LAB_STATE/ipv4" 2>/dev/null || echo -)"
  printf 'pids: %s\n' "$(_lab_pids | tr '\n' ' ')"
}

_lab_conf
