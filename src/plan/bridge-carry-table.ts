/**
 * What becomes of each setting of the uplink's NetworkManager profile when the card moves into a bridge.
 * Keys as `nmcli -t -f all connection show` prints them (NM 1.42 and the newer names of 1.46+, see
 * test/fixtures/generic/nm-1.42-lab and nm-upstream-tests). A setting whose value is one of its `defaults`
 * is left alone; any other value is copied or blocks the step. A setting missing here falls back to the
 * whole-setting rules, then to "unknown": it blocks unless its value looks like a default (GENERIC_DEFAULTS).
 *
 * MTU goes to BOTH the port and the bridge. Measured in the lab (NM 1.42.4, kernel 6.1, veth at 9000):
 * `802-3-ethernet.mtu 9000` on the bridge alone gives br0 9000 but leaves the port at 1500, and jumbo
 * pings fail; on the port alone br0 follows the port (the kernel's bridge takes its ports' minimum MTU
 * while none was set on it); on both, `ping -M do -s 8972` works. A bridge has no `bridge.mtu` property:
 * nmcli of NM 1.56 rejects it and takes `802-3-ethernet.mtu` (github.com/nasty-project/nasty pull 583);
 * once a bridge's MTU is set explicitly the kernel stops following its ports (Linux commit 804b854d374e,
 * "net: bridge: disable bridge MTU auto tuning if it was set manually"). Setting both sides explicitly
 * therefore gives the same result whatever NetworkManager 1.4x/1.5x (EL8 1.40, EL9 1.46–1.48, EL10 1.52)
 * does with an unset bridge MTU.
 */

export type CarryTarget = 'bridge' | 'port' | 'both';
export type BlockReason = 'ieee8021x' | 'perInterface' | 'permissions' | 'notForBridge' | 'unknown';

export type CarryRule =
  /** Written by the wizard itself: the profile's identity, the addresses from the form, the cloned MAC. */
  | { kind: 'wizard' }
  | { kind: 'copy'; to: CarryTarget; defaults: readonly string[]; blockValues?: readonly string[] }
  | { kind: 'block'; reason: BlockReason; defaults: readonly string[] };

/** Values that mean "not set" for most properties (empty, -1 = default, 0, flags 0x0). */
export const GENERIC_DEFAULTS = ['', '-1', '0', '0x0', 'default', 'unknown'] as const;

const wizard: CarryRule = { kind: 'wizard' };
const copy = (to: CarryTarget, ...defaults: string[]): CarryRule => ({ kind: 'copy', to, defaults });
const block = (reason: BlockReason, ...defaults: string[]): CarryRule => ({
  kind: 'block',
  reason,
  defaults,
});
// DHCP identities derived from the interface name or the profile's UUID differ on br0: another lease.
const DHCP_ID_PER_INTERFACE = ['stable', 'duid', 'ipv6-duid', 'stable-llt', 'stable-ll', 'stable-uuid'];

function ipRules(v: 'ipv4' | 'ipv6'): Record<string, CarryRule> {
  return {
    [`${v}.method`]: wizard,
    [`${v}.addresses`]: wizard,
    [`${v}.gateway`]: wizard,
    [`${v}.dns`]: v === 'ipv4' ? wizard : copy('bridge', ''),
    [`${v}.dns-search`]: copy('bridge', ''),
    [`${v}.dns-options`]: copy('bridge', ''),
    [`${v}.dns-priority`]: copy('bridge', '0'),
    [`${v}.routes`]: copy('bridge', ''),
    [`${v}.route-metric`]: copy('bridge', '-1'),
    [`${v}.route-table`]: copy('bridge', '0'),
    [`${v}.routing-rules`]: copy('bridge', ''),
    [`${v}.replace-local-rule`]: copy('bridge', '-1'),
    [`${v}.ignore-auto-routes`]: copy('bridge', 'no'),
    [`${v}.ignore-auto-dns`]: copy('bridge', 'no'),
    [`${v}.never-default`]: copy('bridge', 'no'),
    [`${v}.may-fail`]: copy('bridge', 'yes'),
    [`${v}.required-timeout`]: copy('bridge', '-1'),
    [`${v}.dhcp-iaid`]: block('perInterface', ''),
    [`${v}.dhcp-timeout`]: copy('bridge', '0'),
    [`${v}.dhcp-send-hostname`]: copy('bridge', 'yes', '-1'),
    [`${v}.dhcp-send-hostname-deprecated`]: copy('bridge', 'yes'),
    [`${v}.dhcp-hostname`]: copy('bridge', ''),
    [`${v}.dhcp-hostname-flags`]: copy('bridge', '0x0'),
    [`${v}.auto-route-ext-gw`]: copy('bridge', '-1'),
    [`${v}.dhcp-send-release`]: copy('bridge', '-1'),
    [`${v}.routed-dns`]: copy('bridge', '-1'),
  };
}

