import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_WORDS, checkValue, describeFinal, reasonText } from '../../../src/facts/bridge-status.js';
import { en } from '../../../src/i18n/en.js';
import { ja } from '../../../src/i18n/ja.js';
import { setCatalogue } from '../../../src/i18n/messages.js';
import { errorText } from '../../../src/run/bridge/rollback.js';
import { fixture } from '../../fixture.js';

const failedGateway = {
  reason: 'bridge.reason.verify' as const,
  params: { check: 'gateway', expected: '192.168.1.254', found: CHECK_WORDS.noAnswer },
};

describe('bridge check wording', () => {
  afterEach(() => setCatalogue(en));

  it('a failed check reads as its title, with the recorded words in English…', () => {
    expect(reasonText(failedGateway)).toBe('check "gateway" failed: expected 192.168.1.254, found no answer');
  });

  it('…and in Japanese, where nothing English is left but the host’s own values', () => {
    setCatalogue(ja);
    expect(reasonText(failedGateway)).toBe(
      'チェック「ゲートウェイ」に失敗しました: 期待値 192.168.1.254、実際の値 応答なし',
    );
    expect(checkValue(CHECK_WORDS.anyIpv4)).toBe('IPv4 アドレス');
    // NetworkManager's states and the addresses are the host's words: shown as they are.
    expect(checkValue('connected')).toBe('connected');
    expect(checkValue('192.168.1.20/24')).toBe('192.168.1.20/24');
  });

  it('a check name the catalogue does not know (a tampered status file) is shown as is, made visible', () => {
    const tampered = { ...failedGateway, params: { ...failedGateway.params, check: 'mystery\u001b[2J' } };
    expect(reasonText(tampered)).toBe(
      'check "mystery\\e[2J" failed: expected 192.168.1.254, found no answer',
    );
  });

  it('other reasons are the catalogue message with their parameters', () => {
    setCatalogue(ja);
    expect(reasonText({ reason: 'bridge.reason.noConfirm' })).toBe(ja['bridge.reason.noConfirm']);
  });

  it('the new outcomes in Japanese: a missing route, a gateway not checked, a failed rollback with its by-hand steps', () => {
    setCatalogue(ja);
    expect(
      reasonText({
        reason: 'bridge.reason.verify',
        params: {
          check: 'routes',
          expected: '…',
          found: '…',
          missing: '10.9.9.0/24 via 192.168.1.2 metric 100',
        },
      }),
    ).toBe(
      'チェック「NIC の経路がブリッジ経由である」に失敗しました。足りないもの: 10.9.9.0/24 via 192.168.1.2 metric 100',
    );
    expect(checkValue(CHECK_WORDS.notChecked)).toBe(ja['bridge.word.notChecked']);
    const lines = describeFinal({
      phase: 'rollback-failed',
      id: 'j',
      at: 0,
      reason: 'bridge.reason.noConfirm',
      rollback: { reason: 'bridge.reason.rollbackDevices', params: { devices: 'enp0s3 (3)' } },
      manual: ['nmcli device status'],
    });
    expect(lines).toEqual([
      'ロールバックに失敗しました。ネットワークが中途半端な状態のままの可能性があります。ロールバックした理由: 制限時間内に確認がありませんでした。ロールバックの失敗: NetworkManager が enp0s3 (3) を元に戻せませんでした (デバイスと NetworkManager の結果コード)。',
      ja['bridge.byHand'],
      '  nmcli device status',
    ]);
  });
});

describe('errorText: a failed command’s own error', () => {
  it('nmcli’s Error line, not its journalctl Hint (lab, NM 1.42)', () => {
    const stderr = fixture('lab-nm142/nmcli-connection-up.activation-failed-hint.stderr.txt');
    expect(errorText({ stdout: '', stderr })).toBe(
      'Error: Connection activation failed: IP configuration could not be reserved (no available address, timeout, etc.)',
    );
  });

  it('else the last line that says something; stdout when stderr is empty; control characters written out', () => {
    expect(errorText({ stdout: 'first\nCall failed: timed out\n\n', stderr: '' })).toBe(
      'Call failed: timed out',
    );
    expect(errorText({ stdout: '', stderr: 'Error: bad \u001b[2J name\nHint: use journalctl\n' })).toBe(
      'Error: bad \\e[2J name',
    );
    expect(errorText({ stdout: '', stderr: '' })).toBe('');
    expect(errorText({ stdout: '', stderr: 'x'.repeat(2000) })).toHaveLength(500);
  });
});
