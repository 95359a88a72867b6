import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { displayWidth } from '../i18n/width.js';
import { type FieldOption, searchMatches } from './form-fields.js';
import { wrapLines } from './layout.js';
import { FieldText } from './TextField.js';
import type { TextState } from './text-edit.js';

/** Rows of a searchable list shown at once. */
const SEARCH_ROWS = 6;

/**
 * A choice: short ones all on the line as radio buttons, "(•) DHCP (auto)  ( ) static (manual)" (the marker,
 * not only a colour, shows which one is on); long ones (network cards) one at a time between ‹ and ›.
 */
export function Choices({
  options,
  value,
  focus,
  off,
}: {
  options: readonly FieldOption[];
  value: string;
  focus: boolean;
  off: boolean;
}) {
  if (!isShort(options))
    return (
      <Text dimColor={off} color={focus ? 'cyan' : undefined}>
        {choiceText(options, value)}
      </Text>
    );
  return (
    <Text dimColor={off}>
      {options.map((o, i) => (
        <Text key={o.value} color={focus && o.value === value ? 'cyan' : undefined}>
          {`${i ? '  ' : ''}${o.value === value ? '(•)' : '( )'} ${o.label}`}
        </Text>
      ))}
    </Text>
  );
}

const isShort = (options: readonly FieldOption[]) =>
  options.reduce((n, o) => n + displayWidth(o.label) + 6, 0) <= 48;

/** What Choices shows, as plain text (what the form counts its rows by). */
export function choiceText(options: readonly FieldOption[], value: string): string {
  if (isShort(options))
    return options.map((o) => `${o.value === value ? '(•)' : '( )'} ${o.label}`).join('  ');
  const i = options.findIndex((o) => o.value === value);
  const label = options[i]?.label ?? value;
  return options.length > 1 ? `‹ ${label} ›  ${i + 1}/${options.length}` : label;
}

/** `text` on one row of `width` columns: cut between words, with … when something was left out. */
function oneRow(text: string, width: number): string {
  const [first = '', ...rest] = wrapLines(text, Math.max(1, width - 1));
  return rest.length ? `${first}…` : first;
}

/** The rows SearchList takes: the filter, the rows shown (or "nothing matches"), the hint. */
export function searchListHeight(options: readonly FieldOption[], search: { filter: TextState }): number {
  return 2 + Math.max(1, Math.min(SEARCH_ROWS, searchMatches(options, search.filter.value).length));
}

/**
 * The open list under a searchable field: the filter as typed, the rows around the highlighted one, a hint;
 * one row each (cut at the window's edge), so the form knows how tall it is.
 */
export function SearchList({
  options,
  search,
  indent,
  columns,
}: {
  options: readonly FieldOption[];
  search: { filter: TextState; index: number };
  indent: string;
  columns: number;
}) {
  const matches = searchMatches(options, search.filter.value);
  const start = Math.max(0, Math.min(search.index - 2, matches.length - SEARCH_ROWS));
  const shown = matches.slice(start, start + SEARCH_ROWS);
  return (
    <Box flexDirection="column">
      <Box height={1} overflow="hidden">
        <Text>{`${indent}/ `}</Text>
        <FieldText state={search.filter} focus />
        <Text dimColor>{`  ${t('form.searchCount', { shown: matches.length, total: options.length })}`}</Text>
      </Box>
      {shown.length === 0 && (
        <Text color="yellow">
          {oneRow(`${indent}${t('form.searchNone', { filter: search.filter.value })}`, columns)}
        </Text>
      )}
      {shown.map((o, i) => {
        const on = start + i === search.index;
        // "Detect from the ISO" has no id: its name stands where the ids are.
        const name = `${indent}${on ? '❯' : ' '} ${o.value === o.label || !o.value ? o.label : `${o.value}  ${o.label}`}`;
        const row = oneRow(name + (o.detail ? `  ${o.detail}` : ''), columns);
        return (
          <Text key={o.value} color={on ? 'cyan' : undefined}>
            {row.slice(0, name.length)}
            <Text dimColor>{row.slice(name.length)}</Text>
          </Text>
        );
      })}
      <Text dimColor>{oneRow(`${indent}${t('form.searchHint')}`, columns)}</Text>
    </Box>
  );
}
