import { type Key, useStdout } from 'ink';
import { createContext, type ReactNode, useContext, useLayoutEffect, useRef } from 'react';
import { CLEAR_SCREEN, type ScreenHold } from '../screen-hold.js';
import { MAX_FIELD_LENGTH } from '../text-edit.js';
import { NO_KEY, parseKey } from './parse.js';
import { BRACKETED_PASTE, isUnfinished, PASTE_END, PASTE_START, splitKeys } from './split.js';

/** The most of one paste that reaches the handlers (a field holds no more: text-edit.ts). */
const MAX_PASTE = MAX_FIELD_LENGTH;

/**
 * A key handler. It returns 'screenEnds' when the key closed its screen (a menu choice, a form accepted):
 * keys typed ahead before the next screen is drawn are then dropped, never acted on unseen by it (a double
 * Enter on Next must not run the next step).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: most handlers return nothing; only a screen's end is said
export type KeyHandler = (input: string, key: Key) => void | 'screenEnds';

/** What the router needs of a terminal: its reads, and raw mode while the wizard runs. */
export interface KeySource {
  on(event: 'data', listener: (data: string | Buffer) => void): unknown;
  off(event: 'data', listener: (data: string | Buffer) => void): unknown;
  setRawMode?(mode: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
  resume?(): unknown;
  pause?(): unknown;
}

/**
 * The one subscription to the terminal. Each read is split into keys (splitKeys: Ink 6 hands a whole read
 * to its handlers as one key) and the keys go, in order, to the handlers active when each is delivered.
 * A key's state updates go through stores React renders at sync priority (keys/state.ts): they render and
 * commit in a microtask, and the router hands over the next key in the microtask after that. No timers, no
 * refs that shadow component state: "→ → Enter", "lan0⏎auto⏎" or a whole form pasted in one read act in
 * order, each on the screen the keys before it left.
 */
export class KeyRouter {
  private readonly handlers: Array<{ current: KeyHandler }> = [];
  /** Handlers that take every key while they are there (a question over the screen: "Quit? y/N"). */
  private readonly exclusive = new Set<{ current: KeyHandler }>();
  private readonly queue: Array<string | { paste: string }> = [];
  /** An escape sequence cut off at the end of a read, waiting for the rest. */
  private held = '';
  /** A key was delivered and its render has not committed yet. */
  private waiting = false;
  /** A screen ended: what arrives before its render commits was typed ahead, at a screen not yet shown. */
  private dropping = false;
  /** The screen is hidden (a window too small): keys are dropped, all but Ctrl-C. */
  private holding = false;
  /** How much of the current paste earlier reads delivered. */
  private pasted = 0;
  /** Inside a bracketed paste (ESC [200~ … ESC [201~), which may span reads: what it held so far in this read. */
  private pasting: string | undefined;

  hold(on: boolean): void {
    this.holding = on;
  }

  add(handler: { current: KeyHandler }, exclusive = false): () => void {
    this.handlers.push(handler);
    if (exclusive) this.exclusive.add(handler);
    return () => {
      this.exclusive.delete(handler);
      const i = this.handlers.indexOf(handler);
      if (i >= 0) this.handlers.splice(i, 1);
    };
  }

  /** One terminal read. */
  feed = (data: string | Buffer): void => {
    if (this.dropping) return;
    const keys = splitKeys(this.held + data.toString());
    this.held = '';
    const last = keys.at(-1);
    // An escape sequence cut off by the end of the read waits for the rest (a lone Esc is the Esc key).
    if (last !== undefined && isUnfinished(last)) this.held = keys.pop() as string;
    for (const k of keys) {
      if (k === PASTE_START) this.pasting = '';
      else if (k === PASTE_END) this.endPaste(false);
      // (a paste past MAX_PASTE is dropped: no field takes that much, and laying it out froze the screen)
      else if (this.pasting !== undefined) this.pasting += k.slice(0, Math.max(0, MAX_PASTE - this.pasted));
      else this.queue.push(k);
    }
    // A long paste comes in several reads: each read's part is text of its own, and the paste goes on.
    this.endPaste(true);
    this.schedule();
  };

  /**
   * A paste is text, never keys: its line breaks are not Enter and its escape sequences not arrows (a
   * terminal marks it when the wizard turned bracketed paste on). It reaches the handlers as one input with
   * its line breaks in it; a text field keeps the first line and says so.
   */
  private endPaste(goesOn: boolean): void {
    if (this.pasting === undefined) return;
    if (this.pasting) this.queue.push({ paste: this.pasting });
    this.pasted = goesOn ? this.pasted + this.pasting.length : 0;
    this.pasting = goesOn ? '' : undefined;
  }

  /**
   * One key now; the next in a microtask queued after it. A key's store updates queue React's sync render
   * first, so by then the render has committed: a screen the key opened has registered its handlers and
   * the one it closed has let go.
   */
  private schedule(): void {
    if (this.waiting || !this.queue.length) return;
    this.deliverOne();
    this.waiting = true;
    queueMicrotask(this.turn);
  }

