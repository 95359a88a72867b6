import { hasControlChars } from '../i18n/visible.js';

/** The last path segment of a URL, decoded: the name a checksum file lists it under. */
export function urlFileName(url: string): string {
  const path = new URL(url).pathname;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    // A stray "%" (https://x/%E0.iso is a valid URL): keep the name as the URL spells it.
    return name;
  }
}

export type DownloadFileName =
  /** `changed`: the name differs from the URL's (odd characters replaced, `.iso` added). */
  | { ok: true; name: string; changed: boolean }
  /** The URL's name, refused: empty, `.`/`..`, a path, control characters, or a leading `-` or `.`. */
  | { ok: false; name: string };

/**
 * The name a download gets in the images directory. A name that could be a path, an option or a
 * hidden file is refused rather than repaired (the user should see what the URL really says);
 * other characters outside [A-Za-z0-9._+-] become `_`, and a name not ending in `.iso` gets it, so
 * a URL ending in `/vm1.qcow2` can never name a VM's disk.
 */
export function downloadFileName(url: string): DownloadFileName {
  const name = urlFileName(url);
  if (
    name === '' ||
    name.startsWith('.') ||
    name.startsWith('-') ||
    /[/\\]/.test(name) ||
    hasControlChars(name) ||
    name.length > 200
  ) {
    return { ok: false, name };
  }
  let safe = name.replace(/[^A-Za-z0-9._+-]/g, '_');
  if (!/\.iso$/i.test(safe)) safe = `${safe}.iso`;
  return { ok: true, name: safe, changed: safe !== name };
}
