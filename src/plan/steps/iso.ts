import type { IsoAnswers } from '../../answers/schema.js';
import { IMAGES_DIR } from '../../facts/iso-images.js';
import type { Facts } from '../../facts/types.js';
import { visible } from '../../i18n/visible.js';
import { loadCatalog } from '../../iso/catalog.js';
import { maskUrl } from '../../iso/url-credentials.js';
import { downloadFileName, urlFileName } from '../../iso/url-file-name.js';
import { type Command, cmd } from '../command.js';
import { type IsoDownload, note, type PlanContext, type StepPlan } from '../types.js';

/**
 * Step 6: the installation ISO for the first VM: one already on disk, or a catalogue entry / URL that is
 * downloaded, verified against its SHA-256 and only then put in place.
 */
export function planIso({ facts, answers }: PlanContext): StepPlan {
  const choice = answers.iso;
  if (!choice) {
    const none = !facts.isos.length;
    return {
      id: 'iso',
      state: 'skip',
      notes: [note(none ? 'iso.none' : 'iso.choose', none ? 'warn' : 'info')],
      commands: [],
    };
  }
  const url = downloadUrl(choice);
  const named = url === undefined ? undefined : downloadFileName(url);
  if (url !== undefined && named && !named.ok) {
    const params = { url: maskUrl(url), name: visible(named.name) };
    return { id: 'iso', state: 'blocked', notes: [note('iso.badUrlName', 'error', params)], commands: [] };
  }
  const download = isoDownload(choice);
  const path = isoPath(choice);
  if (!download && !path)
    return {
      id: 'iso',
      state: 'blocked',
      notes: [
        note('iso.unknownCatalog', 'error', { id: 'catalog' in choice ? visible(choice.catalog) : '' }),
      ],
      commands: [],
    };
  const image = facts.isos.find((i) => i.path === path);
  if (image?.volumeId !== undefined) {
    // A download whose file is already here is not fetched again (nor replaced): it is used as it is.
    const key = download ? 'iso.alreadyDownloaded' : 'iso.chosen';
    return {
      id: 'iso',
      state: 'already',
      notes: [note(key, 'ok', { path: visible(image.path), volumeId: visible(image.volumeId) })],
      commands: [],
    };
  }
  if (!download) {
    const key = image ? 'iso.notIso' : 'iso.missing';
    return {
      id: 'iso',
      state: 'blocked',
      notes: [note(key, 'error', { path: visible(path ?? '') })],
      commands: [],
    };
  }
  const key = download.sha256 ? 'iso.downloadSha' : 'iso.download';
  const notes = [note(key, 'info', { url: maskUrl(download.url), dest: download.dest })];
  if (named?.ok && named.changed)
    notes.push(
      note('iso.savedAs', 'info', { name: visible(urlFileName(download.url)), dest: download.dest }),
    );
  if (image) {
    // Something that is not an ISO holds the name (a disk image, a half copy): never replaced.
    return {
      id: 'iso',
      state: 'blocked',
      notes: [...notes, note('iso.destExists', 'error', { path: download.dest })],
      commands: [],
    };
  }
  const needed = (download.sizeMiB ?? 0) * 1024 * 1024;
  if (needed && facts.imagesFreeBytes && needed > facts.imagesFreeBytes) {
    return {
      id: 'iso',
      state: 'blocked',
      notes: [
        ...notes,
        note('iso.noSpace', 'error', { need: gib(needed), free: gib(facts.imagesFreeBytes) }),
      ],
      commands: [],
    };
  }
  return { id: 'iso', state: 'todo', notes, download, commands: afterDownload(facts, download.dest) };
}

/** qemu runs as another user and, under SELinux, needs the virt_content label libvirt's images dir gives. */
function afterDownload(facts: Facts, dest: string): Command[] {
  return facts.selinuxEnabled ? [cmd(['restorecon', '-v', dest], 'why.restorecon')] : [];
}

export function isoDownload(choice: IsoAnswers): IsoDownload | undefined {
  const url = downloadUrl(choice);
  const named = url === undefined ? undefined : downloadFileName(url);
  if (url === undefined || !named?.ok) return undefined;
  const dest = `${IMAGES_DIR}/${named.name}`;
  if ('catalog' in choice) {
    const entry = loadCatalog().find((e) => e.id === choice.catalog);
    if (!entry) return undefined;
    return { url, dest, checksumUrl: entry.checksumUrl, sizeMiB: entry.sizeMiB };
  }
  if ('url' in choice) {
    return {
      url,
      dest,
      ...(choice.sha256 ? { sha256: choice.sha256.toLowerCase() } : {}),
      ...(choice.checksumUrl ? { checksumUrl: choice.checksumUrl } : {}),
    };
  }
  return undefined;
}

/** The URL a catalogue entry or a URL answer downloads from; undefined for a path or an unknown entry. */
function downloadUrl(choice: IsoAnswers): string | undefined {
  if ('catalog' in choice) return loadCatalog().find((e) => e.id === choice.catalog)?.url;
  return 'url' in choice ? choice.url : undefined;
}

/** Where the chosen ISO is (or will be, once downloaded). */
export function isoPath(choice: IsoAnswers | undefined): string | undefined {
  if (!choice) return undefined;
  return 'path' in choice ? choice.path : isoDownload(choice)?.dest;
}

function gib(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}
