// i-screens: the bridge form's card list says a card's state in the user's language.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/types.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { deviceStateWord } from '../../src/present/device-state.js';
import { cardOptions } from '../../src/ui/BridgeForm.js';
import { simSession } from '../ui/sim-session.js';

let facts: Facts;
beforeAll(async () => {
  const session = await simSession();
  facts = {
    ...session.facts,
    nm: {
      ...session.facts.nm,
      devices: [
        ...session.facts.nm.devices,
        { device: 'eth1', type: 'ethernet', state: 'disconnected', connection: '' },
        { device: 'eth2', type: 'ethernet', state: 'connecting (getting IP configuration)', connection: '' },
        { device: 'eth3', type: 'ethernet', state: 'weird\u001b[2Jstate', connection: '' },
      ],
    },
  };
});
afterEach(() => setCatalogue(en));

describe('NetworkManager device states in words', () => {
  it('the Japanese card list has no English state word', () => {
    setCatalogue(ja);
    const details = cardOptions(facts).map((o) => o.detail ?? '');
    expect(details[0]).toMatch(/^接続済み · /);
    expect(details.find((d) => d.startsWith(ja['nm.state.disconnected']))).toBeDefined();
    expect(details.find((d) => d.startsWith(ja['nm.state.connecting']))).toBeDefined();
    for (const d of details) expect(d).not.toMatch(/\b(connected|disconnected|connecting)\b/);
  });

  it('English keeps nmcli words; an unknown state is shown as the host wrote it, made harmless', () => {
    expect(deviceStateWord('connected')).toBe('connected');
    expect(deviceStateWord('connected (externally)')).toBe(en['nm.state.externally']);
    const odd = deviceStateWord('weird\u001b[2Jstate');
    expect(odd).not.toContain('\u001b');
    expect(odd).toContain('weird');
  });
});
