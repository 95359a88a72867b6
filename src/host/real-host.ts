import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { downloadIso } from '../iso/download.js';
import { describeError, IsoDownloadError } from '../iso/errors.js';
import type { DownloadOptions, DownloadRequest, Host, RunOptions, RunResult } from './host.js';
import { deliverOutput, LineBlocks } from './output.js';
import { readLocalFile } from './read-local-file.js';
import { runAttached } from './run-attached.js';

const READ_LIMIT_BYTES = 8 * 1024 * 1024;

/** Paths that KVM_WIZARD_SYSROOT redirects, so tests and demos can point probes at a fixture tree. */
const SYSROOT_PREFIXES = ['/etc/', '/proc/', '/sys/', '/dev/'];

export function sysrootPath(path: string, sysroot = process.env.KVM_WIZARD_SYSROOT): string {
  if (!sysroot || !SYSROOT_PREFIXES.some((p) => path.startsWith(p))) return path;
  return join(sysroot, path);
}

/**
 * What the wizard keeps of a probe's output at most (execa's default): a probe prints kilobytes. Commands
 * that only stream (`capture: false`) are never held in memory, however much they print.
 */
const PROBE_MAX_BUFFER = 100_000_000;

/** The machine itself: commands through execa (argv, no shell, LC_ALL=C), files through the sysroot seam. */
export class RealHost implements Host {
  readonly simulated = false;
  private readonly maxBuffer: number;

  /** `maxBuffer` is for tests: proof that a streamed command's output is not kept. */
  constructor(options: { maxBuffer?: number } = {}) {
    this.maxBuffer = options.maxBuffer ?? PROBE_MAX_BUFFER;
  }

  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const [file, ...args] = argv;
    if (!file) throw new Error('empty argv');
    const capture = options.capture ?? true;
    // Loaded on the first command, not at start: --dry-run, export and --simulate never need it (~10 ms).
    const { execa } = await import('execa');
    const child = execa(file, args, {
      reject: false,
      // Without a buffer execa keeps nothing: the output reaches onOutput/onLine and is gone.
      buffer: capture,
      maxBuffer: this.maxBuffer,
      env: { LC_ALL: 'C', LANG: 'C' },
      stdin: options.input === undefined ? 'ignore' : 'pipe',
      input: options.input,
      cancelSignal: options.signal,
      forceKillAfterDelay: 3000,
      timeout: options.timeoutMs,
      stripFinalNewline: false,
      lines: false,
    });
    // stdout and stderr each have their own partial line; a block goes out as soon as a read ends a line.
    const streaming = Boolean(options.onOutput || options.onLine);
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      if (!streaming) {
        // Nobody listens and nothing is kept: still read it, or a chatty command blocks on a full pipe.
        if (!capture) stream.resume();
        continue;
      }
      const blocks = new LineBlocks((block) => deliverOutput(options, block));
      // A decoder of our own (not setEncoding): execa reads the same stream when it buffers.
      const decoder = new StringDecoder('utf8');
      stream.on('data', (chunk: Buffer | string) => {
        blocks.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
        // One read per turn of the event loop (libuv would read up to 32 at once): keys and redraws get
        // their turn between reads, however fast the command prints. Only when execa does not read it too.
        if (!capture) {
          stream.pause();
          setImmediate(() => stream.resume());
        }
      });
      stream.on('end', () => {
        blocks.push(decoder.end());
        blocks.end();
      });
    }
    const r = await child;
    const notFound = (r.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    return {
      exitCode: r.exitCode ?? (notFound ? 127 : 1),
      stdout: String(r.stdout ?? ''),
      stderr: String(r.stderr ?? '') || (notFound ? `${file}: command not found` : ''),
      ...(notFound ? { notFound } : {}),
      ...(r.isCanceled ? { canceled: true } : {}),
    };
  }

  /**
   * A regular file only, at most 8 MiB: a FIFO, a device or a huge file where a state file or a keyfile is
   * expected (a damaged or planted /var/lib/kvm-wizard) must not hang the wizard or fill its memory.
   */
  async readFile(path: string): Promise<string | undefined> {
    const r = await readLocalFile(sysrootPath(path), READ_LIMIT_BYTES, { lossy: true });
    return r.ok ? r.text : undefined;
  }

  async exists(path: string): Promise<boolean> {
    try {
      await stat(sysrootPath(path));
      return true;
    } catch {
      return false;
    }
  }

  async listDir(path: string): Promise<string[]> {
    try {
      return await readdir(sysrootPath(path));
    } catch {
      return [];
    }
  }

  async fileSize(path: string): Promise<number | undefined> {
    try {
      return (await stat(sysrootPath(path))).size;
    } catch {
      return undefined;
    }
  }

  async readBytes(path: string, offset: number, length: number): Promise<Uint8Array | undefined> {
    try {
      const fh = await open(sysrootPath(path), 'r');
      try {
        const buf = Buffer.alloc(length);
        const { bytesRead } = await fh.read(buf, 0, length, offset);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    } catch {
      return undefined;
    }
  }

  async download(request: DownloadRequest, options: DownloadOptions = {}) {
    try {
      const { sha256 } = await downloadIso({
        url: request.url,
        dest: request.dest,
        ...(request.sha256 ? { expectedSha256: request.sha256 } : {}),
        ...(request.checksumUrl ? { checksumUrl: request.checksumUrl } : {}),
        ...options,
      });
      return { ok: true as const, sha256 };
    } catch (e) {
      const mismatch =
        e instanceof IsoDownloadError && e.code === 'checksum-mismatch'
          ? { expected: String(e.params.expected), actual: String(e.params.actual) }
          : undefined;
      return { ok: false as const, message: describeError(e), ...(mismatch ? { mismatch } : {}) };
    }
  }

  isRoot(): boolean {
    return process.getuid?.() === 0;
  }

  runAttached(argv: readonly string[]): Promise<number> {
    return runAttached(argv);
  }
}
