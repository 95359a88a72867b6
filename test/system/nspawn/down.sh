#!/usr/bin/env bash
# Stop what boot.sh started, by PID only: the container (SIGTERM to systemd-nspawn = clean poweroff;
# SIGKILL to its PID 1 after 20 s), then the LAN (lan.sh down) when no other host is attached to it.
# Idempotent; `--quiet` prints nothing when there was nothing to stop.
set -uo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
nsp_require_root || exit 1
QUIET=0
[ "${1:-}" = --quiet ] && QUIET=1
say() { [ "$QUIET" = 1 ] || nsp_log "$*"; }

# waits until none of the PIDs runs (zombies count as gone); 1 after SECONDS
wait_gone() { # SECONDS PID...
  local deadline=$(( $(nsp_now_us) + $1 * 1000000 )) p st alive
  shift
  while :; do
    alive=0
    for p in "$@"; do
      st=$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$p/stat" 2>/dev/null) || continue
      [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ] && alive=1
    done
    [ "$alive" = 0 ] && return 0
    [ "$(nsp_now_us)" -ge "$deadline" ] && return 1
    sleep 0.1
  done
}
pidfile() { cat "$NSP_STATE/$1.pid" 2>/dev/null || true; }

T0=$(nsp_now_us)
RC=0
# 1. the container
N=$(pidfile nspawn)
L=$(pidfile leader)
if [ -n "$N" ] && nsp_pid_is "$N" systemd-nspawn; then
  kill -TERM "$N" 2>/dev/null
  if wait_gone 20 "$N"; then
    say "container powered off in $(nsp_elapsed "$T0") s"
  else
    nsp_err "container did not power off in 20 s; killing its PID 1 ($L) and nspawn ($N)"
    [ -n "$L" ] && [ -d "/proc/$L" ] && kill -KILL "$L" 2>/dev/null
    wait_gone 5 "$L" 2>/dev/null
    kill -KILL "$N" 2>/dev/null
    wait_gone 5 "$N" || { nsp_err "systemd-nspawn ($N) is still running"; RC=1; }
  fi
elif [ -n "$L" ] && nsp_pid_is "$L" systemd; then
  # nspawn gone but its PID 1 is not: killing a PID namespace's init ends every process in it
  kill -KILL "$L" 2>/dev/null
  wait_gone 5 "$L" || { nsp_err "container PID 1 ($L) is still running"; RC=1; }
fi

# 2. the LAN, when this was its last host (the container's veth pair went with its netns)
if [ -e "/run/netns/$NSP_LAN_NS" ]; then
  ip -n "$NSP_LAN_NS" link del "$NSP_LAN_PORT" 2>/dev/null
  if [ -z "$(ip -n "$NSP_LAN_NS" -o link show master "$NSP_LAN_IFACE" 2>/dev/null)" ]; then
    if [ "$QUIET" = 1 ]; then bash "$NSP_HERE/lan.sh" down >/dev/null 2>&1; else bash "$NSP_HERE/lan.sh" down; fi \
      || { nsp_err "could not take the LAN $NSP_LAN_NS down"; RC=1; }
  fi
fi
[ "$RC" = 0 ] && rm -f "$NSP_STATE"/nspawn.pid "$NSP_STATE"/leader.pid
exit "$RC"
