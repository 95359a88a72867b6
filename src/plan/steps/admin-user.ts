import type { Facts } from '../../facts/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { type Command, cmd } from '../command.js';

/** useradd's limit on Debian and EL (longer names are refused, exit 3). */
export const MAX_USER_NAME = 32;
/** A name useradd takes on every distribution, and that no shell or terminal reads as anything else. */
const SAFE_USER_NAME = /^[a-z_][a-z0-9_-]*$/;

/** Cockpit refuses root and nobody is in the admin group: the services step offers to make that user. */
export function needsAdminUser(facts: Facts): boolean {
  return facts.cockpitLogin.rootRefused && facts.cockpitLogin.admins.length === 0;
}

/**
 * Why `name` cannot be the new admin user, or undefined: each reason named, checked before anything runs.
 * `passwd` and `group` are /etc/passwd and /etc/group as read from the host: `useradd -m` also makes a group
 * of the same name, and refuses when one exists (wheel, sudo, …).
 */
export function adminNameError(name: string, passwd: string, group: string): MessageKey | undefined {
  if (!name) return 'adminUser.nameEmpty';
  if ([...name].length > MAX_USER_NAME) return 'adminUser.nameTooLong';
  if (name.startsWith('-')) return 'adminUser.nameDash';
  if (!SAFE_USER_NAME.test(name)) return 'adminUser.badName';
  if (name === 'root') return 'adminUser.root';
  if (listsName(passwd, name)) return 'adminUser.exists';
  if (listsName(group, name)) return 'adminUser.groupExists';
  return undefined;
}

/** Whether a colon-separated file (/etc/passwd, /etc/group) has a line for `name`. */
function listsName(file: string, name: string): boolean {
  return file.split('\n').some((line) => line.split(':')[0] === name);
}

/** The user with a home, in the group that may administer (wheel on EL and Fedora, sudo on Debian/Ubuntu). */
export function useraddCommand(name: string, group: Facts['cockpitLogin']['adminGroup']): Command {
  return cmd(['useradd', '-m', '-G', group, name], 'adminUser.why', { group });
}

/** passwd asks for the password on the terminal itself: the wizard never sees, stores or logs it. */
export function passwdArgv(name: string): readonly string[] {
  return ['passwd', name];
}
