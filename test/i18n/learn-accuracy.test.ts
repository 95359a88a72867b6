// The learn-more pages say what the wizard really does: the sockets the services step enables, the virtio
// options virt-install is given, and a check-it-yourself command on the ISO page that shows the ISO.
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/answers/schema.js';
import { learnEn } from '../../src/i18n/learn-en.js';
import { learnJa } from '../../src/i18n/learn-ja.js';
import { planStep } from '../../src/plan/plan.js';
import { modularSockets, PROFILES } from '../../src/plan/profiles.js';
import { runTryIt, TRY_IT } from '../../src/run/try-it.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';
import { allInstalled, freshFacts } from '../plan/facts-builder.js';

const ISO = '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso';
const PAGES = { en: learnEn, ja: learnJa } as const;

describe.each(Object.entries(PAGES))('learn-more pages (%s)', (_, page) => {
  it('services: names every modular daemon whose sockets the step enables, and their -ro and -admin sockets', () => {
    const text = page['learn.page.services'];
    const daemons = new Set(modularSockets().map((u) => u.replace(/(-ro|-admin)?\.socket$/, '')));
    for (const d of daemons) expect(text, d).toContain(d);
    expect(text).toContain('-ro');
    expect(text).toContain('-admin');
  });

  it('vm: says virtio always, with the very options the planned virt-install gets', () => {
    const facts = freshFacts('el9', {
      ...allInstalled('el9'),
      isos: [{ path: ISO, sizeBytes: 1 }],
      vms: [],
      libvirtNetworks: [{ name: 'default', active: true, autostart: true, persistent: true }],
    });
    const plan = planStep('vm', facts, answersSchema.parse({ iso: { path: ISO } }), PROFILES.el9);
    const virtio = (plan.commands[0]?.argv ?? [])
      .flatMap((a) => a.split(','))
      .filter((o) => o.endsWith('=virtio'));
    expect(virtio).toEqual(['bus=virtio', 'model=virtio']);
    const text = page['learn.page.vm'];
    for (const o of virtio) expect(text).toContain(o);
    expect(text).not.toMatch(/when osinfo says|osinfo が判断すれば/);
  });
});

describe('check it yourself on the ISO page', () => {
  it('lists the images directory, where the ISO is (not virsh list, which shows VMs)', async () => {
    expect(TRY_IT.iso.map((c) => c.shown)).toEqual(['ls /var/lib/libvirt/images']);
    const [out] = await runTryIt(new SimulatedHost('centos-stream9'), 'iso');
    expect(out?.lines).toContain('CentOS-Stream-9-latest-x86_64-boot.iso');
    expect(out?.exitCode).toBe(0);
  });
});
