import { Box, Text } from 'ink';
import { formatIssues } from '../answers/load.js';
import { type IsoAnswers, isoAnswers } from '../answers/schema.js';
import { IMAGES_DIR } from '../facts/iso-images.js';
import type { IsoImage } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { displayWidth } from '../i18n/width.js';
import { loadCatalog } from '../iso/catalog.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
import { SelectList } from './SelectList.js';
import { TextField } from './TextField.js';

const TYPE = '\u0000type';
const PREFILL = `${IMAGES_DIR}/`;
const NONE = '\u0000none';
const CATALOG = '\u0000catalog:';

/**
 * A found ISO on one line of `width`, never broken inside its name: the path and volume id when they fit, else
 * the file name alone for one in libvirt's images directory (the step's text names it), the volume id only
 * when there is room.
 */
function isoLabel(iso: IsoImage, width: number): string {
  const volume = iso.volumeId ? `  [${iso.volumeId}]` : '';
  const inImages = iso.path.startsWith(`${IMAGES_DIR}/`);
  const names = [iso.path, ...(inImages ? [iso.path.slice(IMAGES_DIR.length + 1)] : [])];
  const fits = (text: string) => displayWidth(text) <= width;
  for (const name of names) if (fits(name + volume)) return name + volume;
  return names.find(fits) ?? names.at(-1) ?? iso.path;
}

/**
 * Pick an ISO found on the host, one to download from the catalogue, a path or your own URL (then its SHA-256
 * or checksum file: an unverified download is never used), or none.
 */
export function IsoPicker({
  isos,
  initial,
  onChoose,
  onBack,
  onLearn,
  rows = 14,
  columns = 80,
}: {
  isos: IsoImage[];
  /** A URL choice to correct (its download failed its checksum): the picker opens on it, URL and hash filled in. */
  initial?: IsoAnswers | undefined;
  /** Lines the picker may use (list and hint): the list scrolls within them. */
  rows?: number;
  columns?: number;
  onChoose: (choice: IsoAnswers | undefined) => void;
  /** Esc on the list: leave the step's choice as it was (the menu returns). */
  onBack: () => void;
  /** `?` on the list (not in a text field, where it is text): the step's learn-more page. */
  onLearn?: () => void;
}) {
  // list → typed path or URL → (for a URL) its SHA-256 or checksum file; Esc goes one stage back.
  const url = initial && 'url' in initial ? initial : undefined;
  const [stage, setStage] = useKeyState<'list' | 'path' | 'checksum'>(url ? 'path' : 'list');
  const [path, setPath] = useKeyState(url?.url ?? PREFILL);
  const [checksum, setChecksum] = useKeyState(url?.sha256 ?? url?.checksumUrl ?? '');
  const [errors, setErrors] = useKeyState<string[]>([]);
  useKeys((input, key) => {
    if (stage === 'list' && onLearn && bound('learn.open', input, key)) {
      onLearn();
      return 'screenEnds';
    }
    if (!bound('list.back', input, key)) return;
    setErrors([]);
    if (stage === 'checksum') setStage('path');
    else if (stage === 'path') setStage('list');
    else {
      onBack();
      return 'screenEnds';
    }
  });
  /** Every choice goes through the answers schema, as a file's would: a bad one stays here with its message. */
  const choose = (candidate: IsoAnswers | undefined) => {
    if (candidate) {
      const parsed = isoAnswers.safeParse(candidate);
      if (!parsed.success) {
        setErrors(formatIssues(parsed.error).map((e) => `iso.${e}`));
        return undefined;
      }
      onChoose(parsed.data);
    } else onChoose(undefined);
    return 'screenEnds' as const;
  };
  const submitPath = (value: string) => {
    let p = value.trim();
    // Typed after the prefilled directory: an absolute path or a URL of its own replaces it.
    const rest = p.startsWith(PREFILL) ? p.slice(PREFILL.length) : '';
    if (rest.startsWith('/') || /^https?:\/\//i.test(rest)) p = rest;
    setPath(p);
    setErrors([]);
    if (/^https?:\/\//.test(p)) {
      setStage('checksum');
      return undefined;
    }
    return choose({ path: p });
  };
  const submitChecksum = (value: string) => {
    const c = value.trim();
    if (!/^[0-9a-fA-F]{64}$/.test(c) && !c.includes('://')) {
      setErrors([t('iso.checksumExpected')]);
      return;
    }
    return choose(
      /^[0-9a-fA-F]{64}$/.test(c) ? { url: path.trim(), sha256: c } : { url: path.trim(), checksumUrl: c },
    );
  };
  if (stage !== 'list') {
    const checksumStage = stage === 'checksum';
    return (
      <Box flexDirection="column">
        <Box>
          <Text>{`${t('iso.typePath')}: `}</Text>
          {checksumStage ? (
            <Text>{visible(path)}</Text>
          ) : (
            <TextField initial={path} onChange={setPath} onSubmit={submitPath} />
          )}
        </Box>
        {checksumStage && (
          // The prompt is long: on its own line, so a 64-digit SHA-256 gets the whole width.
          <Box flexDirection="column">
            <Text>{`${t('iso.typeChecksum')}:`}</Text>
            <TextField initial={checksum} onChange={setChecksum} onSubmit={submitChecksum} />
          </Box>
        )}
        {errors.map((e) => (
          <Text key={e} color="red">{`✗ ${e}`}</Text>
        ))}
      </Box>
    );
  }
  const options = [
    // Only real ISO9660 images: a file refused as not one (typed earlier) is no choice.
    ...isos
      .filter((i) => i.volumeId !== undefined)
      // File names and volume ids come from the host: shown with their control characters written out.
      .map((i) => ({ value: i.path, label: visible(isoLabel(i, columns - 2)) })),
    ...loadCatalog().map((e) => ({
      value: `${CATALOG}${e.id}`,
      label: t('iso.catalogItem', { name: e.name, size: e.sizeMiB }),
    })),
    { value: TYPE, label: `${t('iso.typePath')}…` },
    { value: NONE, label: t('iso.skipChoice') },
  ];
  const hint = wrapLines(t('iso.pickerHint'), columns);
  return (
    <Box flexDirection="column">
      <SelectList
        options={options}
        // As many as fit above the hint (12 at most, as on the 80×24 screen), and never fewer than 3.
        visibleCount={Math.max(3, Math.min(12, rows - hint.length - errors.length))}
        onPick={(value) => {
          if (value === TYPE) {
            setStage('path');
            return undefined;
          }
          if (value === NONE) return choose(undefined);
          if (value.startsWith(CATALOG)) return choose({ catalog: value.slice(CATALOG.length) });
          return choose({ path: value });
        }}
      />
      {errors.map((e) => (
        <Text key={e} color="red">{`✗ ${e}`}</Text>
      ))}
      <Text dimColor>{hint.join('\n')}</Text>
    </Box>
  );
}
