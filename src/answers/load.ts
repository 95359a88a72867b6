import { z } from 'zod';
import { t } from '../i18n/messages.js';
import type { Language } from '../i18n/select.js';
import { describeIssues, type Issue } from './field-issues.js';
import { readAnswersText } from './read-file.js';
import { type Answers, answersSchema } from './schema.js';

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; errors: string[] };

export type { Issue } from './field-issues.js';

/**
 * The problems of a parse in the catalogue's words, each by its key path. With `root` (the schema parsed),
 * an unknown key's message lists the keys allowed there and a number's names its range.
 */
export function issuesOf(error: z.ZodError, root?: z.core.$ZodType): Issue[] {
  return describeIssues(error, { mode: 'file', ...(root ? { root } : {}) });
}

/** One line per problem, naming the key: `bridge.ipv4.gateway: must be inside 192.168.1.0/24`. */
export function formatIssues(error: z.ZodError, root?: z.core.$ZodType): string[] {
  return issuesOf(error, root).map((i) => `${i.path || t('answers.topLevel')}: ${i.message}`);
}

/** zod's own messages in the user's language: none should reach the user (describeIssues says every code). */
export function setValidationLanguage(language: Language): void {
  z.config(language === 'ja' ? z.locales.ja() : z.locales.en());
}

export function validateAnswers(data: unknown): AnswersResult {
  // reportInput: a message says what was found ("found text "abc""), not only what was expected.
  const parsed = answersSchema.safeParse(data ?? {}, { reportInput: true });
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, errors: formatIssues(parsed.error, answersSchema) };
}

/**
 * Reads an answers file (YAML, or JSON which is YAML too) and validates it before anything runs. Never throws:
 * every problem, from "is a FIFO" to an unknown key, is a line in `errors`.
 */
export async function loadAnswers(path: string): Promise<AnswersResult> {
  const read = await readAnswersText(path);
  if (!read.ok) return { ok: false, errors: [read.error] };
  // Loaded only when there is a file to read: most runs have none, and start-up skips yaml's 114 KB.
  const { parseAnswersYaml } = await import('./parse-yaml.js');
  const parsed = parseAnswersYaml(read.text);
  if (!parsed.ok) return parsed;
  return validateAnswers(parsed.data);
}
