import type { IsoAnswers } from '../../answers/schema.js';
import { IMAGES_DIR } from '../../facts/iso-images.js';
import type { Facts } from '../../facts/types.js';
import { loadCatalog } from '../../iso/catalog.js';
import { urlFileName } from '../../iso/url-file-name.js';
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
  const download = isoDownload(choice);
  const path = isoPath(choice);
  if (!download && !path)
    return {
      id: 'iso',
      state: 'blocked',
      notes: [note('iso.unknownCatalog', 'error', { id: 'catalog' in choice ? choice.catalog : '' })],
      commands: [],
    };
  const image = facts.isos.find((i) => i.path === path);
  if (image?.volumeId !== undefined) {
    return {
      id: 'iso',
      state: 'already',
      notes: [note('iso.chosen', 'ok', { path: image.path, volumeId: image.volumeId })],
      commands: [],
    };
  }
  if (!download) {
    const key = image ? 'iso.notIso' : 'iso.missing';
    return { id: 'iso', state: 'blocked', notes: [note(key, 'error', { path: path ?? '' })], commands: [] };
  }
  const needed = (download.sizeMiB ?? 0) * 1024 * 1024;
  const key = download.sha256 ? 'iso.downloadSha' : 'iso.download';
  const notes = [note(key, 'info', { url: download.url, dest: download.dest })];
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
  if ('catalog' in choice) {
    const entry = loadCatalog().find((e) => e.id === choice.catalog);
    if (!entry) return undefined;
    return {
      url: entry.url,
      dest: `${IMAGES_DIR}/${safeFileName(entry.url)}`,
      checksumUrl: entry.checksumUrl,
      sizeMiB: entry.sizeMiB,
    };
  }
  if ('url' in choice) {
    return {
      url: choice.url,
      dest: `${IMAGES_DIR}/${safeFileName(choice.url)}`,
      ...(choice.sha256 ? { sha256: choice.sha256.toLowerCase() } : {}),
      ...(choice.checksumUrl ? { checksumUrl: choice.checksumUrl } : {}),
    };
  }
  return undefined;
}

/** Where the chosen ISO is (or will be, once downloaded). */
export function isoPath(choice: IsoAnswers | undefined): string | undefined {
  if (!choice) return undefined;
  return 'path' in choice ? choice.path : isoDownload(choice)?.dest;
}

/** The URL's file name, made safe to put in the images directory (no "/" or leading dots from %2F tricks). */
function safeFileName(url: string): string {
  return (
    urlFileName(url)
      .replace(/[^A-Za-z0-9._+-]/g, '_')
      .replace(/^\.+/, '') || 'download.iso'
  );
}

function gib(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}