export const CARRY_TABLE: Readonly<Record<string, CarryRule>> = {
  'connection.id': wizard,
  'connection.uuid': wizard,
  'connection.type': wizard,
  'connection.interface-name': wizard,
  'connection.autoconnect': wizard,
  'connection.timestamp': wizard,
  'connection.read-only': wizard,
  // A profile that already is a port is refused before the table is read (bridge.alreadyPort).
  'connection.master': wizard,
  'connection.slave-type': wizard,
  'connection.controller': wizard,
  'connection.port-type': wizard,
  'connection.stable-id': copy('bridge', ''),
  // Which profile wins the device: the bridge for br0, the port for the card.
  'connection.autoconnect-priority': copy('both', '0'),
  'connection.autoconnect-retries': copy('bridge', '-1'),
  'connection.multi-connect': block('notForBridge', '0', 'default'),
  'connection.auth-retries': block('ieee8021x', '-1'),
  'connection.permissions': block('permissions', ''),
  // firewalld zones apply to the interface that carries the addresses: br0.
  'connection.zone': copy('bridge', ''),
  'connection.autoconnect-slaves': block('notForBridge', '-1'),
  'connection.autoconnect-ports': block('notForBridge', '-1'),
  'connection.secondaries': copy('bridge', ''),
  'connection.gateway-ping-timeout': copy('bridge', '0'),
  'connection.metered': copy('bridge', 'unknown'),
  'connection.lldp': copy('port', 'default'),
  'connection.mdns': copy('bridge', '-1'),
  'connection.llmnr': copy('bridge', '-1'),
  'connection.dns-over-tls': copy('bridge', '-1'),
  'connection.dnssec': copy('bridge', '-1'),
  'connection.mptcp-flags': copy('bridge', '0x0'),
  'connection.wait-device-timeout': copy('port', '-1'),
  'connection.wait-activation-delay': copy('bridge', '-1'),
  'connection.down-on-poweroff': copy('bridge', '-1'),
  'connection.ip-ping-timeout': copy('bridge', '0'),
  'connection.ip-ping-addresses': copy('bridge', ''),
  'connection.ip-ping-addresses-require-all': copy('bridge', '-1'),
  // The card's link: stays with the card (the port profile).
  '802-3-ethernet.port': copy('port', ''),
  '802-3-ethernet.speed': copy('port', '0'),
  '802-3-ethernet.duplex': copy('port', ''),
  '802-3-ethernet.auto-negotiate': copy('port', 'no'),
  '802-3-ethernet.mac-address': copy('port', ''),
  // The bridge is given the card's MAC as it is now (DHCP reservations stay valid).
  '802-3-ethernet.cloned-mac-address': wizard,
  '802-3-ethernet.generate-mac-address-mask': wizard,
  '802-3-ethernet.mac-address-blacklist': copy('port', ''),
  '802-3-ethernet.mac-address-denylist': copy('port', ''),
  '802-3-ethernet.mtu': copy('both', 'auto', '0'),
  '802-3-ethernet.s390-subchannels': copy('port', ''),
  '802-3-ethernet.s390-nettype': copy('port', ''),
  '802-3-ethernet.s390-options': copy('port', ''),
  '802-3-ethernet.wake-on-lan': copy('port', 'default'),
  '802-3-ethernet.wake-on-lan-password': copy('port', ''),
  '802-3-ethernet.accept-all-mac-addresses': copy('port', '-1'),
  ...ipRules('ipv4'),
  'ipv4.dhcp-client-id': { kind: 'copy', to: 'bridge', defaults: [''], blockValues: DHCP_ID_PER_INTERFACE },
  'ipv4.dhcp-fqdn': copy('bridge', ''),
  'ipv4.dad-timeout': copy('bridge', '-1'),
  'ipv4.dhcp-vendor-class-identifier': copy('bridge', ''),
  'ipv4.link-local': copy('bridge', '0'),
  'ipv4.dhcp-reject-servers': copy('bridge', ''),
  'ipv4.dhcp-dscp': copy('bridge', ''),
  'ipv4.dhcp-ipv6-only-preferred': copy('bridge', '-1'),
  'ipv4.forwarding': copy('bridge', '-1'),
  'ipv4.clat': copy('bridge', '-1'),
  'ipv4.shared-dhcp-range': copy('bridge', ''),
  'ipv4.shared-dhcp-lease-time': copy('bridge', '0'),
  ...ipRules('ipv6'),
  'ipv6.ip6-privacy': copy('bridge', '-1'),
  'ipv6.addr-gen-mode': copy('bridge', 'default-or-eui64', 'default'),
  'ipv6.ra-timeout': copy('bridge', '0'),
  'ipv6.mtu': copy('bridge', 'auto', '0'),
  'ipv6.dhcp-duid': { kind: 'copy', to: 'bridge', defaults: [''], blockValues: DHCP_ID_PER_INTERFACE },
  'ipv6.token': copy('bridge', ''),
  'ipv6.temp-valid-lifetime': copy('bridge', '0'),
  'ipv6.temp-preferred-lifetime': copy('bridge', '0'),
  'ipv6.dhcp-pd-hint': copy('bridge', ''),
  'proxy.method': copy('bridge', 'none'),
  'proxy.browser-only': copy('bridge', 'no'),
  'proxy.pac-url': copy('bridge', ''),
  'proxy.pac-script': copy('bridge', ''),
};

/** Rules for a whole setting (the part before the dot), for properties the table does not list. */
export const SETTING_RULES: Readonly<Record<string, CarryRule>> = {
  '802-1x': block('ieee8021x', ...GENERIC_DEFAULTS, 'no'),
  ethtool: copy('port', ...GENERIC_DEFAULTS),
  hostname: copy('bridge', ...GENERIC_DEFAULTS),
  user: copy('bridge', ''),
};

export function carryRule(key: string): CarryRule {
  const setting = key.slice(0, key.indexOf('.'));
  return CARRY_TABLE[key] ?? SETTING_RULES[setting] ?? block('unknown', ...GENERIC_DEFAULTS);
}
