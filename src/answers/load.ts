import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isMessageKey, type MessageParams, t } from '../i18n/messages.js';
import type { Language } from '../i18n/select.js';
import { type Answers, answersSchema } from './schema.js';

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; errors: string[] };

/** One problem: the key path (`bridge.ipv4.gateway`) and what is wrong, in the user's language. */
export interface Issue {
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        path: `${path ? `${path}.` : ''}${k}`,
        message: t('answers.unknownKey'),
      }));
    }
    const params = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
    return [{ path, message: isMessageKey(issue.message) ? t(issue.message, params) : issue.message }];
  });
}

/** One line per problem, naming the key: `bridge.ipv4.gateway: must be inside 192.168.1.0/24`. */
export function formatIssues(error: z.ZodError): string[] {
  return issuesOf(error).map((i) => `${i.path || '(top level)'}: ${i.message}`);
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

/** Reads an answers file (YAML, or JSON which is YAML too) and validates it before anything runs. */
export async function loadAnswers(path: string): Promise<AnswersResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`cannot read: ${(e as Error).message}`] };
  }
  let data: unknown;
  try {
    const { parseYaml } = await import('./yaml.js');
    data = parseYaml(text);
  } catch (e) {
    return { ok: false, errors: [`not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`] };
  }
  return validateAnswers(data);
}
