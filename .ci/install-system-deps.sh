#!/usr/bin/env bash
# Install the Debian packages the system-test lab (test/system/lab/) needs.
#
#   sudo bash .ci/install-system-deps.sh        # idempotent; prints what it does
#
# - Does nothing when every package is already installed.
# - Runs `apt-get update` only when needed: no package lists yet, a package has
#   no install candidate, or an install failed (stale lists -> 404) once.
# - Installs with --no-install-recommends.
# - Makes sure /usr/sbin/policy-rc.d exits 101 during the install, so no
#   package script starts NetworkManager, libvirtd, dnsmasq, ... in this
#   machine's own namespaces. A policy-rc.d that we created is removed again;
#   one that was already there is left exactly as it was.
#
# Extra packages: KVMWIZ_EXTRA_PKGS="pkg1 pkg2" bash .ci/install-system-deps.sh
set -euo pipefail

# ---- the list (one per line, easy to extend) --------------------------------
PKGS=(
  network-manager
  dbus
  dbus-daemon
  iproute2
  libvirt-clients
  libvirt-daemon
  libvirt-daemon-system
  virtinst
  qemu-system-x86
  qemu-utils
  dnsmasq-base
  iputils-ping
  iputils-arping
  nftables
  iptables
  tmux
  shellcheck
  xorriso
  systemd-container
  debootstrap
  openssh-client
  ansible-core
  ansible-lint
)
# shellcheck disable=SC2206
[ -n "${KVMWIZ_EXTRA_PKGS:-}" ] && PKGS+=(${KVMWIZ_EXTRA_PKGS})

log() { printf '[install-system-deps] %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 -y -q --no-install-recommends)

missing_pkgs() {
  local p st
  for p in "${PKGS[@]}"; do
    st=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    [ "${st:0:2}" = "ii" ] || printf '%s\n' "$p"
  done
}

mapfile -t MISSING < <(missing_pkgs)
if [ "${#MISSING[@]}" -eq 0 ]; then
  log "all ${#PKGS[@]} packages already installed; nothing to do"
  exit 0
fi
log "missing: ${MISSING[*]}"

# ---- policy-rc.d: no service may start during the install ------------------
POLICY=/usr/sbin/policy-rc.d
POLICY_BACKUP=""
POLICY_CREATED=0
policy_ok() {
  [ -x "$POLICY" ] || return 1
  local rc=0
  "$POLICY" dummy-service start >/dev/null 2>&1 || rc=$?
  [ "$rc" -eq 101 ]
}
restore_policy() {
  if [ "$POLICY_CREATED" = 1 ]; then
    rm -f "$POLICY"
    if [ -n "$POLICY_BACKUP" ]; then mv -f "$POLICY_BACKUP" "$POLICY"; fi
    log "restored previous $POLICY state"
  fi
}
if ! policy_ok; then
  if [ -e "$POLICY" ]; then
    POLICY_BACKUP=$(mktemp /usr/sbin/.policy-rc.d.kvmwiz.XXXXXX)
    cp -p "$POLICY" "$POLICY_BACKUP"
  fi
  POLICY_CREATED=1
  trap restore_policy EXIT
  printf '#!/bin/sh\n# kvm-wizard install-system-deps: no service starts during install\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
  log "installed temporary $POLICY (exit 101)"
fi

# ---- apt-get update only when needed ---------------------------------------
UPDATED=0
apt_update() {
  log "apt-get update"
  apt-get -o DPkg::Lock::Timeout=600 -q update
  UPDATED=1
}
lists_present() {
  compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}
no_candidate() {
  local p cand
  for p in "${MISSING[@]}"; do
    cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')
    if [ -z "$cand" ] || [ "$cand" = "(none)" ]; then
      printf '%s\n' "$p"
    fi
  done
}
if ! lists_present; then
  apt_update
else
  mapfile -t NOCAND < <(no_candidate)
  if [ "${#NOCAND[@]}" -gt 0 ]; then
    log "no candidate for: ${NOCAND[*]}"
    apt_update
  fi
fi

t0=$(date +%s)
if ! "${APT[@]}" install "${MISSING[@]}"; then
  if [ "$UPDATED" = 0 ]; then
    log "install failed; refreshing package lists and retrying once"
    apt_update
    "${APT[@]}" install "${MISSING[@]}"
  else
    log "install failed"
    exit 1
  fi
fi
log "installed ${#MISSING[@]} package(s) in $(($(date +%s) - t0)) s"

mapfile -t STILL < <(missing_pkgs)
if [ "${#STILL[@]}" -gt 0 ]; then
  log "still missing after install: ${STILL[*]}"
  exit 1
fi
log "ok"
