import { z } from 'zod';
import { isMessageKey, type MessageParams, t } from '../i18n/messages.js';
import type { Language } from '../i18n/select.js';
import { visible } from '../i18n/visible.js';
import { readAnswersText } from './read-file.js';
import { type Answers, answersSchema } from './schema.js';

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; errors: string[] };

/** One problem: the key path (`bridge.ipv4.gateway`) and what is wrong, in the user's language. */
export interface Issue {
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue) => {
    // Keys come from the file: an unknown one may hold anything, ESC included.
    const path = visible(issue.path.map(String).join('.'));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        // An empty key would vanish from the path: shown as "".
        path: `${path ? `${path}.` : ''}${k ? visible(k) : '""'}`,
        message: t('answers.unknownKey'),
      }));
    }
    const params = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
    return [{ path, message: isMessageKey(issue.message) ? t(issue.message, params) : issue.message }];
  });
}

/** One line per problem, naming the key: `bridge.ipv4.gateway: must be inside 192.168.1.0/24`. */
export function formatIssues(error: z.ZodError): string[] {
  return issuesOf(error).map((i) => `${i.path || t('answers.topLevel')}: ${i.message}`);
}

/** zod's own messages ("Invalid input: expected number…") in the user's language too. */
export function setValidationLanguage(language: Language): void {
  z.config(language === 'ja' ? z.locales.ja() : z.locales.en());
}

export function validateAnswers(data: unknown): AnswersResult {
  const parsed = answersSchema.safeParse(data ?? {});
  return parsed.success
    ? { ok: true, answers: parsed.data }
    : { ok: false, errors: formatIssues(parsed.error) };
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
