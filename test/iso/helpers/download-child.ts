/**
 * Runs one downloadIso() in a child process (so the test can give it a mount namespace of its own)
 * and prints the outcome as JSON. argv[2]: {url, dest, sha256, lieAboutSpace?}.
 */
import { access } from 'node:fs/promises';
import { downloadIso } from '../../../src/iso/download.js';
import { IsoDownloadError } from '../../../src/iso/errors.js';

const { url, dest, sha256, lieAboutSpace } = JSON.parse(process.argv[2] ?? '{}');
const partLeft = () =>
  access(`${dest}.part`).then(
    () => true,
    () => false,
  );
try {
  await downloadIso({
    url,
    dest,
    expectedSha256: sha256,
    // The pre-check answers "plenty": the kernel's ENOSPC is what the write meets.
    ...(lieAboutSpace ? { space: async () => ({ available: 1024 ** 4, total: 1024 ** 5 }) } : {}),
  });
  console.log(JSON.stringify({ ok: true }));
} catch (error) {
  const code = error instanceof IsoDownloadError ? error.code : 'not-an-IsoDownloadError';
  console.log(
    JSON.stringify({ ok: false, code, message: String((error as Error).message), part: await partLeft() }),
  );
}
