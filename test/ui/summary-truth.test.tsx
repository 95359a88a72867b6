// The summary says only what is true: Cockpit's URL once it is installed and listening, with the certificate note.
import { afterEach, describe, expect, it } from 'vitest';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

describe('summary: Cockpit', () => {
  it('not installed yet: no URL, says it is not listening and which steps set it up', async () => {
    w = await Wizard.start({ steps: ['host', 'summary'] });
    const f = flat(await w.next('summary'));
    expect(f).not.toContain('Cockpit: https://');
    expect(f).toContain('Cockpit is not listening on port 9090 yet');
  });

  it('after packages and services: the URL and the self-signed certificate note', async () => {
    w = await Wizard.start({ steps: ['packages', 'services', 'summary'] });
    await w.run();
    await w.next('services');
    await w.run();
    const f = flat(await w.next('summary'));
    expect(f).toMatch(/Cockpit: https:\/\/[\d.]+:9090/);
    expect(f).toContain('Cockpit uses a self-signed certificate');
    expect(f).not.toContain('not listening');
  });
});
