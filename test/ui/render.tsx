import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import type { ReactElement } from 'react';
import { KeyRouterProvider } from '../../src/ui/keys/router.js';
import { waitFor } from './wait-for.js';

/**
 * ink-testing-library's render, rebuilt here (so it is not a dependency): its Stdout reports 100 columns and
 * offers no option, and its stdin hands Ink whole chunks. These fake streams have `columns` set (80 by
 * default, like the e2e terminal), and keys go through the wizard's own key router (ui/keys/router.tsx).
 */
class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  constructor(
    public columns: number,
    public rows = 24,
  ) {
    super();
  }
  /** The terminal changed size (SIGWINCH): Ink and the wizard's useTerminalSize hear 'resize'. */
  resize(columns: number, rows: number) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

/** The terminal as the key router reads it: whatever is written arrives as one read, like a paste. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  write = (data: string) => {
    this.emit('data', data);
  };
  read = () => null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export interface Rendered {
  lastFrame: () => string;
  frames: string[];
  stdin: FakeStdin;
  stdout: FakeStdout;
  unmount: () => void;
  /** Waits until the last frame contains `text` (or satisfies the predicate) and returns that frame. */
  waitForFrame: (match: string | RegExp | ((frame: string) => boolean), timeout?: number) => Promise<string>;
  /** Writes keys, all in one chunk, as a fast typist or a paste would deliver them. */
  press: (keys: string) => void;
}

export const KEY = {
  right: '\u001b[C',
  left: '\u001b[D',
  up: '\u001b[A',
  down: '\u001b[B',
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001b[Z',
  escape: '\u001b',
  backspace: '\u007f',
  home: '\u001b[H',
} as const;

export function render(tree: ReactElement, columns = 80, rows = 24): Rendered {
  const stdout = new FakeStdout(columns, rows);
  const stderr = new FakeStdout(columns);
  const stdin = new FakeStdin();
  const instance = inkRender(<KeyRouterProvider source={stdin}>{tree}</KeyRouterProvider>, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const lastFrame = () => stdout.frames.at(-1) ?? '';
  const matches = (m: string | RegExp | ((f: string) => boolean), f: string) =>
    typeof m === 'string' ? f.includes(m) : m instanceof RegExp ? m.test(f) : m(f);
  return {
    lastFrame,
    frames: stdout.frames,
    stdin,
    stdout,
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
    press: (keys) => stdin.write(keys),
    waitForFrame: async (m, timeout = 5000) => {
      const frame = await waitFor(() => (matches(m, lastFrame()) ? lastFrame() : false), {
        timeout,
        describe: () => `expected ${String(m)} in the last frame:\n${lastFrame()}`,
      });
      return frame;
    },
  };
}
