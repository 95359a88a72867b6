import { en } from './en.js';

export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;
export type Catalogue = Record<MessageKey, string>;

let current: Catalogue = en;

export function setCatalogue(catalogue: Catalogue): void {
  current = catalogue;
}

/** Looks up a message and fills in `{name}` parameters. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = current[key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
