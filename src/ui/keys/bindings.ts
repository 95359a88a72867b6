import type { Key } from 'ink';
import type { MessageKey } from '../../i18n/messages.js';

/** A key as a binding names it: a flag of Ink's Key (with modifiers), a Ctrl-letter, or a printable letter. */
type Chord =
  | { key: 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' }
  | { key: 'return' | 'escape' | 'tab' | 'backspace' | 'delete'; shift?: boolean }
  | { ctrl: string }
  /** One printable character as it is (`?`, Space). */
  | { char: string }
  /** One letter, either case (Shift or Caps Lock must not turn a "y" into a no). */
  | { letter: string }
  | { printable: true };

/**
 * Every key binding of the wizard, by action: the handlers ask `bound(action, input, key)`, and the key help
 * (README "Keys", `keyHelp`) is written from this table, so the three cannot disagree. The menus' hotkeys
 * are the first letter of the action (r, s, b, q…) in every language; Japanese labels show it: 実行(R).
 */
export const BINDINGS = {
  'menu.previous': [{ key: 'leftArrow' }, { key: 'tab', shift: true }],
  'menu.next': [{ key: 'rightArrow' }, { key: 'tab', shift: false }],
  'menu.pick': [{ key: 'return' }],
  'menu.hotkey': [{ printable: true }],
  'form.previous': [{ key: 'upArrow' }, { key: 'tab', shift: true }],
  'form.next': [{ key: 'downArrow' }, { key: 'tab', shift: false }],
  'form.submit': [{ key: 'return' }],
  'form.cancel': [{ key: 'escape' }],
  // i-forms: choice fields are toggles; a searchable list (OS variant) opens with Enter.
  'form.choicePrevious': [{ key: 'leftArrow' }],
  'form.choiceNext': [{ key: 'rightArrow' }, { char: ' ' }],
  'text.clear': [{ ctrl: 'u' }],
  'text.start': [{ key: 'home' }, { ctrl: 'a' }],
  'text.end': [{ key: 'end' }, { ctrl: 'e' }],
  'text.eraseForward': [{ ctrl: 'd' }],
  'list.up': [{ key: 'upArrow' }],
  'list.down': [{ key: 'downArrow' }],
  'list.pageUp': [{ key: 'pageUp' }],
  'list.pageDown': [{ key: 'pageDown' }],
  'list.pick': [{ key: 'return' }],
  'list.back': [{ key: 'escape' }],
  // i-sshui: y/N before a network change (Enter is no), undo at once on the countdown.
  'bridge.apply': [{ letter: 'y' }],
  'bridge.decline': [{ letter: 'n' }, { key: 'return' }, { key: 'escape' }],
  'bridge.keep': [{ key: 'return' }],
  'bridge.revert': [{ letter: 'r' }, { key: 'escape' }, { ctrl: 'c' }],
  // i-reconnect: the simulation stands in for `kvm-wizard confirm` typed in a new session.
  'bridge.simConfirm': [{ letter: 'c' }],
  'run.stop': [{ ctrl: 'c' }],
  'learn.open': [{ char: '?' }],
  'learn.close': [{ key: 'escape' }, { char: 'q' }, { char: '?' }],
  // q again, like a second Ctrl-C: whoever quit with q quits with q q.
  'quit.yes': [{ letter: 'y' }, { letter: 'q' }, { ctrl: 'c' }],
  'quit.no': [{ letter: 'n' }, { key: 'return' }, { key: 'escape' }],
  'log.show': [{ letter: 'l' }],
} as const satisfies Record<string, readonly Chord[]>;

export type KeyAction = keyof typeof BINDINGS;

function matches(chord: Chord, input: string, key: Key): boolean {
  if ('printable' in chord) return input.length === 1 && !key.ctrl && !key.meta && input >= ' ';
  if ('ctrl' in chord) return key.ctrl && input === chord.ctrl;
  if ('char' in chord) return input === chord.char && !key.ctrl && !key.meta;
  if ('letter' in chord) return !key.ctrl && !key.meta && input.toLowerCase() === chord.letter;
  if (!key[chord.key] || key.ctrl || key.meta) return false;
  return !('shift' in chord) || chord.shift === undefined || chord.shift === key.shift;
}

/** Whether the key pressed is one of `action`'s bindings. */
export function bound(action: KeyAction, input: string, key: Key): boolean {
  return (BINDINGS[action] as readonly Chord[]).some((c) => matches(c, input, key));
}

const CHORD_NAMES: Record<string, string> = {
  upArrow: '↑',
  downArrow: '↓',
  leftArrow: '←',
  rightArrow: '→',
  pageUp: 'PgUp',
  pageDown: 'PgDn',
  home: 'Home',
  end: 'End',
  return: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  backspace: 'Backspace',
  delete: 'Delete',
};

/** A binding's keys as people write them: "← / Shift-Tab", "Ctrl-U". */
export function keysOf(action: KeyAction): string {
  return (BINDINGS[action] as readonly Chord[])
    .map((c) => {
      if ('printable' in c) return 'a–z';
      if ('ctrl' in c) return `Ctrl-${c.ctrl.toUpperCase()}`;
      if ('char' in c) return c.char === ' ' ? 'Space' : c.char;
      if ('letter' in c) return c.letter;
      const name = CHORD_NAMES[c.key] ?? c.key;
      return 'shift' in c && c.shift ? `Shift-${name}` : name;
    })
    .join(' / ');
}

/** The key help, in the order people meet the keys: each line the keys of some actions and what they do. */
const HELP: ReadonlyArray<{ actions: readonly KeyAction[]; what: MessageKey }> = [
  { actions: ['menu.previous', 'menu.next'], what: 'keys.menuMove' },
  { actions: ['menu.pick'], what: 'keys.menuPick' },
  { actions: ['menu.hotkey'], what: 'keys.menuHotkey' },
  { actions: ['form.previous', 'form.next'], what: 'keys.formMove' },
  { actions: ['form.submit'], what: 'keys.formSubmit' },
  { actions: ['form.choicePrevious', 'form.choiceNext'], what: 'keys.formChoose' },
  { actions: ['form.cancel'], what: 'keys.formCancel' },
  { actions: ['text.clear'], what: 'keys.textClear' },
  { actions: ['text.start', 'text.end'], what: 'keys.textStartEnd' },
  { actions: ['text.eraseForward'], what: 'keys.textEraseForward' },
  { actions: ['list.up', 'list.down', 'list.pageUp', 'list.pageDown'], what: 'keys.listScroll' },
  { actions: ['bridge.apply'], what: 'keys.bridgeApply' },
  { actions: ['bridge.decline'], what: 'keys.bridgeDecline' },
  { actions: ['bridge.keep'], what: 'keys.bridgeKeep' },
  { actions: ['bridge.revert'], what: 'keys.bridgeRevert' },
  { actions: ['bridge.simConfirm'], what: 'keys.bridgeSimConfirm' },
  { actions: ['run.stop'], what: 'keys.runStop' },
  { actions: ['learn.open'], what: 'keys.learnOpen' },
  { actions: ['learn.close'], what: 'keys.learnClose' },
  { actions: ['quit.yes'], what: 'keys.quitYes' },
  { actions: ['quit.no'], what: 'keys.quitNo' },
  { actions: ['log.show'], what: 'keys.logShow' },
];

/** "keys: what they do" lines, from the binding table in the user's language (README "Keys" is made from it). */
export function keyHelp(say: (key: MessageKey) => string): string[] {
  return HELP.map(({ actions, what }) => `${actions.map(keysOf).join(' / ')}: ${say(what)}`);
}
