import type { JobControl } from './jobs.js';

/** The one seam between kvm-wizard and the machine: every probe and every command goes through a Host. */

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when the command could not be started at all (not on PATH). */
  notFound?: boolean;
  canceled?: boolean;
}

export interface RunOptions {
  /** Called with each output line (stdout and stderr interleaved) as it arrives. */
  onLine?: (line: string) => void;
  /**
   * Called with blocks of output as they arrive: one or more complete lines, each ended by its line break
   * (see host/output.ts). For commands that may print a lot: one call per read, not one per line.
   */
  onOutput?: (block: string) => void;
  /**
   * Whether the result carries stdout and stderr (default true: probes parse them). false for commands whose
   * output only streams: nothing is kept in memory however much they print, and `stdout`/`stderr` are ''.
   */
  capture?: boolean;
  signal?: AbortSignal;
  /** Text written to the command's stdin. */
  input?: string;
  timeoutMs?: number;
}

export interface Host {
  /** True for the built-in simulated host: nothing on the machine is touched. */
  readonly simulated: boolean;
  /**
   * True when a fresh simulated host stands in for a `--target` release this machine cannot see. Its plan
   * shows that release's commands, but its NIC and addresses are made up, so the bridge step is left out.
   */
  readonly standIn?: boolean;
  /**
   * Detached jobs (long steps that must outlive the SSH session), when the host runs them itself: the
   * simulation. A real host's are files and a second process (run/detach/file-jobs.ts).
   */
  readonly jobs?: JobControl;
  /** Runs argv (never a shell string) with LC_ALL=C. Never throws for a non-zero exit. */
  run(argv: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** Reads a host file; /etc, /proc, /sys and /dev paths honour KVM_WIZARD_SYSROOT. undefined when missing. */
  readFile(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
  /** Names in a directory; [] when it does not exist. */
  listDir(path: string): Promise<string[]>;
  /** Size in bytes, or undefined when missing. */
  fileSize(path: string): Promise<number | undefined>;
  /** Reads `length` bytes at `offset` (ISO signature checks). */
  readBytes(path: string, offset: number, length: number): Promise<Uint8Array | undefined>;
  isRoot(): boolean;
  /**
   * Runs argv with the user's terminal attached (stdin, stdout, stderr inherited), for a command that talks
   * to the user itself (`passwd`); resolves with its exit code. Undefined where there is no terminal to lend.
   */
  runAttached?(argv: readonly string[]): Promise<number>;
  /** Downloads an ISO to `dest`, verified against its SHA-256 (see iso/download.ts); `sha256` is what matched. */
  download(request: DownloadRequest, options?: DownloadOptions): Promise<DownloadOutcome>;
}

/** A download's end; a checksum mismatch says both hashes (the bad file is already deleted). */
export type DownloadOutcome =
  | { ok: true; sha256: string }
  | { ok: false; message: string; mismatch?: { expected: string; actual: string } };

export interface DownloadRequest {
  url: string;
  dest: string;
  sha256?: string;
  checksumUrl?: string;
}

export interface DownloadOptions {
  onProgress?: (p: { bytes: number; total?: number; rate: number; etaSeconds?: number }) => void;
  signal?: AbortSignal;
}
