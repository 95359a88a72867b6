import { displayWidth } from '../i18n/width.js';
import { wrapLines } from './layout.js';

/** The narrowest column a field's value gets, however long the labels are. */
const MIN_VALUE_WIDTH = 12;

/**
 * Where a form's values start: after the focus marker, the longest label in the user's language and a space.
 * Every kind of field (typed, choice, list) starts its value there, and the lines under a field too.
 */
export function formColumns(labels: readonly string[], columns: number) {
  const labelWidth = Math.max(...labels.map((l) => displayWidth(l)));
  const indent = Math.min(labelWidth + 3, Math.max(0, columns - MIN_VALUE_WIDTH));
  return { labelWidth: indent - 3, indent, valueWidth: Math.max(1, columns - indent) };
}

/**
 * A message under a field ("✗ …", "! …") wrapped to the value column: its continuation lines start under
 * the text, not under the mark, so they neither look like a new message nor start with a stray space.
 */
export function markedLines(mark: string, text: string, width: number): string[] {
  const lead = `${mark} `;
  const pad = ' '.repeat(displayWidth(lead));
  return wrapLines(text, Math.max(1, width - pad.length)).map((l, i) => (i ? pad : lead) + l);
}

/** Rows a value takes when Ink wraps it in a box `width` wide (word by word, like wrapLines). */
export const rowsOf = (text: string, width: number) => Math.max(1, wrapLines(text, width).length);

/**
 * Which rows of a form taller than `rows` are shown: the focused field's block whole (its errors and open list
 * too), as many of the fields above it as fit, and one row each to say that more is above or below.
 */
export function formWindow(
  heights: readonly number[],
  focus: number,
  rows: number | undefined,
): { start: number; end: number; above: number; below: number } {
  const total = heights.reduce((a, b) => a + b, 0);
  if (rows === undefined || total <= rows) return { start: 0, end: total, above: 0, below: 0 };
  const window = Math.max(1, rows - 2);
  const focusStart = heights.slice(0, focus).reduce((a, b) => a + b, 0);
  const focusEnd = focusStart + (heights[focus] ?? 0);
  // The focused block ends at the window's bottom edge at the latest; when it is taller than the window, its
  // first row (the field itself) is at the top.
  const start = Math.min(focusStart, Math.max(0, focusEnd - window), total - window);
  const end = Math.min(total, start + window);
  return { start, end, above: start, below: total - end };
}
