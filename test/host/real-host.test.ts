import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/host/output.js';
import { RealHost } from '../../src/host/real-host.js';

// Real commands (coreutils) through execa: the machine's own seq, sh and sleep.
describe('RealHost streaming', () => {
  it('a command that only streams is never buffered: 3,000,000 lines pass a 1 MB buffer cap', async () => {
    // seq 3000000 prints 20.9 MB. With execa's buffer this cap kills it (see the next test); streamed, it is
    // read and forgotten.
    const host = new RealHost({ maxBuffer: 1_000_000 });
    let lines = 0;
    let last = '';
    const r = await host.run(['seq', '3000000'], {
      capture: false,
      onOutput: (block) => {
        lines += block.split('\n').length - 1;
        last = block;
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.canceled).toBeUndefined();
    expect(lines).toBe(3_000_000);
    expect(splitLines(last).at(-1)).toBe('3000000');
    expect(r.stdout).toBe('');
  });

  it('the cap is real: the same command captured is stopped by it (probes keep their output)', async () => {
    const host = new RealHost({ maxBuffer: 1_000_000 });
    const r = await host.run(['seq', '3000000'], { capture: true });
    expect(r.exitCode).not.toBe(0);
    const small = await host.run(['seq', '3']);
    expect(small).toMatchObject({ exitCode: 0, stdout: '1\n2\n3\n' });
  });

  it('a captured command streams its lines too, stdout and stderr each whole', async () => {
    const lines: string[] = [];
    const r = await new RealHost().run(['sh', '-c', 'printf "a\\nb"; printf "x\\r\\ny" >&2'], {
      onLine: (l) => lines.push(l),
    });
    expect(lines.sort()).toEqual(['a', 'b', 'x', 'y']);
    expect(r).toMatchObject({ exitCode: 0, stdout: 'a\nb', stderr: 'x\r\ny' });
  });

  it('a streamed command nobody listens to is still read (it does not block on a full pipe)', async () => {
    const r = await new RealHost().run(['seq', '1000000'], { capture: false });
    expect(r.exitCode).toBe(0);
  });

  it('stopped while it streams: reports canceled', async () => {
    const abort = new AbortController();
    const r = await new RealHost().run(['seq', '1000000000'], {
      capture: false,
      signal: abort.signal,
      onOutput: () => abort.abort(),
    });
    expect(r.canceled).toBe(true);
    expect(r.exitCode).not.toBe(0);
  });

  it('a missing program: 127 and "command not found", streamed or not', async () => {
    for (const capture of [true, false]) {
      const r = await new RealHost().run(['kvm-wizard-no-such-program'], { capture });
      expect(r).toMatchObject({ exitCode: 127, notFound: true });
      expect(r.stderr).toContain('command not found');
    }
  });
});

describe('RealHost.readFile: what a state file or a keyfile may turn out to be', () => {
  it('a FIFO, a device and a huge file read as nothing, at once; /proc and bad UTF-8 read as text', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-readfile-'));
    try {
      const fifo = join(dir, 'zzz.status.json');
      execFileSync('mkfifo', [fifo]);
      const huge = join(dir, 'huge');
      writeFileSync(huge, Buffer.alloc(9 * 1024 * 1024, 0x61));
      writeFileSync(join(dir, 'latin1'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
      const host = new RealHost();
      // Without the check, the FIFO's open waits for a writer for ever: the test would time out.
      expect(await host.readFile(fifo)).toBeUndefined();
      expect(await host.readFile('/dev/zero')).toBeUndefined();
      expect(await host.readFile(huge)).toBeUndefined();
      expect(await host.readFile(join(dir, 'latin1'))).toBe('caf\uFFFD\n');
      expect(await host.readFile('/proc/self/status')).toMatch(/^Name:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
