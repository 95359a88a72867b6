import type { Facts } from '../facts/types.js';
import { t } from '../i18n/messages.js';

/**
 * `kvm-wizard facts` for people: one row per source, label and value in the user's language. Values hold host
 * text (names, paths, versions) as it is: the caller writes each row out with visible().
 */
export function factsRows(facts: Facts): Array<[string, string]> {
  const up = facts.uplink;
  const none = t('facts.none');
  const list = (items: string[]) => (items.length ? items.join(', ') : none);
  const os = facts.os;
  const con = up?.connection;
  return [
    [t('facts.label.system'), t('facts.system', { name: os.prettyName, id: os.id, version: os.versionId })],
    [
      t('facts.label.cpu'),
      t('facts.cpu', {
        model: facts.cpu.model || facts.cpu.vendor,
        count: facts.cpu.count,
        flag: facts.cpu.flag ?? none,
      }),
    ],
    [t('facts.label.devKvm'), facts.devKvm ? t('facts.present') : t('facts.missing')],
    [t('facts.label.kvmModules'), facts.kvmModules.length ? facts.kvmModules.join(' ') : none],
    [t('facts.label.root'), facts.isRoot ? t('facts.yes') : t('facts.no')],
    [
      t('facts.label.packages'),
      Object.entries(facts.packages)
        .map(([name, ok]) => (ok ? name : t('facts.packageMissing', { name })))
        .join(', '),
    ],
    [
      t('facts.label.units'),
      Object.entries(facts.units)
        .map(([u, s]) => `${u}=${s.enabled}/${s.active}`)
        .join(', '),
    ],
    [
      t('facts.label.networks'),
      facts.libvirtNetworks
        ?.map((n) =>
          [
            n.name,
            n.active ? t('facts.netActive') : t('facts.netInactive'),
            ...(n.autostart ? [t('facts.netAutostart')] : []),
          ].join(' '),
        )
        .join(', ') ?? t('facts.libvirtUnknown'),
    ],
    [
      t('facts.label.nm'),
      facts.nm.running ? t('facts.nmRunning', { version: facts.nm.version }) : t('facts.nmDown'),
    ],
    [
      t('facts.label.nmConnections'),
      facts.nm.connections
        .map((c) =>
          c.device
            ? t('facts.connectionOn', { name: c.name, type: c.type, device: c.device })
            : `${c.name} [${c.type}]`,
        )
        .join(', '),
    ],
    [
      t('facts.label.uplink'),
      up ? `${up.interface} ${up.mac} ${up.liveAddresses.join(' ')}` : t('facts.noDefaultRoute'),
    ],
    [
      t('facts.label.uplinkProfile'),
      con
        ? t('facts.uplinkProfile', {
            name: con.name,
            uuid: con.uuid,
            method: con.ipv4.method,
            addresses: con.ipv4.addresses.join(','),
            gateway: con.ipv4.gateway || '-',
            dns: con.ipv4.dns.join(',') || '-',
          })
        : none,
    ],
    [
      t('facts.label.ipv4'),
      list(facts.ipv4Addresses.map((a) => t('facts.addressOn', { cidr: a.cidr, iface: a.iface }))),
    ],
    [
      t('facts.label.firewall'),
      facts.firewall.cockpitAllowed
        ? facts.firewall.kind
        : t('facts.cockpitNotAllowed', { kind: facts.firewall.kind }),
    ],
    [
      t('facts.label.cockpitLogin'),
      t('facts.cockpitLogin', {
        root: facts.cockpitLogin.rootRefused ? t('facts.rootRefused') : t('facts.rootNotRefused'),
        group: facts.cockpitLogin.adminGroup,
        admins: facts.cockpitLogin.admins.join(', ') || t('facts.nobody'),
      }),
    ],
    [t('facts.label.selinux'), facts.selinuxEnabled ? t('facts.on') : t('facts.off')],
    [
      t('facts.label.isos'),
      list(
        facts.isos.map((i) =>
          i.volumeId ? `${i.path} [${i.volumeId}]` : t('facts.notIso', { path: i.path }),
        ),
      ),
    ],
  ];
}
