import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import { checksumFetchArgv, downloadArgv, hashArgv } from '../../src/export/download.js';
import { shellScript } from '../../src/export/shell.js';
import type { StepPlan } from '../../src/plan/types.js';
import { runStubbed } from './run-stubbed.js';
import { simPlans, withImagesIn } from './sim-plans.js';

const SHA = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);

async function isoPlans(answers: Answers): Promise<{ plans: StepPlan[]; part: string; dest: string }> {
  const plans = withImagesIn(
    (await simPlans({ sim: 'centos-stream9' }, answers)).filter((p) => p.id === 'iso'),
    mkdtempSync(join(tmpdir(), 'kw-export-images-')),
  );
  const d = plans[0]?.download;
  if (!d) throw new Error('no download in the plan');
  return { plans, part: downloadArgv(d).part, dest: d.dest };
}

describe('the ISO download in the script', () => {
  it('stops without moving the file into place when its SHA-256 does not match', async () => {
    const { plans, part } = await isoPlans({ iso: { url: 'https://example.org/a.iso', sha256: SHA } });
    const run = runStubbed(shellScript(plans, []), plans, {
      responses: [{ argv: hashArgv(part), stdout: `${OTHER}  ${part}\n` }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not match');
    expect(run.recorded.at(-1)).toEqual(hashArgv(part));
  });

  it('never overwrites another file of the same name', async () => {
    const { plans, dest } = await isoPlans({ iso: { url: 'https://example.org/a.iso', sha256: SHA } });
    writeFileSync(dest, 'something else');
    const run = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [{ argv: hashArgv(dest), stdout: `${OTHER}  ${dest}\n` }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('exists and is not this ISO');
    expect(run.recorded).toEqual([hashArgv(dest)]);
  });

  it('accepts the sum whatever its case, and a name sha256sum escapes with a backslash', async () => {
    const { plans, dest } = await isoPlans({ iso: { url: 'https://example.org/a.iso', sha256: SHA } });
    writeFileSync(dest, 'the ISO');
    const run = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [{ argv: hashArgv(dest), stdout: `\\${SHA}  ${dest}\\n\n` }],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('is there already: not downloaded again');
  });

  // A catalogue entry has no SHA-256 of its own: the script reads the published checksum file first, and uses
  // a file only when its sum is the one listed (the wizard does the same; before, the script only said so).
  const rockySums = (sum: string) =>
    [
      '# Rocky-9.6-x86_64-minimal.iso: 1812987904 bytes',
      `SHA256 (Rocky-9.6-x86_64-minimal.iso) = ${sum}`,
      `SHA256 (Rocky-9.6-x86_64-boot.iso) = ${OTHER}`,
    ].join('\n');
  const listing = (plans: StepPlan[], text: string, code = 0) => {
    const d = plans[0]?.download;
    if (!d?.checksumUrl) throw new Error('no checksum file in the plan');
    return { argv: checksumFetchArgv(d.checksumUrl), stdout: `${text}\n`, code };
  };

  it('a catalogue ISO already there is kept only when its sum is the one its checksum file lists', async () => {
    const { plans, dest } = await isoPlans({ iso: { catalog: 'rocky-9' } });
    writeFileSync(dest, 'the ISO');
    const kept = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [listing(plans, rockySums(SHA)), { argv: hashArgv(dest), stdout: `${SHA}  ${dest}\n` }],
    });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain(`${dest} is there already`);
    const other = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [listing(plans, rockySums(SHA)), { argv: hashArgv(dest), stdout: `${OTHER}  ${dest}\n` }],
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('exists and is not this ISO');
  });

  it('a fresh catalogue download is checked against the listed sum before it is moved into place', async () => {
    const { plans, part } = await isoPlans({ iso: { catalog: 'rocky-9' } });
    const run = runStubbed(shellScript(plans, []), plans, {
      responses: [listing(plans, rockySums(SHA)), { argv: hashArgv(part), stdout: `${OTHER}  ${part}\n` }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('does not match');
    expect(run.recorded.at(-1)).toEqual(hashArgv(part));
  });

  it('no download when the checksum file cannot be read, or lists the ISO with two sums', async () => {
    const { plans } = await isoPlans({ iso: { catalog: 'rocky-9' } });
    const torn = `${rockySums(SHA)}\nSHA256 (Rocky-9.5-x86_64-minimal.iso) = ${OTHER}`;
    for (const response of [listing(plans, '', 22), listing(plans, torn)]) {
      const run = runStubbed(shellScript(plans, []), plans, { responses: [response] });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('does not list this ISO once');
      expect(run.recorded).toEqual([response.argv]);
    }
  });

  it('a URL with a checksum file: the exact name in a signed GNU list, whatever the case of the sum', async () => {
    const { plans, dest } = await isoPlans({
      iso: { url: 'https://example.org/x/a.iso', checksumUrl: 'https://example.org/x/SHA256SUMS' },
    });
    writeFileSync(dest, 'the ISO');
    const signed = [
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      `${OTHER}  b.iso`,
      `${SHA.toUpperCase()} *a.iso`,
      '-----BEGIN PGP SIGNATURE-----',
      'iQIzBAEBCAAdFiEE',
      '-----END PGP SIGNATURE-----',
    ].join('\r\n');
    const run = runStubbed(shellScript(plans, []), plans, {
      host: 'done',
      responses: [listing(plans, signed), { argv: hashArgv(dest), stdout: `${SHA}  ${dest}\n` }],
    });
    expect(run.code).toBe(0);
    expect(run.recorded.slice(0, 2)).toEqual([listing(plans, '').argv, hashArgv(dest)]);
    expect(run.stdout).toContain(`${dest} is there already`);
  });

  it('curl fetches the URL as written: -g turns off its {a,b} and [1-9] globbing', () => {
    const { fetch } = downloadArgv({
      url: 'https://example.org/{a,b}.iso',
      dest: '/i/x.iso',
      sizeMiB: 1,
    } as never);
    expect(fetch).toContain('-g');
  });
});
