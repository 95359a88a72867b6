import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, isNode, isSeq } from 'yaml';
import type { Answers } from './schema.js';

/** Values true of this host only: another host's answers file needs its own (a template parameter). */
const HOST_SPECIFIC: ReadonlyArray<readonly string[]> = [
  ['bridge', 'interface'],
  ['bridge', 'ipv4', 'address'],
  ['bridge', 'ipv4', 'gateway'],
  ['bridge', 'ipv4', 'dns'],
];
export const HOST_SPECIFIC_MARK = ' host-specific: set per host';

/** `transcript-STAMP-PID.log` → `answers-STAMP-PID.yaml`, so the two files of one run sort together. */
export function answersPathBeside(transcriptPath: string): string {
  const stamp = basename(transcriptPath)
    .replace(/^transcript-/, '')
    .replace(/\.log$/, '');
  return join(dirname(transcriptPath), `answers-${stamp}.yaml`);
}

/** A URL without its password (kept out of a file meant to be copied to other hosts); the user stays. */
function withoutPassword(url: string): { url: string; removed: boolean } {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return { url, removed: false };
    parsed.password = '';
    return { url: parsed.href, removed: true };
  } catch {
    return { url, removed: false };
  }
}

/** The answers as commented YAML: what it is, how to replay it, and which values belong to this host. */
export function answersYaml(answers: Answers, now = new Date(), simulated = false): string {
  const iso = answers.iso && 'url' in answers.iso ? answers.iso : undefined;
  const url = iso ? withoutPassword(iso.url) : undefined;
  const doc = new Document(iso && url ? { ...answers, iso: { ...iso, url: url.url } } : answers);
  doc.commentBefore = [
    ` kvm-wizard answers, saved ${now.toISOString()} after an interactive run.`,
    ...(simulated
      ? [
          ' Made on the SIMULATED host (--simulate): its addresses and card are made up. Replay it there:',
          '   kvm-wizard --yes --simulate --answers FILE',
          ' and on a real host only after checking every value (kvm-wizard --dry-run --answers FILE).',
        ]
      : [
          ' Replay on this host (changes nothing once it is set up) or on another one:',
          '   kvm-wizard --yes --answers FILE',
        ]),
    ' Check it first: kvm-wizard validate FILE. Values marked "host-specific" differ per host.',
  ].join('\n');
  if (url?.removed) {
    const node = doc.getIn(['iso', 'url'], true);
    if (isNode(node)) node.comment = ' password removed: put it back before replaying';
  }
  for (const path of HOST_SPECIFIC) {
    const node = doc.getIn(path, true);
    if (!isNode(node)) continue;
    // A list on one line (`dns: [a, b]`), so the mark sits on its line like a scalar's.
    if (isSeq(node)) node.flow = true;
    node.comment = HOST_SPECIFIC_MARK;
  }
  return doc.toString();
}

/**
 * Writes the answers beside the transcript, as safely as the transcript: a new file (O_EXCL: never an
 * existing one, never through a symlink planted at that name), readable by its owner only (it names the
 * host's addresses). Returns the path; throws the system error when it cannot.
 */
export function saveAnswers(
  answers: Answers,
  transcriptPath: string,
  now = new Date(),
  simulated = false,
): string {
  const path = answersPathBeside(transcriptPath);
  mkdirSync(dirname(path), { recursive: true, mode: 0o750 });
  const fd = openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    0o600,
  );
  try {
    writeSync(fd, answersYaml(answers, now, simulated));
  } finally {
    closeSync(fd);
  }
  return path;
}
