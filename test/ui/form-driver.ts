import { KEY, type Rendered } from './render.js';

/** Helpers for form screens (BridgeForm, VmForm): rows, the active one, moving and typing, what is under a field. */

/** Keys (one chunk), then wait for Ink to draw again. */
export async function key(r: Rendered, k: string) {
  const before = r.frames.length;
  r.press(k);
  await r.waitForFrame(() => r.frames.length > before);
}

/** The field rows only (details, errors and warnings are indented under them). */
export const fieldLines = (frame: string) => frame.split('\n').filter((l) => /^[› ] \S/.test(l));
export const activeIndex = (frame: string) => fieldLines(frame).findIndex((l) => l.startsWith('›'));
export const activeLine = (frame: string) => fieldLines(frame)[activeIndex(frame)] ?? '';

/** Moves the cursor to field `index`. */
export async function goTo(r: Rendered, index: number) {
  while (activeIndex(r.lastFrame()) !== index)
    await key(r, activeIndex(r.lastFrame()) < index ? KEY.down : KEY.up);
}

/** Moves to text field `index`, clears it (Ctrl-U) and pastes `text`. */
export async function setField(r: Rendered, index: number, text: string) {
  await goTo(r, index);
  await key(r, '\u0015');
  if (text) await key(r, text);
}

/** The lines right under the field labelled `label`, up to the next field, trimmed. */
export function under(frame: string, label: string): string[] {
  const lines = frame.split('\n');
  const at = lines.findIndex((l) => /^[› ] /.test(l) && l.slice(2).startsWith(label));
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => /^[› ] \S/.test(l));
  return rest.slice(0, end < 0 ? undefined : end).map((l) => l.trim());
}
