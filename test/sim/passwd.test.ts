// The simulated passwd says what Debian 12's real one said, word for word, for the same keys
// (test/fixtures/debian/passwd.*.txt, captured in a throw-away mount namespace; see SOURCES.md).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { SimulatedHost } from '../../src/sim/sim-host.js';
import { fixture } from '../fixture.js';

/** A terminal: keys typed one read at a time, once the program has asked (its last output ends in ": "). */
function terminal(reads: string[]) {
  const input = new (class extends EventEmitter {
    raw: boolean[] = [];
    setRawMode(on: boolean) {
      this.raw.push(on);
    }
  })();
  let shown = '';
  const output = {
    write(text: string) {
      shown += text;
      // Each read arrives after a prompt, as a person types after seeing it.
      if (text.endsWith(': ')) queueMicrotask(() => input.emit('data', reads.shift() ?? ''));
    },
  };
  return { input, output, shown: () => shown };
}

async function passwd(user: string, reads: string[]) {
  const host = new SimulatedHost('debian12');
  host.state.files.set(
    '/etc/passwd',
    `${host.state.files.get('/etc/passwd') ?? ''}alice:x:1000:1000::/home/alice:/bin/sh\n`,
  );
  const tty = terminal(reads);
  host.terminal = tty;
  const code = await host.runAttached(['passwd', user]);
  return { code, shown: tty.shown(), host, raw: tty.input.raw };
}

describe('simulated passwd (Debian 12, as captured)', () => {
  it('the same password twice: updated, exit 0; the shadow file never holds it', async () => {
    const r = await passwd('alice', ['Secret-1\r', 'Secret-1\r']);
    expect(r.shown).toBe(fixture('debian/passwd.success.txt'));
    expect(r.code).toBe(0);
    expect(r.host.state.files.get('/etc/shadow')).toMatch(/^alice:\(set by passwd, simulated\):/m);
    expect(JSON.stringify([...r.host.state.files.values()])).not.toContain('Secret-1');
    // Echo off while it reads (raw mode), the terminal given back after.
    expect(r.raw).toEqual([true, false]);
  });

  it('two different passwords: no second try, exit 10', async () => {
    const r = await passwd('alice', ['one\r', 'two\r']);
    expect(r.shown).toBe(fixture('debian/passwd.mismatch.txt'));
    expect(r.code).toBe(10);
    expect(r.host.state.files.get('/etc/shadow') ?? '').not.toContain('alice');
  });

  it('nothing typed: asked three times, exit 10', async () => {
    const r = await passwd('alice', ['\r', '\r', '\r', '\r', '\r', '\r']);
    expect(r.shown).toBe(fixture('debian/passwd.empty.txt'));
    expect(r.code).toBe(10);
  });

  it('Ctrl-D at the first prompt: aborted, exit 10', async () => {
    const r = await passwd('alice', ['\u0004']);
    expect(r.shown).toBe(fixture('debian/passwd.eof.txt'));
    expect(r.code).toBe(10);
  });

  it('a user that does not exist: exit 1, nothing asked', async () => {
    const r = await passwd('nosuch', []);
    expect(r.shown).toBe(fixture('debian/passwd.nouser.txt'));
    expect(r.code).toBe(1);
  });

  it('edits like a terminal line (Backspace, Ctrl-U), ignores Ctrl-C, and takes keys typed in one read', async () => {
    // "ab⌫c" is "ac"; Ctrl-U clears "zz"; Ctrl-C is dropped; both answers arrive in the first read.
    const r = await passwd('alice', ['ab\u007fc\r\u0003zz\u0015ac\r']);
    expect(r.code).toBe(0);
    expect(r.shown).toBe(fixture('debian/passwd.success.txt'));
  });
});