  private turn = (): void => {
    this.waiting = false;
    this.dropping = false;
    this.schedule();
  };

  private deliverOne(): void {
    const raw = this.queue.shift();
    if (raw === undefined) return;
    const { input, key } = typeof raw === 'string' ? parseKey(raw) : { input: raw.paste, key: { ...NO_KEY } };
    if (this.holding && !(key.ctrl && input === 'c')) return;
    // Handlers that a previous handler's update unmounted are skipped; ones it mounted wait for the next key.
    let screenEnds = false;
    // While a question is asked, the screen under it (a form, a menu) gets no keys: its state stays as it was.
    const targets = this.exclusive.size ? [...this.exclusive] : [...this.handlers];
    for (const handler of targets) {
      if (this.handlers.includes(handler) && handler.current(input, key) === 'screenEnds') screenEnds = true;
    }
    if (screenEnds) {
      this.queue.length = 0;
      this.held = '';
      this.dropping = true;
    }
  }
}

const RouterContext = createContext<KeyRouter | undefined>(undefined);

/**
 * Puts the terminal in raw mode and routes its keys to `useKeys` handlers below. `screen`: Ink's output,
 * held while the terminal is lent (see useLendTerminal); without it (tests), nothing is held.
 */
export function KeyRouterProvider({
  source,
  screen,
  children,
}: {
  source: KeySource;
  screen?: ScreenHold;
  children: ReactNode;
}) {
  const router = useRef(new KeyRouter()).current;
  // Pastes marked as such (a terminal only marks them when asked): a pasted line break is then text, not Enter.
  const { stdout, write: inkWrite } = useStdout();
  const terminal = stdout.isTTY ? stdout : undefined;
  // A layout effect: its clean-up runs in the same commit as an unmount, so the terminal leaves raw mode
  // (and bracketed paste, which a shell without it would show as ~200 garbage) even when Ink unmounts on a signal.
  useLayoutEffect(() => {
    source.setEncoding?.('utf8');
    source.setRawMode?.(true);
    terminal?.write(BRACKETED_PASTE.on);
    source.on('data', router.feed);
    source.resume?.();
    return () => {
      source.off('data', router.feed);
      terminal?.write(BRACKETED_PASTE.off);
      source.setRawMode?.(false);
      source.pause?.();
    };
  }, [source, router, terminal]);
  // Lends the terminal to a program that reads it itself (passwd): out of raw mode and no longer read here
  // (a paused stdin stops reading its fd), so every key goes to that program; Ink's frames held back, so none
  // lands among its prompts; a clear screen with `preface` on it. Afterwards the screen is cleared again and
  // Ink draws its last frame whole (Ink erases by counting its own lines, and the program's lines moved them).
  const lend = useRef(async <T,>(preface: string, work: () => Promise<T>): Promise<T> => {
    source.off('data', router.feed);
    source.setRawMode?.(false);
    source.pause?.();
    screen?.hold(true);
    // (bracketed paste off too: the program would read its markers as typed text)
    (screen ?? stdout).write(`${terminal ? BRACKETED_PASTE.off : ''}${CLEAR_SCREEN}${preface}`);
    try {
      return await work();
    } finally {
      screen?.hold(false);
      // Through Ink: it erases, writes this, then its last frame again in full.
      inkWrite(`${terminal ? BRACKETED_PASTE.on : ''}${CLEAR_SCREEN}`);
      source.setRawMode?.(true);
      source.on('data', router.feed);
      source.resume?.();
    }
  }).current;
  return (
    <LendContext.Provider value={lend}>
      <RouterContext.Provider value={router}>{children}</RouterContext.Provider>
    </LendContext.Provider>
  );
}

type Lend = <T>(preface: string, work: () => Promise<T>) => Promise<T>;
const LendContext = createContext<Lend>((_preface, work) => work());

/**
 * Runs `work` with the terminal given over to it, `preface` alone on the screen above what it prints (see
 * KeyRouterProvider); without a provider, just runs it.
 */
export function useLendTerminal(): Lend {
  return useContext(LendContext);
}

/** While `on`, keys are dropped (all but Ctrl-C): for a screen that is hidden. */
export function useKeyHold(on: boolean): void {
  const router = useContext(RouterContext);
  useLayoutEffect(() => router?.hold(on), [router, on]);
}

/**
 * Ink's `useInput`, through the router: `handler` gets every key while `isActive`, in the order typed.
 * `exclusive`: only it gets keys while it is active (a question asked over the screen).
 */
export function useKeys(
  handler: KeyHandler,
  { isActive = true, exclusive = false }: { isActive?: boolean; exclusive?: boolean } = {},
): void {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useKeys needs a KeyRouterProvider above it');
  const latest = useRef(handler);
  // The newest closure, set during render: after a key's update re-renders, the next key sees its result.
  latest.current = handler;
  useLayoutEffect(
    () => (isActive ? router.add(latest, exclusive) : undefined),
    [router, isActive, exclusive],
  );
}
