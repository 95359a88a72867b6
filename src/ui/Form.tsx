import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import { type MessageKey, t } from '../i18n/messages.js';
import { padEndDisplay } from '../i18n/width.js';

/**
 * A column of text fields. Enter moves to the next field; on the last one `onSubmit` gets all values and
 * returns the errors to show (each naming its field), or nothing when it accepted them. Esc cancels.
 */
export function Form<K extends string>({
  fields,
  initial,
  onSubmit,
  onCancel,
}: {
  fields: ReadonlyArray<{ key: K; label: MessageKey }>;
  initial: Record<K, string>;
  onSubmit: (values: Record<K, string>) => string[] | undefined;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  useInput((_, key) => {
    if (key.escape) onCancel();
    else if (key.upArrow) setActive((a) => Math.max(0, a - 1));
    else if (key.downArrow || key.tab) setActive((a) => Math.min(fields.length - 1, a + 1));
  });
  const submit = () => {
    if (active < fields.length - 1) setActive(active + 1);
    else setErrors(onSubmit(values) ?? []);
  };
  return (
    <Box flexDirection="column">
      {fields.map((f, i) => (
        <Box key={f.key}>
          <Text
            color={i === active ? 'cyan' : undefined}
          >{`${i === active ? '›' : ' '} ${padEndDisplay(t(f.label), 30)} `}</Text>
          {i === active ? (
            <TextInput
              value={values[f.key]}
              onChange={(v) => setValues({ ...values, [f.key]: v })}
              onSubmit={submit}
            />
          ) : (
            <Text>{values[f.key]}</Text>
          )}
        </Box>
      ))}
      {errors.map((e) => (
        <Text key={e} color="red">{`✗ ${e}`}</Text>
      ))}
    </Box>
  );
}
