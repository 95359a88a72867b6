# shellcheck shell=bash
# Cases 6x and 7 of test/system/bridge.test.sh (sourced after lab.sh and lib.sh): the uplink's settings are carried
# over to br0 and its port. Each case: lab_up (always with the second router: 10.9.9.1 / fd00:9::1 behind
# 192.168.1.2 / fd00:1::2), the profile changed with nmcli and re-activated, its own live check run BEFORE the
# wizard (so the check is known to work on the old profile), `--yes --only bridge`, then the same settings must be
# in br0's (or the port's) profile, read back with nmcli, and the same live check must pass on br0.

BR_CID=00:6b:77:2d:68:6f:73:74 # DHCP client id "\0kw-host": dnsmasq reserves 192.168.1.5 for it, not for the MAC

# the value of KEY in profile PROFILE (name or uuid), raw as `nmcli -t -f KEY` prints it
br_prop() { hx nmcli -t -f "$2" connection show "$1" | sed "s/^$2://"; }

# every profile, whole, sorted: the "nothing changed" check (connection.timestamp moves by itself)
br_all_profiles() {
  local u
  for u in $(hx nmcli -t -f UUID connection show | sort); do
    echo "== $u"; hx nmcli -t -f all connection show uuid "$u" | grep -v '^connection.timestamp:'
  done
}

# all checks pass on DEV:  br_checks DEV "FN FN..."   /  the names of those that fail
br_checks() { local f; for f in $2; do "$f" "$1" || return 1; done; }
br_failing() { local f out=""; for f in $2; do "$f" "$1" >/dev/null 2>&1 || out+=" $f"; done; echo "${out# }"; }

# br_carry NAME "LAB_UP ARGS" "NMCLI MODIFY ARGS" "BRIDGE KEYS" "PORT KEYS" "CHECK FUNCTIONS" [PRE-CHECK]
#   NMCLI MODIFY ARGS is eval'ed into an array (quotes work); "" = keep the profile lab_up wrote.
#   PRE-CHECK runs before the profile is changed (e.g. "the far side does NOT answer yet").
br_carry() {
  local name=$1 upargs=$2 modargs=$3 bkeys=$4 pkeys=$5 check=$6 pre=${7:-} uuid out rc t k old new
  # shellcheck disable=SC2086 # word-split on purpose
  LAB_QUIET=1 lab_up --mac "$BR_MAC" --router2 $upargs || fail "lab_up $upargs"
  uuid=$(lab_nm_uuid_of enp0s3)
  if [ -n "$pre" ]; then "$pre" || fail "pre-check $pre failed"; fi
  if [ -n "$modargs" ]; then
    local mods; eval "mods=($modargs)"
    hx nmcli connection modify uuid "$uuid" "${mods[@]}" || fail "nmcli connection modify ${mods[*]}"
    hx nmcli connection up uuid "$uuid" >/dev/null || fail "re-activating the changed profile failed"
    lab_wait_for -t 15 -m "enp0s3 ready" lab_iface_ready enp0s3 || fail "enp0s3 not ready after the change"
  fi
  lab_wait_for -t 10 -m "live checks on enp0s3" br_checks enp0s3 "$check" ||
    fail "live checks fail on the OLD profile already (the test is wrong): $(br_failing enp0s3 "$check")"
  declare -A want=()
  for k in $bkeys $pkeys; do want[$k]=$(br_prop "$uuid" "$k"); done
  out=$BR_OUT/carry-$name.out
  t=$(lab_now_us)
  rc=0; br_wizard "$out" --yes --only bridge || rc=$?
  br_log "wizard: exit $rc in $(lab_elapsed "$t") s"
  [ "$rc" -eq 0 ] || fail "--yes --only bridge exited $rc, expected 0"
  br_assert_output "$out" "The bridge is kept" "carry $name"
  lab_wait_for -t 10 -m "br0 ready + ping" br_bridged || fail "br0 not connected, or no ping from the LAN"
  for k in $bkeys; do
    new=$(br_prop br0 "$k"); old=${want[$k]}
    [ "$new" = "$old" ] || fail "br0: $k is '$new', the uplink had '$old'"
  done
  for k in $pkeys; do
    new=$(br_prop "$BR_PORT" "$k"); old=${want[$k]}
    [ "$new" = "$old" ] || fail "$BR_PORT: $k is '$new', the uplink had '$old'"
  done
  lab_wait_for -t 10 -m "live checks on br0" br_checks br0 "$check" ||
    fail "live checks fail on br0: $(br_failing br0 "$check")"
  local -a bk pk
  read -ra bk <<<"$bkeys"; read -ra pk <<<"$pkeys"
  br_log "carried: ${bk[*]}${pkeys:+ (port: ${pk[*]})}"
}

