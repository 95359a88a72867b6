import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../ui/wait-for.js';
import { BIN, ROOT, tempDirs } from './cli.js';

/** A private tmux server, so the tests neither see nor disturb anyone's own sessions. */
const SOCKET = `kvm-wizard-e2e-${process.pid}`;
let counter = 0;

// -f /dev/null: nobody's ~/.tmux.conf changes what the tests see.
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * A session that lives as long as the server. Without it, the server exits with the last wizard, and a test
 * that starts the next one at that moment fails with "server exited unexpectedly" (seen in CI).
 */
let keepalive = false;
function ensureServer(): void {
  if (keepalive) return;
  tmux('new-session', '-d', '-s', 'keepalive', 'sleep 86400');
  keepalive = true;
}
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;

/** Ends the private tmux server (if any session is left) and removes its socket file. */
export function closeTmuxServer(): void {
  keepalive = false;
  try {
    tmux('kill-server');
  } catch {
    // No server: every session already ended.
  }
  rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, SOCKET), { force: true });
}

/** The built CLI in a real pseudo-terminal of `width`×`height`, driven by send-keys, read by capture-pane. */
export class TmuxWizard {
  readonly name = `kvmw-${process.pid}-${++counter}`;
  readonly dir: string;
  private readonly exitFile: string;

  constructor(
    args: string[],
    {
      width = 80,
      height = 24,
      env = {},
      linger = false,
      command = ['node', BIN],
    }: {
      width?: number;
      height?: number;
      env?: Record<string, string>;
      linger?: boolean;
      /** What starts the wizard: the repository's launcher, or an installed copy or the single executable. */
      command?: string[];
    } = {},
  ) {
    const dirs = tempDirs();
    this.dir = dirs.dir;
    this.exitFile = join(this.dir, 'exit-code');
    const vars = Object.entries({ LC_ALL: 'C.UTF-8', ...dirs.env, ...env }).map(
      ([k, v]) => `${k}=${quote(v)}`,
    );
    // The exit code goes to a file: the pane (and the session) ends with the process, unless `linger` keeps
    // it open to read what the wizard printed last.
    // The tmux server keeps the environment it started with: colour switches are set here or not at all.
    const unset = ['NO_COLOR', 'FORCE_COLOR'].filter((k) => !(k in env)).map((k) => `-u ${k}`);
    const line = `cd ${quote(ROOT)} && env ${[...unset, ...vars].join(' ')} ${[...command, ...args].map(quote).join(' ')}; echo $? > ${quote(this.exitFile)}${linger ? '; sleep 30' : ''}`;
    ensureServer();
    tmux('new-session', '-d', '-x', String(width), '-y', String(height), '-s', this.name, line);
  }

  /** Exactly what the terminal shows: `height` lines (trailing blank lines included). */
  screen(colors = false): string {
    return tmux('capture-pane', '-p', ...(colors ? ['-e'] : []), '-t', this.name);
  }

  /** Lines that scrolled off the top: any frame taller than the pane, even one shown only briefly, adds some. */
  scrolledOff(): number {
    return Number(tmux('display-message', '-p', '-t', this.name, '#{history_size}').trim());
  }

  lines(): string[] {
    return this.screen().replace(/\n$/, '').split('\n');
  }

  /** Sends tmux key names (Enter, Right, Escape, …) or literal text (`literal`), each as its own write. */
  send(keys: string[], literal = false): void {
    for (const k of keys) tmux('send-keys', '-t', this.name, ...(literal ? ['-l'] : []), k);
  }

  /**
   * Pastes `text` as a terminal does (tmux paste-buffer -p): wrapped in bracketed-paste markers when the
   * program asked for them, its line feeds sent as CR, as a terminal sends a pasted line break.
   */
  paste(text: string): void {
    tmux('set-buffer', '-b', this.name, text);
    tmux('paste-buffer', '-p', '-d', '-b', this.name, '-t', this.name);
  }

  /** Polls the screen until it matches, failing with the last screen. */
  async waitFor(match: string | RegExp | ((s: string) => boolean), timeout = 15_000): Promise<string> {
    const test = (s: string) =>
      typeof match === 'string' ? s.includes(match) : match instanceof RegExp ? match.test(s) : match(s);
    let last = '';
    return waitFor(
      () => {
        last = this.alive() ? this.screen() : last;
        return test(last) ? last : false;
      },
      { timeout, interval: 50, describe: () => `expected ${String(match)} on the screen:\n${last}` },
    );
  }

  /** Resizes the window, as a user dragging its corner: the wizard gets SIGWINCH. */
  resize(width: number, height: number): void {
    tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height));
  }

  alive(): boolean {
    try {
      tmux('has-session', '-t', this.name);
      return true;
    } catch {
      return false;
    }
  }

  /** The CLI's exit code once it has ended. */
  async exitCode(timeout = 15_000): Promise<number> {
    await waitFor(() => existsSync(this.exitFile) && readFileSync(this.exitFile, 'utf8').trim() !== '', {
      timeout,
      describe: () => `the wizard did not exit; screen:\n${this.alive() ? this.screen() : '(gone)'}`,
    });
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  kill(): void {
    try {
      tmux('kill-session', '-t', this.name);
    } catch {
      // Already ended with the wizard.
    }
  }
}
