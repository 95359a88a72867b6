#!/usr/bin/env bash
# System test: one complete, real run of the built wizard on a booted Debian 12 host with real systemd
# (systemd-nspawn -b, --volatile=overlay), then a second run that must find nothing left to do.
# Run as root after `npm run build` (run-all.sh runs it); details in test/system/nspawn/README.md.
#
#   bash test/system/nspawn.test.sh
#   KVMWIZ_NSPAWN_KEEP=1 bash test/system/nspawn.test.sh   # leave the container up afterwards
#                                                           # (. test/system/nspawn/common.sh; cx ...;
#                                                           #  bash test/system/nspawn/down.sh)
#   KVMWIZ_NSPAWN_NO_BRIDGE=1 ...   skip the bridge phase (rollback, apply, again)
#   KVMWIZ_NSPAWN_SKIP=1 ...     skip the whole test (prints that it did)
#
# Ends with "nspawn: N passed, N failed"; exit 0 only when nothing failed.
set -euo pipefail
# shellcheck disable=SC2317  # functions below are called through check/phase
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=nspawn/common.sh
. test/system/nspawn/common.sh

PASSED=0
FAILED=0
PHASES=()
T_ALL=$(nsp_now_us)
# KVMWIZ_NSPAWN_WIZARD (nspawn/common.sh): the single executable by default, with no Node in the container
if [ "$NSP_WIZARD" = node ]; then WIZ=(node /opt/kvm-wizard/bin/kvm-wizard.js); else WIZ=("/opt/kvm-wizard/release/$NSP_SEA_NAME"); fi
STEPS=host,packages,validate,services,network,summary

ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
# check LABEL CMD...: one assertion (CMD's output is hidden; it only has to succeed)
check() {
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$label"; else bad "$label"; fi
}
# phase LABEL CMD...: run CMD, record its duration; a failing phase ends the test
phase() {
  local label=$1 t rc=0
  shift
  echo "== $label"
  t=$(nsp_now_us)
  "$@" || rc=$?
  PHASES+=("$(printf '%-34s %7s s' "$label" "$(nsp_elapsed "$t")")")
  if [ "$rc" -ne 0 ]; then
    bad "$label (exit $rc)"
    finish
  fi
}
summary() {
  echo "---- phases"
  local p
  for p in "${PHASES[@]}"; do echo "  $p"; done
  printf '  %-34s %7s s\n' total "$(nsp_elapsed "$T_ALL")"
  echo "nspawn: $PASSED passed, $FAILED failed"
}
FINISHED=0
BOOTED=0
finish() {
  FINISHED=1
  summary
  [ "$FAILED" -eq 0 ] && exit 0
  exit 1
}
# on any exit: stop the container (unless KVMWIZ_NSPAWN_KEEP); a script that stopped early still
# prints its summary and fails
on_exit() {
  local rc=$?
  if [ "$BOOTED" = 1 ]; then
    if [ -n "${KVMWIZ_NSPAWN_KEEP:-}" ]; then
      echo "KVMWIZ_NSPAWN_KEEP: container left running; stop it with bash test/system/nspawn/down.sh"
    else
      bash test/system/nspawn/down.sh --quiet || echo "FAIL teardown (down.sh)"
    fi
  fi
  if [ "$FINISHED" = 0 ]; then
    bad "the test script stopped early (exit $rc)"
    summary
    exit 1
  fi
}
trap on_exit EXIT
trap 'echo "FAIL command failed (line $LINENO): $BASH_COMMAND" >&2' ERR
trap 'exit 130' INT TERM

if [ -n "${KVMWIZ_NSPAWN_SKIP:-}" ]; then
  echo "nspawn test skipped (KVMWIZ_NSPAWN_SKIP is set)"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "nspawn test needs root"; exit 1; }
for c in debootstrap systemd-nspawn nsenter ip flock setsid ping; do
  command -v "$c" >/dev/null || { bad "$c is missing (bash .ci/install-system-deps.sh)"; finish; }
done
[ -s "$NSP_PROJECT/dist/kvm-wizard.mjs" ] || { bad "$NSP_PROJECT/dist/kvm-wizard.mjs missing: npm run build"; finish; }
if [ "$NSP_WIZARD" = sea ] && [ ! -x "$NSP_PROJECT/release/$NSP_SEA_NAME" ]; then
  bad "$NSP_PROJECT/release/$NSP_SEA_NAME missing: npm run release"
  finish
