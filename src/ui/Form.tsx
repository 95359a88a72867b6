import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { displayWidth, padEndDisplay } from '../i18n/width.js';
import { Choices, SearchList } from './FormChoices.js';
import {
  cycle,
  type FieldOption,
  type FieldSpec,
  type FormCheck,
  hasErrors,
  nextActive,
  searchMatches,
} from './form-fields.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { FieldText } from './TextField.js';
import { editText, pasteNotice, type TextState } from './text-edit.js';

export type { FieldSpec, FormCheck } from './form-fields.js';

interface FormState<K extends string> {
  values: Record<K, string>;
  cursors: Record<K, number>;
  active: number;
  /** Save was tried: from then on every field's errors show, and go away as soon as it is fixed. */
  tried: boolean;
  /** Accepted or canceled: the form is done, and a second Enter on its way must not submit again. */
  closed: boolean;
  /** The searchable list of the active field, while it is open: what is typed, and the highlighted row. */
  search?: { filter: TextState; index: number };
  /** What the last paste into a field left out (its other lines, its line break), until that field is edited. */
  pasted?: { field: K; text: string };
}

/**
 * A column of fields. Enter moves to the next field; on the last one the values are checked and, when nothing
 * is wrong, `onSubmit` gets them. Every error shows at once under its own field, in the catalogue's words,
 * and is gone as soon as the field is fixed. Esc cancels. Keys come one at a time from the router, each after
 * the previous one's render: "br1⏎" typed fast, a held Backspace or a whole form pasted apply in order.
 */
