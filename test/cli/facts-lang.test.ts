// `kvm-wizard facts --lang ja` speaks Japanese; the values from the host stay as they are, written out harmlessly.
import { afterEach, describe, expect, it } from 'vitest';
import { printFacts } from '../../src/cli/facts.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { hasControlChars } from '../../src/i18n/visible.js';
import { displayWidth } from '../../src/i18n/width.js';
import { freshFacts } from '../plan/facts-builder.js';

afterEach(() => setCatalogue(en));

function table(): string[] {
  const base = freshFacts('el9');
  const facts = {
    ...base,
    os: { ...base.os, prettyName: 'CentOS\u001b[2J Stream 9' },
    packages: { 'qemu-kvm': true, libvirt: false },
    libvirtNetworks: [{ name: 'default', active: true, autostart: true, persistent: true }],
  };
  const lines: string[] = [];
  printFacts(facts, false, (s) => lines.push(s));
  return lines;
}

describe('facts table in the chosen language', () => {
  it('English: the labels and words as before', () => {
    const lines = table();
    expect(lines[0]).toBe('system            CentOS\\e[2J Stream 9 (ID=centos, VERSION_ID=9)');
    expect(lines).toContain('packages          qemu-kvm, libvirt (missing)');
    expect(lines).toContain('libvirt networks  default active autostart');
  });

  it('Japanese: Japanese labels and words, host values unchanged, columns aligned by display width', () => {
    setCatalogue(ja);
    const lines = table();
    expect(lines[0]).toBe('システム              CentOS\\e[2J Stream 9 (ID=centos、VERSION_ID=9)');
    expect(lines).toContain('パッケージ            qemu-kvm, libvirt (未インストール)');
    expect(lines).toContain('libvirt ネットワーク  default 稼働中 自動起動');
    const text = lines.join('\n');
    for (const word of ['system', 'packages', 'missing', 'present', 'not running', 'none', 'refused'])
      expect(text).not.toMatch(new RegExp(`(^|\\s)${word}(\\s|$)`, 'm'));
    // Every value starts at the same display column.
    const starts = lines.map((l) => displayWidth(/^(.*?\S)\s{2,}/.exec(l)?.[0] ?? ''));
    expect(new Set(starts).size).toBe(1);
    for (const l of lines) expect(hasControlChars(l)).toBe(false);
  });
});
