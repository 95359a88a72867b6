import type { BridgeStatus } from '../facts/bridge-status.js';
import type { Host } from '../host/host.js';
import { visibleOutputLine } from '../i18n/visible.js';
import type { DownloadProgress } from '../iso/progress.js';
import type { Command } from '../plan/command.js';
import { LineTail } from './tail.js';
import type { Transcript } from './transcript.js';

export interface CommandEvents {
  onCommand?: (command: Command, index: number) => void;
  /** The command ended with this exit code (--json reports each command run). */
  onCommandEnd?: (command: Command, exitCode: number) => void;
  /**
   * A command's output as it arrives, in blocks of complete lines each ended by its line break (see
   * host/output.ts), raw: whoever shows it makes it safe (visibleOutputLine).
   */
  onOutput?: (block: string) => void;
  /** One line of the bridge applier's log (the session hands it on to onOutput). */
  onLine?: (line: string) => void;
  signal?: AbortSignal;
  /**
   * Bridge progress; `confirm` keeps the new network (the UI calls it on Enter, --yes once verified), `revert`
   * undoes it now. When the status carries `reconnect`, only `kvm-wizard confirm` from a new session keeps it.
   */
  onBridgeStatus?: (status: BridgeStatus, confirm: () => void, revert: () => void) => void;
  onDownloadProgress?: (p: DownloadProgress) => void;
}

export type ExecResult =
  | { ok: true; outputs: string[] }
  | { ok: false; failed: Command; exitCode: number; tail: string[]; canceled: boolean; outputs: string[] };

/**
 * Runs commands in order, stops at the first failure; all output goes to the transcript, the last few lines
 * are kept. Only the output of commands that show it (`showOutput`) or, with `captureAll`, of every command
 * (a check whose output is judged) is kept in memory: the rest only streams, however much it prints.
 */
export async function executeCommands(
  host: Host,
  commands: readonly Command[],
  transcript: Transcript,
  events: CommandEvents = {},
  options: { captureAll?: boolean } = {},
): Promise<ExecResult> {
  const outputs: string[] = [];
  for (const [index, command] of commands.entries()) {
    events.onCommand?.(command, index);
    transcript.commandStart(command.argv);
    const tail = new LineTail(12);
    const result = await host.run(command.argv, {
      ...(events.signal ? { signal: events.signal } : {}),
      capture: Boolean(options.captureAll || command.showOutput),
      onOutput: (block) => {
        tail.pushBlock(block);
        transcript.output(block);
        events.onOutput?.(block);
      },
    });
    transcript.commandEnd(result.exitCode);
    events.onCommandEnd?.(command, result.exitCode);
    outputs.push(result.stdout);
    const okCodes = command.okExitCodes ?? [0];
    if (!okCodes.includes(result.exitCode) || result.canceled) {
      // Commands that printed nothing through onOutput (simulated ones) still show their error text.
      for (const l of result.stderr.split('\n').filter(Boolean))
        if (!tail.last().includes(visibleOutputLine(l))) tail.push(l);
      return {
        ok: false,
        failed: command,
        exitCode: result.exitCode,
        tail: tail.last(8),
        canceled: Boolean(result.canceled),
        outputs,
      };
    }
  }
  return { ok: true, outputs };
}
