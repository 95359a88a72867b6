import { type BridgeCheck, CHECK_WORDS } from '../../facts/bridge-status.js';
import { type LinkState, probeLinkState } from '../../facts/link-state.js';
import { parseIpAddrJson } from '../../facts/parse/ip-addr.js';
import { parseIpRouteJson } from '../../facts/parse/ip-route.js';
import { routeText } from '../../facts/parse/ip-routes.js';
import { parseNmcliDevices } from '../../facts/parse/nmcli-devices.js';
import type { Host } from '../../host/host.js';
import { inIpv6Network } from '../../net/ipv6.js';
import type { BridgeExpectation, CarriedState } from '../../plan/types.js';

/**
 * Looks at the host once and says, check by check, whether the new bridge carries the host as expected.
 * `gateways`: the next hops that must answer through the bridge (the default gateway first).
 */
export async function verifyBridge(
  host: Host,
  expect: BridgeExpectation,
  gateways: readonly string[] = expect.gateway ? [expect.gateway] : [],
): Promise<BridgeCheck[]> {
  const [devs, addrs, route] = await Promise.all([
    host.run(['nmcli', '-t', '-f', 'DEVICE,TYPE,STATE,CONNECTION', 'device']),
    host.run(['ip', '-j', 'addr', 'show']),
    host.run(['ip', '-j', 'route', 'show', 'default']),
  ]);
  const device = parseNmcliDevices(devs.stdout).find((d) => d.device === expect.bridge);
  const links = addrs.exitCode === 0 ? parseIpAddrJson(addrs.stdout) : [];
  const bridge = links.find((l) => l.ifname === expect.bridge);
  const port = links.find((l) => l.ifname === expect.port);
  const dflt = route.exitCode === 0 ? parseIpRouteJson(route.stdout) : undefined;
  const v4 = bridge?.addresses.filter((a) => a.includes('.')) ?? [];
  const checks: BridgeCheck[] = [
    {
      name: 'bridge-active',
      ok: device?.state === 'connected',
      expected: 'connected',
      found: device?.state || CHECK_WORDS.missing,
    },
    {
      name: 'port-attached',
      ok: port?.master === expect.bridge,
      expected: expect.bridge,
      found: port?.master || CHECK_WORDS.none,
    },
    {
      name: 'address',
      ok: expect.address ? v4.includes(expect.address) : v4.length > 0,
      expected: expect.address ?? CHECK_WORDS.anyIpv4,
      found: v4.join(',') || CHECK_WORDS.none,
    },
    {
      name: 'default-route',
      ok: dflt?.dev === expect.bridge,
      expected: expect.bridge,
      found: dflt?.dev || CHECK_WORDS.none,
    },
  ];
  if (expect.carried) {
    const now = bridge ? await probeLinkState(host, bridge) : { addresses: [] };
    checks.push(...carriedChecks(expect.carried, now));
  }
  // A gateway behind a bridge that is not up yet says nothing about the gateway: "not checked", not "no answer".
  const earlierOk = checks.every((c) => c.ok);
  for (const gateway of gateways) {
    const ok = earlierOk && (await gatewayAnswers(host, gateway, expect.bridge));
    checks.push({
      name: 'gateway',
      ok,
      expected: gateway,
      found: !earlierOk ? CHECK_WORDS.notChecked : ok ? CHECK_WORDS.answers : CHECK_WORDS.noAnswer,
    });
  }
  return checks;
}

/** The uplink's working state against the bridge's now: what is missing, named as `ip` would name it. */
export function carriedChecks(want: CarriedState, now: LinkState): BridgeCheck[] {
  const checks: BridgeCheck[] = [];
  const have = now.addresses.map((a) => a.cidr);
  const wantAddresses = [...want.addresses, ...want.prefixes];
  if (wantAddresses.length) {
    const missing = [
      ...want.addresses.filter((a) => !have.includes(a)),
      ...want.prefixes.filter((p) => !have.some((a) => a.includes(':') && inIpv6Network(a, p))),
    ];
    checks.push(setCheck('addresses', wantAddresses, have, missing));
  }
  if (want.routes?.length) {
    const routes = now.routes ?? [];
    const missing = want.routes.filter(
      (w) =>
        !routes.some(
          (r) => r.family === w.family && r.dst === w.dst && r.gateway === w.gateway && r.metric === w.metric,
        ),
    );
    checks.push(
      setCheck('routes', want.routes.map(routeText), routes.map(routeText), missing.map(routeText)),
    );
  }
  if (want.mtu) {
    checks.push({
      name: 'mtu',
      ok: now.mtu === want.mtu,
      expected: String(want.mtu),
      found: now.mtu ? String(now.mtu) : CHECK_WORDS.none,
    });
  }
  if (want.dns) {
    // IPv4 settings edited by the user: the bridge's IPv4 servers are theirs, only IPv6 ones are compared.
    const found = (now.dns ?? []).filter((d) => want.ipv4 || d.includes(':'));
    const check = setCheck(
      'dns',
      want.dns,
      found,
      want.dns.filter((d) => !found.includes(d)),
    );
    // Equal, not only included: a server the host did not use before is a change too.
    if (found.some((d) => !want.dns?.includes(d))) check.ok = false;
    if (want.dns.length || found.length) checks.push(check);
  }
  return checks;
}

function setCheck(
  name: BridgeCheck['name'],
  expected: string[],
  found: string[],
  missing: string[],
): BridgeCheck {
  return {
    name,
    ok: missing.length === 0,
    expected: expected.join(', ') || CHECK_WORDS.none,
    found: found.join(', ') || CHECK_WORDS.none,
    ...(missing.length ? { missing } : {}),
  };
}

/** ICMP first; ARP as well, because many gateways drop ping but every gateway answers ARP on its LAN. */
export async function gatewayAnswers(host: Host, gateway: string, iface: string): Promise<boolean> {
  const ping = await host.run(['ping', '-c', '1', '-W', '1', '-I', iface, gateway]);
  if (ping.exitCode === 0) return true;
  // arping is IPv4 only; IPv6 neighbours answer ping (ICMPv6 is needed for IPv6 to work at all).
  if (gateway.includes(':')) return false;
  const arp = await host.run(['arping', '-c', '1', '-w', '2', '-I', iface, gateway]);
  return arp.exitCode === 0;
}
