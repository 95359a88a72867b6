import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import { formatIssues } from '../answers/load.js';
import { type BridgeAnswers, bridgeAnswers } from '../answers/schema.js';
import { type MessageKey, t } from '../i18n/messages.js';
import type { BridgeSettings } from '../plan/steps/bridge.js';

const FIELDS = ['name', 'method', 'address', 'gateway', 'dns'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The bridge form, prefilled from the uplink. Enter moves to the next field; on the last one the values go
 * through the same zod schema as an answers file, and errors name the field. Esc leaves without changes.
 */
export function BridgeForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: BridgeSettings;
  onDone: (answers: BridgeAnswers) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Record<Field, string>>({
    name: initial.name,
    method: initial.ipv4.method === 'manual' ? 'manual' : 'auto',
    address: initial.ipv4.addresses[0] ?? '',
    gateway: initial.ipv4.gateway,
    dns: initial.ipv4.dns.join(','),
  });
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  useInput((_, key) => {
    if (key.escape) onCancel();
    else if (key.upArrow) setActive((a) => Math.max(0, a - 1));
    else if (key.downArrow || key.tab) setActive((a) => Math.min(FIELDS.length - 1, a + 1));
  });

  const submit = () => {
    if (active < FIELDS.length - 1) {
      setActive(active + 1);
      return;
    }
    const manual = values.method.trim() === 'manual';
    const candidate = {
      name: values.name.trim(),
      stp: initial.stp,
      rollbackTimeout: initial.rollbackTimeout,
      ipv4: manual
        ? {
            method: 'manual',
            address: values.address.trim(),
            ...(values.gateway.trim() ? { gateway: values.gateway.trim() } : {}),
            dns: values.dns
              .split(',')
              .map((d) => d.trim())
              .filter(Boolean),
          }
        : { method: values.method.trim() },
    };
    const parsed = bridgeAnswers.safeParse(candidate);
    if (parsed.success) onDone(parsed.data);
    else setErrors(formatIssues(parsed.error).map((e) => `bridge.${e}`));
  };

  return (
    <Box flexDirection="column">
      {FIELDS.map((f, i) => (
        <Box key={f}>
          <Text
            color={i === active ? 'cyan' : undefined}
          >{`${i === active ? '›' : ' '} ${t(`bridge.field.${f}` as MessageKey).padEnd(30)} `}</Text>
          {i === active ? (
            <TextInput
              value={values[f]}
              onChange={(v) => setValues({ ...values, [f]: v })}
              onSubmit={submit}
            />
          ) : (
            <Text>{values[f]}</Text>
          )}
        </Box>
      ))}
      {errors.map((e) => (
        <Text key={e} color="red">{`✗ ${e}`}</Text>
      ))}
    </Box>
  );
}
