import { Box, Text } from 'ink';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A vertical list: ↑/↓ move (the window scrolls), PgUp/PgDn jump, Enter picks. In place of @inkjs/ui's
 * Select, whose own useInput would take the terminal from the key router.
 */
export function SelectList({
  options,
  visibleCount,
  onPick,
}: {
  options: readonly SelectOption[];
  visibleCount: number;
  /** 'screenEnds' when the pick closed the screen (see KeyHandler). */
  onPick: (value: string) => undefined | 'screenEnds';
}) {
  const [focus, setFocus] = useKeyState(0);
  const [top, setTop] = useKeyState(0);
  const window = Math.max(1, Math.min(visibleCount, options.length));
  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(options.length - 1, i));
    setFocus(next);
    setTop(next < top ? next : next >= top + window ? next - window + 1 : top);
  };
  useKeys((input, key) => {
    if (bound('list.up', input, key)) moveTo(focus - 1);
    else if (bound('list.down', input, key)) moveTo(focus + 1);
    else if (bound('list.pageUp', input, key)) moveTo(focus - window);
    else if (bound('list.pageDown', input, key)) moveTo(focus + window);
    else if (bound('list.pick', input, key)) {
      const option = options[focus];
      if (option) return onPick(option.value);
    }
  });
  return (
    <Box flexDirection="column">
      {options.slice(top, top + window).map((o, i) => {
        const focused = top + i === focus;
        return (
          <Text key={o.value} color={focused ? 'blue' : undefined}>
            {`${focused ? '❯' : ' '} ${o.label}`}
          </Text>
        );
      })}
    </Box>
  );
}
