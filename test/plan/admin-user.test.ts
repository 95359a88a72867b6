import { describe, expect, it } from 'vitest';
import { adminNameErrors } from '../../src/plan/steps/admin-user.js';

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
