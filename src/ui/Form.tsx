import { Box, Text } from 'ink';
import type { Issue } from '../answers/load.js';
import { type MessageKey, t } from '../i18n/messages.js';
import { displayWidth, padEndDisplay } from '../i18n/width.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
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
 * Keys come one at a time from the router, each after the previous one's render: "br1⏎auto⏎" typed fast,
 * a held Backspace or a whole form pasted in one read apply in order.
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
  const [form, setForm] = useKeyState(() => ({
    values: { ...initial },
    cursors: Object.fromEntries(fields.map((f) => [f.key, initial[f.key].length])) as Record<K, number>,
    active: 0,
    /** Accepted or canceled: the form is done, and a second Enter on its way must not submit again. */
    closed: false,
  }));
  const [errors, setErrors] = useKeyState<string[]>([]);
  useKeys((input, key) => {
    const last = fields.length - 1;
    if (form.closed) return;
    if (bound('form.cancel', input, key)) {
      setForm({ ...form, closed: true });
      onCancel();
      return 'screenEnds';
    }
    if (bound('form.previous', input, key)) return setForm({ ...form, active: Math.max(0, form.active - 1) });
    if (bound('form.next', input, key)) return setForm({ ...form, active: Math.min(last, form.active + 1) });
    const field = fields[form.active]?.key;
    if (field === undefined) return;
    const next = editText({ value: form.values[field], cursor: form.cursors[field] }, input, key);
    if (next === 'submit') {
      if (form.active < last) return setForm({ ...form, active: form.active + 1 });
      const errors = onSubmit({ ...form.values }) ?? [];
      setErrors(errors);
      if (errors.length) return;
      setForm({ ...form, closed: true });
      return 'screenEnds';
    } else if (next) {
      setForm({
        ...form,
        values: { ...form.values, [field]: next.value },
        cursors: { ...form.cursors, [field]: next.cursor },
      });
    }
  });
  const { values, cursors, active } = form;
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
