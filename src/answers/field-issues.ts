import type { z } from 'zod';
import { isMessageKey, type MessageParams, t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { schemaFacts } from './schema-at.js';

/** One problem: the key path (`bridge.ipv4.gateway`) and what is wrong, in the user's language. */
export interface Issue {
  path: string;
  message: string;
}

/**
 * Where the words go. A form shows each under its field, where the value typed is in sight: short ("at most
 * 600"). A file's line must say what was found too, since YAML may have read `"2048"` as text or `yes` as a
 * word: "must be a whole number from 256 to 16777216, without quotes (found text "abc")".
 */
export interface IssueWords {
  mode: 'form' | 'file';
  /** The schema parsed, so a message can name the keys a mapping takes and a number's range. */
  root?: z.core.$ZodType;
}

/**
 * Every zod issue in the catalogue's words, one per key: zod's own text ("Too big: expected number to be
 * <=65536", "無効な入力: 数値が期待されましたが…") never reaches the user. A value can break two of zod's
 * checks at once (1e20 is over the field's maximum and over the safe-integer range): the field's own bound
 * is the one said.
 */
export function describeIssues(error: z.ZodError, words: IssueWords): Issue[] {
  const kept = new Map<string, { issue: z.core.$ZodIssue; path: PropertyKey[] }>();
  for (const { issue, path } of flatten(error.issues)) {
    const key = path.map(String).join('\u0000');
    const earlier = kept.get(key);
    if (!earlier || tighter(issue, earlier.issue)) kept.set(key, { issue, path });
  }
  return [...kept.values()].map(({ issue, path }) => ({
    // Keys come from the file: an unknown one may hold anything, ESC included; an empty one is shown as "".
    path: path.map((p) => (p === '' ? '""' : visible(String(p)))).join('.'),
    message: messageOf(issue, path, words),
  }));
}

/** The short words of a form (see IssueWords). */
export function fieldIssues(error: z.ZodError): Issue[] {
  return describeIssues(error, { mode: 'form' });
}

/** An unknown key is a problem of its own, at its own path. */
type Located = { issue: z.core.$ZodIssue; path: PropertyKey[] };
function flatten(issues: readonly z.core.$ZodIssue[]): Located[] {
  return issues.flatMap((issue): Located[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => ({ issue, path: [...issue.path, k] }));
    return [{ issue, path: [...issue.path] }];
  });
}

/** A tighter bound of the same kind than the one kept: the field's own maximum beats the safe-integer range. */
function tighter(issue: z.core.$ZodIssue, kept: z.core.$ZodIssue): boolean {
  if (issue.code === 'too_big' && kept.code === 'too_big')
    return Number(issue.maximum) < Number(kept.maximum);
  if (issue.code === 'too_small' && kept.code === 'too_small')
    return Number(issue.minimum) > Number(kept.minimum);
  return false;
}

function messageOf(issue: z.core.$ZodIssue, path: PropertyKey[], words: IssueWords): string {
  const file = words.mode === 'file';
  // What the file held, when the parse reported it (reportInput): "found text "abc"".
  const found = (text: string) =>
    file && 'input' in issue ? `${text} (${t('answers.found', { what: foundWhat(issue.input) })})` : text;
  if (isMessageKey(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params as MessageParams | undefined) : undefined;
    return t(issue.message, params);
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (file && 'input' in issue && issue.input === undefined) return t('answers.issue.missing');
      return found(expectedText(issue.expected, schemaFacts(words.root, path), file));
    }
    case 'too_big':
      return found(boundText('max', issue.origin, Number(issue.maximum), issue.inclusive !== false, file));
    case 'too_small':
      return found(boundText('min', issue.origin, Number(issue.minimum), issue.inclusive !== false, file));
    case 'invalid_value': {
      if (file && 'input' in issue && issue.input === undefined)
        return t('answers.issue.missingOneOf', { values: issue.values.map(String).join(', ') });
      const values = issue.values.map(String).join(', ');
      return found(t(file ? 'answers.issue.oneOf' : 'form.oneOf', { values }));
    }
    case 'unrecognized_keys': {
      const keys = schemaFacts(words.root, issue.path).keys;
      return keys ? t('answers.issue.unknownKeyAllowed', { keys: keys.join(', ') }) : t('answers.unknownKey');
    }
    case 'invalid_format':
      return found(t('answers.issue.format', { format: issue.format }));
    case 'not_multiple_of':
      return found(t('answers.issue.multipleOf', { divisor: issue.divisor }));
    case 'invalid_union':
      return found(t('answers.issue.union'));
    case 'invalid_key':
    case 'invalid_element':
      return t('answers.issue.badItem');
    default:
      return found(t('form.invalid'));
  }
}

/** What the key takes, for a value of the wrong type. */
function expectedText(expected: string, facts: ReturnType<typeof schemaFacts>, file: boolean): string {
  switch (expected) {
    case 'number':
    case 'int': {
      if (!file) return t('form.wholeNumber');
      const whole = expected === 'int' || facts.int;
      if (facts.min !== undefined && facts.max !== undefined)
        return t(whole ? 'answers.issue.wholeNumberRange' : 'answers.issue.numberRange', {
          min: facts.min,
          max: facts.max,
        });
      return t(whole ? 'answers.issue.wholeNumber' : 'answers.issue.number');
    }
    case 'boolean':
      return t('answers.issue.boolean');
    case 'string':
      return t('answers.issue.text');
    case 'array':
      return t('answers.issue.list');
    case 'object':
      return t('answers.issue.mapping');
    default:
      return t('form.invalid');
  }
}

function boundText(
  side: 'min' | 'max',
  origin: string,
  bound: number,
  inclusive: boolean,
  file: boolean,
): string {
  const params: MessageParams = side === 'max' ? { max: bound } : { min: bound };
  if (origin === 'array' || origin === 'set')
    return t(side === 'max' ? 'answers.issue.atMostItems' : 'answers.issue.atLeastItems', params);
  if (origin === 'string')
    return t(side === 'max' ? 'answers.issue.atMostChars' : 'answers.issue.atLeastChars', params);
  if (!inclusive) return t(side === 'max' ? 'answers.issue.below' : 'answers.issue.above', params);
  if (!file) return t(side === 'max' ? 'form.atMost' : 'form.atLeast', params);
  return t(side === 'max' ? 'answers.issue.atMost' : 'answers.issue.atLeast', params);
}

/** The value found, said by its kind: a short scalar with its value (control characters written out). */
function foundWhat(input: unknown): string {
  if (input === null || input === undefined) return t('answers.found.nothing');
  if (Array.isArray(input)) return t('answers.found.list');
  switch (typeof input) {
    case 'string': {
      const chars = [...input];
      const shown = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : input;
      return input === '' ? t('answers.found.emptyText') : t('answers.found.text', { value: shown });
    }
    case 'number':
      return Number.isFinite(input)
        ? t('answers.found.number', { value: String(input) })
        : t('answers.found.notFinite', { value: Number.isNaN(input) ? '.nan' : '.inf' });
    case 'boolean':
      return String(input);
    case 'object':
      return t('answers.found.mapping');
    default:
      return t('answers.found.other');
  }
}

/** A whole number as typed ("2048", " 4 "); NaN for anything else ("", "2k", "1.5"), which the schema refuses. */
export function wholeNumber(text: string): number {
  return /^\s*\d{1,15}\s*$/.test(text) ? Number(text) : Number.NaN;
}
