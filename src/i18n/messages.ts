import { en } from './en.js';

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

/** Looks up a message and fills in `{name}` parameters. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = current[key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    // Own keys only: a template's {constructor} must not pick up Object.prototype's.
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
