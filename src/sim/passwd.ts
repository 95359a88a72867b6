import type { SimState } from './state.js';

/** The terminal the simulated passwd talks to: the wizard's own, lent to it (or a test's). */
export interface SimTerminal {
  input: {
    on(event: 'data', listener: (data: string | Buffer) => void): unknown;
    off(event: 'data', listener: (data: string | Buffer) => void): unknown;
    setRawMode?(mode: boolean): unknown;
    resume?(): unknown;
    pause?(): unknown;
  };
  output: { write(text: string): unknown };
}

const FAILED = 'passwd: Authentication token manipulation error\npasswd: password unchanged\n';
/** pam_unix asks this many times when nothing was typed. */
const TRIES = 3;

/**
 * `passwd USER` as root on Debian 12 (shadow 4.13 + pam_unix), word for word and exit code for exit code as
 * captured in test/fixtures/debian/passwd.*.txt: two reads with nothing echoed, a mismatch ends it (10), an
 * empty password is asked for again up to three times (10), Ctrl-D aborts (10), an unknown user is 1.
 * Ctrl-C at a prompt does nothing, as seen on the real one. What is typed is compared and dropped: the
 * simulated /etc/shadow gets a marker, never the password or anything made from it.
 */
export async function simPasswd(s: SimState, user: string, tty: SimTerminal): Promise<number> {
  const say = (text: string) => tty.output.write(text);
  const passwd = s.files.get('/etc/passwd') ?? '';
  if (!user || !passwd.split('\n').some((l) => l.split(':')[0] === user)) {
    say(`passwd: user '${user}' does not exist\n`);
    return 1;
  }
  const reader = new HiddenLines(tty);
  try {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      say('New password: ');
      const first = await reader.next();
      if (first === undefined) return aborted(say);
      say('Retype new password: ');
      const again = await reader.next();
      if (again === undefined) return aborted(say);
      if (first !== again) {
        say(`Sorry, passwords do not match.\n${FAILED}`);
        return 10;
      }
      if (first === '') {
        say('No password has been supplied.\n');
        continue;
      }
      markPasswordSet(s, user);
      say('passwd: password updated successfully\n');
      return 0;
    }
    say(FAILED);
    return 10;
  } finally {
    reader.close();
  }
}

function aborted(say: (text: string) => void): number {
  say(`Password change has been aborted.\n${FAILED}`);
  return 10;
}

function markPasswordSet(s: SimState, user: string): void {
  const others = (s.files.get('/etc/shadow') ?? '').split('\n').filter((l) => l && l.split(':')[0] !== user);
  s.files.set(
    '/etc/shadow',
    [...others, `${user}:(set by passwd, simulated):20422:0:99999:7:::`, ''].join('\n'),
  );
}

/**
 * Lines read from the terminal with echo off, as PAM's conversation reads them: the terminal in raw mode
 * (nothing echoed), Backspace and Ctrl-U edit, Enter ends a line and prints the newline the user did not see
 * echoed, Ctrl-D on an empty line is the end of input. Keys typed ahead wait for the next read.
 */
class HiddenLines {
  private typed = '';
  private wake: (() => void) | undefined;
  private readonly onData = (data: string | Buffer) => {
    this.typed += data.toString();
    this.wake?.();
  };

  constructor(private readonly tty: SimTerminal) {
    tty.input.setRawMode?.(true);
    tty.input.on('data', this.onData);
    tty.input.resume?.();
  }

  async next(): Promise<string | undefined> {
    let line = '';
    for (;;) {
      for (const char of this.take()) {
        if (char === '\r' || char === '\n') return this.endLine(line);
        if (char === '\u0004' && !line) return this.endLine(undefined);
        if (char === '\u007f' || char === '\b') line = [...line].slice(0, -1).join('');
        else if (char === '\u0015') line = '';
        else if (char !== '\u0003' && char !== '\u0004') line += char;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }

  close(): void {
    this.tty.input.off('data', this.onData);
    this.tty.input.pause?.();
    this.tty.input.setRawMode?.(false);
  }

  /** One character at a time, leaving what follows a line's end for the next read. */
  private *take(): Generator<string> {
    while (this.typed) {
      const [char = ''] = this.typed;
      this.typed = this.typed.slice(char.length);
      yield char;
    }
  }

  private endLine(line: string | undefined): string | undefined {
    this.tty.output.write('\n');
    return line;
  }
}
