#!/usr/bin/env bash
# System test of the bridge step against the lab's real NetworkManager (see test/system/lab/README.md).
# Run as root, after `npm run build`:   bash test/system/bridge.test.sh
#
#   1   --yes --only bridge, no answers (copies the current settings), for the profiles "enp0s3",
#       "Wired connection 1", "System eth0", each static and DHCP: bridge kept, old profile gone,
#       checkpoint destroyed, LAN ping; a second run says the bridge exists and changes nothing
#   2   wrong gateway in the answers: verification fails, everything rolled back, exit 1
#   3   the wizard is SIGKILLed while the change is applied: the detached applier rolls back by the
#       deadline (rollbackTimeout 20), the next run reports it
#   3b  wizard AND applier SIGKILLed once the bridge is verified: NetworkManager's own checkpoint
#       timeout rolls back, the next run says the change was not confirmed
#   4a  interactive (tmux pseudo-terminal inside the lab): Run, Enter at the confirmation → kept
#   4b  interactive, no key at the confirmation → rolled back after rollbackTimeout
#   5   the applier dies before its first status: the wizard gives up (exit 1, naming the apply
#       process), network untouched
#   6*  the uplink's settings carried over (bridge/carry.sh), each checked in br0's profile and live, before
#       and after: 6static all the static ones below at once (the default; the others can be picked one by one),
#       6addresses two static addresses, 6route a static route to a second router (10.9.9.1 answers
#       only through it), 6dhcp121 DHCP with a route pushed by dnsmasq (option 121) and a client id the lease is
#       reserved for, 6mtu MTU 9000 (8972-byte ping with DF), 6ipv6 static IPv6 with DNS and a route, 6dns
#       dns-search and route-metric, 6zone connection.zone and autoconnect-priority
#   7   ipv4.dhcp-iaid set: the step is blocked naming it, every profile unchanged, no checkpoint
#
# Environment: BRIDGE_CASES="1 2 3 3b 4a 4b 5 6addresses … 7" (the default: all) picks cases; KW_WIZARD_ROOT another build;
# LAB_PREFIX (default kwbr) the lab's namespaces. Exits non-zero if any case failed.
# shellcheck source-path=SCRIPTDIR disable=SC2016,SC2119 # sh -c scripts run inside the lab expand their own $vars
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export LAB_PREFIX=${LAB_PREFIX:-kwbr}
# shellcheck source=lab/lab.sh
. "$HERE/lab/lab.sh"
# shellcheck source=bridge/lib.sh
. "$HERE/bridge/lib.sh"
# shellcheck source=bridge/carry.sh
. "$HERE/bridge/carry.sh"

[ "$(id -u)" -eq 0 ] || { echo "bridge.test.sh: needs root" >&2; exit 1; }
[ -e "$KW_WIZARD_ROOT/dist/kvm-wizard.mjs" ] || { echo "bridge.test.sh: $KW_WIZARD_ROOT/dist/kvm-wizard.mjs missing: npm run build" >&2; exit 1; }

