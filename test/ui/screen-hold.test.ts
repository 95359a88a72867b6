import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { holdableStdout } from '../../src/ui/screen-hold.js';

class Terminal extends EventEmitter {
  columns = 80;
  rows = 24;
  isTTY = true;
  written: string[] = [];
  write(text: string) {
    this.written.push(text);
    return true;
  }
}

describe('holdableStdout (Ink held while passwd has the terminal)', () => {
  it('drops what Ink writes while held, lets the lender write, and is the terminal in every other way', () => {
    const terminal = new Terminal();
    const { stdout, screen } = holdableStdout(terminal as unknown as NodeJS.WriteStream);
    stdout.write('frame 1');
    screen.hold(true);
    stdout.write('frame 2');
    screen.write('passwd preface');
    screen.hold(false);
    stdout.write('frame 3');
    expect(terminal.written).toEqual(['frame 1', 'passwd preface', 'frame 3']);
    // Ink reads the size and listens for resizes on it.
    expect([stdout.columns, stdout.rows, stdout.isTTY]).toEqual([80, 24, true]);
    let heard = 0;
    stdout.on('resize', () => heard++);
    terminal.emit('resize');
    expect(heard).toBe(1);
  });

  it('says whether the last write ended its line (a window-tall frame has no final newline)', () => {
    const { stdout, atLineStart } = holdableStdout(new Terminal() as unknown as NodeJS.WriteStream);
    expect(atLineStart()).toBe(true);
    stdout.write('frame\n');
    expect(atLineStart()).toBe(true);
    stdout.write('Quit? [y/N]');
    expect(atLineStart()).toBe(false);
  });
});
