import { fieldIssues, wholeNumber } from '../answers/field-issues.js';
import { type BridgeAnswers, bridgeAnswers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import type { BridgeSettings } from '../plan/steps/bridge.js';
import { deviceStateWord } from '../present/device-state.js';
import { Form } from './Form.js';
import { byField, type FieldOption, type FieldSpec, type FormCheck } from './form-fields.js';

type Key = 'interface' | 'name' | 'method' | 'address' | 'gateway' | 'dns' | 'stp' | 'rollbackTimeout';
type Values = Record<Key, string>;

const manualOff = (v: Values) => v.method !== 'manual';

/**
 * The fields, like nmtui's and Cockpit's bridge dialogs: the card to put in the bridge (with its state,
 * address and speed), the bridge's name, its IPv4 (DHCP or static: the static fields are kept, dimmed, while
 * DHCP is chosen), STP and how long NetworkManager waits for a confirmation before it rolls back.
 */
function fieldsFor(cards: readonly FieldOption[]): ReadonlyArray<FieldSpec<Key>> {
  return [
    { key: 'interface', label: 'bridge.field.interface', choices: cards },
    { key: 'name', label: 'bridge.field.name' },
    {
      key: 'method',
      label: 'bridge.field.method',
      choices: [
        { value: 'auto', label: t('bridge.method.auto') },
        { value: 'manual', label: t('bridge.method.manual') },
      ],
    },
    { key: 'address', label: 'bridge.field.address', off: manualOff, offNote: 'form.unusedWithDhcp' },
    { key: 'gateway', label: 'bridge.field.gateway', off: manualOff, offNote: 'form.unusedWithDhcp' },
    { key: 'dns', label: 'bridge.field.dns', off: manualOff, offNote: 'form.unusedWithDhcp' },
    {
      key: 'stp',
      label: 'bridge.field.stp',
      choices: [
        { value: 'off', label: t('bridge.stp.off') },
        { value: 'on', label: t('bridge.stp.on') },
      ],
    },
    { key: 'rollbackTimeout', label: 'bridge.field.rollbackTimeout' },
  ];
}

/** The answers key a problem is about → the field that shows it (ipv4.dns.1 → DNS servers). */
const fieldOf = (path: string): Key | undefined => {
  const [first, second] = path.split('.');
  if (first === 'ipv4')
    return second === 'address' || second === 'gateway' || second === 'dns' ? second : 'method';
  const keys: readonly string[] = ['interface', 'name', 'stp', 'rollbackTimeout'];
  return first !== undefined && keys.includes(first) ? (first as Key) : undefined;
};

/** The Ethernet cards NetworkManager sees (the uplink first), each with its state, IPv4 addresses and speed. */
export function cardOptions(facts: Facts): FieldOption[] {
  const uplink = facts.uplink?.interface;
  const cards = facts.nm.devices.filter((d) => d.type === 'ethernet' || d.device === uplink);
  if (uplink && !cards.some((d) => d.device === uplink))
    cards.unshift({ device: uplink, type: 'ethernet', state: 'connected', connection: '' });
  cards.sort((a, b) => Number(b.device === uplink) - Number(a.device === uplink));
  return cards.map((d) => {
    const addresses = facts.ipv4Addresses.filter((a) => a.iface === d.device).map((a) => a.cidr);
    return {
      value: d.device,
      // Names and states come from the host: shown with their control characters written out.
      label: visible(d.device),
      detail: t('bridge.nic', {
        state: deviceStateWord(d.state),
        address: addresses.length ? addresses.join(', ') : t('bridge.nicNoAddress'),
        speed: d.speedMbps ? t('bridge.nicSpeed', { mbps: d.speedMbps }) : t('bridge.nicSpeedUnknown'),
      }),
    };
  });
}

/** What the form starts with: the answers, else the card's settings; a DHCP card's live address for "static". */
function initialValues(initial: BridgeSettings, facts: Facts, cards: readonly FieldOption[]): Values {
  const uplink = facts.uplink;
  const live = uplink?.liveAddresses.find((a) => a.includes('.')) ?? '';
  const ip = initial.ipv4;
  return {
    interface: initial.interface ?? uplink?.interface ?? cards[0]?.value ?? '',
    name: initial.name,
    method: ip.method === 'manual' ? 'manual' : 'auto',
    address: ip.addresses[0] ?? live,
    gateway: ip.gateway || (ip.method === 'manual' ? '' : (uplink?.gateway ?? '')),
    dns: (ip.dns.length || ip.method === 'manual' ? ip.dns : (uplink?.state?.dns ?? [])).join(','),
    stp: initial.stp ? 'on' : 'off',
    rollbackTimeout: String(initial.rollbackTimeout),
  };
}

/** The values as answers, checked by the same zod schema as an answers file. */
function parse(v: Values, uplink: string | undefined, keepInterface: boolean, reconnectTimeout?: number) {
  const manual = v.method === 'manual';
  const parsed = bridgeAnswers.safeParse({
    name: v.name.trim(),
    // Only the uplink can be bridged (plan/steps/bridge.ts): another card is the form's error, below.
    ...(keepInterface || (v.interface && v.interface !== uplink) ? { interface: v.interface } : {}),
    stp: v.stp === 'on',
    rollbackTimeout: wholeNumber(v.rollbackTimeout),
    // Not on the form (the address-move flow's own timeout, from an answers file): kept through an Edit.
    ...(reconnectTimeout ? { reconnectTimeout } : {}),
    ipv4: manual
      ? {
          method: 'manual',
          address: v.address.trim(),
          ...(v.gateway.trim() ? { gateway: v.gateway.trim() } : {}),
          dns: v.dns
            .split(',')
            .map((d) => d.trim())
            .filter(Boolean),
        }
      : { method: 'auto' },
  });
  const check: FormCheck<Key> = parsed.success ? { errors: {} } : byField(fieldIssues(parsed.error), fieldOf);
  if (uplink && v.interface !== uplink)
    check.errors.interface = [...(check.errors.interface ?? []), t('bridge.form.notUplink', { uplink })];
  // Without a DNS server a static host cannot resolve names any more: allowed (a DNS-less lab), but said.
  if (manual && !v.dns.trim()) check.warnings = { dns: [t('bridge.form.noDns')] };
  return { check, answers: parsed.success ? parsed.data : undefined };
}

/** The bridge form, prefilled from the uplink; checked by the same zod schema as an answers file. */
export function BridgeForm({
  initial,
  facts,
  onDone,
  onCancel,
  columns,
  rows,
}: {
  initial: BridgeSettings;
  facts: Facts;
  onDone: (answers: BridgeAnswers) => void;
  onCancel: () => void;
  /** The window's width and the rows the form may use (it scrolls within them). */
  columns?: number;
  rows?: number;
}) {
  const cards = cardOptions(facts);
  const uplink = facts.uplink?.interface;
  const keepInterface = initial.interface !== undefined;
  return (
    <Form
      columns={columns}
      rows={rows}
      fields={fieldsFor(cards)}
      initial={initialValues(initial, facts, cards)}
      onCancel={onCancel}
      check={(v) => parse(v, uplink, keepInterface, initial.reconnectTimeout).check}
      onSubmit={(v) => {
        const { answers } = parse(v, uplink, keepInterface, initial.reconnectTimeout);
        if (answers) onDone(answers);
      }}
    />
  );
}
