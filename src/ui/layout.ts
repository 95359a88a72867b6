import { wrapDisplay } from '../i18n/width.js';

/**
 * Text is wrapped here, by display width (Japanese characters take two columns), rather than by Ink: the
 * screens count their lines to fit 80×24, so what is counted must be what is drawn.
 */
export function heightOf(texts: string[], width: number): number {
  return texts.reduce((n, text) => n + wrapDisplay(text, width).length, 0);
}

export { wrapDisplay as wrapLines };

/** Wraps with a hanging indent, so a long command's continuation lines do not look like new commands. */
export function hangingWrap(text: string, width: number, indent: string): string[] {
  const [first = '', ...rest] = wrapDisplay(text, width);
  if (!rest.length) return [first];
  const remainder = text.slice(first.length).trimStart();
  return [first, ...wrapDisplay(remainder, width - indent.length).map((l) => indent + l)];
}
