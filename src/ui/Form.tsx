import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { t } from '../i18n/messages.js';
import { padEndDisplay } from '../i18n/width.js';
import { SearchList, searchListHeight } from './FormChoices.js';
import { FieldValue, valueText } from './FormValue.js';
import {
  cycle,
  type FieldOption,
  type FieldSpec,
  type FormCheck,
  hasErrors,
  nextActive,
  searchMatches,
} from './form-fields.js';
import { formColumns, formWindow, markedLines, rowsOf } from './form-layout.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
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
  columns = 80,
  rows,
}: {
  fields: ReadonlyArray<FieldSpec<K>>;
  /** The window's width: the labels take their column, values and the lines under them wrap in the rest. */
  columns?: number;
  /** The rows the form may use: when it needs more, it scrolls to keep the focused field in view. */
  rows?: number | undefined;
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
  const { labelWidth, indent, valueWidth } = formColumns(
    fields.map((f) => t(f.label)),
    columns,
  );
  // Each field's block: its row, then what is under it (a card's details, the open list, errors, warnings),
  // every line laid out here so the form can count them and fit the rows it has.
  const blocks = fields.map((f, i): Row[] => {
    const off = f.off?.(values) ?? false;
    const focus = i === active && !off;
    const errors = form.tried && !off ? (result.errors[f.key] ?? []) : [];
    const under = (mark: string, texts: readonly string[], color: string) =>
      texts.flatMap((text) =>
        markedLines(mark, text, valueWidth).map((line, n) => ({
          key: `${f.key}-${mark}-${text}-${n}`,
          height: 1,
          node: <Text color={color}>{`${' '.repeat(indent)}${line}`}</Text>,
        })),
      );
    const detail = f.choices?.find((o) => o.value === values[f.key])?.detail;
    const search = focus && form.search && f.search ? form.search : undefined;
    return [
      {
        key: f.key,
        height: rowsOf(valueText(f, values[f.key], focus, off), valueWidth),
        node: (
          <Box>
            <Box flexShrink={0} width={indent}>
              <Text color={focus ? 'cyan' : undefined} dimColor={off}>
                {`${focus ? '›' : ' '} ${padEndDisplay(t(f.label), labelWidth)} `}
              </Text>
            </Box>
            <Box width={valueWidth}>
              <FieldValue field={f} value={values[f.key]} cursor={cursors[f.key]} focus={focus} off={off} />
            </Box>
          </Box>
        ),
      },
      ...(detail
        ? wrapLines(detail, valueWidth).map((line, n) => ({
            key: `${f.key}-detail-${n}`,
            height: 1,
            node: <Text dimColor>{`${' '.repeat(indent)}${line}`}</Text>,
          }))
        : []),
      ...(search && f.search
        ? [
            {
              key: `${f.key}-search`,
              height: searchListHeight(f.search, search),
              node: (
                <SearchList
                  options={f.search}
                  search={search}
                  indent={' '.repeat(indent)}
                  columns={columns}
                />
              ),
            },
          ]
        : []),
      ...under('✗', errors, 'red'),
      ...under('!', form.pasted?.field === f.key ? [form.pasted.text] : [], 'yellow'),
      ...under('!', off ? [] : (result.warnings?.[f.key] ?? []), 'yellow'),
    ];
  });
  const general = form.tried
    ? (result.general ?? []).flatMap((e) =>
        markedLines('✗', e, columns).map((line, n) => ({
          key: `general-${e}-${n}`,
          height: 1,
          node: <Text color="red">{line}</Text>,
        })),
      )
    : [];
  const heights = [...blocks, general].map((b) => b.reduce((n, r) => n + r.height, 0));
  const window = formWindow(heights, active, rows);
  let at = 0;
  const shown = [...blocks, general].flat().filter((r) => {
    const from = at;
    at += r.height;
    return from >= window.start && at <= window.end;
  });
  return (
    <Box flexDirection="column">
      {window.above > 0 && <Text dimColor>{t('form.moreAbove', { n: window.above })}</Text>}
      {shown.map((r) => (
        <Box key={r.key}>{r.node}</Box>
      ))}
      {window.below > 0 && <Text dimColor>{t('form.moreBelow', { n: window.below })}</Text>}
    </Box>
  );
}

/** One laid-out piece of a form and the rows it takes. */
interface Row {
  key: string;
  height: number;
  node: ReactNode;
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
