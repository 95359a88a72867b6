import { Text } from 'ink';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { charAt, editText, type TextState } from './text-edit.js';

/** The text with the cursor shown as an inverse cell (a space past the end). */
export function FieldText({ state, focus }: { state: TextState; focus: boolean }) {
  const { value, cursor } = state;
  if (!focus) return <Text>{value}</Text>;
  return (
    <Text>
      {value.slice(0, cursor)}
      <Text inverse>{charAt(value, cursor) || ' '}</Text>
      {value.slice(cursor + charAt(value, cursor).length)}
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
  useKeys((input, key) => {
    const next = editText(state, input, key);
    if (next === 'submit') return onSubmit(state.value);
    if (next) {
      setState(next);
      if (next.value !== state.value) onChange?.(next.value);
    }
  });
  return <FieldText state={state} focus />;
}
