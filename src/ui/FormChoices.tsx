import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { displayWidth } from '../i18n/width.js';
import { type FieldOption, searchMatches } from './form-fields.js';
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
  const short = options.reduce((n, o) => n + displayWidth(o.label) + 6, 0) <= 48;
  if (!short) {
    const i = options.findIndex((o) => o.value === value);
    const label = options[i]?.label ?? value;
    return (
      <Text dimColor={off} color={focus ? 'cyan' : undefined}>
        {options.length > 1 ? `‹ ${label} ›  ${i + 1}/${options.length}` : label}
      </Text>
    );
  }
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

/** The open list under a searchable field: the filter as typed, the rows around the highlighted one, a hint. */
export function SearchList({
  options,
  search,
  indent,
}: {
  options: readonly FieldOption[];
  search: { filter: TextState; index: number };
  indent: string;
}) {
  const matches = searchMatches(options, search.filter.value);
  const start = Math.max(0, Math.min(search.index - 2, matches.length - SEARCH_ROWS));
  const shown = matches.slice(start, start + SEARCH_ROWS);
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{`${indent}/ `}</Text>
        <FieldText state={search.filter} focus />
        <Text dimColor>{`  ${t('form.searchCount', { shown: matches.length, total: options.length })}`}</Text>
      </Box>
      {shown.length === 0 && (
        <Text color="yellow">{`${indent}${t('form.searchNone', { filter: search.filter.value })}`}</Text>
      )}
      {shown.map((o, i) => {
        const on = start + i === search.index;
        return (
          <Text key={o.value} color={on ? 'cyan' : undefined}>
            {`${indent}${on ? '❯' : ' '} ${o.value === o.label ? o.label : `${o.value}  ${o.label}`}`}
            {o.detail ? <Text dimColor>{`  ${o.detail}`}</Text> : null}
          </Text>
        );
      })}
      <Text dimColor>{`${indent}${t('form.searchHint')}`}</Text>
    </Box>
  );
}
