/**
 * Parses the checksum files distributions publish next to their ISOs, so a download can be
 * verified against the hash the project signed off, not just "the bytes arrived".
 *
 * Formats seen in the wild:
 *   GNU (sha256sum): `HASH  name` (text mode) or `HASH *name` (binary mode) — Ubuntu, Debian.
 *   BSD (sha256sum --tag): `SHA256 (name) = HASH` — CentOS Stream, Rocky, AlmaLinux, Fedora.
 * Either may be wrapped in an OpenPGP clearsigned message, and the BSD files carry
 * `# name: N bytes` comments. Only SHA-256 entries are kept: a SHA-1/SHA-512/MD5 line for the
 * same file must never be mistaken for the hash we compute.
 */
import { latestAliasPattern } from './release-alias.js';

export interface ChecksumEntry {
  file: string;
  /** Lower-case hex. */
  sha256: string;
}

const GNU_LINE = /^\\?([0-9a-fA-F]{64}) [ *](.+)$/;
const BSD_LINE = /^SHA256 \((.+)\) ?= ?([0-9a-fA-F]{64})$/;

export function parseChecksumFile(text: string): ChecksumEntry[] {
  const entries: ChecksumEntry[] = [];
  let inSignature = false;
  let inArmourHeaders = false;
  for (const rawLine of text.split('\n')) {
    let line = rawLine.replace(/\r$/, '').trim();
    if (line === '-----BEGIN PGP SIGNED MESSAGE-----') {
      // Armour headers ("Hash: SHA256") follow until the first blank line.
      inArmourHeaders = true;
      continue;
    }
    if (inArmourHeaders) {
      if (line === '') inArmourHeaders = false;
      continue;
    }
    if (line === '-----BEGIN PGP SIGNATURE-----') inSignature = true;
    if (inSignature) {
      if (line === '-----END PGP SIGNATURE-----') inSignature = false;
      continue;
    }
    // Clearsigning dash-escapes lines that start with "-" (RFC 4880 §7.1).
    if (line.startsWith('- ')) line = line.slice(2);
    if (line === '' || line.startsWith('#')) continue;
    const entry = parseGnuLine(line) ?? parseBsdLine(line);
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseGnuLine(line: string): ChecksumEntry | undefined {
  const match = GNU_LINE.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  // A leading backslash means the name has `\\` and `\n` escapes (GNU coreutils).
  const file = line.startsWith('\\') ? unescapeGnuName(match[2]) : match[2];
  return { file, sha256: match[1].toLowerCase() };
}

function parseBsdLine(line: string): ChecksumEntry | undefined {
  const match = BSD_LINE.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  return { file: match[1], sha256: match[2].toLowerCase() };
}

function unescapeGnuName(name: string): string {
  return name.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\'));
}

export type ChecksumLookup =
  | { kind: 'found'; sha256: string }
  /** Two or more different hashes for this name: which one was signed off cannot be told. */
  | { kind: 'conflict'; hashes: string[] }
  | { kind: 'unlisted' }
  /** Not one SHA-256 line in the whole file (an HTML error page, a SHA-1 file, the wrong URL). */
  | { kind: 'empty' };

/**
 * The expected SHA-256 for `fileName` (a bare file name, not a path or URL).
 *
 * Mirrors publish stable "latest" links (`Rocky-9-latest-x86_64-minimal.iso`) whose checksum
 * file names the versioned target (`Rocky-9.6-x86_64-minimal.iso`). An exact name wins; failing
 * that, a "latest" name matches a versioned one, but only when all such entries agree.
 */
export function lookupChecksum(text: string, fileName: string): ChecksumLookup {
  const entries = parseChecksumFile(text);
  if (!entries.length) return { kind: 'empty' };
  const exact = distinct(entries.filter((entry) => entry.file === fileName));
  if (exact.length > 1) return { kind: 'conflict', hashes: exact };
  if (exact[0]) return { kind: 'found', sha256: exact[0] };
  const alias = latestAliasPattern(fileName);
  const hashes = alias ? distinct(entries.filter((entry) => alias.test(entry.file))) : [];
  // Several versions behind one "latest" name is not a contradiction in the file, just no answer.
  return hashes.length === 1 && hashes[0] ? { kind: 'found', sha256: hashes[0] } : { kind: 'unlisted' };
}

/** The hash lookupChecksum() found, or undefined for every other outcome. */
export function findChecksum(text: string, fileName: string): string | undefined {
  const found = lookupChecksum(text, fileName);
  return found.kind === 'found' ? found.sha256 : undefined;
}

function distinct(entries: ChecksumEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.sha256))];
}
