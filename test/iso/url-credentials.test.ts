/** Credentials in a download URL never reach the screen, the transcript or an exported script. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/answers/schema.js';
import { shellScript } from '../../src/export/shell.js';
import { t } from '../../src/i18n/messages.js';
import { curlUrlArgs, maskUrl, splitCredentials } from '../../src/iso/url-credentials.js';
import { planStep } from '../../src/plan/plan.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { Session } from '../../src/run/session.js';
import { Transcript } from '../../src/run/transcript.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';
import { freshFacts, profileOf } from '../plan/facts-builder.js';

const SHA = 'ab'.repeat(32);
const URL_WITH_PASSWORD = 'https://alice:s3cret@mirror.example.org/isos/my.iso';

describe('maskUrl', () => {
  it.each([
    [URL_WITH_PASSWORD, 'https://alice:***@mirror.example.org/isos/my.iso'],
    ['https://ghp_TOKEN123@mirror.example.org/my.iso', 'https://***@mirror.example.org/my.iso'],
    ['https://:onlypass@h/x.iso', 'https://:***@h/x.iso'],
    ['http://mirror.example.org/isos/my.iso?x=1', 'http://mirror.example.org/isos/my.iso?x=1'],
    ['not a url user:pw@host', 'not a url user:pw@host'],
    ['ftp://u:p@h/x', 'ftp://u:***@h/x'],
  ])('%s → %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('splits user and password out into a Basic header, decoded', () => {
    expect(splitCredentials('https://al%40ice:p%3Ass@h/x.iso')).toEqual({
      url: 'https://h/x.iso',
      user: 'al@ice',
      authorization: `Basic ${Buffer.from('al@ice:p:ss').toString('base64')}`,
    });
    expect(curlUrlArgs(URL_WITH_PASSWORD)).toEqual([
      '--proto-redir',
      '=https',
      '-u',
      'alice',
      'https://mirror.example.org/isos/my.iso',
    ]);
    // Redirects from https stay on https in the script too; a plain-http ISO URL has no such rule.
    expect(curlUrlArgs('https://h/x.iso')).toEqual(['--proto-redir', '=https', 'https://h/x.iso']);
    expect(curlUrlArgs('http://h/x.iso')).toEqual(['http://h/x.iso']);
  });
});

describe('a URL with credentials in the plan, the export and the transcript', () => {
  const answers = answersSchema.parse({
    iso: { url: URL_WITH_PASSWORD, checksumUrl: 'https://bob:hunter2@mirror.example.org/SHA256SUMS' },
  });
  const plan = planStep('iso', freshFacts('el9', { isos: [] }), answers, profileOf('el9'));

  it('the dry-run notes show it masked', () => {
    expect(plan.state).toBe('todo');
    const shown = plan.notes.map((n) => t(n.key, n.params)).join('\n');
    expect(shown).toContain('https://alice:***@mirror.example.org/isos/my.iso');
    expect(shown).not.toContain('s3cret');
  });

  it('the exported script asks curl to prompt for the password: neither password is in it', () => {
    const script = shellScript([plan], []);
    expect(script).toContain('-u alice --url https://mirror.example.org/isos/my.iso');
    expect(script).not.toContain('s3cret');
    expect(script).not.toContain('hunter2');
  });

  it('the transcript of a run shows it masked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvmwiz-mask-'));
    const transcript = new Transcript(dir);
    const session = new Session(
      new SimulatedHost(),
      PROFILES.el9,
      answersSchema.parse({ iso: { url: URL_WITH_PASSWORD, sha256: SHA } }),
      transcript,
    );
    await session.probe();
    await session.runStep('iso');
    const log = readFileSync(transcript.path, 'utf8');
    expect(log).toContain('# download https://alice:***@mirror.example.org/isos/my.iso');
    expect(log).not.toContain('s3cret');
  });
});
