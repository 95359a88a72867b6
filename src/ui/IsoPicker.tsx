import { Select } from '@inkjs/ui';
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { formatIssues } from '../answers/load.js';
import { type IsoAnswers, isoAnswers } from '../answers/schema.js';
import type { IsoImage } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { loadCatalog } from '../iso/catalog.js';
import { TextField } from './TextField.js';

const TYPE = '\u0000type';
const NONE = '\u0000none';
const CATALOG = '\u0000catalog:';

/**
 * Pick an ISO found on the host, one to download from the catalogue, a path or your own URL (then its SHA-256
 * or checksum file: an unverified download is never used), or none.
 */
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
  // list → typed path or URL → (for a URL) its SHA-256 or checksum file; Esc goes one stage back.
  const [stage, setStage] = useState<'list' | 'path' | 'checksum'>('list');
  const [path, setPath] = useState('/var/lib/libvirt/images/');
  const [checksum, setChecksum] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  useInput(
    (_, key) => {
      if (!key.escape) return;
      setErrors([]);
      if (stage === 'checksum') setStage('path');
      else if (stage === 'path') setStage('list');
      else onBack();
    },
    { isActive },
  );
  const submitPath = (value: string) => {
    const p = value.trim();
    if (/^https?:\/\//.test(p)) setStage('checksum');
    else onChoose({ path: p });
  };
  const submitChecksum = (value: string) => {
    const c = value.trim();
    const candidate = /^[0-9a-fA-F]{64}$/.test(c)
      ? { url: path.trim(), sha256: c }
      : { url: path.trim(), checksumUrl: c };
    const parsed = isoAnswers.safeParse(candidate);
    if (parsed.success) onChoose(parsed.data);
    else setErrors(formatIssues(parsed.error).map((e) => `iso.${e}`));
  };
  if (stage !== 'list') {
    const checksumStage = stage === 'checksum';
    return (
      <Box flexDirection="column">
        <Box>
          <Text>{`${t('iso.typePath')}: `}</Text>
          {checksumStage ? (
            <Text>{path}</Text>
          ) : (
            <TextField initial={path} onChange={setPath} onSubmit={submitPath} focus={isActive} />
          )}
        </Box>
        {checksumStage && (
          <Box>
            <Text>{`${t('iso.typeChecksum')}: `}</Text>
            <TextField initial={checksum} onChange={setChecksum} onSubmit={submitChecksum} focus={isActive} />
          </Box>
        )}
        {errors.map((e) => (
          <Text key={e} color="red">{`✗ ${e}`}</Text>
        ))}
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
          if (value === TYPE) setStage('path');
          else if (value === NONE) onChoose(undefined);
          else if (value.startsWith(CATALOG)) onChoose({ catalog: value.slice(CATALOG.length) });
          else onChoose({ path: value });
        }}
      />
      <Text dimColor>{t('iso.pickerHint')}</Text>
    </Box>
  );
}
