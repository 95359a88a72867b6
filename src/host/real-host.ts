import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { downloadIso } from '../iso/download.js';
import { describeError } from '../iso/errors.js';
import type { DownloadOptions, DownloadRequest, Host, RunOptions, RunResult } from './host.js';

/** Paths that KVM_WIZARD_SYSROOT redirects, so tests and demos can point probes at a fixture tree. */
const SYSROOT_PREFIXES = ['/etc/', '/proc/', '/sys/', '/dev/'];

export function sysrootPath(path: string, sysroot = process.env.KVM_WIZARD_SYSROOT): string {
  if (!sysroot || !SYSROOT_PREFIXES.some((p) => path.startsWith(p))) return path;
  return join(sysroot, path);
}

/** The machine itself: commands through execa (argv, no shell, LC_ALL=C), files through the sysroot seam. */
export class RealHost implements Host {
  readonly simulated = false;

  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const [file, ...args] = argv;
    if (!file) throw new Error('empty argv');
    const child = execa(file, args, {
      reject: false,
      all: true,
      env: { LC_ALL: 'C', LANG: 'C' },
      stdin: options.input === undefined ? 'ignore' : 'pipe',
      input: options.input,
      cancelSignal: options.signal,
      forceKillAfterDelay: 3000,
      timeout: options.timeoutMs,
      stripFinalNewline: false,
      lines: false,
    });
    if (options.onLine && child.all) {
      let rest = '';
      child.all.setEncoding('utf8');
      child.all.on('data', (chunk: string) => {
        const parts = (rest + chunk).split(/\r?\n|\r/);
        rest = parts.pop() ?? '';
        for (const line of parts) options.onLine?.(line);
      });
      child.all.on('end', () => {
        if (rest) options.onLine?.(rest);
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

  async readFile(path: string): Promise<string | undefined> {
    try {
      return await readFile(sysrootPath(path), 'utf8');
    } catch {
      return undefined;
    }
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
      return { ok: false as const, message: describeError(e) };
    }
  }

  isRoot(): boolean {
    return process.getuid?.() === 0;
  }
}
