/**
 * Terminal display width: East Asian Wide and Fullwidth characters (kana, kanji, fullwidth punctuation)
 * take two columns, combining marks and zero-width characters none, everything else one.
 * `ambiguousWide` also counts East Asian Ambiguous characters (— → · … ↑ ↓ ×, box drawing) as two, as some
 * Japanese terminals do; use it where text must fit on any terminal.
 */
export function displayWidth(text: string, options: { ambiguousWide?: boolean } = {}): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isZeroWidth(cp)) continue;
    width += isWide(cp) || (options.ambiguousWide && isAmbiguous(cp)) ? 2 : 1;
  }
  return width;
}

/** `padEnd` by display width, for columns that hold Japanese text. */
export function padEndDisplay(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

type Range = readonly [number, number];

const inRanges = (cp: number, ranges: readonly Range[]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

const ZERO_WIDTH: readonly Range[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0x3099, 0x309a],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

const WIDE: readonly Range[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2705, 0x2705],
  [0x274c, 0x274c],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const AMBIGUOUS: readonly Range[] = [
  [0x00a1, 0x00a1],
  [0x00a7, 0x00a8],
  [0x00b0, 0x00b4],
  [0x00b6, 0x00ba],
  [0x00d7, 0x00d7],
  [0x00f7, 0x00f7],
  [0x2010, 0x2010],
  [0x2013, 0x2016],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2020, 0x2022],
  [0x2024, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x203b, 0x203b],
  [0x2190, 0x2199],
  [0x21d2, 0x21d2],
  [0x21d4, 0x21d4],
  [0x2460, 0x24e9],
  [0x2500, 0x257f],
  [0x25a0, 0x25a1],
  [0x25b2, 0x25b3],
  [0x25b6, 0x25b7],
  [0x25bc, 0x25bd],
  [0x25c0, 0x25c1],
  [0x25c6, 0x25c8],
  [0x25cb, 0x25cb],
  [0x25ce, 0x25d1],
];

const isZeroWidth = (cp: number) => inRanges(cp, ZERO_WIDTH);
const isWide = (cp: number) => inRanges(cp, WIDE);
const isAmbiguous = (cp: number) => inRanges(cp, AMBIGUOUS);

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