# ---- live checks: DEV is enp0s3 before the change, br0 after --------------------------------------------------
# the route's far side answers the host, and the host answers a LAN client behind the route (the reply needs it)
br_far_side() {
  hx ping -c1 -W1 -n 10.9.9.1 >/dev/null && r2x ping -c1 -W1 -n -I 10.9.9.1 "$LAB_HOST_IP" >/dev/null
}
br_check_two_addresses() {
  local a; a=$(hx ip -4 -o addr show dev "$1")
  [[ $a == *" 192.168.1.5/24 "* && $a == *" 192.168.1.6/24 "* ]] && lanx ping -c1 -W1 -n 192.168.1.6 >/dev/null
}
br_check_route() {
  hx ip -j route show 10.9.9.0/24 | grep -q "\"gateway\":\"192.168.1.2\",\"dev\":\"$1\",[^}]*\"metric\":100" && br_far_side
}
br_check_dhcp121() {
  hx ip -4 -o addr show dev "$1" | grep -q " $LAB_HOST_IP/24 .*dynamic" &&
    hx ip -j route show 10.9.9.0/24 | grep -q "\"gateway\":\"192.168.1.2\",\"dev\":\"$1\"" && br_far_side
}
br_check_mtu() {
  hx ip -j link show "$1" | grep -q '"mtu":9000' && hx ip -j link show enp0s3 | grep -q '"mtu":9000' &&
    lanx ping -c1 -W1 -n -M 'do' -s 8972 "$LAB_HOST_IP" >/dev/null
}
br_check_ipv6() {
  hx ip -6 -o addr show dev "$1" | grep -q ' fd00:1::5/64 ' &&
    ! hx ip -6 -o addr show dev "$1" | grep -q 'tentative' &&
    hx ip -j -6 route show fd00:9::/64 | grep -q "\"gateway\":\"fd00:1::2\",\"dev\":\"$1\"" &&
    hx ip -6 route show default | grep -q "via fd00:1::1 dev $1" &&
    lanx ping -6 -c1 -W1 -n fd00:1::5 >/dev/null && r2x ping -6 -c1 -W1 -n -I fd00:9::1 fd00:1::5 >/dev/null
}
br_check_dns_metric() {
  hx ip -4 route show default | grep -q "via $LAB_GW_IP dev $1 .*metric 50" &&
    hx grep -qx 'search example.lan' /run/NetworkManager/resolv.conf
}
# the zone the active connection on DEV uses (NetworkManager keeps it even without firewalld)
br_check_zone() {
  local u; u=$(hx nmcli -g GENERAL.CON-UUID device show "$1") &&
    [ "$(hx nmcli -g GENERAL.ZONE connection show uuid "$u")" = internal ] && lab_ping_host
}
br_no_far_side() { ! br_far_side; }

