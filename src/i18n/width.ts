import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * Terminal display width, measured as Ink measures it (string-width): East Asian Wide and Fullwidth
 * characters (kana, kanji, fullwidth punctuation, most emoji) take two columns, combining marks and
 * zero-width characters none. `ambiguousWide` also counts East Asian Ambiguous characters (— → · … ↑ ↓ ×,
 * box drawing) as two, as some Japanese terminals do; use it where text must fit on any terminal.
 */
export function displayWidth(text: string, options: { ambiguousWide?: boolean } = {}): number {
  return stringWidth(text, { ambiguousIsNarrow: !options.ambiguousWide });
}

/** `padEnd` by display width, for columns that hold Japanese text. */
export function padEndDisplay(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

const isWide = (cp: number) => eastAsianWidth(cp) === 2;

/** Closing punctuation, prolonged sound mark and small kana: a line must not start with these (kinsoku). */
const NO_BREAK_BEFORE = new Set(
  '、。，．,.)]}）」』】〕〉》!?！？:;：；ー～…‥・々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ%％',
);
/** Opening brackets: a line must not end with these. */
const NO_BREAK_AFTER = new Set('(（[「『【〔〈《{');

/**
 * Splits a space-free word where a line may break inside it: next to a wide (Japanese) character, but not
 * before closing or after opening punctuation. A run of narrow characters (an ASCII word, a path) stays whole.
 */
function breakUnits(word: string): string[] {
  const units: string[] = [];
  let unit = '';
  let previous = '';
  for (const ch of word) {
    const breakable =
      unit !== '' &&
      (isWide(previous.codePointAt(0) ?? 0) || isWide(ch.codePointAt(0) ?? 0)) &&
      !NO_BREAK_BEFORE.has(ch) &&
      !NO_BREAK_AFTER.has(previous);
    if (breakable) {
      units.push(unit);
      unit = '';
    }
    unit += ch;
    previous = ch;
  }
  if (unit) units.push(unit);
  return units;
}

/** Cuts a piece wider than a line into chunks: the first at most `first` columns, the others `width`. */
function hardSplit(piece: string, first: number, width: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let room = first;
  for (const ch of piece) {
    const w = displayWidth(ch);
    if (displayWidth(chunk) + w > room && (chunk !== '' || room < width)) {
      chunks.push(chunk);
      chunk = '';
      room = width;
    }
    chunk += ch;
  }
  chunks.push(chunk);
  return chunks;
}

/**
 * Greedy word wrap by display width, as a terminal shows the text: breaks at spaces and, in Japanese text
 * (which has none between words), between characters, keeping the kinsoku rules (no line starts with 。、」
 * or ends with 「). A paragraph's leading spaces stay on its first line; a word wider than a line is cut.
 * For ASCII text it wraps exactly like src/ui/layout.ts wrapLines.
 */
export function wrapDisplay(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const indent = /^ */.exec(paragraph)?.[0] ?? '';
    let line = indent;
    let used = indent.length;
    let fresh = true; // no word on this line yet
    const newLine = () => {
      out.push(line);
      line = '';
      used = 0;
      fresh = true;
    };
    for (const word of paragraph.slice(indent.length).split(' ')) {
      const wordWidth = displayWidth(word);
      const gap = fresh ? 0 : 1;
      if (used + gap + wordWidth <= width) {
        line += (gap ? ' ' : '') + word;
        used += gap + wordWidth;
        fresh = false;
        continue;
      }
      const units = breakUnits(word);
      if (units.length <= 1 && wordWidth <= width) {
        newLine();
        line = word;
        used = wordWidth;
        fresh = false;
        continue;
      }
      let separator = fresh ? '' : ' ';
      for (const unit of units) {
        const unitWidth = displayWidth(unit);
        if (used + separator.length + unitWidth <= width) {
          line += separator + unit;
          used += separator.length + unitWidth;
          separator = '';
          fresh = false;
          continue;
        }
        if (!fresh) newLine();
        if (used + unitWidth <= width) {
          line += unit;
          used += unitWidth;
        } else {
          const [first = '', ...rest] = hardSplit(unit, width - used, width);
          line += first;
          for (const chunk of rest) {
            newLine();
            line = chunk;
          }
          used = displayWidth(line);
        }
        separator = '';
        fresh = false;
      }
    }
    out.push(line);
  }
  return out;
}
