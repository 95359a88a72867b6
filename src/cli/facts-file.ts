import { issuesOf } from '../answers/load.js';
import { FACTS_FORMAT, FACTS_VERSION, factsSchema } from '../facts/schema.js';
import type { Facts } from '../facts/types.js';
import { readLocalFile } from '../host/read-local-file.js';
import { t } from '../i18n/messages.js';
import { shown } from './arg-rules.js';

/** Far above any real host's facts (tens of kB), far below what would hurt to parse. */
export const FACTS_FILE_LIMIT = 4 * 1024 * 1024;

export type FactsFileResult = { ok: true; facts: Facts } | { ok: false; errors: string[] };

/** Reads a `kvm-wizard facts --json` document and checks it whole before anything plans from it. */
export async function loadFactsFile(path: string): Promise<FactsFileResult> {
  const read = await readLocalFile(path, FACTS_FILE_LIMIT);
  if (!read.ok) {
    const p = read.problem;
    if (p.kind === 'unreadable') return { ok: false, errors: [t('file.unreadable', { reason: p.message })] };
    if (p.kind === 'tooLarge') return { ok: false, errors: [t('file.tooLarge', { limit: p.limitBytes })] };
    return { ok: false, errors: [t(p.kind === 'notFile' ? 'file.notRegular' : 'file.notUtf8')] };
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (e) {
    return { ok: false, errors: [t('facts.notJson', { reason: (e as Error).message })] };
  }
  return parseFactsDocument(data);
}

/** `{"format": "kvm-wizard-facts", "version": 1, "facts": {…}}` → Facts, or what is wrong, by key path. */
export function parseFactsDocument(data: unknown): FactsFileResult {
  const doc = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (doc.format !== FACTS_FORMAT)
    return { ok: false, errors: [t('facts.notDocument', { format: FACTS_FORMAT, version: FACTS_VERSION })] };
  if (doc.version !== FACTS_VERSION) {
    const version =
      typeof doc.version === 'number' ? String(doc.version) : shown(JSON.stringify(doc.version) ?? '');
    return { ok: false, errors: [t('facts.unknownVersion', { version, supported: FACTS_VERSION })] };
  }
  const extra = Object.keys(doc).filter((k) => !['format', 'version', 'facts'].includes(k));
  if (extra.length) return { ok: false, errors: extra.map((k) => `${shown(k)}: ${t('answers.unknownKey')}`) };
  const parsed = factsSchema.safeParse(doc.facts);
  if (parsed.success) return { ok: true, facts: parsed.data };
  const lines = issuesOf(parsed.error).map((i) => `facts${i.path ? `.${i.path}` : ''}: ${i.message}`);
  return { ok: false, errors: capped(lines) };
}

const SHOWN_ISSUES = 20;

/** A file of garbage has thousands of problems: the first ones say enough. */
function capped(lines: string[]): string[] {
  if (lines.length <= SHOWN_ISSUES) return lines;
  return [...lines.slice(0, SHOWN_ISSUES), t('facts.moreIssues', { count: lines.length - SHOWN_ISSUES })];
}
