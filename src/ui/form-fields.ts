import type { MessageKey } from '../i18n/messages.js';

/** One option of a choice or a searchable list: the value the answers get, and what the screen shows. */
export interface FieldOption {
  value: string;
  label: string;
  /**
   * More about the option: for a choice, on the line under the field (a card's state, address and speed);
   * in a searchable list, dimmed after its row ("matches the ISO").
   */
  detail?: string;
}

/**
 * A form field: typed text, a choice toggled with ←/→ (a few fixed values: no free text to mistype), or a
 * searchable list that Enter opens (many values: the host's osinfo ids).
 */
export interface FieldSpec<K extends string> {
  key: K;
  label: MessageKey;
  choices?: readonly FieldOption[];
  search?: readonly FieldOption[];
  /** While true the field is shown dim and skipped (DHCP sets the address): its value is kept for later. */
  off?: (values: Record<K, string>) => boolean;
  /** What the field says while it is off, in place of its value ("(unused with DHCP)"). */
  offNote?: MessageKey;
}

/** What is wrong with the values, by field (shown under each) and for the whole form; warnings do not stop it. */
export interface FormCheck<K extends string> {
  errors: Partial<Record<K, string[]>>;
  general?: string[];
  warnings?: Partial<Record<K, string[]>>;
}

export const hasErrors = <K extends string>(c: FormCheck<K>) =>
  Boolean(c.general?.length) || Object.values<string[] | undefined>(c.errors).some((e) => e?.length);

/** Problems (key path + message) gathered by the field each belongs to; the rest are the form's. */
export function byField<K extends string>(
  issues: ReadonlyArray<{ path: string; message: string }>,
  fieldOf: (path: string) => K | undefined,
): FormCheck<K> {
  const errors: Partial<Record<K, string[]>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === undefined) general.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    else if (!errors[field]?.includes(issue.message))
      errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return { errors, general };
}

/** The next field from `from` in `step` direction that is not switched off; `from` when there is none. */
export function nextActive<K extends string>(
  fields: ReadonlyArray<FieldSpec<K>>,
  values: Record<K, string>,
  from: number,
  step: 1 | -1,
): number {
  for (let i = from + step; i >= 0 && i < fields.length; i += step) {
    if (!fields[i]?.off?.(values)) return i;
  }
  return from;
}

/** The choice after (or before) `value`, wrapping around: a toggle for two values, a cycle for more. */
export function cycle(options: readonly FieldOption[], value: string, step: 1 | -1): string {
  const i = options.findIndex((o) => o.value === value);
  const next = (i + step + options.length) % options.length;
  return options[i < 0 ? 0 : next]?.value ?? value;
}

/** Options matching every word typed, in any order, in the value or the label ("stream 9", "win"). */
export function searchMatches(options: readonly FieldOption[], filter: string): FieldOption[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => {
    const text = `${o.value} ${o.label}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
