/**
 * Greedy word wrap, as the terminal will show it, so screens can count their lines and fit 80×24
 * (a bridge command alone takes four lines there).
 */
export function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const indent = /^ */.exec(paragraph)?.[0] ?? '';
    let line = indent;
    for (const word of paragraph.slice(indent.length).split(' ')) {
      let w = word;
      while (w.length > width) {
        if (line) out.push(line);
        out.push(w.slice(0, width));
        w = w.slice(width);
        line = '';
      }
      if (line === indent) line += w;
      else if (line.length + 1 + w.length <= width) line += ` ${w}`;
      else {
        out.push(line);
        line = w;
      }
    }
    out.push(line);
  }
  return out;
}

export function heightOf(texts: string[], width: number): number {
  return texts.reduce((n, text) => n + wrapLines(text, width).length, 0);
}
