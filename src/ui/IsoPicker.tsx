import { Select } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import type { IsoAnswers } from '../answers/schema.js';
import type { IsoImage } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { loadCatalog } from '../iso/catalog.js';

const TYPE = '\u0000type';
const NONE = '\u0000none';
const CATALOG = '\u0000catalog:';

/** Pick an ISO found on the host, one to download from the catalogue, type a path (Esc: back), or none. */
export function IsoPicker({
  isos,
  onChoose,
  onBack,
  isActive = true,
}: {
  isos: IsoImage[];
  onChoose: (choice: IsoAnswers | undefined) => void;
  /** Esc on the list: leave the step's choice as it was (the menu returns). */
  onBack: () => void;
  isActive?: boolean;
}) {
  const [typing, setTyping] = useState(false);
  const [path, setPath] = useState('/var/lib/libvirt/images/');
  // Esc leaves the path field for the list again, so a mistyped path is not a dead end ("No ISO for now").
  useInput(
    (_, key) => {
      if (!key.escape) return;
      if (typing) setTyping(false);
      else onBack();
    },
    { isActive },
  );
  if (typing) {
    return (
      <Box>
        <Text>{`${t('iso.typePath')}: `}</Text>
        <TextInput
          value={path}
          onChange={setPath}
          onSubmit={(p) => onChoose({ path: p.trim() })}
          focus={isActive}
        />
      </Box>
    );
  }
  const options = [
    ...isos.map((i) => ({ value: i.path, label: `${i.path}${i.volumeId ? `  [${i.volumeId}]` : ''}` })),
    ...loadCatalog().map((e) => ({
      value: `${CATALOG}${e.id}`,
      label: t('iso.catalogItem', { name: e.name, size: e.sizeMiB }),
    })),
    { value: TYPE, label: `${t('iso.typePath')}…` },
    { value: NONE, label: t('iso.skipChoice') },
  ];
  return (
    <Box flexDirection="column">
      <Select
        options={options}
        // Select shows 5 by default: "Path to an ISO…" and "No ISO for now" were below the fold, with no hint
        // (12 rows still fit the 80×24 screen).
        visibleOptionCount={Math.min(options.length, 12)}
        isDisabled={!isActive}
        onChange={(value) => {
          if (value === TYPE) setTyping(true);
          else if (value === NONE) onChoose(undefined);
          else if (value.startsWith(CATALOG)) onChoose({ catalog: value.slice(CATALOG.length) });
          else onChoose({ path: value });
        }}
      />
      <Text dimColor>{t('iso.pickerHint')}</Text>
    </Box>
  );
}
