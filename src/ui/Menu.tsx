import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';

export interface MenuItem<V extends string> {
  value: V;
  label: string;
}

/**
 * A one-line menu: ←/→ (or Tab) move, Enter picks, the first letter is a hotkey. (↑/↓ belong to lists
 * and the command scroller on the same screen.)
 * The index lives in a ref, so keys arriving in one chunk ("→ → Enter") act on the right item.
 */
export function Menu<V extends string>({
  items,
  onSelect,
  isActive = true,
}: {
  items: MenuItem<V>[];
  onSelect: (value: V) => void;
  isActive?: boolean;
}) {
  const index = useRef(0);
  // One pick per menu: a key that arrives before Ink moves input to the next screen's menu (it subscribes in
  // an effect) would otherwise reach this one again, with its old closure — e.g. a double Enter ran a step twice.
  const picked = useRef(false);
  const pick = (item: MenuItem<V> | undefined) => {
    if (!item || picked.current) return;
    picked.current = true;
    onSelect(item.value);
  };
  const [, setShown] = useState(0);
  const move = (delta: number) => {
    index.current = (index.current + delta + items.length) % items.length;
    setShown(index.current);
  };
  useInput(
    (input, key) => {
      if (key.leftArrow || (key.tab && key.shift)) move(-1);
      else if (key.rightArrow || key.tab) move(1);
      else if (key.return) pick(items[index.current]);
      else if (input.length === 1 && !key.ctrl && !key.meta) {
        // Ctrl-R or Alt-Q are not hotkeys: a stray chord must not run a step or quit.
        const key = input.toLowerCase();
        pick(
          items.find((i) => i.label.toLowerCase().startsWith(key)) ??
            items.find((i) => i.value.startsWith(key)),
        );
      }
    },
    { isActive },
  );
  return (
    <Box gap={2}>
      {items.map((item, i) => (
        <Text key={item.value} inverse={i === index.current} bold={i === index.current}>
          {` ${withHotkey(item)} `}
        </Text>
      ))}
    </Box>
  );
}

/** A label that does not start with its hotkey (Japanese ones) shows it: 実行(R). */
function withHotkey(item: MenuItem<string>): string {
  const key = item.value[0] ?? '';
  return item.label.toLowerCase().startsWith(key) ? item.label : `${item.label}(${key.toUpperCase()})`;
}
