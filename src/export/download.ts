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
    // -g: the URL is fetched as written; curl would expand {a,b} and [1-9] in it to several URLs.
    fetch: ['curl', '-fL', '-g', '-C', '-', '-o', part, ...options, '--url', url],
    move: ['mv', '--', part, d.dest],
  };
}

/** What the script's `kw_sha256_is` runs for a file (its output: the sum, two spaces, the name). */
export function hashArgv(file: string): string[] {
  return ['sha256sum', '--', file];
}

/**
 * The curl arguments that fetch a checksum file (at most 1 MiB, as the wizard reads it), for the script's
 * `kw_listed_sha256`; credentials as in downloadArgv.
 */
export function checksumFetchArgs(checksumUrl: string): string[] {
  // (Not a URL at all: passed as written, one quoted word; curl refuses it and the script stops.)
  const args = URL.canParse(checksumUrl) ? curlUrlArgs(checksumUrl) : [checksumUrl];
  return ['-g', '--max-filesize', '1048576', ...args.slice(0, -1), '--url', args.at(-1) ?? checksumUrl];
}

/** The command kw_listed_sha256 runs to fetch a checksum file (curl -fsSL and checksumFetchArgs). */
export function checksumFetchArgv(checksumUrl: string): string[] {
  return ['curl', '-fsSL', ...checksumFetchArgs(checksumUrl)];
}
