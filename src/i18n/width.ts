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
const isHiragana = (ch: string) => ch >= '\u3041' && ch <= '\u309f';
const isKanji = (ch: string) => (ch >= '\u4e00' && ch <= '\u9fff') || ch === '々';
/** Particles: a phrase may end after one of these, unlike after okurigana (受け入れ, 取り消し). */
const PARTICLES = new Set('をがはにでとのもへやか');
/** Units written after a number with a space (90 s, 12 MiB): the number and its unit stay on one line. */
const UNIT = /^(s|ms|min|h|%|[KMGT]i?B|[KMG]b\/s)[.,;:)。、）]*$/;
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const wide = (ch: string) => isWide(ch.codePointAt(0) ?? 0);

/** Closing punctuation, prolonged sound mark and small kana: a line must not start with these (kinsoku). */
const NO_BREAK_BEFORE = new Set(
  '、。，．,.)]}）」』】〕〉》!?！？:;：；ー～…‥・々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ%％',
);
/** Opening brackets: a line must not end with these. */
const NO_BREAK_AFTER = new Set('(（[「『【〔〈《{');
/** Punctuation that ends a phrase: a new one may start after it. */
const PHRASE_END = new Set('、。，．)]}）」』】〕〉》!?！？：；…‥・％');

/*
 * Japanese phrase breaks, by a rule of thumb rather than a library. BudouX (Apache-2.0) would fit, but its npm
 * package pulls in an HTML DOM (linkedom), commander and a Google Artifact Registry auth client at run time,
 * all bundled into the single executable, for a job this rule does on the catalogue's texts: a phrase
 * (文節) is a content word (kanji, katakana, Latin) followed by its hiragana tail (okurigana, particles,
 * auxiliaries: 設定して/ください。). So a line breaks only where a hiragana tail or closing punctuation ends
 * and a new content word begins, never inside a hiragana run (くださ/い。), a kanji or katakana run (仮想/マシン)
 * or between a number and its counter (1/行). test/i18n/width.test.ts checks it on every Japanese text.
 */
function phraseBreak(previous: string, ch: string, beforePrevious: string, tooWide: boolean): boolean {
  // A hiragana tail and the number after it (よう 1 行で) go to a line together when they fit on one: when
  // they do not, their space is where the line breaks.
  if (previous === ' ' && isDigit(ch) && isHiragana(beforePrevious)) return tooWide;
  if (previous === ' ' || ch === ' ') return false; // a space kept inside a word (see gluedWords) holds
  if (!wide(previous) && !wide(ch)) return false; // Latin words break at spaces only
  if (NO_BREAK_BEFORE.has(ch) || NO_BREAK_AFTER.has(previous)) return false; // kinsoku
  if (isHiragana(ch)) return false; // a hiragana tail stays with the word before it
  if (NO_BREAK_AFTER.has(ch)) return true;
  // One okurigana between kanji joins a compound verb (受け入れ, 引き継ぎ); a particle there ends a phrase.
  if (isKanji(beforePrevious) && isHiragana(previous) && !PARTICLES.has(previous) && isKanji(ch))
    return false;
  if (isHiragana(previous) || PHRASE_END.has(previous)) return true;
  return !wide(previous) && !isDigit(previous); // Latin → Japanese, but not a number → its counter
}

/**
 * Splits a space-free word where a line may break inside it (phraseBreak). A run of narrow characters (an
 * ASCII word, a path) stays whole.
 */
function breakUnits(word: string, tooWide: boolean): string[] {
  const units: string[] = [];
  let unit = '';
  let previous = '';
  let beforePrevious = '';
  for (const ch of word) {
    if (unit !== '' && phraseBreak(previous, ch, beforePrevious, tooWide)) {
      units.push(unit);
      unit = '';
    }
    unit += ch;
    beforePrevious = previous;
    previous = ch;
  }
  if (unit) units.push(unit);
  return units;
}

/**
 * A paragraph's words. Japanese text puts spaces around Latin words and numbers (`root で`, `1 行で`); a line
 * must not break at such a space before a particle or punctuation (it would start a line with で or 。), nor
 * between a number and its counter or unit (`1 行`, `90 s`), nor between a phrase's hiragana tail and the
 * number it leads into (`よう 1 行で`): those spaces stay inside one word.
 */
function gluedWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(' ')) {
    const last = words.at(-1);
    const first = [...word][0] ?? '';
    const lastChar = [...(last ?? '')].at(-1) ?? '';
    const holds =
      last !== undefined &&
      lastChar !== '' &&
      first !== '' &&
      (isHiragana(first) ||
        (NO_BREAK_BEFORE.has(first) && wide(first)) ||
        (isDigit(lastChar) && (wide(first) || UNIT.test(word))) ||
        // A number goes with a hiragana tail before it that is not a particle (しやすいよう 1 行で).
        (isDigit(first) && isHiragana(lastChar) && !PARTICLES.has(lastChar)));
    if (holds) words[words.length - 1] = `${last} ${word}`;
    else words.push(word);
  }
  return words;
}

/** Cuts a piece wider than a line into chunks: the first at most `first` columns, the others `width`. */
function hardSplit(piece: string, first: number, width: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let room = first;
  for (const ch of piece) {
    const w = displayWidth(ch);
    if (displayWidth(chunk) + w > room && (chunk !== '' || room < width)) {
      // Kinsoku still holds in a forced cut: closing punctuation takes the character before it along.
      const carried = NO_BREAK_BEFORE.has(ch) && [...chunk].length > 1 ? ([...chunk].at(-1) ?? '') : '';
      chunks.push(chunk.slice(0, chunk.length - carried.length));
      chunk = carried;
      room = width;
    }
    chunk += ch;
  }
  chunks.push(chunk);
  return chunks;
}

/**
 * Greedy word wrap by display width, as a terminal shows the text: breaks at spaces and, in Japanese text
 * (which has none between words), between phrases, keeping the kinsoku rules (no line starts with 。、」
 * or ends with 「). A paragraph's leading spaces stay on its first line; a word wider than a line is cut, or
 * with `cut: false` (plain output, where the terminal folds it) left whole on a line of its own.
 * For ASCII text it wraps exactly like src/ui/layout.ts wrapLines.
 */
export function wrapDisplay(text: string, width: number, { cut = true }: { cut?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const indent = /^ */.exec(paragraph)?.[0] ?? '';
    let line = indent;
    let used = indent.length;
    let fresh = true; // no word on this line yet
    const newLine = () => {
      out.push(line.trimEnd()); // a unit may end with the space that held it to the next (phraseBreak)
      line = '';
      used = 0;
      fresh = true;
    };
    for (const word of gluedWords(paragraph.slice(indent.length))) {
      const wordWidth = displayWidth(word);
      const gap = fresh ? 0 : 1;
      if (used + gap + wordWidth <= width) {
        line += (gap ? ' ' : '') + word;
        used += gap + wordWidth;
        fresh = false;
        continue;
      }
      const units = breakUnits(word, wordWidth > width);
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
        } else if (!cut) {
          // Left whole for the terminal to fold: a path or command copied from it stays one piece.
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
