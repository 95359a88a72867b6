# shellcheck shell=bash
# shellcheck disable=SC2034  # configuration read by the scripts that source this file
# Shared configuration and helpers of the nspawn system test (sourced by rootfs.sh, boot.sh, down.sh,
# ../nspawn.test.sh). See README.md beside this file.
#
# Environment (all optional):
#   KVMWIZ_NSPAWN_CACHE    cache dir kept across runs (rootfs, .debs)   default /var/cache/kvmwiz-nspawn
#   KVMWIZ_NSPAWN_STATE    per-host state (pids, logs)                   default /tmp/kvmwiz-nspawn
#   KVMWIZ_NSPAWN_PREFIX   netns name prefix: "<prefix>-lan"             default kwn
#   KVMWIZ_NSPAWN_LAN_STATE  the LAN's state (proxy pids, ssh key)       default /tmp/kvmwiz-lan-<prefix>
#   KVMWIZ_NSPAWN_MACHINE  the container's name and hostname             default kvmhost
#   KVMWIZ_NSPAWN_HOST_IP  its address on the LAN (/24)                  default 192.168.1.5
#   KVMWIZ_NSPAWN_MAC      its NIC's MAC                                 default 52:54:00:12:34:56
#   KVMWIZ_NSPAWN_PROJECT  project dir bind-mounted read-only at /opt/kvm-wizard  default this repo
#   KVMWIZ_NSPAWN_WIZARD   what runs the wizard in the container: "sea" (the single executable from
#                          `npm run release`, no Node in the container) or "node" (bin/ + dist/ with
#                          KVMWIZ_NSPAWN_NODE bind-mounted)                      default sea
#   KVMWIZ_NSPAWN_NODE     Node >= 20: this machine's helpers (apt proxy, ...), and the container's node
#                          in the "node" mode                                      default $(command -v node)
#   KVMWIZ_NSPAWN_MIRROR   Debian mirror for debootstrap                default: this machine's apt sources
#   KVMWIZ_NSPAWN_TIMEOUT  seconds for each wait                         default 60

NSP_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NSP_CACHE=${KVMWIZ_NSPAWN_CACHE:-/var/cache/kvmwiz-nspawn}
NSP_ROOTFS=$NSP_CACHE/rootfs
NSP_ARCHIVES=$NSP_CACHE/apt-archives
NSP_STATE=${KVMWIZ_NSPAWN_STATE:-/tmp/kvmwiz-nspawn}
NSP_PREFIX=${KVMWIZ_NSPAWN_PREFIX:-kwn}
NSP_LAN_NS=$NSP_PREFIX-lan
NSP_LAN_STATE=${KVMWIZ_NSPAWN_LAN_STATE:-/tmp/kvmwiz-lan-$NSP_PREFIX}
NSP_PROJECT=${KVMWIZ_NSPAWN_PROJECT:-$(cd "$NSP_HERE/../../.." && pwd)}
NSP_NODE=${KVMWIZ_NSPAWN_NODE:-$(command -v node || true)}
NSP_TIMEOUT=${KVMWIZ_NSPAWN_TIMEOUT:-60}
NSP_WIZARD=${KVMWIZ_NSPAWN_WIZARD:-sea}
# the single executable of this version, as `npm run release` names it (release/ is inside the project mount)
NSP_SEA_NAME=kvm-wizard-$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$NSP_PROJECT/package.json" 2>/dev/null)-linux-x86_64
NSP_SUITE=bookworm
NSP_MACHINE=${KVMWIZ_NSPAWN_MACHINE:-kvmhost}
NSP_IFACE=enp0s3
NSP_MAC=${KVMWIZ_NSPAWN_MAC:-52:54:00:12:34:56}
# the LAN: a Linux bridge in the LAN netns holding the gateway address; each host's veth peer is a port
NSP_LAN_IFACE=lan0
NSP_LAN_PORT=v-$NSP_MACHINE
NSP_HOST_IP=${KVMWIZ_NSPAWN_HOST_IP:-192.168.1.5}
NSP_GW_IP=192.168.1.1
NSP_PROXY_PORT=3142

# What debootstrap puts in the rootfs: enough to boot systemd with D-Bus, logind and NetworkManager.
# (debootstrap does not resolve virtual packages: dbus-user-session and libpam-systemd must be named.)
# openssh-server: the tests reach the host the way its users do.
NSP_BASE_PKGS=(systemd systemd-sysv dbus dbus-user-session libpam-systemd iproute2 network-manager
  iputils-ping ca-certificates openssh-server)
# What the wizard's "packages" step installs on Debian (src/plan/profiles.ts, profile "debian"; the
# step adds libvirt-clients for virt-host-validate). Only used to pre-fill the .deb cache: if this
# list goes stale the test still passes, apt just downloads the difference through the proxy.
NSP_WIZARD_PKGS=(qemu-system-x86 libvirt-daemon-system libvirt-clients virtinst cockpit cockpit-machines)

# Commands in the container start with a clean environment, like an admin's root shell.
NSP_CLEAN_ENV=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
  LANG=C.UTF-8 TERM=dumb NO_COLOR=1)

