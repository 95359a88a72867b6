import {
  CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  type ParsedNode,
  parseDocument,
} from 'yaml';
import { type MessageKey, t } from '../i18n/messages.js';

/**
 * Answers are plain data: mappings, lists, strings, numbers, booleans, null. YAML can say much more: tags that
 * make other types (`!!omap` a Map, `!!binary` bytes, `!!set`, `!!timestamp`, `!foo`), merge keys, aliases
 * that multiply (the "billion laughs"), duplicate keys where the last silently wins. Each is refused with a
 * named error before the schema sees the data, so nothing but plain data ever reaches it.
 */

export type DataResult = { ok: true; data: unknown } | { ok: false; errors: string[] };

/** Tokens the lexer may give: a full answers file is a few hundred; the parser's time and memory grow with them. */
const MAX_TOKENS = 5_000;
/**
 * Nesting (flow brackets + block indicators on a line + columns of indentation, an upper bound of the real
 * depth): the parser recurses once per level, and a stack overflow near a RegExp can abort Node outright.
 * Answers nest 4 deep; a generous margin, far below the ~1,000 levels the parser survives.
 */
const MAX_DEPTH = 100;
/** Values in the data once aliases are expanded. */
const MAX_VALUES = 10_000;
/** Explicit tags that only say what the value already is (`!!str 12` is the string "12"). */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((n) => `tag:yaml.org,2002:${n}`),
);

const fail = (error: string): DataResult => ({ ok: false, errors: [error] });
/** `tag:yaml.org,2002:omap` as it was written: `!!omap`. */
const shownTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
const firstLine = (message: string) => message.split('\n')[0] ?? '';

/** Parses YAML (JSON is YAML too) into plain data, or says the first thing that keeps it from being that. */
export function parseAnswersYaml(text: string): DataResult {
  const shape = checkShape(text);
  if (shape) return fail(shape);
  const doc = parseDocument(text, {
    schema: 'core',
    // Without this the core schema still builds Map, Set, Uint8Array and Date for !!omap, !!set, !!binary…
    resolveKnownTags: false,
    customTags: [],
    merge: false,
    // Checked below, where the key's path can be named.
    uniqueKeys: false,
    stringKeys: true,
    intAsBigInt: false,
    version: '1.2',
    // 'error', not 'silent': 'silent' also drops the MULTIPLE_DOCS error (a second document was ignored).
    logLevel: 'error',
  });
  const error = doc.errors[0];
  if (error?.code === 'NON_STRING_KEY')
    return fail(t('answers.yaml.keyNotString', { line: error.linePos?.[0].line ?? '?' }));
  if (error) return fail(t('answers.notYaml', { reason: firstLine(error.message) }));
  const problem = checkNodes(doc);
  if (problem) return fail(problem);
  const warning = doc.warnings[0];
  if (warning) return fail(t('answers.notYaml', { reason: firstLine(warning.message) }));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml's guard against exponential expansion ("Excessive alias count…"); anything else said as it is.
    const message = (e as Error).message;
    return fail(
      /alias/i.test(message)
        ? t('answers.yaml.aliasBomb')
        : t('answers.notYaml', { reason: firstLine(message) }),
    );
  }
  const notPlain = plainDataProblem(data);
  return notPlain ? fail(t(notPlain, { max: MAX_VALUES })) : { ok: true, data };
}

/** Too many tokens or too deep, measured by the lexer alone (fast, and it does not recurse). */
function checkShape(text: string): string | undefined {
  let tokens = 0;
  let line = 1;
  let flow = 0;
  let indicators = 0;
  let indent = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    if (++tokens > MAX_TOKENS) return t('answers.yaml.tooComplex', { max: MAX_TOKENS });
    const type = CST.tokenType(token);
    if (type === 'newline') {
      line += 1;
      indicators = 0;
      indent = 0;
      lineStart = true;
      continue;
    }
    if (type === 'space' && lineStart) indent = token.length;
    lineStart = false;
    // A quoted or block scalar is one token across lines: keep the line number right for the message.
    if (token.length > 1) line += token.split('\n').length - 1;
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow += 1;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind')
      indicators += 1;
    if (flow + indicators + indent > MAX_DEPTH) return t('answers.yaml.tooDeep', { line, max: MAX_DEPTH });
  }
  return undefined;
}

/** The first explicit tag that is not a core type, or the first duplicate key, with its key path. */
function checkNodes(doc: Document.Parsed): string | undefined {
  const walk = (node: ParsedNode | null, path: string[]): string | undefined => {
    if (!node || isAlias(node)) return undefined; // an alias's target is checked where it is defined
    const where = path.join('.') || t('answers.topLevel');
    if (node.tag && !CORE_TAGS.has(node.tag))
      return t('answers.yaml.tag', { where, tag: shownTag(node.tag) });
    if (isScalar(node)) return undefined;
    if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const problem = walk(item as ParsedNode, [...path, String(i)]);
        if (problem) return problem;
      }
      return undefined;
    }
    if (!isMap(node)) return undefined;
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as ParsedNode | null;
      const problem =
        key?.tag && !CORE_TAGS.has(key.tag)
          ? t('answers.yaml.tag', { where, tag: shownTag(key.tag) })
          : undefined;
      if (problem) return problem;
      const name = isScalar(key) ? String(key.value) : '';
      if (seen.has(name)) return t('answers.yaml.duplicateKey', { key: [...path, name].join('.') });
      seen.add(name);
      const inner = walk(pair.value as ParsedNode | null, [...path, name]);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(doc.contents, []);
}

/**
 * Anything but plain objects, arrays, strings, numbers, booleans and null (a safety net behind the options
 * above), or more than MAX_VALUES values once aliases are expanded (walked without recursion).
 */
function plainDataProblem(data: unknown): MessageKey | undefined {
  let values = 0;
  const pending: unknown[] = [data];
  while (pending.length) {
    const value = pending.pop();
    if (++values > MAX_VALUES) return 'answers.yaml.tooManyValues';
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) continue;
    if (Array.isArray(value)) pending.push(...value);
    else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      pending.push(...Object.values(value));
    else return 'answers.yaml.notPlain';
  }
  return undefined;
}
