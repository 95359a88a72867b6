import type { Host, RunResult } from './host.js';

/**
 * The host behind `--facts FILE`: there is none. The plan comes from the captured facts, so anything that
 * tries to look at or change a machine is a bug, and says so instead of quietly probing this one.
 */
export class NoHost implements Host {
  readonly simulated = false;

  private refuse(what: string): never {
    throw new Error(`a plan from a facts file touches no host, but something asked to ${what}`);
  }

  run(argv: readonly string[]): Promise<RunResult> {
    return this.refuse(`run ${argv[0] ?? '?'}`);
  }
  readFile(path: string): Promise<string | undefined> {
    return this.refuse(`read ${path}`);
  }
  exists(path: string): Promise<boolean> {
    return this.refuse(`look for ${path}`);
  }
  listDir(path: string): Promise<string[]> {
    return this.refuse(`list ${path}`);
  }
  fileSize(path: string): Promise<number | undefined> {
    return this.refuse(`measure ${path}`);
  }
  readBytes(path: string): Promise<Uint8Array | undefined> {
    return this.refuse(`read ${path}`);
  }
  /** Only where the (never written) transcript would go: not root, so never /var/log. */
  isRoot(): boolean {
    return false;
  }
  download(): Promise<{ ok: true; sha256: string } | { ok: false; message: string }> {
    return this.refuse('download');
  }
}
