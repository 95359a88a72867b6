import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { type MessageKey, t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { formatArgv } from '../plan/command.js';
import { safeLogBlock } from './output-block.js';
import { TurnBatch } from './turn-batch.js';

/** Where logs go: /var/log/kvm-wizard as root on a real host, the user's state directory otherwise. */
export function logDirectory(isRoot: boolean, simulated: boolean): string {
  // Absolute, so that the path said on screen and in --json is one to open from anywhere.
  if (process.env.KVM_WIZARD_LOG_DIR) return resolve(process.env.KVM_WIZARD_LOG_DIR);
  if (isRoot && !simulated) return '/var/log/kvm-wizard';
  const state = process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'kvm-wizard');
}

/**
 * A new file only: never through a symbolic link (O_NOFOLLOW; O_EXCL refuses any name already there, a
 * planted link included), never a file someone else made, readable by the owner alone.
 */
const CREATE_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_APPEND;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The transcript of a run (like archinstall's cmd_history/cmd_output): every command's argv, start and end
 * time, exit code and full output. The file stays open; output is written once per event-loop turn, each
 * record (step, command start and end) at once, and a run ended by a signal gets a closing line.
 */
export class Transcript {
  readonly path: string;
  private readonly startedAt: Date;
  private fd: number | undefined;
  private state: 'new' | 'open' | 'failed' | 'closed' = 'new';
  private created = false;
  private readonly batch = new TurnBatch((text) => this.writeNow(text));
  private problemText: string | undefined;
  private readonly problemListeners: ((message: string) => void)[] = [];

  /** The file is made on the first write: a --dry-run or a run with nothing to do leaves no empty log. */
  constructor(
    private readonly dir: string,
    now = new Date(),
  ) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    this.path = join(dir, `transcript-${stamp}-${process.pid}.log`);
    this.startedAt = now;
  }

  /** Whether the file at `path` exists (it was created, even if writing to it failed later). */
  get written(): boolean {
    return this.created;
  }

  /** Why the transcript cannot be written, in the user's language; undefined while all is well. */
  get problem(): string | undefined {
    return this.problemText;
  }

  /** `listener` hears the problem once, when it happens (at once if it already did). */
  onProblem(listener: (message: string) => void): void {
    if (this.problemText !== undefined) listener(this.problemText);
    else this.problemListeners.push(listener);
  }

  /** Text as it is, line by line made visible (the bridge applier's log). */
  write(text: string): void {
    if (text) this.add(safeLogBlock(text.endsWith('\n') ? text : `${text}\n`));
  }

  /** A block of a command's output (complete lines, see host/output.ts), written with the next batch. */
  output(block: string): void {
    this.add(safeLogBlock(block));
  }

  step(id: string): void {
    this.record(`\n== step ${visible(id)} (${new Date().toISOString()})\n`);
  }

  commandStart(argv: readonly string[]): void {
    // visible(): a newline inside a quoted word must not start a line that looks like a record.
    this.record(`$ ${visible(formatArgv(argv))}\n# start ${new Date().toISOString()}\n`);
  }

  line(text: string): void {
    this.add(`${visible(text)}\n`);
  }

  commandEnd(exitCode: number): void {
    this.record(`# end ${new Date().toISOString()} exit ${exitCode}\n`);
  }

  /** Writes what is pending now (the end of a step: whoever reads the file next finds it all). */
  flush(): void {
    this.batch.flush();
  }

  /** Writes what is pending and closes the file, with `closing` as its last line. */
  close(closing?: string): void {
    if (this.state !== 'open') return;
    if (closing) this.batch.add(closing);
    this.batch.flush();
    this.state = 'closed';
    unwatchSignals(this);
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private add(text: string): void {
    if (text && this.open()) this.batch.add(text);
  }

  /** A record goes out at once, with the output before it: a killed wizard still leaves what ran. */
  private record(text: string): void {
    if (!this.open()) return;
    this.batch.add(text);
    this.batch.flush();
  }

  private open(): boolean {
    if (this.state !== 'new') return this.state === 'open';
    try {
      privateDirectory(this.dir);
      this.fd = openSync(this.path, CREATE_FLAGS, 0o600);
      this.created = true;
      this.state = 'open';
      watchSignals(this);
      this.writeNow(`# kvm-wizard transcript, started ${this.startedAt.toISOString()}\n`);
    } catch (error) {
      this.fail(error);
    }
    return this.state === 'open';
  }

  private writeNow(text: string): void {
    if (this.fd === undefined) return;
    try {
      const bytes = Buffer.from(text);
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Told once; the run goes on (a full disk must not stop a step half-way; the screen still shows it). */
  private fail(error: unknown): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Already unusable: nothing more to lose.
      }
    }
    this.fd = undefined;
    this.state = 'failed';
    unwatchSignals(this);
    const code = (error as NodeJS.ErrnoException).code ?? '?';
    const reason = t(REASONS[code] ?? 'transcript.reason.other', { code: visible(code) });
    this.problemText = t('transcript.unwritable', { reason, path: visible(this.path) });
    for (const listener of this.problemListeners.splice(0)) listener(this.problemText);
  }
}

const REASONS: Partial<Record<string, MessageKey>> = {
  EEXIST: 'transcript.reason.exists',
  ELOOP: 'transcript.reason.exists',
  EROFS: 'transcript.reason.readOnly',
  ENOSPC: 'transcript.reason.full',
  EDQUOT: 'transcript.reason.full',
  ENOTDIR: 'transcript.reason.notDirectory',
  EACCES: 'transcript.reason.denied',
  EPERM: 'transcript.reason.denied',
  UNSAFE_DIR: 'transcript.reason.unsafeDir',
};

/**
 * The log directory, made 0700 when missing; an existing one must be a real directory of this user that
 * nobody else may write to (else someone could swap the file under the name it is about to get).
 */
function privateDirectory(dir: string): void {
  // mkdir says EEXIST for a file of that name: "a file of that name is already there" would point at the log.
  if (lstatSync(dir, { throwIfNoEntry: false })?.isFile())
    throw Object.assign(new Error(`${dir} is a file`), { code: 'ENOTDIR' });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  const uid = process.geteuid?.() ?? st.uid;
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o022) !== 0)
    throw Object.assign(new Error(`unsafe log directory ${dir}`), { code: 'UNSAFE_DIR' });
}

const openTranscripts = new Set<Transcript>();

function watchSignals(transcript: Transcript): void {
  if (!openTranscripts.size) {
    // First in line: the closing line is written before Ink or execa's clean-up end the process.
    for (const signal of SIGNALS) process.prependListener(signal, onSignal);
    process.on('exit', onExit);
  }
  openTranscripts.add(transcript);
}

function unwatchSignals(transcript: Transcript): void {
  openTranscripts.delete(transcript);
  if (openTranscripts.size) return;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener('exit', onExit);
}

function onSignal(signal: NodeJS.Signals): void {
  const closing = `# ended by ${signal} at ${new Date().toISOString()}\n`;
  // Closing the last one stops listening.
  for (const transcript of [...openTranscripts]) transcript.close(closing);
  // Nobody else listens: end as the signal would have without us. Otherwise theirs is the last word
  // (Ink's restores the terminal, then ends the process the same way).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function onExit(): void {
  for (const transcript of [...openTranscripts]) transcript.close();
}
