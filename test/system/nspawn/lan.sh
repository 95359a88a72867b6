#!/usr/bin/env bash
# The LAN the containers sit on: netns <prefix>-lan with a Linux bridge lan0 holding the gateway address
# (192.168.1.1/24), the apt proxy (this machine's netns) + relay (at the gateway), and the ssh key the
# tests log in with. boot.sh brings it up when it is not; down.sh takes it down with the last host.
#
#   bash test/system/nspawn/lan.sh up     # idempotent: a LAN whose relay runs is kept
#   bash test/system/nspawn/lan.sh down   # by PID only; then the netns (and every veth in it)
#
# State in $NSP_LAN_STATE: proxy.pid, relay.pid, apt-proxy.sock, apt-proxy.log, id_ed25519{,.pub}.
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
nsp_require_root

pidfile() { cat "$NSP_LAN_STATE/$1.pid" 2>/dev/null || true; }
lan_up() {
  [ -e "/run/netns/$NSP_LAN_NS" ] && nsp_pid_is "$(pidfile relay)" apt-proxy.mjs \
    && nsp_pid_is "$(pidfile proxy)" apt-proxy.mjs
}

down() {
  local name p pids
  for name in relay proxy; do
    p=$(pidfile "$name")
    if [ -n "$p" ] && nsp_pid_is "$p" apt-proxy.mjs; then
      kill -TERM "$p" 2>/dev/null
      nsp_wait_for -t 5 -m "$name ($p) to end" sh -c "! kill -0 $p" || kill -KILL "$p" 2>/dev/null
    fi
    rm -f "$NSP_LAN_STATE/$name.pid"
  done
  if [ -e "/run/netns/$NSP_LAN_NS" ]; then
    # only processes the tests started live there (ssh clients, ping, the relay)
    pids=$(ip netns pids "$NSP_LAN_NS" 2>/dev/null)
    # shellcheck disable=SC2086
    [ -z "$pids" ] || kill -KILL $pids 2>/dev/null
    ip netns del "$NSP_LAN_NS" || { nsp_err "could not delete netns $NSP_LAN_NS"; return 1; }
    nsp_log "netns $NSP_LAN_NS deleted"
  fi
}

up() {
  if lan_up; then return 0; fi
  down >/dev/null 2>&1 || true
  [ -n "$NSP_NODE" ] && [ -x "$NSP_NODE" ] || { nsp_err "no node binary (KVMWIZ_NSPAWN_NODE)"; return 1; }
  mkdir -p "$NSP_LAN_STATE"
  chmod 700 "$NSP_LAN_STATE"
  ip netns add "$NSP_LAN_NS"
  ip -n "$NSP_LAN_NS" link set lo up
  # STP off (the default): a new port forwards at once
  ip -n "$NSP_LAN_NS" link add "$NSP_LAN_IFACE" type bridge
  ip -n "$NSP_LAN_NS" addr add "$NSP_GW_IP/24" dev "$NSP_LAN_IFACE"
  ip -n "$NSP_LAN_NS" link set "$NSP_LAN_IFACE" up

  # apt's way out: proxy (this machine's netns) + relay (LAN netns at the gateway)
  local hosts
  hosts=$(nsp_source_hosts)
  [ -n "$hosts" ] || { nsp_err "no apt source hosts found in the rootfs"; return 1; }
  rm -f "$NSP_LAN_STATE/apt-proxy.sock"
  setsid "$NSP_NODE" "$NSP_HERE/apt-proxy.mjs" proxy --unix "$NSP_LAN_STATE/apt-proxy.sock" --allow "$hosts" \
    --log "$NSP_LAN_STATE/apt-proxy.log" </dev/null >>"$NSP_LAN_STATE/apt-proxy.out" 2>&1 &
  echo $! >"$NSP_LAN_STATE/proxy.pid"
  nsp_wait_for -t 10 -m "apt proxy socket" test -S "$NSP_LAN_STATE/apt-proxy.sock" || return 1
  setsid ip netns exec "$NSP_LAN_NS" "$NSP_NODE" "$NSP_HERE/apt-proxy.mjs" relay \
    --listen "$NSP_GW_IP:$NSP_PROXY_PORT" --unix "$NSP_LAN_STATE/apt-proxy.sock" --log "$NSP_LAN_STATE/apt-proxy.log" \
    </dev/null >>"$NSP_LAN_STATE/apt-proxy.out" 2>&1 &
  echo $! >"$NSP_LAN_STATE/relay.pid"
  relay_up() { lanx bash -c "exec 3<>/dev/tcp/$NSP_GW_IP/$NSP_PROXY_PORT"; }
  nsp_wait_for -t 10 -m "apt proxy relay on $NSP_GW_IP:$NSP_PROXY_PORT" relay_up || return 1
  nsp_log "LAN $NSP_LAN_NS: $NSP_LAN_IFACE $NSP_GW_IP/24, apt proxy http://$NSP_GW_IP:$NSP_PROXY_PORT -> $hosts"

  # the key the tests log in with (made once per LAN state dir)
  [ -s "$NSP_SSH_KEY" ] || ssh-keygen -q -t ed25519 -N '' -C "kvm-wizard system test" -f "$NSP_SSH_KEY"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) nsp_err "usage: lan.sh up|down"; exit 2 ;;
esac
