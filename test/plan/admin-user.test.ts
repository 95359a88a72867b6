import { describe, expect, it } from 'vitest';
import { adminNameError } from '../../src/plan/steps/admin-user.js';

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/:/sbin/nologin\n';
const GROUP = 'root:x:0:\nwheel:x:10:\nsudo:x:27:\n';

describe('adminNameError: each refused name has its reason', () => {
  it.each([
    ['', 'adminUser.nameEmpty'],
    ['a'.repeat(33), 'adminUser.nameTooLong'],
    ['-G', 'adminUser.nameDash'],
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
    expect(adminNameError(name, PASSWD, GROUP)).toBe(reason);
  });

  it.each(['alice', '_svc', 'ops-admin', 'a'.repeat(32), 'a1_-'])('%j is fine', (name) => {
    expect(adminNameError(name, PASSWD, GROUP)).toBeUndefined();
  });
});
