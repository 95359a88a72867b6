import { Select } from '@inkjs/ui';
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import type { IsoImage } from '../facts/types.js';
import { t } from '../i18n/messages.js';

const TYPE = '\u0000type';
const NONE = '\u0000none';

/** Pick an ISO found on the host, type a path, or go on without one. */
export function IsoPicker({
  isos,
  onChoose,
  isActive = true,
}: {
  isos: IsoImage[];
  onChoose: (path: string | undefined) => void;
  isActive?: boolean;
}) {
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState('/var/lib/libvirt/images/');
  if (typing) {
    return (
      <Box>
        <Text>{`${t('iso.typePath')}: `}</Text>
        <TextInput value={path} onChange={setPath} onSubmit={(p) => onChoose(p.trim())} focus={isActive} />
      </Box>
    );
  }
  const options = [
    ...isos.map((i) => ({ value: i.path, label: `${i.path}${i.volumeId ? `  [${i.volumeId}]` : ''}` })),
    { value: TYPE, label: `${t('iso.typePath')}…` },
    { value: NONE, label: t('iso.skipChoice') },
  ];
  return (
    <Select
      options={options}
      isDisabled={!isActive}
      onChange={(value) => {
        if (value === TYPE) setTyping(true);
        else onChoose(value === NONE ? undefined : value);
      }}
    />
  );
}
