import type { Facts } from '../../facts/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { type Command, cmd } from '../command.js';

/** A name useradd takes on every distribution, and that no shell or terminal reads as anything else. */
const SAFE_USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Cockpit refuses root and nobody is in the admin group: the services step offers to make that user. */
export function needsAdminUser(facts: Facts): boolean {
  return facts.cockpitLogin.rootRefused && facts.cockpitLogin.admins.length === 0;
}

/** Why `name` cannot be the new admin user (given /etc/passwd as read from the host), or undefined. */
export function adminNameError(name: string, passwd: string): MessageKey | undefined {
  if (!SAFE_USER_NAME.test(name)) return 'adminUser.badName';
  if (name === 'root') return 'adminUser.root';
  if (passwd.split('\n').some((l) => l.split(':')[0] === name)) return 'adminUser.exists';
  return undefined;
}

/** The user with a home, in the group that may administer (wheel on EL and Fedora, sudo on Debian/Ubuntu). */
export function useraddCommand(name: string, group: Facts['cockpitLogin']['adminGroup']): Command {
  return cmd(['useradd', '-m', '-G', group, name], 'adminUser.why', { group });
}

/** passwd asks for the password on the terminal itself: the wizard never sees, stores or logs it. */
export function passwdArgv(name: string): readonly string[] {
  return ['passwd', name];
}
