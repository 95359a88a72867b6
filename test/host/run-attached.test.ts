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
});
