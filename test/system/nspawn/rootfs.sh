#!/usr/bin/env bash
# Build, or reuse, the Debian 12 rootfs that nspawn boots, and fill the .deb cache with what the
# wizard will install.  Run as root:
#
#   bash test/system/nspawn/rootfs.sh             # reuse what is complete, build what is not
#   bash test/system/nspawn/rootfs.sh --refresh   # new package lists + .debs (keeps the rootfs)
#   bash test/system/nspawn/rootfs.sh --rebuild   # everything from scratch (debootstrap's .debs are kept)
#
# Layout of $KVMWIZ_NSPAWN_CACHE (default /var/cache/kvmwiz-nspawn):
#   rootfs/          debootstrap --variant=minbase of bookworm + NSP_BASE_PKGS; apt lists filled;
#                    never written while a container runs (nspawn --volatile=overlay)
#   rootfs.stamp     written last: the recipe the rootfs was built from (mismatch => rebuild)
#   debootstrap/     debootstrap's --cache-dir
#   apt-archives/    bind-mounted as the container's /var/cache/apt/archives: the wizard's .debs
#   debs.stamp       written last: recipe + date of the last download (older than
#                    KVMWIZ_NSPAWN_MAX_AGE_DAYS, default 7 => lists and .debs refreshed)
#   build.log        output of the last build steps
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
nsp_require_root

MODE=reuse
case "${1:-}" in
  "") ;;
  --refresh) MODE=refresh ;;
  --rebuild) MODE=rebuild ;;
  *) nsp_err "usage: rootfs.sh [--refresh|--rebuild]"; exit 2 ;;
esac
for c in debootstrap systemd-nspawn flock; do
  command -v "$c" >/dev/null || { nsp_err "$c is missing (bash .ci/install-system-deps.sh)"; exit 1; }
done

