#!/usr/bin/env bash
# System test of the ISO and VM steps against the lab's real libvirtd + QEMU (see test/system/lab/README.md).
# Run as root:   bash test/system/vm.test.sh      (builds dist/ first when it is missing)
#
#   1  nat     iso: {path}, vm: {name kvmwiz-t1, 1 vCPU, 256 MiB, 1 GiB, nat}: exit 0; the guest runs; its XML
#              has the expected domain type (qemu without usable KVM), a virtio disk, a virtio NIC on
#              network default, VNC on 127.0.0.1; a second run says the VM exists and changes nothing;
#              destroy + undefine --remove-all-storage removes its disk and keeps the ISO
#   2  variant vm.osVariant debian12, which Debian 12's own osinfo-db (0.20221130) lacks: the wizard must not
#              hand virt-install an id it rejects ("Unknown OS name"); the VM is created either way
#   3  bridge  br0 made with nmcli inside the lab (the wizard's own bridge step is tested in bridge.test.sh);
#              no vm.network in the answers: the VM goes on br0 (vnetN master br0, model virtio)
#
# The test ISO is made here with xorriso (volume id KVMWIZ_TEST); it boots nothing, virt-install only needs a
# readable ISO9660 image, and the guest sits in its BIOS, running.
# All cases share one lab (made anew after a failed case); bridge runs last.
# Environment: VM_CASES="nat variant bridge" (default all); KW_WIZARD_ROOT another build; LAB_PREFIX (default
# kwvm) the lab's namespaces. Exits non-zero if any case failed.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export LAB_PREFIX=${LAB_PREFIX:-kwvm}
# shellcheck source=lab/lab.sh
. "$HERE/lab/lab.sh"

