import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';

/**
 * What is not an answers file is refused at once, by name: each of these used to hang (a FIFO with no
 * writer), eat memory (/dev/zero) or take a minute (megabytes of newlines). Each test runs within vitest's
 * default timeout; a hang fails it.
 */
const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-answers-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadAnswers: not a regular file', () => {
  it('a FIFO with no writer: refused at once, not a hang', async () => {
    const fifo = join(dir, 'answers.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await loadAnswers(fifo)).toEqual({
      ok: false,
      errors: ['is a named pipe (FIFO), not a file: give a regular file'],
    });
  });

  it('/dev/zero: a device, not read at all', async () => {
    expect(await loadAnswers('/dev/zero')).toEqual({ ok: false, errors: ['is a device, not a file'] });
  });

  it('a directory', async () => {
    const sub = join(dir, 'answers.d');
    mkdirSync(sub);
    expect(await loadAnswers(sub)).toEqual({ ok: false, errors: ['is a directory, not an answers file'] });
  });

  describe('a socket', () => {
    let server: Server;
    const socket = join(dir, 'answers.sock');
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('is named as one', async () => {
      server = createServer();
      await new Promise<void>((done) => server.listen(socket, done));
      expect(await loadAnswers(socket)).toEqual({ ok: false, errors: ['is a socket, not a file'] });
    });
  });
});

describe('loadAnswers: size and encoding', () => {
  it('a file of 2 MiB is refused before it is parsed', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `bridge:\n  name: br0\n${'#'.repeat(2 * 1024 * 1024)}\n`);
    expect(await loadAnswers(big)).toEqual({
      ok: false,
      errors: ['larger than 1 MiB: an answers file is a few dozen lines'],
    });
  });

  it('1 MiB + 1 byte is too big; exactly 1 MiB is read', async () => {
    const over = join(dir, 'over.yaml');
    writeFileSync(over, ' '.repeat(1024 * 1024 + 1));
    expect((await loadAnswers(over)).ok).toBe(false);
    const exact = join(dir, 'exact.yaml');
    writeFileSync(exact, `vm: {name: vm2}${' '.repeat(1024 * 1024 - 15)}`);
    expect(await loadAnswers(exact)).toEqual({ ok: true, answers: { vm: { name: 'vm2', graphics: 'vnc' } } });
  });

  it('a NUL byte (a binary or UTF-16 file) says where', async () => {
    const nul = join(dir, 'nul.yaml');
    writeFileSync(nul, 'bridge:\n  name: br0\u0000\n');
    expect(await loadAnswers(nul)).toEqual({
      ok: false,
      errors: ['contains a NUL byte (at byte 19): a binary or UTF-16 file? Save it as UTF-8 text'],
    });
  });

  it('Latin-1 bytes are not UTF-8', async () => {
    const latin1 = join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('vm:\n  name: caf\xe9\n', 'latin1'));
    expect(await loadAnswers(latin1)).toEqual({ ok: false, errors: ['not UTF-8 text: save it as UTF-8'] });
  });

  it('a UTF-8 byte-order mark is fine', async () => {
    const bom = join(dir, 'bom.yaml');
    writeFileSync(bom, '\ufeffvm:\n  name: vm3\n');
    expect(await loadAnswers(bom)).toEqual({ ok: true, answers: { vm: { name: 'vm3', graphics: 'vnc' } } });
  });

  it('a missing file: the reason, with the path written out harmlessly', async () => {
    const missing = join(dir, 'no\u001b[31mpe.yaml');
    expect(await loadAnswers(missing)).toEqual({
      ok: false,
      errors: [`cannot read: ENOENT: no such file or directory, open '${join(dir, 'no\\e[31mpe.yaml')}'`],
    });
  });
});
