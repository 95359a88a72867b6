import { issuesOf } from '../answers/load.js';
import { type BridgeAnswers, bridgeAnswers } from '../answers/schema.js';
import type { BridgeSettings } from '../plan/steps/bridge.js';
import { Form, labelled } from './Form.js';

const FIELDS = [
  { key: 'name', label: 'bridge.field.name' },
  { key: 'method', label: 'bridge.field.method' },
  { key: 'address', label: 'bridge.field.address' },
  { key: 'gateway', label: 'bridge.field.gateway' },
  { key: 'dns', label: 'bridge.field.dns' },
] as const;

/** The answers key a problem is about → the field that shows it (ipv4.dns.1 → DNS servers). */
const fieldOf = (path: string) =>
  FIELDS.find((f) => path === f.key || path === `ipv4.${f.key}` || path.startsWith(`ipv4.${f.key}.`))?.key ??
  (path === 'ipv4' ? 'method' : undefined);

/** What people type for the two methods: DHCP is auto, a static address is manual. */
const METHOD_ALIASES: Record<string, string> = { dhcp: 'auto', static: 'manual' };

/** The bridge form, prefilled from the uplink; checked by the same zod schema as an answers file. */
export function BridgeForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: BridgeSettings;
  onDone: (answers: BridgeAnswers) => void;
  onCancel: () => void;
}) {
  return (
    <Form
      fields={FIELDS}
      initial={{
        name: initial.name,
        method: initial.ipv4.method === 'manual' ? 'manual' : 'auto',
        address: initial.ipv4.addresses[0] ?? '',
        gateway: initial.ipv4.gateway,
        dns: initial.ipv4.dns.join(','),
      }}
      onCancel={onCancel}
      onSubmit={(v) => {
        const typed = v.method.trim().toLowerCase();
        const method = METHOD_ALIASES[typed] ?? typed;
        const manual = method === 'manual';
        const parsed = bridgeAnswers.safeParse({
          name: v.name.trim(),
          stp: initial.stp,
          rollbackTimeout: initial.rollbackTimeout,
          ...(initial.reconnectTimeout ? { reconnectTimeout: initial.reconnectTimeout } : {}),
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
            : { method },
        });
        if (!parsed.success) return labelled(issuesOf(parsed.error), FIELDS, fieldOf);
        onDone(parsed.data);
        return undefined;
      }}
    />
  );
}