# Bump when the rootfs recipe below changes in a way the package list does not show.
ROOTFS_RECIPE_VERSION=1
MAX_AGE_DAYS=${KVMWIZ_NSPAWN_MAX_AGE_DAYS:-7}
MIRROR=$(nsp_mirror)
SECURITY=${KVMWIZ_NSPAWN_SECURITY_MIRROR:-$(nsp_apt_uris | grep -E '/debian-security/?$' | head -1 || true)}
SECURITY=${SECURITY:-http://deb.debian.org/debian-security}
ROOTFS_RECIPE="v$ROOTFS_RECIPE_VERSION $NSP_SUITE $MIRROR $SECURITY ${NSP_BASE_PKGS[*]}"
DEBS_RECIPE="$ROOTFS_RECIPE | ${NSP_WIZARD_PKGS[*]}"
LOG=$NSP_CACHE/build.log
T_ALL=$(nsp_now_us)

rootfs_ok() {
  [ "$MODE" != rebuild ] && [ "$(cat "$NSP_CACHE/rootfs.stamp" 2>/dev/null)" = "$ROOTFS_RECIPE" ] \
    && [ -x "$NSP_ROOTFS/usr/lib/systemd/systemd" ]
}
stamp_age_days() { # whole days since the .debs were downloaded; 9999 when they never were
  local f=$NSP_CACHE/debs.stamp
  [ -e "$f" ] || { echo 9999; return; }
  echo $(( ($(date +%s) - $(stat -c %Y "$f")) / 86400 ))
}
debs_ok() {
  [ "$MODE" = reuse ] && [ "$(cat "$NSP_CACHE/debs.stamp" 2>/dev/null)" = "$DEBS_RECIPE" ] \
    && [ "$(stamp_age_days)" -lt "$MAX_AGE_DAYS" ]
}
count_debs() { find "$NSP_ARCHIVES" -maxdepth 1 -name '*.deb' | wc -l; }
if rootfs_ok && debs_ok; then
  nsp_log "reusing $NSP_ROOTFS and $NSP_ARCHIVES ($(count_debs) .debs, $(stamp_age_days) days old)"
  exit 0
fi

# Building: exclusive lock. nspawn.test.sh holds it shared while its container runs (so does that
# container's systemd-nspawn, which inherits it): stop a container left running with down.sh first.
mkdir -p "$NSP_CACHE" "$NSP_CACHE/debootstrap" "$NSP_ARCHIVES/partial"
exec 9>"$NSP_CACHE/.lock"
if ! flock -n 9; then
  nsp_log "waiting for $NSP_CACHE/.lock (a running container or another rootfs.sh)"
  flock -w 600 9 || { nsp_err "could not lock $NSP_CACHE/.lock in 600 s"; exit 1; }
fi
: >"$LOG"

# systemd-nspawn without -b, on this machine's network (only apt talks to the mirror), no services
nspawn_run() { # ROOTFS [nspawn options...] -- CMD...
  local root=$1
  shift
  systemd-nspawn -q -D "$root" --register=no --keep-unit --resolv-conf=bind-host \
    --setenv=DEBIAN_FRONTEND=noninteractive --setenv=LANG=C.UTF-8 "$@" </dev/null >>"$LOG" 2>&1
}
not_mounted() { # refuse to rm -rf a tree with anything mounted inside
  local d=$1
  [ -e "$d" ] || return 0
  if findmnt -rn -o TARGET | grep -q "^$(realpath "$d")\(/\|$\)"; then
    nsp_err "something is mounted under $d (is a container running?); not touching it"
    return 1
  fi
}
fail_log() { nsp_err "$1 (last lines of $LOG:)"; tail -n 25 "$LOG" >&2; exit 1; }

# ---- 1. the rootfs ---------------------------------------------------------------
if rootfs_ok; then
  nsp_log "rootfs: reusing $NSP_ROOTFS"
else
  t=$(nsp_now_us)
  NEW=$NSP_CACHE/rootfs.new
  not_mounted "$NEW" && not_mounted "$NSP_ROOTFS" || exit 1
  rm -f "$NSP_CACHE/rootfs.stamp" "$NSP_CACHE/debs.stamp"
  rm -rf "$NEW"
  nsp_log "rootfs: debootstrap --variant=minbase $NSP_SUITE from $MIRROR (log: $LOG)"
  debootstrap --variant=minbase --cache-dir="$NSP_CACHE/debootstrap" \
    --include="$(IFS=,; echo "${NSP_BASE_PKGS[*]}")" "$NSP_SUITE" "$NEW" "$MIRROR" >>"$LOG" 2>&1 \
    || fail_log "debootstrap failed"
  T_DEBOOTSTRAP=$(nsp_elapsed "$t")

  # a plain Debian host named kvmhost, with this machine's Debian mirrors
  echo "$NSP_MACHINE" >"$NEW/etc/hostname"
  printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' \
    "$NSP_MACHINE" >"$NEW/etc/hosts"
  rm -f "$NEW/etc/apt/sources.list" "$NEW"/var/cache/apt/archives/*.deb   # (debootstrap's .debs: in its cache)
  cat >"$NEW/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $NSP_SUITE $NSP_SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY
Suites: $NSP_SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # package lists, as on any installed host (the wizard's own `apt-get update` then only checks them)
  t=$(nsp_now_us)
  nspawn_run "$NEW" -- apt-get -q update || fail_log "apt-get update in the new rootfs failed"
  nsp_log "rootfs: apt-get update $(nsp_elapsed "$t") s"
  rm -rf "$NSP_ROOTFS"
  mv "$NEW" "$NSP_ROOTFS"
  echo "$ROOTFS_RECIPE" >"$NSP_CACHE/rootfs.stamp"
  nsp_log "rootfs: built in $(nsp_elapsed "$T_ALL") s (debootstrap ${T_DEBOOTSTRAP} s), $(du -sh "$NSP_ROOTFS" | cut -f1)"
fi

# ---- 2. the wizard's .debs -------------------------------------------------------------
if debs_ok; then
  nsp_log "debs: reusing $NSP_ARCHIVES ($(count_debs) .debs)"
else
  t=$(nsp_now_us)
  not_mounted "$NSP_ROOTFS" || exit 1
  rm -f "$NSP_CACHE/debs.stamp"
  nsp_log "debs: apt-get update + install --download-only ${NSP_WIZARD_PKGS[*]} (log: $LOG)"
  # Resolved against this very rootfs, with Recommends, exactly as the wizard's `apt-get install -y`.
  # autoclean drops .debs that no longer have a candidate version.
  nspawn_run "$NSP_ROOTFS" --bind="$NSP_ARCHIVES:/var/cache/apt/archives" -- \
    sh -ec "apt-get -q update; apt-get -q -y --download-only install ${NSP_WIZARD_PKGS[*]}; apt-get -q autoclean" \
    || fail_log "downloading the wizard's packages failed"
  echo "$DEBS_RECIPE" >"$NSP_CACHE/debs.stamp"
  nsp_log "debs: $(count_debs) .debs, $(du -sh "$NSP_ARCHIVES" | cut -f1), in $(nsp_elapsed "$t") s"
fi
nsp_log "rootfs.sh done in $(nsp_elapsed "$T_ALL") s"
