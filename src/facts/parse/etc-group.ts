import { contentLines } from './lines.js';

/** Members of `group` in an /etc/group text (name:password:gid:member,member…); undefined when there is no such group. */
export function groupMembers(text: string, group: string): string[] | undefined {
  const line = contentLines(text).find((l) => l.split(':')[0] === group);
  if (line === undefined) return undefined;
  return (line.split(':')[3] ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
}

/** Whether a list like /etc/cockpit/disallowed-users (one name a line, # comments) names `user`. */
export function listsUser(text: string, user: string): boolean {
  return contentLines(text).some((l) => l.trim() === user);
}

/**
 * Whether /etc/shadow (name:password:…) gives `user` no password to log in with: an empty field, `*` or `!`
 * (no password set: useradd writes `!` on Debian, `!!` on EL), or `!` before a hash (locked). A user with no
 * line is not judged (undefined).
 */
export function hasNoPassword(shadow: string, user: string): boolean | undefined {
  const line = contentLines(shadow).find((l) => l.split(':')[0] === user);
  if (line === undefined) return undefined;
  const field = line.split(':')[1] ?? '';
  return field === '' || field.startsWith('!') || field.startsWith('*');
}
