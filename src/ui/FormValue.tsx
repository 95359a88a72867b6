import { Text } from 'ink';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { Choices, choiceText } from './FormChoices.js';
import type { FieldSpec } from './form-fields.js';
import { FieldText } from './TextField.js';

/**
 * What a field's row shows after its label, as plain text: what the row is counted by. FieldValue draws the
 * same text with its colours and the cursor.
 */
export function valueText<K extends string>(
  field: FieldSpec<K>,
  value: string,
  focus: boolean,
  off: boolean,
): string {
  if (off && field.offNote) return t(field.offNote);
  if (field.choices) return choiceText(field.choices, value);
  const cursorCell = focus ? ' ' : '';
  if (!field.search) return visible(value) + cursorCell;
  const label = field.search.find((o) => o.value === value)?.label;
  const hint = focus ? `  (${t('form.searchOpen')})` : '';
  if (!value) return (label ?? cursorCell) + hint;
  return `${visible(value)}${cursorCell}${label && label !== value ? `${focus ? ' ' : '  '}${label}` : ''}${hint}`;
}

export function FieldValue<K extends string>({
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
  // A field the other answers switch off says so in words, not only by being dim (NO_COLOR shows no dimming).
  if (off && field.offNote) return <Text dimColor>{t(field.offNote)}</Text>;
  if (field.choices) return <Choices options={field.choices} value={value} focus={focus} off={off} />;
  if (field.search) {
    const label = field.search.find((o) => o.value === value)?.label;
    const hint = focus ? <Text dimColor>{`  (${t('form.searchOpen')})`}</Text> : null;
    // Nothing typed ("detect from the ISO"): the option's name stands where the value would, the cursor on
    // its first cell, so the value starts in the label column whether the field has the focus or not.
    if (!value && label)
      return (
        <Text>
          {focus ? <Text inverse>{label.slice(0, 1)}</Text> : null}
          <Text dimColor>{focus ? label.slice(1) : label}</Text>
          {hint}
        </Text>
      );
    // The cursor's cell at the end takes one of the two spaces before the name: the name does not move.
    const gap = focus && cursor >= value.length ? ' ' : '  ';
    return (
      <Text>
        <FieldText state={{ value, cursor }} focus={focus} />
        {label && label !== value ? <Text dimColor>{`${gap}${label}`}</Text> : null}
        {hint}
      </Text>
    );
  }
  if (off) return <Text dimColor>{visible(value)}</Text>;
  return <FieldText state={{ value, cursor }} focus={focus} />;
}
