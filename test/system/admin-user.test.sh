#!/usr/bin/env bash
# shellcheck disable=SC2317  # functions below are called through check/must/nsp_wait_for
# System test (issue 13): "Create admin user" for real. One booted Debian 12 host (test/system/nspawn/, netns
# kwcu-lan, state /tmp/kvmwiz-cu/nsp, machine kvmhostcu), the wizard (bin/ + dist/, this machine's node) run
# as `ssh -tt root@HOST kvm-wizard --only services,summary` in a tmux pane (socket kwcu, 80×24). The host has
# root in /etc/cockpit/disallowed-users and nobody in sudo, so the services step offers the item. By keys:
# c, a user name, Enter: real useradd, then real passwd on the ssh terminal. Ctrl-C at passwd's prompt
# (SIGINT to the wizard too) must not end the wizard; the password typed twice is set (checked with crypt()
# against /etc/shadow), and is nowhere in the transcript; the wizard's screen is drawn whole afterwards.
# A second user whose two passwords differ: it exists without a password, and the screen says so; then
# "Set password" (p) runs real passwd for it alone, and the password is set.
#
#   bash test/system/admin-user.test.sh            # ends with "admin-user: N passed, M failed"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export KVMWIZ_NSPAWN_PREFIX=kwcu KVMWIZ_NSPAWN_STATE=/tmp/kvmwiz-cu/nsp KVMWIZ_NSPAWN_MACHINE=kvmhostcu
export KVMWIZ_NSPAWN_WIZARD=node
# shellcheck source=nspawn/common.sh
. test/system/nspawn/common.sh

PASSED=0
FAILED=0
T_ALL=$(nsp_now_us)
ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() { # LABEL CMD...: one assertion
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$label"; else bad "$label"; fi
}
finish() {
  FINISHED=1
  echo "admin-user: total $(nsp_elapsed "$T_ALL") s"
  echo "admin-user: $PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
  exit
}
must() { "$@" || { bad "$*"; echo "---- screen"; screen || true; finish; }; }

