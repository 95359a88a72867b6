import type { z } from 'zod';
import { isMessageKey, type MessageParams, t } from '../i18n/messages.js';
import type { Issue } from './load.js';

/**
 * Problems for a form, each by the key path of its field and in the catalogue's words. The schema's own rules
 * already speak in catalogue keys; zod's built-in checks (a number's range, an enum, a type) would say it in
 * zod's words ("Too big: expected number to be <=65536"): those become the form's short messages.
 */
export function fieldIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: messageOf(issue) }));
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
    return t(issue.message, params);
  }
  switch (issue.code) {
    case 'too_big':
      return t('form.atMost', { max: Number(issue.maximum) });
    case 'too_small':
      return t('form.atLeast', { min: Number(issue.minimum) });
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? t('form.wholeNumber')
        : t('form.invalid');
    case 'invalid_value':
      return t('form.oneOf', { values: issue.values.map(String).join(', ') });
    default:
      return t('form.invalid');
  }
}

/** A whole number as typed ("2048", " 4 "); NaN for anything else ("", "2k", "1.5"), which the schema refuses. */
export function wholeNumber(text: string): number {
  return /^\s*\d{1,15}\s*$/.test(text) ? Number(text) : Number.NaN;
}
