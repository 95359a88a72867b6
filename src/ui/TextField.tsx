import { Text, useInput } from 'ink';
import { useReducer, useRef } from 'react';
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

/**
 * One text field. The text lives in a ref, not in React state, so that keys arriving in one read (a held
 * Backspace, "text⏎" typed fast over SSH) each see the previous one's result before any re-render.
 */
export function TextField({
  initial,
  onChange,
  onSubmit,
  focus = true,
}: {
  initial: string;
  onChange?: (value: string) => void;
  onSubmit: (value: string) => void;
  focus?: boolean;
}) {
  const state = useRef<TextState>({ value: initial, cursor: initial.length });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useInput(
    (input, key) => {
      const next = editText(state.current, input, key);
      if (next === 'submit') onSubmit(state.current.value);
      else if (next) {
        const changed = next.value !== state.current.value;
        state.current = next;
        redraw();
        if (changed) onChange?.(next.value);
      }
    },
    { isActive: focus },
  );
  return <FieldText state={state.current} focus={focus} />;
}
