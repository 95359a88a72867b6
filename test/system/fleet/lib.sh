# shellcheck shell=bash
# Helpers of test/system/fleet.test.sh (sourced after nspawn/common.sh): the three hosts, the Ansible
# controller in the LAN netns, and reading ansible-playbook's output.
FLEET=/tmp/kvmwiz-fleet                    # the controller's files: inventory, results, logs, Ansible's temp
PASSED=0
FAILED=0
PHASES=()
T_ALL=$(nsp_now_us)
BOOTED=0
FINISHED=0

ok() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
bad() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
check() { # LABEL CMD...: one assertion (CMD's output is hidden)
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then ok "$label"; else bad "$label"; fi
}
phase() { # LABEL CMD...: run CMD and time it; a failing phase ends the test
  local label=$1 t rc=0
  shift
  echo "== $label"
  t=$(nsp_now_us)
  "$@" || rc=$?
  PHASES+=("$(printf '%-44s %7s s' "$label" "$(nsp_elapsed "$t")")")
  if [ "$rc" -ne 0 ]; then
    bad "$label (exit $rc)"
    finish
  fi
}
summary() {
  echo "---- phases"
  local p
  for p in "${PHASES[@]}"; do echo "  $p"; done
  printf '  %-44s %7s s\n' total "$(nsp_elapsed "$T_ALL")"
  echo "fleet: $PASSED passed, $FAILED failed"
}
finish() {
  FINISHED=1
  summary
  [ "$FAILED" -eq 0 ] && exit 0
  exit 1
}
on_exit() {
  local rc=$? i
  if [ "$BOOTED" = 1 ]; then
    if [ -n "${KVMWIZ_FLEET_KEEP:-}" ]; then
      echo "KVMWIZ_FLEET_KEEP: hosts left running; stop them with:"
      for i in 3 2 1; do echo "  $(host_env "$i") bash test/system/nspawn/down.sh"; done
    else
      for i in 3 2 1; do fleet_down "$i" || echo "FAIL teardown of kvmhost$i (down.sh)"; done
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

# ---- the hosts -------------------------------------------------------------------------------------------
host_ip() { echo "192.168.1.1$1"; }
# Each host has its own copy of the .deb cache (hard links; its own apt lock): apt holds the archives' lock
# for a whole install, so three hosts sharing one directory would refuse each other's apt-get install.
host_cache() { echo "/tmp/kvmwiz-fleet-cache-h$1"; }
host_env() {
  echo "KVMWIZ_NSPAWN_PREFIX=$NSP_PREFIX KVMWIZ_NSPAWN_STATE=/tmp/kvmwiz-fleet-h$1 KVMWIZ_NSPAWN_MACHINE=kvmhost$1" \
    "KVMWIZ_NSPAWN_HOST_IP=$(host_ip "$1") KVMWIZ_NSPAWN_MAC=52:54:00:12:34:1$1 KVMWIZ_NSPAWN_CACHE=$(host_cache "$1")"
}
fleet_boot() { # I
  local c
  c=$(host_cache "$1")
  rm -rf "$c"
  mkdir -p "$c"
  ln -s "$NSP_CACHE/rootfs" "$c/rootfs"
  ln -s "$NSP_CACHE/rootfs.stamp" "$c/rootfs.stamp"
  cp -al "$NSP_CACHE/apt-archives" "$c/apt-archives"
  rm -f "$c/apt-archives/lock"
  : >"$c/apt-archives/lock"
  # shellcheck disable=SC2046  # host_env is NAME=VALUE words
  env $(host_env "$1") bash test/system/nspawn/boot.sh
  # root's user manager (user@0, started by boot.sh's ssh login) stops 10 s after the logout; in these
  # containers that stop can hang 90 s ("Failed to kill control group … Input/output error", then "Processes
  # still around after final SIGKILL"), and every ssh login meanwhile waits for it (seen on kvmhost3: Ansible
  # found it unreachable). Lingering keeps it running.
  hx "$1" loginctl enable-linger root
}
fleet_down() { # I: the host (and the LAN with the last one), then its cache copy
  # shellcheck disable=SC2046
  env $(host_env "$1") bash test/system/nspawn/down.sh --quiet || return 1
  rm -rf "$(host_cache "$1")"
}
hx() { # I CMD...: CMD inside host I (nsenter, clean environment)
  local i=$1
  shift
  # shellcheck disable=SC2034  # read by cx (nspawn/common.sh)
  (NSP_STATE=/tmp/kvmwiz-fleet-h$i && cx "$@")
}

# ---- the controller --------------------------------------------------------------------------------------
# Inventory and answers of this test (ansible/host_vars holds the examples for other names).
write_inventory() {
  mkdir -p "$FLEET/inventory/host_vars" "$FLEET/.ansible"
  cat >"$FLEET/inventory/hosts.ini" <<EOF2
[kvm_hosts]
kvmhost1 ansible_host=$(host_ip 1)
kvmhost2 ansible_host=$(host_ip 2)
kvmhost3 ansible_host=$(host_ip 3)

[kvm_hosts:vars]
ansible_user=root
ansible_python_interpreter=/usr/bin/python3
ansible_ssh_private_key_file=$NSP_SSH_KEY
ansible_ssh_common_args=-F /dev/null -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=5 -o ServerAliveInterval=2 -o ServerAliveCountMax=3
kvm_host_results_dir=$FLEET/results
kvm_host_poll_seconds=2
EOF2
  # kvmhost1: br0 takes over the card's own settings
  cat >"$FLEET/inventory/host_vars/kvmhost1.yml" <<'EOF2'
kvm_host_answers:
  host: {allowNoVirt: true}
  bridge: {name: br0}
EOF2
  # kvmhost2: br0 with the address given; only the bridge (one package install at a time is enough here)
  cat >"$FLEET/inventory/host_vars/kvmhost2.yml" <<'EOF2'
kvm_host_extra_args: [--only, "host,bridge,summary"]
kvm_host_answers:
  host: {allowNoVirt: true}
  bridge:
    name: br0
    ipv4: {method: manual, address: 192.168.1.12/24, gateway: 192.168.1.1, dns: [192.168.1.1]}
EOF2
  # kvmhost3: the answers in a file, with a gateway nobody answers at
  cat >"$FLEET/inventory/kvmhost3-answers.yaml" <<'EOF2'
host:
  allowNoVirt: true
bridge:
  name: br0
  rollbackTimeout: 30
  ipv4:
    method: manual
    address: 192.168.1.13/24
    gateway: 192.168.1.254
    dns: [192.168.1.1]
EOF2
  cat >"$FLEET/inventory/host_vars/kvmhost3.yml" <<EOF2
kvm_host_answers_file: $FLEET/inventory/kvmhost3-answers.yaml
kvm_host_extra_args: [--only, "host,bridge,summary"]
EOF2
}
# Pipelining (fewer round trips) and no ssh compression (-C is Ansible's default: compressing the 120 MB
# executable costs more CPU than sending it on a LAN).
play() { # LOG [ARGS...]: ansible-playbook ansible/site.yml from the LAN netns; exit code to LOG.rc, and
  # LOG.timed with the time each line came (where a run spends its time)
  local log=$1 line
  shift
  : >"$log.timed"
  {
    local rc=0
    ip netns exec "$NSP_LAN_NS" env -u ANSIBLE_CONFIG ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=0 \
      ANSIBLE_LOCAL_TEMP="$FLEET/.ansible/tmp" ANSIBLE_SSH_CONTROL_PATH_DIR="$FLEET/.ansible/cp" \
      ANSIBLE_STDOUT_CALLBACK=default ANSIBLE_PIPELINING=1 ANSIBLE_SSH_RETRIES=3 \
      ANSIBLE_SSH_ARGS="-o ControlMaster=auto -o ControlPersist=60s" \
      ansible-playbook -i "$FLEET/inventory/hosts.ini" "$@" ansible/site.yml </dev/null 2>&1 || rc=$?
    echo "$rc" >"$log.rc"
  } | while IFS= read -r line; do
    printf '%(%T)T %s\n' -1 "$line" >>"$log.timed"
    printf '%s\n' "$line"
  done >"$log"
  echo "  exit $(cat "$log.rc"), output in $log (with times: $log.timed)"
}
print_recap() { sed -n '/^PLAY RECAP/,$p' "$1" | sed '/^$/d; s/^/  /'; }
recap_is() { grep -qE "^$2 +: .*$3" "$1"; } # LOG HOST ERE
task_status() { # LOG TASK HOST STATUS: the status the task printed for the host
  awk -v t="$2" -v h="$3" -v want="$4" '
    /^TASK \[/ { cur = $0; sub(/^TASK \[([^]:]* : )?/, "", cur); sub(/\] \**$/, "", cur) }
    cur == t && index($0, ": [" h "]") { split($0, a, ":"); got = a[1] }
    END { exit !(got == want) }' "$1"
}
fatal_msg() { # LOG HOST: msg of the host's last fatal result
  grep -E "^fatal: \[$2\]: FAILED! => " "$1" | tail -n 1 | sed 's/^[^{]*//' |
    "$NSP_NODE" -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).msg))'
}
json_has() { # I EXPR: EXPR (JavaScript, the document as d) holds for the host's result.json
  "$NSP_NODE" -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    process.exit(eval(process.argv[2]) ? 0 : 1)' "$FLEET/results/kvmhost$1/result.json" "$2"
}
fetched() { # I: the transcript named in result.json and the answers are on the controller
  local d=$FLEET/results/kvmhost$1 t
  t=$("$NSP_NODE" -p 'require(process.argv[1]).transcript.split("/").pop()' "$d/result.json") &&
    [ -s "$d/$t" ] && [ -s "$d/answers.yaml" ]
}
