import type { Facts } from '../../facts/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import { type Command, cmd } from '../command.js';

/** useradd's limit on Debian and EL (longer names are refused, exit 3). */
export const MAX_USER_NAME = 32;
/** Characters useradd takes on every distribution, and that no shell or terminal reads as anything else. */
const SAFE_CHARS = /^[a-z0-9_-]*$/;

/** Cockpit refuses root and nobody is in the admin group: the services step offers to make that user. */
export function needsAdminUser(facts: Facts): boolean {
  return facts.cockpitLogin.rootRefused && facts.cockpitLogin.admins.length === 0;
}

/** The admins Cockpit would let in: those /etc/shadow gives a password (all of them when it was not read). */
export function adminsWithPassword(facts: Facts): string[] {
  const { admins, withoutPassword = [] } = facts.cockpitLogin;
  return admins.filter((a) => !withoutPassword.includes(a));
}

/**
 * The admin whose password is still to set, when Cockpit refuses root and no admin has one (passwd failed
 * or was given up after useradd): the services step offers "Set password" for that user.
 */
export function adminWithoutPassword(facts: Facts): string | undefined {
  const { rootRefused, withoutPassword = [] } = facts.cockpitLogin;
  if (!rootRefused || adminsWithPassword(facts).length) return undefined;
  return withoutPassword[0];
}

/**
 * What cannot be the new admin user's name, whatever the host: every reason at once (a long name in capitals
 * is both too long and badly spelled), none for a name useradd takes.
 */
export function adminNameSpellingErrors(name: string): MessageKey[] {
  if (!name) return ['adminUser.nameEmpty'];
  const errors: MessageKey[] = [];
  if ([...name].length > MAX_USER_NAME) errors.push('adminUser.nameTooLong');
  if (name.startsWith('-')) errors.push('adminUser.nameDash');
  if (!SAFE_CHARS.test(name) || /^[0-9]/.test(name)) errors.push('adminUser.badName');
  return errors;
}

/**
 * Why `name` cannot be the new admin user: each reason named, checked before anything runs (none: it can).
 * `passwd` and `group` are /etc/passwd and /etc/group as read from the host: `useradd -m` also makes a group
 * of the same name, and refuses when one exists (wheel, sudo, …).
 */
export function adminNameErrors(name: string, passwd: string, group: string): MessageKey[] {
  const spelling = adminNameSpellingErrors(name);
  if (spelling.length) return spelling;
  if (name === 'root') return ['adminUser.root'];
  if (listsName(passwd, name)) return ['adminUser.exists'];
  if (listsName(group, name)) return ['adminUser.groupExists'];
  return [];
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
