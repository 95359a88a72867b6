import { parseIpAddrJson } from '../../facts/parse/ip-addr.js';
import { parseIpRouteJson } from '../../facts/parse/ip-route.js';
import { parseNmcliDevices } from '../../facts/parse/nmcli-devices.js';
import type { Host } from '../../host/host.js';
import type { BridgeExpectation } from '../../plan/types.js';
import { type BridgeCheck, CHECK_WORDS } from './status.js';

/** Looks at the host once and says, check by check, whether the new bridge carries the host as expected. */
export async function verifyBridge(host: Host, expect: BridgeExpectation): Promise<BridgeCheck[]> {
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
  if (expect.gateway) {
    const ok = checks.every((c) => c.ok) && (await gatewayAnswers(host, expect.gateway, expect.bridge));
    checks.push({
      name: 'gateway',
      ok,
      expected: expect.gateway,
      found: ok ? CHECK_WORDS.answers : CHECK_WORDS.noAnswer,
    });
  }
  return checks;
}

/** ICMP first; ARP as well, because many gateways drop ping but every gateway answers ARP on its LAN. */
async function gatewayAnswers(host: Host, gateway: string, bridge: string): Promise<boolean> {
  const ping = await host.run(['ping', '-c', '1', '-W', '1', '-I', bridge, gateway]);
  if (ping.exitCode === 0) return true;
  const arp = await host.run(['arping', '-c', '1', '-w', '2', '-I', bridge, gateway]);
  return arp.exitCode === 0;
}
