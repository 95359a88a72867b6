import type { Host } from '../host/host.js';
import type { DownloadProgress } from '../iso/progress.js';
import type { Command } from '../plan/command.js';
import type { BridgeStatus } from './bridge/status.js';
import { LineTail } from './tail.js';
import type { Transcript } from './transcript.js';

export interface CommandEvents {
  onCommand?: (command: Command, index: number) => void;
  /** The command ended with this exit code (--json reports each command run). */
  onCommandEnd?: (command: Command, exitCode: number) => void;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
  /** Bridge progress; `confirm` keeps the new network (the UI calls it on Enter, --yes once verified). */
  onBridgeStatus?: (status: BridgeStatus, confirm: () => void) => void;
  onDownloadProgress?: (p: DownloadProgress) => void;
}

export type ExecResult =
  | { ok: true; outputs: string[] }
  | { ok: false; failed: Command; exitCode: number; tail: string[]; canceled: boolean; outputs: string[] };

/** Runs commands in order, stops at the first failure; every line goes to the transcript, the last few are kept. */
export async function executeCommands(
  host: Host,
  commands: readonly Command[],
  transcript: Transcript,
  events: CommandEvents = {},
): Promise<ExecResult> {
  const outputs: string[] = [];
  for (const [index, command] of commands.entries()) {
    events.onCommand?.(command, index);
    transcript.commandStart(command.argv);
    const tail = new LineTail(12);
    const result = await host.run(command.argv, {
      ...(events.signal ? { signal: events.signal } : {}),
      onLine: (line) => {
        tail.push(line);
        transcript.line(line);
        events.onLine?.(line);
      },
    });
    transcript.commandEnd(result.exitCode);
    events.onCommandEnd?.(command, result.exitCode);
    outputs.push(result.stdout);
    const okCodes = command.okExitCodes ?? [0];
    if (!okCodes.includes(result.exitCode) || result.canceled) {
      // Commands that printed nothing through onLine (simulated ones) still show their error text.
      for (const l of result.stderr.split('\n').filter(Boolean)) if (!tail.last().includes(l)) tail.push(l);
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
