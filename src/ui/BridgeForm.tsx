import { formatIssues } from '../answers/load.js';
import { type BridgeAnswers, bridgeAnswers } from '../answers/schema.js';
import type { BridgeSettings } from '../plan/steps/bridge.js';
import { Form } from './Form.js';

const FIELDS = [
  { key: 'name', label: 'bridge.field.name' },
  { key: 'method', label: 'bridge.field.method' },
  { key: 'address', label: 'bridge.field.address' },
  { key: 'gateway', label: 'bridge.field.gateway' },
  { key: 'dns', label: 'bridge.field.dns' },
] as const;

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
        const manual = v.method.trim() === 'manual';
        const parsed = bridgeAnswers.safeParse({
          name: v.name.trim(),
          stp: initial.stp,
          rollbackTimeout: initial.rollbackTimeout,
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
            : { method: v.method.trim() },
        });
        if (!parsed.success) return formatIssues(parsed.error).map((e) => `bridge.${e}`);
        onDone(parsed.data);
        return undefined;
      }}
    />
  );
}
