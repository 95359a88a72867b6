import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { type Answers, answersSchema } from './schema.js';

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; errors: string[] };

/** One line per problem, naming the key: `bridge.ipv4.gateway: must be inside 192.168.1.0/24`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => `${path ? `${path}.` : ''}${k}: unknown key`);
    }
    return [`${path || '(top level)'}: ${issue.message}`];
  });
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
    data = parseYaml(text);
  } catch (e) {
    return { ok: false, errors: [`not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`] };
  }
  return validateAnswers(data);
}
