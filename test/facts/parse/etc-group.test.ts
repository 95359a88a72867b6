import { describe, expect, it } from 'vitest';
import { groupMembers, hasNoPassword, listsUser } from '../../../src/facts/parse/etc-group.js';

// The layout of /etc/group (group(5)); lines as a RHEL 9 install with one administrator writes them.
const GROUP = `root:x:0:
bin:x:1:
wheel:x:10:alice,bob
libvirt:x:984:
alice:x:1000:
`;

describe('groupMembers', () => {
  it('lists the members of a group', () => {
    expect(groupMembers(GROUP, 'wheel')).toEqual(['alice', 'bob']);
  });
  it('a group without members is an empty list', () => {
    expect(groupMembers(GROUP, 'libvirt')).toEqual([]);
  });
  it('a group that does not exist is undefined (Debian has sudo, not wheel)', () => {
    expect(groupMembers(GROUP, 'sudo')).toBeUndefined();
  });
  it('matches the whole group name, not a prefix', () => {
    expect(groupMembers('wheelers:x:20:eve\n', 'wheel')).toBeUndefined();
  });
});

describe('listsUser (/etc/cockpit/disallowed-users)', () => {
  it('the file Cockpit ships: root is listed', () => {
    expect(listsUser('# List of users which are not allowed to login to Cockpit\nroot\n', 'root')).toBe(true);
  });
  it('root removed by the admin: only the comment is left', () => {
    expect(listsUser('# List of users which are not allowed to login to Cockpit\n', 'root')).toBe(false);
  });
  it('a comment that mentions root does not count', () => {
    expect(listsUser('# root may log in here\n', 'root')).toBe(false);
  });
});

// /etc/shadow's second field (shadow(5)): lines as useradd, passwd and passwd -l leave them.
describe('hasNoPassword', () => {
  const SHADOW = [
    'root:*:19820:0:99999:7:::',
    'amy:!!:20151::::::',
    'ben:!:20422:0:99999:7:::',
    'cal::20422:0:99999:7:::',
    'dee:!$6$salt$hash:20422:0:99999:7:::',
    'eve:$6$salt$hash:20422:0:99999:7:::',
    'fay:$y$j9T$salt$hash:20422:0:99999:7:::',
  ].join('\n');
  it.each([
    ['amy', true],
    ['ben', true],
    ['cal', true],
    ['dee', true],
    ['root', true],
    ['eve', false],
    ['fay', false],
    ['nosuch', undefined],
  ])('%s: %s', (user, none) => {
    expect(hasNoPassword(SHADOW, user)).toBe(none);
  });
});