case_carry() { # which
  case $1 in
    static) # every static setting at once (one wizard run): addresses, route, MTU, IPv6, DNS search, metric, zone
      br_carry static "--lan-mtu 9000" \
        "ipv4.addresses '192.168.1.5/24,192.168.1.6/24' ipv4.routes '10.9.9.0/24 192.168.1.2 100' 802-3-ethernet.mtu 9000 \
         ipv6.method manual ipv6.addresses fd00:1::5/64 ipv6.gateway fd00:1::1 ipv6.dns fd00:1::1 \
         ipv6.routes 'fd00:9::/64 fd00:1::2 10' ipv4.dns-search example.lan ipv4.route-metric 50 \
         connection.zone internal connection.autoconnect-priority 5" \
        "ipv4.addresses ipv4.routes 802-3-ethernet.mtu ipv6.method ipv6.addresses ipv6.gateway ipv6.dns ipv6.routes \
         ipv4.dns-search ipv4.route-metric connection.zone connection.autoconnect-priority" \
        "802-3-ethernet.mtu connection.autoconnect-priority" \
        "br_check_two_addresses br_check_route br_check_mtu br_check_ipv6 br_check_dns_metric br_check_zone" \
        br_no_far_side ;;
    addresses) br_carry addresses "" "ipv4.addresses '192.168.1.5/24,192.168.1.6/24'" \
      "ipv4.addresses" "" br_check_two_addresses ;;
    route) # the far side is reached only through the route (the lab's gateway does not forward)
      br_carry route "" "ipv4.routes '10.9.9.0/24 192.168.1.2 100'" "ipv4.routes" "" br_check_route br_no_far_side ;;
    dhcp121) br_carry dhcp121 \
      "--ipv4 dhcp --ipv4-key dhcp-client-id=$BR_CID --dhcp-host id:$BR_CID,$LAB_HOST_IP --dnsmasq-opt --dhcp-option=121,0.0.0.0/0,$LAB_GW_IP,10.9.9.0/24,192.168.1.2" \
      "" "ipv4.method ipv4.dhcp-client-id" "" br_check_dhcp121
      grep -qi " $BR_CID\$" "$LAB_STATE/dnsmasq.leases" || fail "the lease is not the client id's: $(cat "$LAB_STATE/dnsmasq.leases")" ;;
    mtu) br_carry mtu "--lan-mtu 9000" "802-3-ethernet.mtu 9000" "802-3-ethernet.mtu" "802-3-ethernet.mtu" br_check_mtu ;;
    ipv6) br_carry ipv6 "" \
      "ipv6.method manual ipv6.addresses fd00:1::5/64 ipv6.gateway fd00:1::1 ipv6.dns fd00:1::1 ipv6.routes 'fd00:9::/64 fd00:1::2 10'" \
      "ipv6.method ipv6.addresses ipv6.gateway ipv6.dns ipv6.routes" "" br_check_ipv6 ;;
    dns) br_carry dns "" "ipv4.dns-search example.lan ipv4.route-metric 50" \
      "ipv4.dns-search ipv4.route-metric" "" br_check_dns_metric ;;
    zone) br_carry zone "" "connection.zone internal connection.autoconnect-priority 5" \
      "connection.zone connection.autoconnect-priority" "connection.autoconnect-priority" br_check_zone ;;
  esac
}

# 7: a setting the wizard cannot carry over blocks the step, and nothing changes
case_carry_blocked() {
  local uuid out rc before after
  LAB_QUIET=1 lab_up --mac "$BR_MAC" --ipv4 dhcp || fail "lab_up"
  uuid=$(lab_nm_uuid_of enp0s3)
  hx nmcli connection modify uuid "$uuid" ipv4.dhcp-iaid ifname || fail "nmcli modify ipv4.dhcp-iaid"
  hx nmcli connection up uuid "$uuid" >/dev/null || fail "re-activating failed"
  lab_wait_for -t 15 -m "enp0s3 ready" lab_iface_ready enp0s3 || fail "enp0s3 not ready"
  before=$(br_all_profiles)
  out=$BR_OUT/carry-blocked.out
  rc=0; br_wizard "$out" --yes --only bridge || rc=$?
  [ "$rc" -eq 1 ] || fail "wizard exited $rc, expected 1 (blocked)"
  br_assert_output "$out" "sets ipv4.dhcp-iaid = ifname, which the wizard cannot carry over" "blocked"
  br_assert_output "$out" "Bridge (blocked)" "blocked"
  after=$(br_all_profiles)
  [ "$before" = "$after" ] || fail "the profiles changed: $(diff <(echo "$before") <(echo "$after"))"
  ! br_link_exists br0 || fail "a br0 device exists"
  br_checkpoints_empty || fail "a checkpoint was made: $(lab_nm_checkpoints)"
  if ! lab_iface_ready enp0s3 || ! lab_ping_host; then fail "the host lost its network"; fi
}