cleanup() {
  br_tmux_stop 2>/dev/null || true
  LAB_QUIET=1 lab_down >/dev/null 2>&1 || lab_down || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$BR_OUT" && mkdir -p "$BR_OUT"
CARRY_CASES="6static 6addresses 6route 6dhcp121 6mtu 6ipv6 6dns 6zone"
# 6static runs the static ones of 6addresses…6zone in one profile (one wizard run instead of six)
CASES=${BRIDGE_CASES:-1 2 3 3b 4a 4b 5 6static 6dhcp121 7}
want() { [[ " $CASES " == *" $1 "* ]]; }

# ---------------------------------------------------------------------------------------------------------
# 1: copy the current settings, keep the bridge; second run changes nothing
case_copy() { # PROFILE-NAME static|dhcp
  local name=$1 mode=$2 uuid out rc before after t
  LAB_QUIET=1 lab_up --profile-name "$name" --ipv4 "$mode" --mac "$BR_MAC" || fail "lab_up"
  uuid=$(lab_nm_uuid_of enp0s3)
  out=$BR_OUT/copy-${name// /_}-$mode.out
  t=$(lab_now_us)
  rc=0; br_wizard "$out" --yes --only bridge || rc=$?
  br_log "wizard: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -eq 0 ] || fail "--yes --only bridge exited $rc, expected 0"
  br_assert_output "$out" "The bridge is kept" "first run"
  br_port_of_bridge || fail "enp0s3 is not a port of br0 (ip -j link show enp0s3: $(hx ip -j link show enp0s3))"
  lab_wait_for -t 10 -m "br0 ready + ping" br_bridged || fail "br0 not connected with $LAB_HOST_IP/24 + default route, or no ping from the LAN"
  if [ "$mode" = dhcp ]; then
    grep -qi " $BR_MAC $LAB_HOST_IP " "$LAB_STATE/dnsmasq.leases" ||
      fail "no reserved lease for $BR_MAC in dnsmasq.leases: $(cat "$LAB_STATE/dnsmasq.leases")"
    [ "$(hx nmcli -g ipv4.method connection show br0)" = auto ] || fail "br0 is not DHCP (ipv4.method auto)"
    hx ip -4 -o addr show dev br0 | grep -q " $LAB_HOST_IP/24 .*dynamic" ||
      fail "br0's $LAB_HOST_IP is not a DHCP lease: $(hx ip -4 -o addr show dev br0)"
  else
    [ "$(hx nmcli -g ipv4.method,ipv4.addresses,ipv4.gateway,ipv4.dns connection show br0 | tr '\n' ' ')" = "manual 192.168.1.5/24 192.168.1.1 192.168.1.1 " ] ||
      fail "br0's static settings differ from the old profile's: $(hx nmcli -g ipv4.method,ipv4.addresses,ipv4.gateway,ipv4.dns connection show br0 | tr '\n' ' ')"
  fi
  ! br_uuid_exists "$uuid" || fail "old profile $uuid ('$name') still exists"
  ! br_profile_exists "$name" || fail "a profile named '$name' still exists"
  [ "$(hx nmcli -g bridge.stp connection show br0)" = no ] || fail "br0: bridge.stp is not 'no'"
  [ "$(hx nmcli -g connection.autoconnect connection show br0)" = yes ] || fail "br0: autoconnect is not yes"
  [ "$(hx nmcli -g connection.autoconnect connection show "$BR_PORT")" = yes ] || fail "$BR_PORT: autoconnect is not yes"
  local mac
  mac=$(hx nmcli -g 802-3-ethernet.cloned-mac-address connection show br0)
  [ "${mac//\\/}" = "$BR_MAC" ] || fail "br0: cloned MAC is '$mac', expected $BR_MAC"
  br_checkpoints_empty || fail "checkpoint not destroyed: $(lab_nm_checkpoints)"
  br_phase_is committed || fail "status file phase is '$(br_phase)', expected committed"

  before=$(br_connections)
  out=$BR_OUT/copy-${name// /_}-$mode.again.out
  t=$(lab_now_us)
  rc=0; br_wizard "$out" --yes --only bridge || rc=$?
  br_log "second run: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -eq 0 ] || fail "second run exited $rc, expected 0"
  br_assert_output "$out" "Bridge br0 exists and carries the host address." "second run"
  br_assert_output "$out" "(already done)" "second run"
  after=$(br_connections)
  [ "$before" = "$after" ] || fail "second run changed the profiles: before [$before] after [$after]"
  br_checkpoints_empty || fail "second run left a checkpoint: $(lab_nm_checkpoints)"
  lab_ping_host || fail "no ping after the second run"
}

# ---------------------------------------------------------------------------------------------------------
# 2: a gateway that does not answer → verification fails → rollback
case_bad_gateway() {
  local uuid out rc a t
  LAB_QUIET=1 lab_up --profile-name enp0s3 --ipv4 static --mac "$BR_MAC" || fail "lab_up"
  uuid=$(lab_nm_uuid_of enp0s3)
  a=$(br_answers badgw 'bridge:
  ipv4: {method: manual, address: 192.168.1.5/24, gateway: 192.168.1.254, dns: [192.168.1.1]}
  rollbackTimeout: 15')
  out=$BR_OUT/badgw.out
  t=$(lab_now_us)
  rc=0; br_wizard "$out" --yes --only bridge --answers "$a" || rc=$?
  br_log "wizard: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -ne 0 ] || fail "wizard exited 0 with an unreachable gateway"
  [ "$rc" -eq 1 ] || fail "wizard exited $rc, expected 1 (a step failed)"
  br_assert_output "$out" 'check "gateway" failed: expected 192.168.1.254, found no answer' "bad gateway"
  br_assert_output "$out" "Rolled back to the previous network" "bad gateway"
  lab_wait_for -t 10 -m "old profile back" br_restored "$uuid" || fail "old profile $uuid not active again / bridge left over / no ping"
  br_checkpoints_empty || fail "checkpoint left: $(lab_nm_checkpoints)"
  br_phase_is rolled-back || fail "status phase '$(br_phase)', expected rolled-back"
}

# ---------------------------------------------------------------------------------------------------------
# 3 / 3b: the wizard dies while the change is applied
# starts the wizard in the background inside the lab; prints the wizard's (node's) PID; its exit code
# lands in OUT.rc.  Call as pid=$(br_wizard_bg OUT ARGS...); BR_LAST_OUT=OUT
br_wizard_bg() { # OUT ARGS...
  local out=$1; shift
  rm -f "$out.rc" "$out.pid"
  hx sh -c 'out=$1; root=$2; shift 2
    { env -i -C "$root" PATH="$PATH" HOME=/root LANG=C.UTF-8 NO_COLOR=1 TERM=dumb \
        node "$root/bin/kvm-wizard.js" "$@" >"$out" 2>&1 </dev/null &
      echo $! >"$out.pid"; wait $!; echo $? >"$out.rc"; } >/dev/null 2>&1 </dev/null &' \
    sh "$out" "$KW_WIZARD_ROOT" "$@"
  lab_wait_for -t 5 -i 0.01 test -s "$out.pid" || fail "wizard did not start"
  cat "$out.pid"
}
# inside the lab: poll the status file every 10 ms; as soon as it says applying/verified, SIGKILL PID.
# prints the phase it saw
br_kill_when_applying() { # PID
  hx sh -c 'pid=$1; dir=$2; i=0
    while [ $i -lt 3000 ]; do
      for f in "$dir"/*.status.json; do
        [ -e "$f" ] || continue
        p=$(grep -o "\"phase\":\"[a-z-]*\"" "$f" | cut -d\" -f4)
        case $p in applying|verified) kill -9 "$pid"; echo "$p"; exit 0 ;; *) echo "$p"; exit 1 ;; esac
      done
      kill -0 "$pid" 2>/dev/null || { echo "wizard-exited"; exit 1; }
      sleep 0.01; i=$((i+1))
    done; echo timeout; exit 1' sh "$1" "$BR_STATE_DIR"
}

case_killed() { # wizard | both
  local what=$1 uuid out a pid seen t tk apid
  LAB_QUIET=1 lab_up --profile-name enp0s3 --ipv4 static --mac "$BR_MAC" || fail "lab_up"
  uuid=$(lab_nm_uuid_of enp0s3)
  a=$(br_answers killed 'bridge:
  rollbackTimeout: 20')
  out=$BR_OUT/killed-$what.out
  t=$(lab_now_us)
  pid=$(br_wizard_bg "$out" --yes --only bridge --answers "$a")
  BR_LAST_OUT=$out
  seen=$(br_kill_when_applying "$pid") || fail "did not catch the apply (saw: $seen)"
  tk=$(lab_now_us)
  br_log "wizard $pid SIGKILLed $(lab_elapsed "$t") s after its start, status phase '$seen'"
  ! hx sh -c "ls $BR_STATE_DIR/*.confirm" >/dev/null 2>&1 ||
    fail "the wizard had confirmed already before the kill (race: it saw 'verified' first); rerun"
  if [ "$what" = both ]; then
    lab_wait_for -t 15 -i 0.05 -m "status verified" br_phase_is verified || fail "applier never reported 'verified'"
    br_bridged || fail "status verified but the host is not bridged"
    apid=$(br_status | grep -o '"pid":[0-9]*' | cut -d: -f2)
    [ -n "$apid" ] || fail "no applier pid in the status file"
    hx kill -9 "$apid"
    br_log "applier $apid SIGKILLed while the bridge was up ($(lab_elapsed "$t") s); NetworkManager must roll back by itself"
  fi
  lab_wait_for -t 25 -i 0.2 -m "old profile back" br_restored "$uuid" ||
    fail "not rolled back within 25 s after the kill"
  br_log "rolled back, old address reachable $(lab_elapsed "$tk") s after the kill ($(lab_elapsed "$t") s after the start)"
  br_checkpoints_empty || fail "checkpoint left: $(lab_nm_checkpoints)"
  if [ "$what" = wizard ]; then
    lab_wait_for -t 5 -m "final status" br_phase_is rolled-back || fail "status phase '$(br_phase)', expected rolled-back"
    br_status | grep -q '"reason":"bridge.reason.noConfirm"' || fail "rollback reason is not noConfirm: $(br_status)"
  fi
  out=$BR_OUT/killed-$what.dry-run.out
  local rc=0
  br_wizard "$out" --dry-run --only bridge || rc=$?
  [ "$rc" -eq 0 ] || fail "--dry-run exited $rc"
  if [ "$what" = wizard ]; then
    br_assert_output "$out" "Last bridge change (" "next run"
    br_assert_output "$out" "was rolled back: no confirmation within the time limit" "next run"
  else
    br_assert_output "$out" "The last bridge change (" "next run"
    br_assert_output "$out" "was not confirmed (the wizard or the SSH session ended); NetworkManager rolled it back by itself" "next run"
  fi
  br_assert_output "$out" "Bridge (to do)" "next run"
}

# ---------------------------------------------------------------------------------------------------------
# 4a / 4b: interactive, in an 80x24 tmux pane inside the lab
case_interactive() { # confirm | silent
  local how=$1 uuid a rcfile t rc
  LAB_QUIET=1 lab_up --profile-name enp0s3 --ipv4 static --mac "$BR_MAC" || fail "lab_up"
  uuid=$(lab_nm_uuid_of enp0s3)
  a=$(br_answers interactive 'bridge:
  rollbackTimeout: 15')
  rcfile=$BR_OUT/interactive-$how.rc
  rm -f "$rcfile"
  br_tmux_stop
  br_tmux_start "$rcfile" --only bridge --answers "$a" || fail "tmux new-session failed"
  t=$(lab_now_us)
  lab_wait_for -t 20 -m "bridge screen with its menu" br_screen_has "Quit" || fail "the bridge screen never showed its menu"
  br_screen_has "Run" || fail "no Run in the menu"
  br_tmux send-keys -t kw Enter # Run is the first, selected item
  lab_wait_for -t 20 -i 0.1 -m "last review" br_screen_has "Apply this change now?" ||
    fail "no last review ('Apply this change now?') on the screen"
  br_tmux send-keys -t kw y
  lab_wait_for -t 20 -i 0.1 -m "confirmation prompt" br_screen_has "Press Enter within" ||
    fail "no confirmation prompt ('Press Enter within') on the screen"
  br_log "confirmation prompt after $(lab_elapsed "$t") s; status phase '$(br_phase)'"
  br_bridged || fail "the prompt is shown but the host is not bridged"
  if [ "$how" = confirm ]; then
    br_tmux send-keys -t kw Enter
    lab_wait_for -t 10 -m "committed" br_phase_is committed || fail "not committed after Enter (phase '$(br_phase)')"
    br_log "committed $(lab_elapsed "$t") s after Run"
    lab_wait_for -t 10 -m "result screen" br_screen_has "done" || fail "no 'done' on the result screen"
    br_checkpoints_empty || fail "checkpoint left: $(lab_nm_checkpoints)"
    br_bridged || fail "not bridged after the confirmation"
    ! br_uuid_exists "$uuid" || fail "old profile still exists"
  else
    lab_wait_for -t 20 -i 0.2 -m "rolled back" br_phase_is rolled-back || fail "no rollback without confirmation (phase '$(br_phase)')"
    br_log "rolled back by itself $(lab_elapsed "$t") s after Run"
    br_status | grep -q '"reason":"bridge.reason.noConfirm"' || fail "reason is not noConfirm: $(br_status)"
    lab_wait_for -t 10 -m "old profile back" br_restored "$uuid" || fail "not restored after the rollback"
    br_checkpoints_empty || fail "checkpoint left: $(lab_nm_checkpoints)"
    lab_wait_for -t 15 -m "failure on screen" br_screen_has "no confirmation within the time limit" ||
      fail "the screen does not say why it rolled back"
  fi
  # The result screen's menu first: a q typed while the countdown screen is still drawn is not Quit there.
  result_menu() { br_screen | grep -qE '^[ ›](Next|Retry|Edit) .*Quit'; }
  lab_wait_for -t 15 -m "the result's menu" result_menu || fail "no menu on the result screen"
  br_tmux send-keys -t kw q # Quit: it asks first (as Ctrl-C does), q again quits
  lab_wait_for -t 10 -m "the quit question" br_screen_has "Quit kvm-wizard now?" || fail "q did not ask before quitting"
  br_tmux send-keys -t kw q
  lab_wait_for -t 10 -m "wizard exit" test -s "$rcfile" || fail "the wizard did not quit on 'q'"
  rc=$(cat "$rcfile")
  # Quit before the summary is "not finished" (README: exit 1), kept or not: the status above tells which.
  [ "$rc" -eq 1 ] || fail "exit code $rc, expected 1"
  br_tmux_stop
}

# ---------------------------------------------------------------------------------------------------------
# 5: the applier dies before it writes any status (crash at start, OOM kill, ...)
case_applier_dies_early() {
  local uuid a out pid t seen limit=45
  LAB_QUIET=1 lab_up --profile-name enp0s3 --ipv4 static --mac "$BR_MAC" || fail "lab_up"
  uuid=$(lab_nm_uuid_of enp0s3)
  a=$(br_answers early 'bridge:
  rollbackTimeout: 15')
  out=$BR_OUT/early.out
  t=$(lab_now_us)
  pid=$(br_wizard_bg "$out" --yes --only bridge --answers "$a")
  BR_LAST_OUT=$out
  # the applier is the wizard's child "node …/kvm-wizard.js __apply-bridge JOB": kill it as soon as it exists
  seen=$(hx sh -c 'i=0; while [ $i -lt 5000 ]; do
      a=$(ps --ppid "$1" -o pid=,args= | awk "\$4 == \"__apply-bridge\" { print \$1 }")
      [ -n "$a" ] && { kill -9 $a; echo "$a"; exit 0; }
      kill -0 "$1" 2>/dev/null || exit 1; sleep 0.002; i=$((i+1)); done; exit 1' sh "$pid") ||
    fail "never saw the applier process"
  br_log "applier $seen SIGKILLed $(lab_elapsed "$t") s after the wizard's start; status phase now '$(br_phase)'"
  [ -z "$(br_phase)" ] || br_log "(the applier had written a status already: this run does not test the case)"
  if ! lab_wait_for -t "$limit" -i 0.5 -m "wizard exit" br_pid_gone "$pid"; then
    hx kill -9 "$pid" 2>/dev/null || true
    fail "the wizard still waits ${limit} s after its applier died (rollbackTimeout 15): killed it"
  fi
  br_log "wizard gave up after $(lab_elapsed "$t") s, exit $(cat "$out.rc" 2>/dev/null)"
  [ "$(cat "$out.rc" 2>/dev/null)" = 1 ] || fail "exit code '$(cat "$out.rc" 2>/dev/null)', expected 1"
  br_assert_output "$out" "apply process" "applier died"
  br_restored "$uuid" || fail "network changed although the applier never ran"
  br_checkpoints_empty || fail "checkpoint left: $(lab_nm_checkpoints)"
}

# ---------------------------------------------------------------------------------------------------------
PASSED=0 FAILED=0 SUMMARY=()
run_case() { # LABEL FUNCTION ARGS...
  local label=$1 t rc; shift
  echo "== $label"
  t=$(lab_now_us)
  set +e
  ( set -euo pipefail; "$@" )
  rc=$?
  set -e
  local secs; secs=$(lab_elapsed "$t")
  if [ "$rc" -eq 0 ]; then
    PASSED=$((PASSED + 1)); SUMMARY+=("  ok    ${secs}s  $label")
    echo "   ok (${secs} s)"
  else
    FAILED=$((FAILED + 1)); SUMMARY+=("  FAIL  ${secs}s  $label")
    echo "   FAILED (${secs} s)"
  fi
  br_tmux_stop
}

T0=$(lab_now_us)
if want 1; then
  for prof in enp0s3 "Wired connection 1" "System eth0"; do
    for mode in static dhcp; do
      run_case "1 copy settings, keep, re-run: '$prof' $mode" case_copy "$prof" "$mode"
    done
  done
fi
# (plain `if`: inside `a && f`, bash ignores `set -e` in f, even in its subshells)
if want 2; then run_case "2 wrong gateway → rollback" case_bad_gateway; fi
if want 3; then run_case "3 wizard SIGKILLed during apply → applier rolls back" case_killed wizard; fi
if want 3b; then run_case "3b wizard + applier SIGKILLed → NetworkManager rolls back" case_killed both; fi
if want 4a; then run_case "4a interactive: Enter at the prompt → kept" case_interactive confirm; fi
if want 4b; then run_case "4b interactive: no key → rolled back" case_interactive silent; fi
if want 5; then run_case "5 applier dies before its first status → wizard gives up" case_applier_dies_early; fi
for c in $CARRY_CASES; do
  if want "$c"; then run_case "$c: the uplink's ${c#6} settings are carried over to br0 / its port" case_carry "${c#6}"; fi
done
if want 7; then run_case "7 a setting that cannot be carried over (ipv4.dhcp-iaid) blocks; nothing changes" case_carry_blocked; fi

echo
printf '%s\n' "${SUMMARY[@]}"
echo "bridge: $PASSED passed, $FAILED failed, $(lab_elapsed "$T0") s (wizard outputs in $BR_OUT)"
[ "$FAILED" -eq 0 ]
