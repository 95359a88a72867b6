import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { isFailure } from '../../src/plan/types.js';
import { outcomeMark, outcomeWord } from '../../src/present/outcome-words.js';
import { outcomeLine } from '../../src/present/text.js';

afterEach(() => setCatalogue(en));

describe('a bridge change the user undid (r, Esc, Ctrl-C, kvm-wizard revert)', () => {
  it('is said as asked for, with no failure mark, in the result, the --yes line and the summary rows', () => {
    expect(outcomeWord('bridge', 'canceled')).toBe('rolled back, as you asked');
    expect(outcomeMark('canceled')).toBe('↩');
    expect(outcomeLine('bridge', 'canceled')).toContain('rolled back, as you asked');
    expect(outcomeLine('bridge', 'canceled')).not.toContain('\u001b[31m');
    setCatalogue(ja);
    expect(outcomeWord('bridge', 'canceled')).toBe('指示どおり元に戻しました');
  });

  it('a real failure keeps its mark and word; the exit code still counts both as not done', () => {
    expect(outcomeWord('bridge', 'failed')).toBe('failed');
    expect(outcomeMark('failed')).toBe('✗');
    expect(outcomeMark('done')).toBe('✓');
    expect(isFailure('canceled')).toBe(true);
  });
});