fi
HW_VIRT=0
grep -qwE 'vmx|svm' /proc/cpuinfo && HW_VIRT=1
# The wizard's own words (src/i18n/en.ts), so a rewording does not break the assertions.
# msg KEY [NAME=VALUE...]; a placeholder left open ({reason}) is cut off with everything after it.
msg() {
  local m
  m=$("$NSP_NODE" test/system/nspawn/msg.mjs "$NSP_PROJECT" "$@") || return 1
  printf '%s' "${m%%\{*}"
}
ere() { printf '%s' "$1" | sed 's/[][\.*^$(){}+?|/]/\\&/g'; }  # TEXT as a literal in an ERE
if ! { M_NOFLAG=$(msg host.noFlag) && M_ACCEPTED=$(msg host.emulationAccepted) \
  && M_BLOCKED=$(msg cli.stepBlocked step=host) && M_ALLDONE=$(msg cli.allDone) \
  && M_ALREADY=$(msg outcome.already) && M_DONE=$(msg outcome.done) && M_CHECKED=$(msg outcome.checked) \
  && M_ROLLEDBACK=$(msg bridge.rolledBack) && M_KEPT=$(msg bridge.committed) \
  && M_NOADMIN=$(msg services.cockpitNoAdmin); }; then
  bad "the wizard's messages could not be read from $NSP_PROJECT/src/i18n/en.ts"
  finish
fi
# summary_row FILE STEP OUTCOME-TEXT: the summary table has "  <step title>   <outcome>"
summary_row() { local title; title=$(msg "step.$2.title") && grep -qE -- "^  $(ere "$title") +$(ere "$3")\$" "$1"; }

# ---- rootfs + .deb cache (cold: debootstrap + downloads; warm: stamps only) --------------------------
bash test/system/nspawn/down.sh --quiet || true   # a container left by KVMWIZ_NSPAWN_KEEP holds the cache lock
phase "rootfs + .deb cache" bash test/system/nspawn/rootfs.sh
# the rootfs must not be rebuilt under a running container: hold the cache lock (shared) from here on
exec 8>"$NSP_CACHE/.lock"
flock -s -w 600 8 || { bad "cache lock"; finish; }

BOOTED=1
phase "boot (nspawn -b, NIC, apt proxy)" bash test/system/nspawn/boot.sh
echo "  console: $NSP_STATE/console.log"

# small assertions on the container
has() { grep -qE -- "$2" "$1"; }  # FILE ERE
says() { grep -qF -- "$2" "$1"; } # FILE TEXT
says_both() { says "$1" "$2" && says "$1" "$3"; }
installed() { cx dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }
none_installed() { local p; for p in "$@"; do ! installed "$p" || return 1; done; }
# http_code WHERE URL [USER:PASS]: status of a GET from WHERE (cxnet: the container's netns; lanx: the LAN)
http_code() { "$1" "$NSP_NODE" test/system/nspawn/http-status.mjs "${@:2}" 2>/dev/null || true; }
# (grep reads to the end, no -q: under pipefail, virsh killed by SIGPIPE after an early match would fail the check)
net_default_ok() { cx virsh net-list --all | grep -E '^ *default +active +yes +yes *$' >/dev/null; }

check "container: Debian 12" cx grep -qx 'VERSION_ID="12"' /etc/os-release
check "container: systemd is PID 1" test "$(cx cat /proc/1/comm)" = systemd
check "container: none of the wizard's packages installed yet" none_installed "${NSP_WIZARD_PKGS[@]}"
if [ "$NSP_WIZARD" = sea ]; then
  echo "  the wizard: the single executable $NSP_SEA_NAME"
  # no node on PATH, and no executable file called node anywhere in the container's own tree
  no_node() {
    ! cx sh -c 'command -v node || command -v nodejs' &&
      [ -z "$(cx find / -xdev -type f -name node -perm -u+x 2>/dev/null | head -n 1)" ]
  }
  check "container: no node anywhere (the single executable brings its own)" no_node
  check "container: the single executable runs there (--version)" cx "${WIZ[@]}" --version
fi

# ---- without the answer, a CPU without vmx/svm blocks the host step -------------------------------
if [ "$HW_VIRT" = 0 ]; then
  rc=0
  cx "${WIZ[@]}" --yes --only host </dev/null >"$NSP_STATE/run0-no-answer.log" 2>&1 || rc=$?
  check "no vmx/svm and no answer: --only host exits 1 (got $rc)" test "$rc" = 1
  check "no vmx/svm and no answer: says so and stops at the host step" \
    says_both "$NSP_STATE/run0-no-answer.log" "$M_NOFLAG" "$M_BLOCKED"
fi

