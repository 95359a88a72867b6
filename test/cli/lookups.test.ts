// Look-ups by a key the user typed (--target, --simulate, catalogue parameters) see own keys only:
// `__proto__`, `constructor`, `toString` and `hasOwnProperty` are names like any other unknown one.
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/arg-rules.js';
import { makeHost, resolveProfile } from '../../src/cli/context.js';
import { en } from '../../src/i18n/en.js';
import { type Catalogue, setCatalogue, t } from '../../src/i18n/messages.js';
import { findProfile } from '../../src/plan/profiles.js';
import { simState } from '../../src/sim/profiles.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const options = {
  command: 'wizard',
  help: false,
  version: false,
  yes: false,
  dryRun: true,
  json: false,
} as const;

afterEach(() => setCatalogue(en));

describe.each(PROTOTYPE_NAMES)('%s', (name) => {
  it('is no release profile', () => {
    expect(findProfile(name)).toBeUndefined();
  });

  it('--target NAME is a usage error naming the profiles', async () => {
    const host = new SimulatedHost('centos-stream9', 0);
    await expect(resolveProfile(host, { ...options, target: name })).rejects.toThrow(UsageError);
    await expect(resolveProfile(host, { ...options, target: name })).rejects.toThrow(
      `Unknown profile "${name}". Profiles: centos7, el8, el9, el10, fedora, debian, ubuntu`,
    );
    expect(() => makeHost({ ...options, target: name }, 0)).toThrow(UsageError);
  });

  it('--simulate=NAME is a usage error, and no simulated host of that name exists', () => {
    expect(() => makeHost({ ...options, simulate: name }, 0)).toThrow(UsageError);
    expect(() => simState(name, 0)).toThrow(`unknown simulation profile ${name}`);
  });

  it('a catalogue text’s {NAME} is filled from the given parameters only', () => {
    setCatalogue({ ...en, 'cli.allDone': `done {${name}}` } as Catalogue);
    expect(t('cli.allDone', {})).toBe(`done {${name}}`);
    // A computed key is an own property, even `__proto__`.
    expect(t('cli.allDone', { [name]: 'x' })).toBe('done x');
  });
});

it('the real profiles are found', () => {
  expect(findProfile('el9')?.id).toBe('el9');
  expect(findProfile('centos7')?.planOnly).toBe(true);
});
