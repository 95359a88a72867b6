// Each step's learn-more page teaches the study text's (LinuC 2.05.1) terms where they matter, in both languages.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { Catalogue } from '../../src/i18n/messages.js';
import { STEP_IDS, type StepId } from '../../src/plan/types.js';

const TERMS: Record<'en' | 'ja', Record<StepId, string[]>> = {
  en: {
    host: [
      'bare-metal (type 1)',
      'hosted (type 2)',
      'kernel module',
      'type-1 hypervisor',
      'kvm-intel',
      'kvm-amd',
      'VT-x',
      'AMD-V',
      'vmx',
      'svm',
      '/dev/kvm',
    ],
    packages: [
      'KVM',
      'QEMU',
      'emulates the devices',
      'Full virtualization',
      'Para-virtualization',
      'virtio',
      'virtio drivers',
      'virtio-win',
    ],
    validate: ['virt-host-validate', 'vmx/svm', 'IOMMU', 'PCI passthrough'],
    services: [
      'systemctl enable --now libvirtd',
      'modular daemons',
      'virtqemud',
      'virtnetworkd',
      'socket activation',
      'EL9',
      'deprecated',
    ],
    network: ['NAT', 'virbr0', 'dnsmasq', 'DHCP', 'bridge', 'br0'],
    iso: ['ISO', '/var/lib/libvirt/images', 'SHA-256', 'virtio-win'],
    bridge: [
      'type bridge-slave',
      'master br0',
      'NetworkManager 1.46',
      'controller',
      'port',
      'checkpoint',
      'bridge link',
    ],
    vm: ['virt-install', 'virtio', 'virsh list --all', 'virbr0'],
    summary: ['KVM', 'QEMU', 'virtio', 'libvirt', 'NAT', 'virbr0', 'br0'],
  },
  ja: {
    host: [
      'ハイパーバイザー型',
      'ホスト型',
      'ベアメタル型',
      'カーネルモジュール',
      'kvm-intel',
      'kvm-amd',
      '仮想化支援機能',
      'VT-x',
      'AMD-V',
      'vmx',
      'svm',
      '/dev/kvm',
    ],
    packages: [
      'KVM',
      'QEMU',
      'エミュレート',
      '完全仮想化',
      '準仮想化',
      'virtio',
      'virtio ドライバー',
      'virtio-win',
    ],
    validate: ['virt-host-validate', 'vmx/svm', 'IOMMU', 'PCI パススルー'],
    services: [
      'systemctl enable --now libvirtd',
      'モジュラーデーモン',
      'virtqemud',
      'virtnetworkd',
      'ソケットアクティベーション',
      'EL9',
      '非推奨',
    ],
    network: ['NAT', 'virbr0', 'dnsmasq', 'DHCP', 'ブリッジ', 'br0'],
    iso: ['ISO', '/var/lib/libvirt/images', 'SHA-256', 'virtio-win'],
    bridge: [
      'type bridge-slave',
      'master br0',
      'NetworkManager 1.46',
      'controller',
      'コントローラー',
      'ポート',
      'チェックポイント',
      'bridge link',
      'ブリッジ',
    ],
    vm: ['virt-install', 'virtio', 'virsh list --all', 'virbr0'],
    summary: ['KVM', 'QEMU', 'virtio', 'libvirt', 'NAT', 'virbr0', 'br0', 'ブリッジ'],
  },
};

const CATALOGUES: Record<'en' | 'ja', Catalogue> = { en, ja };

describe('learn-more pages', () => {
  for (const lang of ['en', 'ja'] as const)
    for (const id of STEP_IDS)
      it(`${lang} ${id}: the study text's terms`, () => {
        const page = CATALOGUES[lang][`learn.page.${id}`];
        for (const term of TERMS[lang][id]) expect(page, term).toContain(term);
      });

  it('the Japanese pages are Japanese, not copies of the English', () => {
    for (const id of STEP_IDS) {
      expect(ja[`learn.page.${id}`]).not.toBe(en[`learn.page.${id}`]);
      expect(ja[`learn.page.${id}`]).toMatch(/[ぁ-んァ-ヶー一-龯、。]{10}/u);
    }
  });
});