KW_WIZARD_ROOT=${KW_WIZARD_ROOT:-$(cd "$HERE/../.." && pwd)}
VM_OUT=$LAB/vm-test # wizard outputs, answers, the ISO (under /tmp: visible inside the lab)
IMAGES=/var/lib/libvirt/images # inside the lab: its /var is a private overlay
ISO=$IMAGES/kvmwiz-test.iso
VIRSH=(virsh --connect qemu:///system)

[ "$(id -u)" -eq 0 ] || { echo "vm.test.sh: needs root" >&2; exit 1; }
for tool in xorriso virt-install virsh qemu-system-x86_64 nmcli node; do
  command -v "$tool" >/dev/null || { echo "vm.test.sh: $tool missing (bash .ci/install-system-deps.sh)" >&2; exit 1; }
done
if [ ! -e "$KW_WIZARD_ROOT/dist/kvm-wizard.mjs" ]; then
  echo "vm.test.sh: dist/ missing, building" >&2
  (cd "$KW_WIZARD_ROOT" && npm run build >/dev/null)
fi

cleanup() { LAB_QUIET=1 lab_down >/dev/null 2>&1 || lab_down || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '   %s\n' "$*"; }

diag() {
  {
    echo "---- diagnostics ----"
    [ -n "${LAST_OUT:-}" ] && [ -e "$LAST_OUT" ] && { echo "-- wizard output ($LAST_OUT):"; sed 's/^/   | /' "$LAST_OUT"; }
    echo "-- virsh list --all:"; hx "${VIRSH[@]}" list --all 2>&1 | sed 's/^/   | /'
    echo "-- virsh net-list --all:"; hx "${VIRSH[@]}" net-list --all 2>&1 | sed 's/^/   | /'
    echo "-- $IMAGES:"; hx ls -l "$IMAGES" 2>&1 | sed 's/^/   | /'
    local f
    for f in $(hx sh -c 'ls /var/log/libvirt/qemu/*.log 2>/dev/null'); do
      echo "-- $f (last 15 lines):"; hx tail -n 15 "$f" 2>&1 | sed 's/^/   | /'
    done
    echo "-- libvirtd.log (last 15 lines):"; hx tail -n 15 /var/log/libvirt/libvirtd.log 2>&1 | sed 's/^/   | /'
    echo "---------------------"
  } >&2
}

fail() {
  printf '   FAIL: %s\n' "$*" >&2
  diag || true
  exit 1
}

# the wizard inside the lab, clean environment, output to FILE; returns its exit code.   wizard FILE ARGS...
wizard() {
  local out=$1 rc=0
  shift
  LAST_OUT=$out
  hx timeout -k 5 180 env -i -C "$KW_WIZARD_ROOT" PATH="$PATH" HOME=/root LANG=C.UTF-8 NO_COLOR=1 TERM=dumb \
    node "$KW_WIZARD_ROOT/bin/kvm-wizard.js" "$@" >"$out" 2>&1 </dev/null || rc=$?
  return "$rc"
}

# TEXT matches the extended regex PATTERN. (Never `cmd | grep -q`: under pipefail, grep's early exit can
# SIGPIPE cmd and fail the whole pipeline although the line was there.)
has() { grep -qE -- "$2" <<<"$1"; }

assert_output() { # FILE TEXT WHAT
  grep -qF -- "$2" "$1" || fail "$3: output lacks '$2'"
}

answers() { # NAME YAML → path
  printf '%s\n' "$2" >"$VM_OUT/$1.yaml"
  printf '%s\n' "$VM_OUT/$1.yaml"
}

domstate() { hx "${VIRSH[@]}" domstate "$1" 2>/dev/null | head -n 1; }
running() { [ "$(domstate "$1")" = running ]; }

# The domain type the wizard must choose: kvm only where KVM is usable (vmx/svm and /dev/kvm), else qemu (TCG).
# A /dev/kvm without vmx/svm (kvm_pvm on this CI machine) makes QEMU abort: "failed to set MSR 0x10a".
expected_type() {
  if grep -qwE 'vmx|svm' /proc/cpuinfo && [ -e /dev/kvm ]; then echo kvm; else echo qemu; fi
}

# XML checks shared by the cases.   check_xml NAME NET-LINE (e.g. "<source network='default'")
check_xml() {
  local name=$1 source=$2 xml type nic
  xml=$(hx "${VIRSH[@]}" dumpxml "$name") || fail "virsh dumpxml $name failed"
  type=$(expected_type)
  grep -q "<domain type='$type'" <<<"$xml" || fail "$name: domain type is not '$type': $(grep '<domain ' <<<"$xml")"
  # the disk: a file in the images dir, on the virtio bus
  has "$(grep -A6 "<disk type='file' device='disk'>" <<<"$xml")" "bus='virtio'" ||
    fail "$name: no virtio disk: $(grep -A6 "<disk " <<<"$xml")"
  grep -q "<source file='$IMAGES/$name.qcow2'" <<<"$xml" || fail "$name: disk is not $IMAGES/$name.qcow2"
  # the installer ISO as a CD-ROM
  has "$(grep -A3 "device='cdrom'" <<<"$xml")" "<source file='$ISO'" || fail "$name: $ISO is not the CD-ROM"
  # the NIC: virtio, on the network / bridge asked for
  nic=$(grep -A8 '<interface ' <<<"$xml")
  has "$nic" "<model type='virtio'/>" ||
    fail "$name: NIC model is not virtio: $(grep -A8 '<interface ' <<<"$xml")"
  has "$nic" "$source" ||
    fail "$name: NIC is not on $source: $(grep -A8 '<interface ' <<<"$xml")"
  # VNC only on loopback (reached through Cockpit or an SSH tunnel)
  grep -q "<graphics type='vnc' port='[0-9]*' autoport='yes' listen='127.0.0.1'>" <<<"$xml" ||
    fail "$name: no VNC on 127.0.0.1: $(grep '<graphics' <<<"$xml")"
  # the boot started and QEMU is still alive a moment later (no crash right after the start)
  running "$name" || fail "$name is '$(domstate "$name")', not running"
  sleep 0.5
  running "$name" || fail "$name stopped after starting: '$(domstate "$name")'"
}

# tears a VM down the way the README says and checks its disk went and the ISO stayed
remove_vm() { # NAME
  hx "${VIRSH[@]}" destroy "$1" >/dev/null || fail "virsh destroy $1 failed"
  hx "${VIRSH[@]}" undefine "$1" --remove-all-storage >/dev/null || fail "virsh undefine $1 failed"
  ! hx test -e "$IMAGES/$1.qcow2" || fail "$IMAGES/$1.qcow2 left after undefine --remove-all-storage"
  hx test -s "$ISO" || fail "undefine --remove-all-storage of $1 removed the installer ISO"
}

# a lab with libvirtd, the default NAT network started, the test ISO in the images dir (one for all cases;
# made anew after a failed case)
lab_with_iso() {
  LAB_QUIET=1 lab_up --profile-name enp0s3 --ipv4 static || fail "lab_up"
  LAB_QUIET=1 lab_libvirt_up || fail "lab_libvirt_up"
  hx "${VIRSH[@]}" net-start default >/dev/null || fail "virsh net-start default"
  hx install -m 0644 "$VM_OUT/kvmwiz-test.iso" "$ISO" || fail "could not copy the ISO into the lab"
}

# --------------------------------------------------------------------------------------------------------
case_nat() {
  local a out rc t before after
  a=$(answers nat "iso: {path: $ISO}
vm: {name: kvmwiz-t1, vcpus: 1, memoryMiB: 256, diskGiB: 1, network: nat}")
  out=$VM_OUT/nat.out
  t=$(lab_now_us)
  rc=0; wizard "$out" --yes --only iso,vm --answers "$a" || rc=$?
  log "wizard: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -eq 0 ] || fail "--yes --only iso,vm exited $rc, expected 0"
  assert_output "$out" "Using $ISO (volume KVMWIZ_TEST)." "ISO step"
  assert_output "$out" "--disk size=1,bus=virtio --network network=default,model=virtio --cdrom $ISO" "virt-install argv"
  assert_output "$out" "--osinfo detect=on,require=off" "virt-install argv (no variant for KVMWIZ_TEST)"
  if [ "$(expected_type)" = qemu ]; then
    assert_output "$out" "--virt-type qemu --noautoconsole" "virt-install argv (no usable KVM)"
  elif grep -qF -- "--virt-type" "$out"; then
    fail "--virt-type given although KVM is usable"
  fi
  has "$(hx "${VIRSH[@]}" list --all)" "^ *[0-9]+ +kvmwiz-t1 +running *$" ||
    fail "virsh list --all does not show kvmwiz-t1 running: $(hx "${VIRSH[@]}" list --all)"
  check_xml kvmwiz-t1 "<source network='default'"
  has "$(hx ip -o link show master virbr0)" 'vnet[0-9]+:' || fail "no vnetN in virbr0: $(hx ip -o link show master virbr0)"
  has "$(hx ss -ltn)" '127\.0\.0\.1:59[0-9][0-9] ' || fail "nothing listens for VNC on 127.0.0.1: $(hx ss -ltn)"

  before=$(hx "${VIRSH[@]}" dumpxml --inactive kvmwiz-t1; hx "${VIRSH[@]}" list --all --uuid)
  out=$VM_OUT/nat.again.out
  t=$(lab_now_us)
  rc=0; wizard "$out" --yes --only iso,vm --answers "$a" || rc=$?
  log "second run: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -eq 0 ] || fail "second run exited $rc, expected 0"
  assert_output "$out" "VM kvmwiz-t1 exists." "second run"
  ! grep -qF "▶ virt-install" "$out" || fail "second run ran virt-install"
  after=$(hx "${VIRSH[@]}" dumpxml --inactive kvmwiz-t1; hx "${VIRSH[@]}" list --all --uuid)
  [ "$before" = "$after" ] || fail "second run changed the VMs or kvmwiz-t1's definition"
  running kvmwiz-t1 || fail "kvmwiz-t1 no longer running after the second run"
  remove_vm kvmwiz-t1
}

# --------------------------------------------------------------------------------------------------------
case_bridge() {
  local a out rc t mac uuid
  # NIC → bridge as in the lab README (NetworkManager 1.42: master/slave-type)
  mac=$(cat "$LAB_STATE/mac")
  uuid=$(lab_nm_uuid_of enp0s3)
  hx nmcli connection add type bridge con-name br0 ifname br0 bridge.stp no ethernet.cloned-mac-address "$mac" \
    ipv4.method manual ipv4.addresses 192.168.1.5/24 ipv4.gateway 192.168.1.1 ipv4.dns 192.168.1.1 \
    ipv6.method ignore >/dev/null || fail "nmcli: could not add br0"
  hx nmcli connection add type ethernet con-name br0-port-enp0s3 ifname enp0s3 master br0 slave-type bridge \
    >/dev/null || fail "nmcli: could not add the port profile"
  hx nmcli connection up br0-port-enp0s3 >/dev/null || fail "nmcli: could not bring the port up"
  hx nmcli connection delete uuid "$uuid" >/dev/null || fail "nmcli: could not delete the old profile"
  lab_wait_for -t 10 -m "br0 up with the host address" lab_iface_ready br0 || fail "br0 not ready"
  a=$(answers bridge "iso: {path: $ISO}
vm: {name: kvmwiz-t2, vcpus: 1, memoryMiB: 256, diskGiB: 1}")
  out=$VM_OUT/bridge.out
  t=$(lab_now_us)
  rc=0; wizard "$out" --yes --only iso,vm --answers "$a" || rc=$?
  log "wizard: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -eq 0 ] || fail "exited $rc, expected 0"
  assert_output "$out" "--network bridge=br0,model=virtio" "virt-install argv"
  check_xml kvmwiz-t2 "<source bridge='br0'/>"
  has "$(hx ip -o link show master br0)" 'vnet[0-9]+:' ||
    fail "no vnetN master br0: $(hx ip -o link show master br0)"
  lab_ping_host || fail "the host no longer answers on the LAN with the VM on br0"
  remove_vm kvmwiz-t2
}

# --------------------------------------------------------------------------------------------------------
case_variant() {
  local a out rc t known=no
  a=$(answers variant "iso: {path: $ISO}
vm: {name: kvmwiz-t3, vcpus: 1, memoryMiB: 256, diskGiB: 1, network: nat, osVariant: debian12}")
  out=$VM_OUT/variant.out
  t=$(lab_now_us)
  rc=0; wizard "$out" --yes --only iso,vm --answers "$a" || rc=$?
  log "wizard: exit $rc in $(lab_elapsed "$t") s"
  grep -F "ERROR" "$out" | sed 's/^/   | /' || true
  [ "$rc" -eq 0 ] || fail "exited $rc, expected 0"
  # the wizard checks ids against `osinfo-query os`; without it (Debian: libosinfo-bin) it cannot vouch for any
  has "$(hx osinfo-query os 2>/dev/null || true)" '^ *debian12 *\|' && known=yes
  if [ "$known" = yes ]; then
    assert_output "$out" "--os-variant debian12" "virt-install argv (the host knows debian12)"
  else
    assert_output "$out" "--osinfo detect=on,require=off" "virt-install argv (debian12 unknown or unchecked)"
    ! grep -qF -- "--os-variant debian12" "$out" || fail "passed --os-variant debian12, which this host cannot vouch for"
  fi
  log "osinfo-query knows debian12: $known ($(command -v osinfo-query || echo osinfo-query missing))"
  running kvmwiz-t3 || fail "kvmwiz-t3 is '$(domstate kvmwiz-t3)', not running"
  remove_vm kvmwiz-t3
}

# --------------------------------------------------------------------------------------------------------
rm -rf "$VM_OUT" && mkdir -p "$VM_OUT/iso-src"
printf 'kvm-wizard system test\n' >"$VM_OUT/iso-src/README.TXT"
xorriso -as mkisofs -quiet -V KVMWIZ_TEST -o "$VM_OUT/kvmwiz-test.iso" "$VM_OUT/iso-src" >/dev/null 2>&1 ||
  { echo "vm.test.sh: xorriso could not make the test ISO" >&2; exit 1; }

# bridge last: it turns the lab's uplink into a bridge port
CASES=${VM_CASES:-nat variant bridge}
for c in $CASES; do
  declare -F "case_$c" >/dev/null || { echo "vm.test.sh: unknown case '$c'" >&2; exit 2; }
done
passed=0 failed=0 total_t=$(lab_now_us) lab_ok=0
for c in $CASES; do
  echo "-- vm: $c"
  t=$(lab_now_us)
  if [ "$lab_ok" = 0 ]; then
    (lab_with_iso) || exit 1
    log "lab with libvirtd and the ISO: $(lab_elapsed "$t") s"
    lab_ok=1
  fi
  # not as an `if` condition: there bash would switch `set -e` off inside the case
  set +e
  ("case_$c")
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    log "ok ($(lab_elapsed "$t") s)"
  else
    failed=$((failed + 1)) lab_ok=0
    log "FAILED ($(lab_elapsed "$t") s)"
  fi
done
echo "vm.test.sh: $passed passed, $failed failed in $(lab_elapsed "$total_t") s"
[ "$failed" -eq 0 ]
