import { Box, Text } from 'ink';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';

export interface MenuItem<V extends string> {
  value: V;
  label: string;
}

/**
 * A one-line menu: ←/→ (or Tab) move, Enter picks, the first letter is a hotkey. (↑/↓ belong to lists
 * and the command scroller on the same screen.) Keys arrive through the router one at a time, each after
 * the previous one's render, so "→ → Enter" in one read picks the third item and a second Enter finds
 * the next screen, not this menu again.
 */
export function Menu<V extends string>({
  items,
  onSelect,
}: {
  items: MenuItem<V>[];
  onSelect: (value: V) => void;
}) {
  const [index, setIndex] = useKeyState(0);
  // A menu is one choice: once picked, later keys belong to the screen the choice leads to, never to it again.
  const [picked, setPicked] = useKeyState(false);
  const move = (delta: number) => setIndex((index + delta + items.length) % items.length);
  useKeys(
    (input, key) => {
      if (bound('menu.previous', input, key)) move(-1);
      else if (bound('menu.next', input, key)) move(1);
      else if (bound('menu.pick', input, key)) return pick(items[index]);
      else if (bound('menu.hotkey', input, key)) {
        const letter = input.toLowerCase();
        return pick(
          items.find((i) => i.label.toLowerCase().startsWith(letter)) ??
            items.find((i) => i.value.startsWith(letter)),
        );
      }
    },
    { isActive: !picked },
  );
  function pick(item: MenuItem<V> | undefined): 'screenEnds' | undefined {
    if (!item) return undefined;
    setPicked(true);
    onSelect(item.value);
    return 'screenEnds';
  }
  return (
    <Box gap={2}>
      {items.map((item, i) => (
        // The selected item is marked with › as well as inverse: with NO_COLOR, TERM=vt100 or a screen reader
        // there is no inverse, and Enter must not pick an item nobody can see is selected.
        <Text key={item.value} inverse={i === index} bold={i === index}>
          {`${i === index ? SELECTED : ' '}${withHotkey(item)} `}
        </Text>
      ))}
    </Box>
  );
}

/** In place of the leading space, so the menu keeps its width whichever item is selected. */
export const SELECTED = '›';

/** A label that does not start with its hotkey (Japanese ones) shows it: 実行(R). */
function withHotkey(item: MenuItem<string>): string {
  const key = item.value[0] ?? '';
  return item.label.toLowerCase().startsWith(key) ? item.label : `${item.label}(${key.toUpperCase()})`;
}