printf 'host:\n  allowNoVirt: true\n' | cx sh -c 'cat > /root/answers.yaml'

# ---- run 1: the real thing --------------------------------------------------------------------------
run_wizard() { # LOG: the wizard, unattended, inside the container; its exit code goes to LOG.rc
  local rc=0
  cx "${WIZ[@]}" --yes --answers /root/answers.yaml --only "$STEPS" </dev/null >"$1" 2>&1 || rc=$?
  echo "$rc" >"$1.rc"
  echo "  exit $rc, output in $1 ($(wc -l <"$1") lines)"
  return 0
}
# copy_transcript RUNLOG: the wizard's transcript of that run (path on its "Log:" line) to RUNLOG.transcript,
# and print how long each command took
copy_transcript() {
  local path cmd start end line
  path=$(sed -n 's/^Log: //p' "$1" | head -n 1)
  [ -n "$path" ] && cx cat "$path" >"$1.transcript" 2>/dev/null || return 0
  while IFS= read -r line; do
    case "$line" in
      '$ '*) cmd=${line#\$ } ;;
      '# start '*) start=$(date -d "${line#\# start }" +%s.%N) ;;
      '# end '*)
        end=$(date -d "$(echo "$line" | awk '{print $3}')" +%s.%N)
        awk -v a="$start" -v b="$end" -v c="${cmd:0:90}" 'BEGIN { printf "    %6.1f s  %s\n", b - a, c }' ;;
    esac
  done <"$1.transcript"
}
R1=$NSP_STATE/run1.log
phase "wizard run 1 (installs)" run_wizard "$R1"
copy_transcript "$R1"
if ! check "run 1: exit 0" test "$(cat "$R1.rc")" = 0; then
  echo "---- last lines of run 1"
  tail -n 40 "$R1"
fi
check "run 1: all selected steps done" has "$R1" "^$(ere "$M_ALLDONE")\$"
if [ "$HW_VIRT" = 0 ]; then
  check "run 1: says the CPU has no vmx/svm" says "$R1" "$M_NOFLAG"
  check "run 1: continues only because of the answer" says "$R1" "$M_ACCEPTED"
fi
check "run 1: ran apt-get update" has "$R1" '▶ apt-get update$'
check "run 1: ran apt-get install, no questions, no Recommends" has "$R1" '▶ env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends .*qemu-system-x86.*cockpit'
check "run 1: apt's history shows the install" \
  cx grep -q '^Commandline: apt-get install -y --no-install-recommends .*libvirt-daemon-system' /var/log/apt/history.log
for p in "${NSP_WIZARD_PKGS[@]}"; do
  check "dpkg: $p installed" installed "$p"
done
check "run 1: ran virt-host-validate" has "$R1" '▶ virt-host-validate qemu$'
if [ "$HW_VIRT" = 0 ]; then
  check "run 1: virt-host-validate reported the missing hardware virtualization" \
    has "$R1" '^  FAIL: .*hardware virtualization'
fi
for u in libvirtd.service cockpit.socket; do
  v=$(cx systemctl is-enabled "$u" 2>/dev/null || true)
  check "systemctl is-enabled $u = enabled (got $v)" test "$v" = enabled
  v=$(cx systemctl is-active "$u" 2>/dev/null || true)
  check "systemctl is-active $u = active (got $v)" test "$v" = active
