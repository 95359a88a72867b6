import { en } from './en.js';
import { visible } from './visible.js';

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;
export type Catalogue = Record<MessageKey, string>;

let current: Catalogue = en;

export function setCatalogue(catalogue: Catalogue): void {
  current = catalogue;
}

/** Whether `text` is one of the catalogue's keys (the answers schema gives its messages as keys). */
export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(en, text);
}

/**
 * Looks up a message and fills in `{name}` parameters. Parameters are where text from outside comes in (a
 * profile name, a path, an error from the host): their control characters are written out (`\e`, `\n`), so
 * no message can move the cursor, recolour the terminal or start a line that looks like ours.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = current[key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    // Own keys only (a template's {constructor} must not pick up Object.prototype's), shown harmlessly.
    Object.hasOwn(params, name) ? visible(String(params[name])) : whole,
  );
}
