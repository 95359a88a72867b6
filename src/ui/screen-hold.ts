/** Clears the screen and puts the cursor home (and drops the scrollback, where old frames would pile up). */
export const CLEAR_SCREEN = '\u001b[2J\u001b[3J\u001b[H';

/** The screen as the terminal lending needs it: Ink's frames held back, and a way past that hold. */
export interface ScreenHold {
  /** While on, what Ink writes is dropped: another program has the terminal. */
  hold(on: boolean): void;
  /** Writes to the terminal itself, held or not (the lines said before that program starts). */
  write(text: string): void;
}

/**
 * `stream` as Ink gets it, with its writes held back while another program (passwd) has the terminal: a
 * resize or any update would otherwise draw a frame into the middle of that program's prompts. Ink keeps
 * rendering into the void; the lender clears the screen and has Ink draw its last frame whole afterwards.
 * A Proxy, because Ink needs the stream itself (columns, rows, isTTY, 'resize') and only its writes change.
 */
export function holdableStdout(stream: NodeJS.WriteStream): {
  stdout: NodeJS.WriteStream;
  screen: ScreenHold;
  /** Whether the last thing written ended its line: a frame as tall as the window does not (Ink writes it without
   * a final newline), and what is printed after the wizard must not be glued to its last line. */
  atLineStart: () => boolean;
} {
  let held = false;
  let lastChunk = '';
  const write = stream.write.bind(stream);
  const tracked = (...args: Parameters<typeof write>) => {
    const [chunk] = args;
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text) lastChunk = text;
    return write(...args);
  };
  const stdout = new Proxy(stream, {
    get(target, property) {
      if (property === 'write')
        return (...args: Parameters<typeof write>) => (held ? true : tracked(...args));
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    stdout,
    screen: {
      hold: (on) => {
        held = on;
      },
      write: (text) => {
        tracked(text);
      },
    },
    atLineStart: () => lastChunk === '' || lastChunk.endsWith('\n'),
  };
}
