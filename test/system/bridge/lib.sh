# shellcheck shell=bash
# shellcheck disable=SC2034 # constants used by bridge.test.sh
# Helpers for test/system/bridge.test.sh (sourced after test/system/lab/lab.sh).
#
# Every case runs in its own subshell with `set -e`; `fail` prints what went wrong plus the lab's state
# and ends that subshell, so one broken case does not hide the others.

BR_MAC=52:54:00:12:34:56
BR_PORT=br0-port-enp0s3
BR_STATE_DIR=/var/lib/kvm-wizard/bridge # inside the lab (its /var is a private overlay)
# The wizard under test: the repo's bin/ + dist/ (`npm run build` first); KW_WIZARD_ROOT picks another build.
KW_WIZARD_ROOT=${KW_WIZARD_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}
BR_OUT=${BR_OUT:-$LAB/bridge-test} # wizard outputs, answers files (under /tmp: visible inside the lab)
BR_TMUX=${LAB_PREFIX}-bridge-tmux  # private tmux socket name (-L), server runs inside the lab

br_log() { printf '   %s\n' "$*"; }

# Dump what helps to understand a failure: wizard output, NM state, status files, applier log.
br_diag() {
  {
    echo "---- diagnostics ----"
    local f=${BR_LAST_OUT:-}
    if [ -n "$f" ] && [ -e "$f" ]; then echo "-- wizard output ($f):"; sed 's/^/   | /' "$f"; fi
    echo "-- nmcli connection show:"; hx nmcli -t -f NAME,UUID,TYPE,DEVICE,ACTIVE connection show 2>&1 | sed 's/^/   | /'
    echo "-- nmcli device:"; hx nmcli -t device 2>&1 | sed 's/^/   | /'
    echo "-- ip -4 addr / default route:"
    hx ip -4 -o addr show 2>&1 | sed 's/^/   | /'
    hx ip -4 route show default 2>&1 | sed 's/^/   | /'
    echo "-- checkpoints: $(lab_nm_checkpoints 2>&1)"
    echo "-- $BR_STATE_DIR:"
    hx sh -c "ls -l $BR_STATE_DIR 2>&1; for f in $BR_STATE_DIR/*.status.json; do [ -e \"\$f\" ] && { echo \"\$f:\"; cat \"\$f\"; }; done; for f in $BR_STATE_DIR/*.log; do [ -e \"\$f\" ] && { echo \"\$f:\"; tail -n 40 \"\$f\"; }; done" 2>&1 | sed 's/^/   | /'
    if hx tmux -L "$BR_TMUX" has-session 2>/dev/null; then
      echo "-- tmux screen:"; br_screen 2>&1 | sed 's/^/   | /'
    fi
    echo "-- NM log (last 25 lines):"; tail -n 25 "$LAB_STATE/nm.log" 2>&1 | sed 's/^/   | /'
    echo "---------------------"
  } >&2
}

fail() {
  printf '   FAIL: %s\n' "$*" >&2
  br_diag || true
  exit 1
}

# run the wizard inside the lab with a clean environment; output (stdout+stderr) to FILE; returns its exit code
#   br_wizard FILE ARGS...
br_wizard() {
  local out=$1; shift
  BR_LAST_OUT=$out
  local rc=0
  hx timeout -k 5 180 env -i -C "$KW_WIZARD_ROOT" PATH="$PATH" HOME=/root LANG=C.UTF-8 NO_COLOR=1 TERM=dumb \
    node "$KW_WIZARD_ROOT/bin/kvm-wizard.js" "$@" >"$out" 2>&1 </dev/null || rc=$?
  return "$rc"
}

# answers file with the given YAML body; prints its path
br_answers() { # NAME YAML
  local f=$BR_OUT/$1.yaml
  printf '%s\n' "$2" >"$f"
  printf '%s\n' "$f"
}

br_connections() { hx nmcli -t -f NAME,UUID,TYPE,DEVICE connection show | sort; }
br_checkpoints_empty() { [ "$(lab_nm_checkpoints)" = "ao 0" ]; }
br_link_exists() { hx ip link show "$1" >/dev/null 2>&1; }
br_port_of_bridge() { hx ip -j link show enp0s3 | grep -q '"master":"br0"'; }
br_profile_exists() { hx nmcli -t -f NAME connection show | grep -qxF "$1"; }
br_pid_gone() { ! hx kill -0 "$1" 2>/dev/null; } # PID (inside the lab; same PID namespace)
br_uuid_exists() { hx nmcli connection show uuid "$1" >/dev/null 2>&1; }

# the newest status file inside the lab: its phase / its whole text
br_status() { hx sh -c "f=\$(ls $BR_STATE_DIR/*.status.json 2>/dev/null | sort | tail -n 1); [ -n \"\$f\" ] && cat \"\$f\""; }
br_phase() { br_status | grep -o '"phase":"[a-z-]*"' | cut -d'"' -f4; }
br_phase_is() { [ "$(br_phase)" = "$1" ]; }

# the host is bridged: enp0s3 in br0, br0 connected with 192.168.1.5/24 + default route, LAN reaches it
br_bridged() { br_port_of_bridge && lab_iface_ready br0 && lab_ping_host; }

# the old profile is back: same UUID active on enp0s3, no br0 device or profiles, LAN reaches the host
br_restored() { # UUID
  hx nmcli -t -f UUID,DEVICE connection show --active | grep -qx "$1:enp0s3" &&
    ! br_profile_exists br0 && ! br_profile_exists "$BR_PORT" && ! br_link_exists br0 &&
    lab_iface_ready enp0s3 && lab_ping_host
}

br_assert_output() { # FILE FIXED-STRING WHAT
  grep -qF -- "$2" "$1" || fail "$3: output lacks '$2'"
}

# ---- tmux inside the lab (private socket) -----------------------------------------------------------------
br_tmux() { hx env -i PATH="$PATH" HOME=/root LANG=C.UTF-8 TERM=xterm-256color tmux -L "$BR_TMUX" -f /dev/null "$@"; }
br_screen() { br_tmux capture-pane -p -J -t kw; }
br_screen_has() { br_screen | grep -qF -- "$1"; }
br_tmux_start() { # RCFILE ARGS...: the wizard in an 80x24 pane; its exit code goes to RCFILE, the pane stays
  local rcfile=$1; shift
  local cmd
  cmd="cd $(printf %q "$KW_WIZARD_ROOT") && node bin/kvm-wizard.js $(printf '%q ' "$@"); echo \$? > $(printf %q "$rcfile"); exec sleep 600"
  br_tmux new-session -d -x 80 -y 24 -s kw "$cmd"
}
br_tmux_stop() {
  br_tmux kill-server >/dev/null 2>&1 || true
  rm -f "/tmp/tmux-$(id -u)/$BR_TMUX" # br_tmux clears TMUX_TMPDIR
}