export function Form<K extends string>({
  fields,
  initial,
  check,
  onSubmit,
  onCancel,
}: {
  fields: ReadonlyArray<FieldSpec<K>>;
  initial: Record<K, string>;
  check: (values: Record<K, string>) => FormCheck<K>;
  onSubmit: (values: Record<K, string>) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useKeyState<FormState<K>>(() => ({
    values: { ...initial },
    cursors: Object.fromEntries(fields.map((f) => [f.key, initial[f.key].length])) as Record<K, number>,
    active: nextActive(fields, initial, -1, 1),
    tried: false,
    closed: false,
  }));
  useKeys((input, key) => {
    if (form.closed) return;
    const field = fields[form.active];
    if (!field) return;
    if (form.search && field.search) {
      searchKey(form, field.key, field.search, input, key, (f) =>
        // A row taken moves on to the next field, as Enter on a typed field does.
        setForm(f.search || !key.return ? f : { ...f, active: nextActive(fields, f.values, f.active, 1) }),
      );
      return;
    }
    if (bound('form.cancel', input, key)) {
      setForm({ ...form, closed: true });
      onCancel();
      return 'screenEnds';
    }
    if (bound('form.previous', input, key))
      return setForm({ ...form, active: nextActive(fields, form.values, form.active, -1) });
    if (bound('form.next', input, key))
      return setForm({ ...form, active: nextActive(fields, form.values, form.active, 1) });
    const set = (value: string, cursor = value.length) =>
      setForm({
        ...form,
        values: { ...form.values, [field.key]: value },
        cursors: { ...form.cursors, [field.key]: cursor },
        pasted: undefined,
      });
    if (field.choices) {
      if (bound('form.choicePrevious', input, key))
        return set(cycle(field.choices, form.values[field.key], -1));
      if (bound('form.choiceNext', input, key)) return set(cycle(field.choices, form.values[field.key], 1));
      if (!key.return) return;
    }
    if (field.search && key.return) {
      // A value typed that is not on the list is where the search starts.
      const typed = form.values[field.key];
      const filter = field.search.some((o) => o.value === typed) ? '' : typed;
      return setForm({ ...form, search: { filter: { value: filter, cursor: filter.length }, index: 0 } });
    }
    const next = field.choices
      ? 'submit'
      : editText({ value: form.values[field.key], cursor: form.cursors[field.key] }, input, key);
    // A paste with a line break never saves nor moves on: the field takes its first line, and says so.
    const pasted = field.choices ? undefined : pasteNotice(input);
    if (pasted) {
      const edited =
        next && next !== 'submit' ? next : { value: form.values[field.key], cursor: form.cursors[field.key] };
      return setForm({
        ...form,
        values: { ...form.values, [field.key]: edited.value },
        cursors: { ...form.cursors, [field.key]: edited.cursor },
        pasted: { field: field.key, text: pasted },
      });
    }
    if (next === 'submit') {
      const after = nextActive(fields, form.values, form.active, 1);
      if (after !== form.active) return setForm({ ...form, active: after });
      const result = check({ ...form.values });
      if (hasErrors(result)) {
        // The first field with a problem takes the cursor: the user starts where the first fix is.
        const first = fields.findIndex((f) => result.errors[f.key]?.length && !f.off?.(form.values));
        return setForm({ ...form, tried: true, active: first >= 0 ? first : form.active });
      }
      setForm({ ...form, tried: true, closed: true });
      onSubmit({ ...form.values });
      return 'screenEnds';
    }
    if (next) set(next.value, next.cursor);
  });
  const { values, cursors, active } = form;
  const result = check(values);
  // Values line up after the longest label in the user's language.
  const labelWidth = Math.max(...fields.map((f) => displayWidth(t(f.label))));
  const indent = ' '.repeat(labelWidth + 3);
  return (
    <Box flexDirection="column">
      {fields.map((f, i) => {
        const off = f.off?.(values) ?? false;
        const focus = i === active && !off;
        const errors = form.tried && !off ? (result.errors[f.key] ?? []) : [];
        return (
          <Box key={f.key} flexDirection="column">
            <Box>
              <Text color={focus ? 'cyan' : undefined} dimColor={off}>
                {`${focus ? '›' : ' '} ${padEndDisplay(t(f.label), labelWidth)} `}
              </Text>
              <FieldValue field={f} value={values[f.key]} cursor={cursors[f.key]} focus={focus} off={off} />
            </Box>
            {f.choices?.find((o) => o.value === values[f.key])?.detail && (
              <Box paddingLeft={indent.length}>
                <Text dimColor>{f.choices.find((o) => o.value === values[f.key])?.detail}</Text>
              </Box>
            )}
            {focus && form.search && f.search && (
              <SearchList options={f.search} search={form.search} indent={indent} />
            )}
            {/* Under the field, indented past the labels, wrapped lines too: the message is next to its field. */}
            {errors.map((e) => (
              <Box key={e} paddingLeft={indent.length}>
                <Text color="red">{`✗ ${e}`}</Text>
              </Box>
            ))}
            {form.pasted?.field === f.key && (
              <Box paddingLeft={indent.length}>
                <Text color="yellow">{`! ${form.pasted.text}`}</Text>
              </Box>
            )}
            {!off &&
              (result.warnings?.[f.key] ?? []).map((w) => (
                <Box key={w} paddingLeft={indent.length}>
                  <Text color="yellow">{`! ${w}`}</Text>
                </Box>
              ))}
          </Box>
        );
      })}
      {form.tried && (result.general ?? []).map((e) => <Text key={e} color="red">{`✗ ${e}`}</Text>)}
    </Box>
  );
}

/** A key while a searchable list is open: typing filters, ↑/↓ move, Enter takes the row, Esc closes it. */
function searchKey<K extends string>(
  form: FormState<K>,
  key: K,
  options: readonly FieldOption[],
  input: string,
  k: Parameters<typeof editText>[2],
  setForm: (f: FormState<K>) => void,
): void {
  const search = form.search;
  if (!search) return;
  const matches = searchMatches(options, search.filter.value);
  if (bound('list.back', input, k)) setForm({ ...form, search: undefined });
  else if (bound('list.up', input, k))
    setForm({ ...form, search: { ...search, index: Math.max(0, search.index - 1) } });
  else if (bound('list.down', input, k))
    setForm({ ...form, search: { ...search, index: Math.min(matches.length - 1, search.index + 1) } });
  else if (k.return) {
    const value = matches[search.index]?.value;
    if (value === undefined) return;
    setForm({
      ...form,
      search: undefined,
      values: { ...form.values, [key]: value },
      cursors: { ...form.cursors, [key]: value.length },
    });
  } else {
    const next = editText(search.filter, input, k);
    if (next && next !== 'submit') setForm({ ...form, search: { filter: next, index: 0 } });
  }
}

function FieldValue<K extends string>({
  field,
  value,
  cursor,
  focus,
  off,
}: {
  field: FieldSpec<K>;
  value: string;
  cursor: number;
  focus: boolean;
  off: boolean;
}) {
  if (field.choices) return <Choices options={field.choices} value={value} focus={focus} off={off} />;
  if (field.search) {
    const label = field.search.find((o) => o.value === value)?.label;
    return (
      <Text>
        <FieldText state={{ value, cursor }} focus={focus} />
        {label && label !== value ? <Text dimColor>{`  ${label}`}</Text> : null}
        {focus ? <Text dimColor>{`  (${t('form.searchOpen')})`}</Text> : null}
      </Text>
    );
  }
  if (off) return <Text dimColor>{visible(value)}</Text>;
  return <FieldText state={{ value, cursor }} focus={focus} />;
}
