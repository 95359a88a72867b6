import { Box, Text, useInput } from 'ink';
import { useReducer, useRef, useState } from 'react';
import type { Issue } from '../answers/load.js';
import { type MessageKey, t } from '../i18n/messages.js';
import { displayWidth, padEndDisplay } from '../i18n/width.js';
import { FieldText } from './TextField.js';
import { editText } from './text-edit.js';

/**
 * Problems as the form shows them: each by the label of the field it is about (`fieldOf` maps the answers
 * key path to a field), not by the answers file's key.
 */
export function labelled<K extends string>(
  issues: readonly Issue[],
  fields: ReadonlyArray<{ key: K; label: MessageKey }>,
  fieldOf: (path: string) => K | undefined,
): string[] {
  return issues.map((i) => {
    const field = fields.find((f) => f.key === fieldOf(i.path));
    return `${field ? t(field.label) : i.path}: ${i.message}`;
  });
}

/**
 * A column of text fields. Enter moves to the next field; on the last one `onSubmit` gets all values and
 * returns the errors to show (each naming its field), or nothing when it accepted them. Esc cancels.
 * Values, cursors and the active field live in a ref: keys that arrive in one read ("br1⏎" typed fast,
 * a held Backspace) apply one after the other, each on the result of the one before.
 */
export function Form<K extends string>({
  fields,
  initial,
  onSubmit,
  onCancel,
}: {
  fields: ReadonlyArray<{ key: K; label: MessageKey }>;
  initial: Record<K, string>;
  onSubmit: (values: Record<K, string>) => string[] | undefined;
  onCancel: () => void;
}) {
  const form = useRef({
    values: { ...initial },
    cursors: Object.fromEntries(fields.map((f) => [f.key, initial[f.key].length])) as Record<K, number>,
    active: 0,
    /** Accepted: the form is done, and keys still on their way (a second Enter) must not submit again. */
    closed: false,
  });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [errors, setErrors] = useState<string[]>([]);
  useInput((input, key) => {
    const f = form.current;
    const last = fields.length - 1;
    if (f.closed) return;
    if (key.escape) {
      f.closed = true;
      return onCancel();
    }
    if (key.upArrow || key.downArrow || key.tab) {
      const up = key.upArrow || (key.tab && key.shift);
      f.active = up ? Math.max(0, f.active - 1) : Math.min(last, f.active + 1);
      return redraw();
    }
    const field = fields[f.active]?.key;
    if (field === undefined) return;
    const next = editText({ value: f.values[field], cursor: f.cursors[field] }, input, key);
    if (next === 'submit') {
      if (f.active < last) {
        f.active++;
        redraw();
      } else {
        const errors = onSubmit({ ...f.values }) ?? [];
        f.closed = errors.length === 0;
        setErrors(errors);
      }
    } else if (next) {
      f.values[field] = next.value;
      f.cursors[field] = next.cursor;
      redraw();
    }
  });
  const { values, cursors, active } = form.current;
  // Values line up after the longest label in the user's language.
  const labelWidth = Math.max(...fields.map((f) => displayWidth(t(f.label))));
  return (
    <Box flexDirection="column">
      {fields.map((f, i) => (
        <Box key={f.key}>
          <Text
            color={i === active ? 'cyan' : undefined}
          >{`${i === active ? '›' : ' '} ${padEndDisplay(t(f.label), labelWidth)} `}</Text>
          <FieldText state={{ value: values[f.key], cursor: cursors[f.key] }} focus={i === active} />
        </Box>
      ))}
      {errors.map((e) => (
        <Text key={e} color="red">{`✗ ${e}`}</Text>
      ))}
    </Box>
  );
}
