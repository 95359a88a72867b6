import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/types.js';
import { t } from '../../src/i18n/messages.js';
import { adminNameErrors } from '../../src/plan/steps/admin-user.js';
import { cockpitLoginNote } from '../../src/plan/steps/services.js';
import { freshFacts } from './facts-builder.js';

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/:/sbin/nologin\n';
const GROUP = 'root:x:0:\nwheel:x:10:\nsudo:x:27:\n';

describe('adminNameErrors: each refused name has its reason', () => {
  it.each([
    ['', 'adminUser.nameEmpty'],
    ['a'.repeat(33), 'adminUser.nameTooLong'],
    ['-g', 'adminUser.nameDash'],
    ['--help', 'adminUser.nameDash'],
    ['Admin', 'adminUser.badName'],
    ['0day', 'adminUser.badName'],
    ['a b', 'adminUser.badName'],
    ['a:b', 'adminUser.badName'],
    ['a\nb', 'adminUser.badName'],
    ['a\u001b[2Jb', 'adminUser.badName'],
    ['ädmin', 'adminUser.badName'],
    ['root', 'adminUser.root'],
    ['nobody', 'adminUser.exists'],
    ['wheel', 'adminUser.groupExists'],
    ['sudo', 'adminUser.groupExists'],
  ])('%j: %s', (name, reason) => {
    expect(adminNameErrors(name, PASSWD, GROUP)).toEqual([reason]);
  });

  it.each(['alice', '_svc', 'ops-admin', 'a'.repeat(32), 'a1_-'])('%j is fine', (name) => {
    expect(adminNameErrors(name, PASSWD, GROUP)).toEqual([]);
  });

  // A tester typed 46 characters with capitals and was told only about the length, then about the capitals.
  it.each([
    ['Administrator-Of-This-KVM-Host-For-The-Lab-Now', ['adminUser.nameTooLong', 'adminUser.badName']],
    ['-Admin', ['adminUser.nameDash', 'adminUser.badName']],
    [`-${'a'.repeat(40)}`, ['adminUser.nameTooLong', 'adminUser.nameDash']],
  ])('%j: every reason at once', (name, reasons) => {
    expect(adminNameErrors(name, PASSWD, GROUP)).toEqual(reasons);
  });
});

// What the services step, --yes, export and the summary say about logging in to Cockpit: never "log in as"
// an account without a password (a tester's passwd was given up after useradd, and the summary sent them there).
describe('cockpitLoginNote: who can log in, by /etc/shadow', () => {
  const login = (cockpitLogin: Facts['cockpitLogin']) =>
    cockpitLoginNote(freshFacts('el9', { cockpitLogin }));
  it('an admin without a password: how to give it one, as a line to copy', () => {
    const said = login({ rootRefused: true, adminGroup: 'wheel', admins: ['bob'], withoutPassword: ['bob'] });
    expect(said).toEqual({
      key: 'services.cockpitAdminNoPassword',
      tone: 'warn',
      params: { name: 'bob', command: 'passwd bob' },
    });
    expect(t(said?.key ?? 'ui.run', said?.params)).toContain('\n    passwd bob');
  });

  it('only the admins with a password are named', () => {
    const said = login({
      rootRefused: true,
      adminGroup: 'wheel',
      admins: ['bob', 'alice'],
      withoutPassword: ['bob'],
    });
    expect(said?.key).toBe('services.cockpitLoginAs');
    expect(said?.params).toEqual({ users: 'alice' });
  });

  it('/etc/shadow not read (no withoutPassword): the admins as before', () => {
    expect(login({ rootRefused: true, adminGroup: 'sudo', admins: ['bob'] })?.params).toEqual({
      users: 'bob',
    });
  });

  it('a hostile name from /etc/group is quoted on the line to copy', () => {
    const said = login({ rootRefused: true, adminGroup: 'wheel', admins: ['a;b'], withoutPassword: ['a;b'] });
    expect(said?.params?.command).toBe("passwd 'a;b'");
  });
});
