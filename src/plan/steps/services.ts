import type { Facts } from '../../facts/types.js';
import { type Command, cmd, formatArgv } from '../command.js';
import { modularSockets, type Profile } from '../profiles.js';
import { type Note, note, type PlanContext, type StepPlan } from '../types.js';
import { adminsWithPassword, adminWithoutPassword, passwdArgv } from './admin-user.js';

/** Step 4: start libvirt the way this host runs it, and Cockpit's socket; open port 9090 in the firewall. */
export function planServices({ facts, profile }: PlanContext): StepPlan {
  const modular = usesModularLibvirt(facts, profile);
  const libvirtUnits = modular ? modularSockets() : ['libvirtd.service'];
  const watched = modular
    ? ['virtqemud.socket', 'virtnetworkd.socket', 'virtstoraged.socket']
    : ['libvirtd.service'];
  const notes = [note(modular ? 'services.modular' : 'services.monolithic', 'info')];
  const commands: Command[] = [];

  if (!watched.every((u) => isRunning(facts, u))) {
    commands.push(cmd(['systemctl', 'enable', '--now', ...libvirtUnits], 'why.enableLibvirt'));
  } else notes.push(note('services.libvirtOk', 'ok'));

  if (!isRunning(facts, 'cockpit.socket')) {
    commands.push(cmd(['systemctl', 'enable', '--now', 'cockpit.socket'], 'why.enableCockpit'));
  } else notes.push(note('services.cockpitOk', 'ok'));

  if (!facts.firewall.cockpitAllowed) {
    if (facts.firewall.kind === 'firewalld') {
      // The same query the probe makes, for the running and for the saved configuration.
      const open = (...permanent: string[]) => ({
        argv: ['firewall-cmd', ...permanent, '--query-service=cockpit'],
      });
      commands.push(
        { ...cmd(['firewall-cmd', '--add-service=cockpit'], 'why.firewallNow'), unless: open() },
        {
          ...cmd(['firewall-cmd', '--permanent', '--add-service=cockpit'], 'why.firewallPermanent'),
          unless: open('--permanent'),
        },
      );
    } else if (facts.firewall.kind === 'ufw') {
      commands.push(cmd(['ufw', 'allow', '9090/tcp'], 'why.ufw'));
    }
  }
  const login = cockpitLoginNote(facts);
  if (login) notes.push(login);
  return { id: 'services', state: commands.length ? 'todo' : 'already', notes, commands };
}

/**
 * Who can log in to Cockpit, when root cannot (its default since Cockpit 280): a beginner who only ever
 * used root would otherwise meet a login page that says "wrong user name or password".
 */
export function cockpitLoginNote(facts: Facts): Note | undefined {
  const { rootRefused, adminGroup } = facts.cockpitLogin;
  if (!rootRefused) return undefined;
  const users = adminsWithPassword(facts);
  if (users.length) return note('services.cockpitLoginAs', 'info', { users: users.join(', ') });
  // An admin without a password (its passwd failed or was given up) cannot log in: say how to give it one.
  const name = adminWithoutPassword(facts);
  if (name)
    return note('services.cockpitAdminNoPassword', 'warn', { name, command: formatArgv(passwdArgv(name)) });
  return note('services.cockpitNoAdmin', 'warn', { group: adminGroup });
}

function isRunning(facts: Facts, unit: string): boolean {
  const s = facts.units[unit];
  return (
    s?.active === 'active' && (s.enabled === 'enabled' || s.enabled === 'static' || s.enabled === 'indirect')
  );
}

/** A host that already runs libvirtd keeps it; fresh EL9+/Fedora installs use the per-driver daemons. */
function usesModularLibvirt(facts: Facts, profile: Profile): boolean {
  const libvirtd = facts.units['libvirtd.service'];
  if (libvirtd && (libvirtd.enabled === 'enabled' || libvirtd.active === 'active')) return false;
  return profile.modularLibvirt;
}

/**
 * Cockpit answers on port 9090: its package is installed and systemd listens there for it (cockpit.socket
 * active, as the probe saw it). Before that, a URL in the summary would lead nowhere.
 */
export function cockpitListening(facts: Facts): boolean {
  return facts.packages.cockpit !== false && isRunning(facts, 'cockpit.socket');
}

/** Where Cockpit answers: the host's main IPv4 address on port 9090. */
export function cockpitUrl(facts: Facts): string {
  const ip = facts.uplink?.liveAddresses.find((a) => a.includes('.'))?.split('/')[0];
  return `https://${ip ?? 'localhost'}:9090`;
}
