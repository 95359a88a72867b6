import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { formatArgv } from '../plan/command.js';

/** Where logs go: /var/log/kvm-wizard as root on a real host, the user's state directory otherwise. */
export function logDirectory(isRoot: boolean, simulated: boolean): string {
  if (process.env.KVM_WIZARD_LOG_DIR) return process.env.KVM_WIZARD_LOG_DIR;
  if (isRoot && !simulated) return '/var/log/kvm-wizard';
  const state = process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'kvm-wizard');
}

/**
 * The transcript of a run (like archinstall's cmd_history/cmd_output): every command's argv, start and end
 * time, exit code and full output. Written synchronously so that a killed wizard still leaves its log.
 */
export class Transcript {
  readonly path: string;
  private header?: string;

  /** The file is made on the first write: a --dry-run or a run with nothing to do leaves no empty log. */
  constructor(
    private readonly dir: string,
    now = new Date(),
  ) {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
    this.path = join(dir, `transcript-${stamp}-${process.pid}.log`);
    this.header = `# kvm-wizard transcript, started ${now.toISOString()}\n`;
  }

  /** Whether anything was written, i.e. whether the file at `path` exists. */
  get written(): boolean {
    return this.header === undefined;
  }

  write(text: string): void {
    try {
      if (this.header !== undefined) {
        mkdirSync(this.dir, { recursive: true, mode: 0o750 });
        appendFileSync(this.path, this.header, { mode: 0o640 });
        this.header = undefined;
      }
      appendFileSync(this.path, text, { mode: 0o640 });
    } catch {
      // A full disk must not stop the wizard half-way through a step; the screen still shows the output.
    }
  }

  step(id: string): void {
    this.write(`\n== step ${id} (${new Date().toISOString()})\n`);
  }

  commandStart(argv: readonly string[]): void {
    this.write(`$ ${formatArgv(argv)}\n# start ${new Date().toISOString()}\n`);
  }

  line(text: string): void {
    this.write(`${text}\n`);
  }

  commandEnd(exitCode: number): void {
    this.write(`# end ${new Date().toISOString()} exit ${exitCode}\n`);
  }
}