nsp_log() { printf '[nspawn] %s\n' "$*" >&2; }
nsp_err() { printf '[nspawn] ERROR: %s\n' "$*" >&2; }
nsp_now_us() { local t=${EPOCHREALTIME/[.,]/}; printf '%s\n' "$t"; }
nsp_elapsed() { awk -v a="$1" -v b="$(nsp_now_us)" 'BEGIN { printf "%.1f\n", (b - a) / 1e6 }'; }

nsp_require_root() {
  [ "$(id -u)" -eq 0 ] || { nsp_err "must run as root"; return 1; }
}

# nsp_wait_for [-t SECONDS] [-m MESSAGE] CMD...: poll CMD (quietly, every 0.1 s) until it succeeds
nsp_wait_for() {
  local timeout=$NSP_TIMEOUT msg="" deadline
  while [ $# -gt 0 ]; do
    case "$1" in
      -t) timeout=$2; shift 2 ;;
      -m) msg=$2; shift 2 ;;
      *) break ;;
    esac
  done
  deadline=$(( $(nsp_now_us) + timeout * 1000000 ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(nsp_now_us)" -ge "$deadline" ]; then
      nsp_err "timed out after ${timeout}s waiting for: ${msg:-$*}"
      return 1
    fi
    sleep 0.1
  done
}

# Debian mirror URIs of this machine's apt sources (deb822 first, then one-line), one per line
nsp_apt_uris() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] && awk 'tolower($1)=="uris:" { for (i = 2; i <= NF; i++) print $i }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -e "$f" ] && awk '$1=="deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; break } }' "$f"
  done
  return 0
}
# the mirror debootstrap uses: KVMWIZ_NSPAWN_MIRROR, else the first configured URI ending in /debian
nsp_mirror() {
  if [ -n "${KVMWIZ_NSPAWN_MIRROR:-}" ]; then printf '%s\n' "$KVMWIZ_NSPAWN_MIRROR"; return; fi
  local m
  m=$(nsp_apt_uris | grep -E '/debian/?$' | head -1 || true)
  printf '%s\n' "${m:-http://deb.debian.org/debian}"
}
# host names of the container's apt sources: the only hosts the apt proxy forwards to
nsp_source_hosts() {
  local f files=()
  for f in "$NSP_ROOTFS"/etc/apt/sources.list "$NSP_ROOTFS"/etc/apt/sources.list.d/*.{sources,list}; do
    [ -f "$f" ] && files+=("$f")
  done
  [ "${#files[@]}" -gt 0 ] || return 0
  awk 'tolower($1)=="uris:" { for (i = 2; i <= NF; i++) print $i } $1=="deb" { print $2 }' "${files[@]}" \
    | sed -E 's#^[a-z]+://([^/:]+).*#\1#' | sort -u | paste -sd, -
}

# ---- the running container ----------------------------------------------------
# PID (in this machine's PID namespace) of the container's PID 1 (systemd)
nsp_leader() {
  local p
  p=$(cat "$NSP_STATE/leader.pid" 2>/dev/null) || { nsp_err "container is not up (no $NSP_STATE/leader.pid)"; return 1; }
  [ -n "$p" ] && [ -d "/proc/$p" ] || { nsp_err "container leader $p is gone"; return 1; }
  printf '%s\n' "$p"
}

# cx CMD...: run CMD inside the container (all its namespaces, its root), with a clean environment
cx() {
  local p
  p=$(nsp_leader) || return 1
  nsenter -t "$p" -a -- "${NSP_CLEAN_ENV[@]}" "$@"
}
# cxnet CMD...: run one of THIS machine's binaries (node, ...) in the container's network namespace only
cxnet() {
  local p
  p=$(nsp_leader) || return 1
  nsenter -t "$p" -n -- "$@"
}
# lanx CMD...: run CMD in the LAN / gateway network namespace
lanx() { ip netns exec "$NSP_LAN_NS" "$@"; }

# ---- ssh from the LAN (key made by lan.sh, installed in the container by boot.sh) ----------------
NSP_SSH_KEY=$NSP_LAN_STATE/id_ed25519
# nsp_ssh_argv [ADDRESS]: the ssh command line (one word per line) that logs in as root at ADDRESS
# (default this host's) from the LAN netns: this test's key only, no agent, no config, no prompts.
nsp_ssh_argv() {
  printf '%s\n' ip netns exec "$NSP_LAN_NS" ssh -F /dev/null -i "$NSP_SSH_KEY" -o IdentitiesOnly=yes \
    -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
    -o ConnectTimeout=5 -o ServerAliveInterval=2 -o ServerAliveCountMax=3 "root@${1:-$NSP_HOST_IP}"
}
# sshx CMD...: run CMD on this host over ssh (BatchMode, no TTY). ssh joins the words with spaces
# and the remote shell splits them again: quote what must stay one word (printf %q).
sshx() {
  local argv
  mapfile -t argv < <(nsp_ssh_argv)
  "${argv[@]}" "$@"
}
# sshx_at ADDRESS CMD...: the same at another address (a bridge's new address, another host)
sshx_at() {
  local argv
  mapfile -t argv < <(nsp_ssh_argv "$1")
  shift
  "${argv[@]}" "$@"
}

# true while PID runs and its command line contains WORD (guards against a reused PID)
nsp_pid_is() {
  local pid=$1 word=$2
  [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$word"
}
