import { curlUrlArgs } from '../iso/url-credentials.js';
import type { IsoDownload } from '../plan/types.js';

/**
 * The ISO download as the exported script runs it: curl into `DEST.part` (resumable), check, then move into
 * place. The URL goes after `--url` and the file names after `--`, so none of them can be read as an option;
 * credentials in it become `-u USER` (curl asks for the password) and https stays https across redirects.
 */
export function downloadArgv(d: IsoDownload): { fetch: string[]; move: string[]; part: string } {
  const part = `${d.dest}.part`;
  const args = curlUrlArgs(d.url);
  const url = args.at(-1) ?? d.url;
  const options = args.slice(0, -1);
  return {
    part,
    fetch: ['curl', '-fL', '-C', '-', '-o', part, ...options, '--url', url],
    move: ['mv', '--', part, d.dest],
  };
}

/** What the script's `kw_sha256_is` runs for a file (its output: the sum, two spaces, the name). */
export function hashArgv(file: string): string[] {
  return ['sha256sum', '--', file];
}