TM=(tmux -u -L kwcu -f "$NSP_STATE/tmux.conf")
tmux_stop() { # the server this test started, by PID
  local pid
  pid=$("${TM[@]}" display-message -p '#{pid}' 2>/dev/null) || return 0
  nsp_pid_is "$pid" tmux && kill -TERM "$pid" 2>/dev/null
  nsp_wait_for -t 5 sh -c "! kill -0 $pid" || true
}
FINISHED=0
BOOTED=0
on_exit() {
  tmux_stop
  if [ "$BOOTED" = 1 ] && [ -z "${KVMWIZ_CU_KEEP:-}" ]; then
    bash test/system/nspawn/down.sh --quiet || echo "FAIL teardown (down.sh)"
  fi
  if [ "$FINISHED" = 0 ]; then
    bad "the test script stopped early"
    echo "admin-user: $PASSED passed, $FAILED failed"
    exit 1
  fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || { echo "admin-user test needs root"; exit 1; }
for c in systemd-nspawn nsenter ip tmux ssh; do
  command -v "$c" >/dev/null || { bad "$c is missing (bash .ci/install-system-deps.sh)"; finish; }
done
[ -f dist/kvm-wizard.mjs ] || { bad "dist/ missing: node scripts/build.mjs"; finish; }
msg() { local m; m=$("$NSP_NODE" test/system/nspawn/msg.mjs "$NSP_PROJECT" "$@") && printf '%s' "${m%%\{*}"; }
M_ACTION=$(msg adminUser.action)
M_NAME=$(msg adminUser.name)
M_CREATED=$(msg adminUser.created name=alice group=sudo)
M_FAILED=$(msg adminUser.passwdFailed code=10 name=bob)
M_SETPW="$(msg adminUser.passwordAction)(P)"
M_PWSET=$(msg adminUser.passwordSet name=bob)

bash test/system/nspawn/down.sh --quiet || true
must bash test/system/nspawn/rootfs.sh
exec 8>"$NSP_CACHE/.lock"
flock -s -w 600 8 || { bad "cache lock"; finish; }
BOOTED=1
must bash test/system/nspawn/boot.sh
printf 'set -g remain-on-exit on\nset -g history-limit 2000\n' >"$NSP_STATE/tmux.conf"
cx ln -sf /opt/kvm-wizard/bin/kvm-wizard.js /usr/local/bin/kvm-wizard
# As a Cockpit ≥ 280 install leaves it (the packages themselves are nspawn.test.sh's business)
cx sh -c 'mkdir -p /etc/cockpit && printf "root\n" > /etc/cockpit/disallowed-users'

screen() { "${TM[@]}" capture-pane -p -t kwcu; }
on_screen() { screen | tr '\n' ' ' | tr -s ' ' | grep -F -- "$(printf '%s' "$1" | tr -s ' ')" >/dev/null; }
prompt_shown() { screen | grep -E -- "^$1 *\$" >/dev/null; }
key() { "${TM[@]}" send-keys -t kwcu "$@"; }
wait_screen() { nsp_wait_for -t "${2:-30}" -m "'$1' on the screen" on_screen "$1"; }
wait_prompt() { nsp_wait_for -t 15 -m "passwd's '$1'" prompt_shown "$1"; }
session_status() { screen | sed -n 's/^ssh-exit=\([0-9]*\)$/\1/p' | tail -n 1; }
start_ui() { # `ssh -tt root@HOST kvm-wizard --only services,summary` in a fresh 80×24 pane
  local argv
  mapfile -t argv < <(nsp_ssh_argv)
  tmux_stop
  # shellcheck disable=SC2016  # expanded by the pane's shell
  "${TM[@]}" new-session -d -s kwcu -x 80 -y 24 -- \
    sh -c '"$@"; echo "ssh-exit=$?"' sh "${argv[@]:0:${#argv[@]}-1}" -tt "${argv[-1]}" \
    env TERM=xterm-256color LANG=C.UTF-8 kvm-wizard --only services,summary
}
# the first row is the step's title, and passwd's lines are gone (nothing of them above the frame either)
whole_frame() {
  "${TM[@]}" capture-pane -p -t kwcu -S - | grep -v '^ *$' | head -n 1 | grep -F 'Step 1/2 · Services' &&
    ! screen | grep -E 'password:|passwd:'
}
# crypt() of the typed password with the salt /etc/shadow holds gives what /etc/shadow holds
password_is() { # USER PASSWORD
  # shellcheck disable=SC2016  # expanded by the container's shell and perl
  cx sh -c 'h=$(getent shadow "$1" | cut -d: -f2); perl -e "exit(crypt(\$ARGV[0], \$ARGV[1]) eq \$ARGV[1] ? 0 : 1)" "$2" "$h"' sh "$1" "$2"
}
PASSWORD='Cu-Real-7x!'

# ---- alice: Ctrl-C at the prompt, then the same password twice ------------------------------------------
t=$(nsp_now_us)
start_ui
must wait_screen "$M_ACTION"
key c
must wait_screen "$M_NAME"
key -l alice
key Enter
must wait_prompt 'New password:'
in_sudo() { cx id -nG "$1" | grep -w sudo; }
check "alice: useradd -m -G sudo ran (alice in sudo)" in_sudo alice
key C-c
key -l "$PASSWORD"
key Enter
must wait_prompt 'Retype new password:'
wizard_alive() { test -z "$(session_status)" && cx pgrep -f '^node /usr/local/bin/kvm-wizard'; }
check "alice: Ctrl-C at passwd's prompt did not end the wizard (still running, session open)" wizard_alive
check "alice: nothing typed is on the screen" sh -c "! screen | grep -F -- '$PASSWORD'"
key -l "$PASSWORD"
key Enter
must wait_screen "$M_CREATED"
check "alice: the wizard's screen drawn whole after passwd" whole_frame
check "alice: /etc/shadow has the typed password (crypt)" password_is alice "$PASSWORD"
check "alice: the transcript has useradd and passwd, not the password" cx sh -c \
  "grep -qx '\\\$ useradd -m -G sudo alice' /var/log/kvm-wizard/*.log && grep -qx '\\\$ passwd alice' /var/log/kvm-wizard/*.log && ! grep -rqF -- '$PASSWORD' /var/log/kvm-wizard /var/lib/kvm-wizard /root"
check "alice: the item is gone (sudo has a member now)" sh -c "! screen | grep -F -- '$M_ACTION'"
echo "  alice: $(nsp_elapsed "$t") s"

# ---- bob: two different passwords (a new session: nobody in sudo again) ----------------------------------
t=$(nsp_now_us)
session_ended() { test -n "$(session_status)"; }
# the menu is back once the host has been looked at again (keys typed before that are not acted on)
menu_back() { screen | grep -v '^ *$' | tail -n 1 | grep -E '^[ ›](Skip|Run|Next) '; }
must nsp_wait_for -t 30 -m "the services menu after the new look at the host" menu_back
# Quit asks first (q, then y): one stray key must not leave the steps half done.
key q
must wait_screen "$(msg ui.quitAsk)"
key y
if nsp_wait_for -t 15 session_ended; then ok "alice: q, y quits the wizard (its ssh session ends)"; else
  bad "alice: q, y quits the wizard (its ssh session ends)"
  screen
fi
cx gpasswd -d alice sudo >/dev/null
start_ui
must wait_screen "$M_ACTION"
key c
must wait_screen "$M_NAME"
key -l bob
key Enter
must wait_prompt 'New password:'
key -l one
key Enter
must wait_prompt 'Retype new password:'
key -l two
key Enter
must wait_screen "$M_FAILED"
check "bob: the screen says passwd did not set it, drawn whole" whole_frame
no_password() { cx passwd -S "$1" | grep -E "^$1 (L|NP) "; }
check "bob: the user exists, with no password" no_password bob
# i-admin2: the host is looked at again (real /etc/shadow: bob's field is `!`): "Set password" is offered
# (this host's services step is blocked, packages missing, so its notes are not shown), and runs passwd bob
# alone; then bob can log in.
must wait_screen "$M_SETPW"
not_on_screen() { ! on_screen "$1"; }
check "bob: 'Create admin user' is not" not_on_screen "$M_ACTION"
check "bob: nothing says to log in as bob" not_on_screen 'log in as bob'
key p
must wait_screen '# passwd bob'
key Enter
must wait_prompt 'New password:'
key -l "$PASSWORD"
key Enter
must wait_prompt 'Retype new password:'
key -l "$PASSWORD"
key Enter
must wait_screen "$M_PWSET"
check "bob: the password typed twice is bob's now (crypt against /etc/shadow)" password_is bob "$PASSWORD"
set_password_gone() { screen | grep -v '^ *$' | tail -n 1 | grep -E '^[ ›](Skip|Run|Next) ' && not_on_screen "$M_SETPW"; }
check "bob: 'Set password' is gone once the host is looked at again" nsp_wait_for -t 30 set_password_gone
one_bob() { [ "$(cx grep -c '^bob:' /etc/passwd)" = 1 ]; }
check "bob: useradd ran once only (one bob in /etc/passwd)" one_bob
echo "  bob: $(nsp_elapsed "$t") s"
finish
