import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.js';
import { ja } from '../../../src/i18n/ja.js';
import { setCatalogue } from '../../../src/i18n/messages.js';
import { CHECK_WORDS, checkValue, reasonText } from '../../../src/run/bridge/status.js';

const failedGateway = {
  reason: 'bridge.reason.verify' as const,
  params: { check: 'gateway', expected: '192.168.1.254', found: CHECK_WORDS.noAnswer },
};

describe('bridge check wording', () => {
  afterEach(() => setCatalogue(en));

  it('a failed check reads as its title, with the recorded words in English…', () => {
    expect(reasonText(failedGateway)).toBe(
      'check "gateway answers" failed: expected 192.168.1.254, found no answer',
    );
  });

  it('…and in Japanese, where nothing English is left but the host’s own values', () => {
    setCatalogue(ja);
    expect(reasonText(failedGateway)).toBe(
      'チェック「ゲートウェイの応答」に失敗しました: 期待値 192.168.1.254、実際の値 応答なし',
    );
    expect(checkValue(CHECK_WORDS.anyIpv4)).toBe('IPv4 アドレス');
    // NetworkManager's states and the addresses are the host's words: shown as they are.
    expect(checkValue('connected')).toBe('connected');
    expect(checkValue('192.168.1.20/24')).toBe('192.168.1.20/24');
  });

  it('other reasons are the catalogue message with their parameters', () => {
    setCatalogue(ja);
    expect(reasonText({ reason: 'bridge.reason.noConfirm' })).toBe(ja['bridge.reason.noConfirm']);
  });
});
