import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { downloadTitle, mib, progressText } from '../../src/present/progress-text.js';

afterEach(() => setCatalogue(en));
const MIB = 1024 * 1024;
const progress = (total: number) => ({ bytes: 0, total, rate: 0, etaSeconds: 1 });

describe('an ISO size, said the same everywhere', () => {
  it('the title and the "of N MiB" round the same way (a size just over a half MiB)', () => {
    const total = Math.round(1900.6 * MIB);
    const size = `${mib(total)} MiB`;
    expect(size).toBe('1901 MiB');
    expect(downloadTitle('x.iso', total)).toContain(`(${size})`);
    expect(progressText(progress(total))).toContain(`of ${size}`);
  });

  it('the server size as given; when the catalogue estimate the picker showed differs, both are said', () => {
    expect(downloadTitle('x.iso', 1900 * MIB, 1900)).toBe('Downloading x.iso (1900 MiB)');
    expect(downloadTitle('x.iso', 1812 * MIB, 1900)).toBe(
      'Downloading x.iso (1812 MiB; the list estimated ~1900 MiB)',
    );
    expect(downloadTitle('x.iso', undefined, 1900)).toBe('Downloading x.iso (size not yet known)');
    setCatalogue(ja);
    expect(downloadTitle('x.iso', 1812 * MIB, 1900)).toBe(
      'x.iso をダウンロード中 (1812 MiB。一覧の見積もりは約 1900 MiB)',
    );
  });
});
