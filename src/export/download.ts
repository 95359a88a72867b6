import type { IsoDownload } from '../plan/types.js';

/**
 * The ISO download as the exported script runs it: curl into `DEST.part` (resumable), check, then move into
 * place. The URL goes after `--url` and the file names after `--`, so none of them can be read as an option.
 */
export function downloadArgv(d: IsoDownload): { fetch: string[]; move: string[]; part: string } {
  const part = `${d.dest}.part`;
  return {
    part,
    fetch: ['curl', '-fL', '-C', '-', '-o', part, '--url', d.url],
    move: ['mv', '--', part, d.dest],
  };
}

/** What the script's `kw_sha256_is` runs: the file comes on stdin, so no file name is ever parsed. */
export const HASH_ARGV: readonly string[] = ['sha256sum'];
