import { z } from 'zod';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/messages.js';

/**
 * A detached job: a step's download and commands, run by a process that outlives the wizard and its SSH
 * session (see run/detach/), told as a stream of events that any later wizard can follow or read back.
 */
export interface JobCommand {
  argv: readonly string[];
  why: MessageKey;
  whyParams?: MessageParams;
  okExitCodes?: readonly number[];
  showOutput?: boolean;
}

export interface JobSpec {
  /** Names the job's files: letters, digits, `-`, `_`, `.` only (never a path). */
  id: string;
  step: string;
  /** When the wizard started it (ms since the epoch). */
  createdAt: number;
  commands: JobCommand[];
  /** A verified download before the commands (host.ts's DownloadRequest; written out: host.ts imports this file). */
  download?: { url: string; dest: string; sha256?: string; checksumUrl?: string };
  /** The wizard's language, for the few messages the job writes (a download's failure). */
  lang?: string;
  /** Proxy settings the download and the commands must see (systemd-run starts with a clean environment). */
  env?: Record<string, string>;
}

/** Proxy settings a detached step must see: systemd-run starts it with a clean environment. */
export const PASSED_ENV = [
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'no_proxy',
  'NO_PROXY',
] as const;

export type JobEvent =
  | { e: 'started'; pid: number; startTime: string; at: number }
  | { e: 'command'; i: number; at: number }
  | { e: 'output'; text: string }
  | { e: 'end'; i: number; exitCode: number; canceled?: boolean; stdout?: string; at: number }
  | { e: 'progress'; bytes: number; total?: number; rate: number; etaSeconds?: number }
  | { e: 'download'; ok: true; sha256: string }
  | { e: 'download'; ok: false; message: string; mismatch?: { expected: string; actual: string } }
  | { e: 'done'; ok: boolean; at: number };

/** Starting, reading and stopping detached jobs: files and a second process on a real host, memory in the simulation. */
export interface JobControl {
  start(job: JobSpec): Promise<{ ok: true } | { ok: false; message: string }>;
  /** The job's events from `cursor` on (0: the first; otherwise a `next` this method returned). */
  read(id: string, cursor: number): Promise<{ events: JobEvent[]; next: number }>;
  /** Resolves when there may be more to read (at once on a stop). */
  wait(id: string, cursor: number, signal?: AbortSignal): Promise<void>;
  /** running: its process runs; starting: not yet, but it was launched a moment ago; gone: neither. */
  state(id: string): Promise<'running' | 'starting' | 'gone'>;
  /** Asks the job to stop its command (Ctrl-C in the wizard): it ends as canceled. */
  stop(id: string): Promise<void>;
  /** Jobs no wizard has shown to its end yet, oldest first. */
  unreported(): Promise<JobSpec[]>;
  markReported(id: string): Promise<void>;
}

export const JOB_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

const argv = z.array(z.string()).min(1);
const messageKey = z.custom<MessageKey>((v) => typeof v === 'string' && isMessageKey(v), 'not a message key');

/** Strict: a job file is read by a root process, so anything it does not expect is refused, not dropped. */
export const jobSchema: z.ZodType<JobSpec> = z.strictObject({
  id: z.string().regex(JOB_ID),
  step: z.string().regex(JOB_ID),
  createdAt: z.number().int().min(0).max(8.64e15),
  commands: z.array(
    z.strictObject({
      argv,
      why: messageKey,
      whyParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      okExitCodes: z.array(z.number().int()).optional(),
      showOutput: z.boolean().optional(),
    }),
  ),
  download: z
    .strictObject({
      url: z.string(),
      dest: z.string(),
      sha256: z.string().optional(),
      checksumUrl: z.string().optional(),
    })
    .optional(),
  lang: z.string().optional(),
  // Only the proxies: a job file naming PATH or LD_PRELOAD is not one the wizard wrote.
  env: z.partialRecord(z.enum(PASSED_ENV), z.string()).optional(),
});

const at = z.number();
const eventSchema: z.ZodType<JobEvent> = z.union([
  z.strictObject({ e: z.literal('started'), pid: z.number().int(), startTime: z.string(), at }),
  z.strictObject({ e: z.literal('command'), i: z.number().int().min(0), at }),
  z.strictObject({ e: z.literal('output'), text: z.string() }),
  z.strictObject({
    e: z.literal('end'),
    i: z.number().int().min(0),
    exitCode: z.number().int(),
    canceled: z.boolean().optional(),
    stdout: z.string().optional(),
    at,
  }),
  z.strictObject({
    e: z.literal('progress'),
    bytes: z.number(),
    total: z.number().optional(),
    rate: z.number(),
    etaSeconds: z.number().optional(),
  }),
  z.strictObject({ e: z.literal('download'), ok: z.literal(true), sha256: z.string() }),
  z.strictObject({
    e: z.literal('download'),
    ok: z.literal(false),
    message: z.string(),
    // A checksum mismatch: both hashes, hex only (they reach the screen whole).
    mismatch: z
      .strictObject({
        expected: z.string().regex(/^[0-9a-f]{1,128}$/i),
        actual: z.string().regex(/^[0-9a-f]{1,128}$/i),
      })
      .optional(),
  }),
  z.strictObject({ e: z.literal('done'), ok: z.boolean(), at }),
]);

/** One line of an events file; undefined for a line that is not an event (damaged, another version's). */
export function parseJobEvent(line: string): JobEvent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  const event = eventSchema.safeParse(data);
  return event.success ? event.data : undefined;
}