done
v=$(http_code cxnet https://127.0.0.1:9090/)
check "Cockpit answers on https://127.0.0.1:9090/ in the container (got HTTP $v)" test "$v" = 200
v=$(http_code lanx "https://$NSP_HOST_IP:9090/")
check "Cockpit answers on https://$NSP_HOST_IP:9090/ from the LAN (got HTTP $v)" test "$v" = 200
# Cockpit >= 280 refuses root; a debootstrapped host has nobody in the sudo group: the wizard says so.
check "the real cockpit package lists root in /etc/cockpit/disallowed-users" cx grep -qx root /etc/cockpit/disallowed-users
check "run 1: says Cockpit refuses root and how to make an admin user (sudo group)" \
  says_both "$R1" "$M_NOADMIN" "useradd -m -G sudo admin"
check "virsh net-list --all: default active, autostart" net_default_ok
check "ip link show virbr0" cx ip link show virbr0
SYS_STATE=$(cx systemctl is-system-running 2>/dev/null || true)
if ! check "systemctl is-system-running = running (no failed units; got $SYS_STATE)" test "$SYS_STATE" = running; then
  cx systemctl --failed --no-pager || true
fi

# ---- run 2: nothing left to do, nothing changes -----------------------------------------------------
snapshot() { # FILE: what run 2 must not change
  cx sh -c '
    echo "## dpkg"; dpkg-query -W -f="\${db:Status-Abbrev} \${Package} \${Version}\n"
    echo "## unit files"; systemctl list-unit-files --no-legend --no-pager | sort
    echo "## units"; for u in libvirtd.service libvirtd.socket virtlogd.socket cockpit.socket NetworkManager.service; do
      echo "$u $(systemctl is-enabled $u) $(systemctl is-active $u) $(systemctl show -P MainPID $u)"; done
    echo "## networks"; virsh net-list --all; virsh net-dumpxml default
    echo "## NetworkManager"; nmcli -t -f NAME,UUID,DEVICE connection show
    echo "## links"; ip -br link | sed -E "s/ +/ /g"
  ' >"$1" 2>&1 || true
}
snapshot "$NSP_STATE/before-run2.txt"
cx sh -c 'touch /run/kvmwiz-run2.marker && sleep 1'
R2=$NSP_STATE/run2.log
phase "wizard run 2 (nothing to do)" run_wizard "$R2"
snapshot "$NSP_STATE/after-run2.txt"
copy_transcript "$R2"
check "run 2: exit 0" test "$(cat "$R2.rc")" = 0
# The host check and virt-host-validate are checks: they say "checked" (src/present/outcome-words.ts).
check "run 2: host: $M_CHECKED" summary_row "$R2" host "$M_CHECKED"
for s in packages services network; do
  check "run 2: $s: $M_ALREADY" summary_row "$R2" "$s" "$M_ALREADY"
done
check "run 2: validate (read-only check) ran again: $M_CHECKED" summary_row "$R2" validate "$M_CHECKED"
RAN=$(grep -E '^  ▶ ' "$R2" | sed 's/^  ▶ //' | paste -sd';' - || true)
check "run 2: the only command run is virt-host-validate (ran: $RAN)" test "$RAN" = "virt-host-validate qemu"
if check "run 2: packages, units, networks, NM profiles, links unchanged" \
  cmp -s "$NSP_STATE/before-run2.txt" "$NSP_STATE/after-run2.txt"; then :; else
  diff "$NSP_STATE/before-run2.txt" "$NSP_STATE/after-run2.txt" | head -n 20
fi
CHANGED=$(cx find /etc /var/lib/dpkg /var/lib/libvirt -newer /run/kvmwiz-run2.marker 2>/dev/null | head -n 20 || true)
check "run 2: no file under /etc, /var/lib/dpkg, /var/lib/libvirt written${CHANGED:+ (written: ${CHANGED//$'\n'/ })}" \
  test -z "$CHANGED"

# ---- Cockpit login works (PAM + cockpit-bridge), with a throw-away user -------------------------------
cx sh -c 'useradd -M kwtest && echo kwtest:kwtest-pass | chpasswd' >/dev/null 2>&1 || true
v=$(http_code lanx "https://$NSP_HOST_IP:9090/cockpit/login")
v_auth=$(http_code lanx "https://$NSP_HOST_IP:9090/cockpit/login" kwtest:kwtest-pass)
check "Cockpit login from the LAN: 401 without, 200 with a password (got $v / $v_auth)" \
  test "$v/$v_auth" = 401/200

# ---- the bridge step (skip with KVMWIZ_NSPAWN_NO_BRIDGE=1) ---------------------------------------------
# Runs the checkpoint apply (src/run/bridge/) for real: the applier is started with systemd-run, as on a
# real host.
#   1. a bad answer (gateway 192.168.1.254 never answers) must roll back by itself: exit 1, enp0s3 and its
#      profile back with 192.168.1.5, no br0, no pending checkpoint, the LAN still reaches the host
#   2. the good answer (copy enp0s3's static settings): exit 0, enp0s3 a port of br0, br0 has 192.168.1.5/24
#      and the default route, checkpoint destroyed, LAN ping during (counted) and after the change
#   3. a second run: bridge "already done", NM profiles unchanged
nm_checkpoints() {
  cx busctl get-property org.freedesktop.NetworkManager /org/freedesktop/NetworkManager \
    org.freedesktop.NetworkManager Checkpoints
}
lan_ping() { lanx ping -c1 -W1 -n "$NSP_HOST_IP" >/dev/null 2>&1; }
bridge_phase() {
  local rc out pid
  printf 'host:\n  allowNoVirt: true\nbridge:\n  name: br0\n  rollbackTimeout: 15\n  ipv4:\n    method: manual\n    address: %s/24\n    gateway: 192.168.1.254\n    dns: [%s]\n' \
    "$NSP_HOST_IP" "$NSP_GW_IP" | cx sh -c 'cat > /root/answers-bad-bridge.yaml'
  printf 'host:\n  allowNoVirt: true\nbridge:\n  name: br0\n  rollbackTimeout: 30\n' \
    | cx sh -c 'cat > /root/answers-bridge.yaml'
  # 1. rolled back by itself
  out=$NSP_STATE/run-bridge-bad.log
  rc=0
  cx "${WIZ[@]}" --yes --answers /root/answers-bad-bridge.yaml --only bridge </dev/null >"$out" 2>&1 || rc=$?
  check "bridge, bad gateway: exit 1 (got $rc)" test "$rc" = 1
  check "bridge, bad gateway: says it rolled back" says "$out" "$M_ROLLEDBACK"
  check "bridge, bad gateway: enp0s3 has $NSP_HOST_IP/24 again, no br0" \
    eval "cx ip -4 -o addr show dev $NSP_IFACE | grep -q ' $NSP_HOST_IP/24 ' && ! cx ip link show br0"
  check "bridge, bad gateway: no checkpoint left" test "$(nm_checkpoints)" = "ao 0"
  nsp_wait_for -t 10 lan_ping || true
  check "bridge, bad gateway: the LAN reaches $NSP_HOST_IP" lan_ping
  # 2. kept
  out=$NSP_STATE/run-bridge.log
  # (not through the lanx function: $! must be ping itself, which prints its counts on SIGINT)
  ip netns exec "$NSP_LAN_NS" ping -i 0.05 -W 1 -w 120 -n "$NSP_HOST_IP" >"$NSP_STATE/ping-during-bridge.txt" 2>&1 &
  pid=$!
  rc=0
  cx "${WIZ[@]}" --yes --answers /root/answers-bridge.yaml --only bridge,summary </dev/null >"$out" 2>&1 || rc=$?
  sleep 0.5
  kill -INT "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "  LAN ping every 50 ms during the change: $(grep -o '[0-9]* packets transmitted, [0-9]* received' "$NSP_STATE/ping-during-bridge.txt")"
  check "bridge: exit 0 (got $rc)" test "$rc" = 0
  check "bridge: kept (checkpoint destroyed)" says "$out" "$M_KEPT"
  check "bridge: enp0s3 is a port of br0" eval "cx ip -j link show $NSP_IFACE | grep -q '\"master\":\"br0\"'"
  check "bridge: br0 has $NSP_HOST_IP/24 and the default route" \
    eval "cx ip -4 -o addr show dev br0 | grep -q ' $NSP_HOST_IP/24 ' && cx ip -4 route show default | grep -q 'via $NSP_GW_IP dev br0'"
  check "bridge: no checkpoint left" test "$(nm_checkpoints)" = "ao 0"
  cx journalctl -b --no-pager >"$NSP_STATE/journal.txt" 2>&1 || true
  check "bridge: the applier ran as a systemd transient unit (systemd-run)" \
    grep -q 'Started kvm-wizard-bridge-' "$NSP_STATE/journal.txt"
  check "bridge: the LAN reaches $NSP_HOST_IP on br0" lan_ping
  # 3. nothing left to do
  local before after
  before=$(cx nmcli -t -f NAME,UUID,DEVICE connection show)
  out=$NSP_STATE/run-bridge2.log
  rc=0
  cx "${WIZ[@]}" --yes --answers /root/answers-bridge.yaml --only bridge,summary </dev/null >"$out" 2>&1 || rc=$?
  after=$(cx nmcli -t -f NAME,UUID,DEVICE connection show)
  check "bridge, second run: exit 0 (got $rc)" test "$rc" = 0
  check "bridge, second run: $M_ALREADY" summary_row "$out" bridge "$M_ALREADY"
  check "bridge, second run: NM profiles unchanged" test "$before" = "$after"
  local st
  st=$(cx systemctl is-system-running 2>/dev/null || true)
  check "bridge: no failed units afterwards, also after the rollback (got $st)" test "$st" = running
}
if [ -z "${KVMWIZ_NSPAWN_NO_BRIDGE:-}" ]; then
  phase "bridge (rollback, apply, again)" bridge_phase
fi

cx journalctl -b --no-pager >"$NSP_STATE/journal.txt" 2>&1 || true
echo "  container journal: $NSP_STATE/journal.txt"
if [ -z "${KVMWIZ_NSPAWN_KEEP:-}" ]; then
  phase "poweroff + teardown" bash test/system/nspawn/down.sh
  BOOTED=0
fi
finish
