import { Box, Text } from 'ink';
import { visible } from '../i18n/visible.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { charAt, editText, pasteNotice, type TextState } from './text-edit.js';

/**
 * The text with the cursor shown as an inverse cell (a space past the end). Control characters a paste
 * brought in (C1, bidi overrides such as U+202E, which would reorder what is shown) are written out as they
 * are typed (`\u202e`), not only once the field is checked.
 */
export function FieldText({ state, focus }: { state: TextState; focus: boolean }) {
  const { value, cursor } = state;
  if (!focus) return <Text>{visible(value)}</Text>;
  const at = charAt(value, cursor);
  return (
    <Text>
      {visible(value.slice(0, cursor))}
      <Text inverse>{visible(at) || ' '}</Text>
      {visible(value.slice(cursor + at.length))}
    </Text>
  );
}

/** One text field; keys come one at a time from the router (see Form). */
export function TextField({
  initial,
  onChange,
  onSubmit,
}: {
  initial: string;
  onChange?: (value: string) => void;
  /** 'screenEnds' when the value closed the screen (see KeyHandler). */
  onSubmit: (value: string) => undefined | 'screenEnds';
}) {
  const [state, setState] = useKeyState<TextState>({ value: initial, cursor: initial.length });
  // What a paste with line breaks left out: its first line is taken, the rest is not Enter (see pastedLine).
  const [pasted, setPasted] = useKeyState<string | undefined>(undefined);
  useKeys((input, key) => {
    const next = editText(state, input, key);
    if (next === 'submit') return onSubmit(state.value);
    setPasted(pasteNotice(input));
    if (next) {
      setState(next);
      if (next.value !== state.value) onChange?.(next.value);
    }
  });
  if (!pasted) return <FieldText state={state} focus />;
  return (
    <Box flexDirection="column">
      <FieldText state={state} focus />
      <Text color="yellow">{`! ${pasted}`}</Text>
    </Box>
  );
}
