import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runAttached } from '../../src/host/run-attached.js';
import { passwdArgv } from '../../src/plan/steps/admin-user.js';

describe('runAttached (passwd on the terminal)', () => {
  it('gives passwd the terminal (stdio inherit) and no password: only its name', async () => {
    const calls: Array<{ file: string; args: readonly string[]; options: unknown }> = [];
    const fakeSpawn = ((file: string, args: readonly string[], options: unknown) => {
      calls.push({ file, args, options });
      const child = new EventEmitter();
      queueMicrotask(() => child.emit('close', 0, null));
      return child;
    }) as unknown as Parameters<typeof runAttached>[1];
    expect(await runAttached(passwdArgv('alice'), fakeSpawn)).toBe(0);
    expect(calls).toEqual([{ file: 'passwd', args: ['alice'], options: { stdio: 'inherit' } }]);
  });

  it('says 127 when the program cannot start', async () => {
    expect(await runAttached(['/nonexistent/passwd-xyz'])).toBe(127);
  });

  it('ignores SIGINT while the program runs (Ctrl-C is for it, as with system(3)), then listens again', async () => {
    const heard: string[] = [];
    const mine = () => heard.push('SIGINT');
    process.on('SIGINT', mine);
    try {
      // A real child that sends this process SIGINT, as Ctrl-C on the terminal would, then waits a moment so
      // the signal is handled while it still runs.
      expect(await runAttached(['sh', '-c', 'kill -INT $PPID; sleep 0.3; exit 3'])).toBe(3);
      expect(heard).toEqual([]);
      expect(process.rawListeners('SIGINT')).toContain(mine);
    } finally {
      process.removeListener('SIGINT', mine);
    }
  });
});
