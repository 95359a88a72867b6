/** Builds real ISO 9660 images with xorriso, so the tests read what mkisofs-family tools write. */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Debian/Ubuntu package `xorriso`. Locally the tests that need it skip (loudly) when it is
 * absent; under CI a missing xorriso is a broken runner image, so it fails instead of skipping.
 */
export async function hasXorriso(): Promise<boolean> {
  try {
    await run('xorriso', ['-version']);
    return true;
  } catch (error) {
    if (process.env.CI)
      throw new Error('xorriso is required in CI (apt-get install -y xorriso)', { cause: error });
    return false;
  }
}

/** Writes `workDir/<name>.iso` with volume id `volumeId`, holding `payloadBytes` of random data. */
export async function makeIso(options: {
  workDir: string;
  volumeId: string;
  name?: string;
  payloadBytes?: number;
}): Promise<string> {
  const { workDir, volumeId, name = 'image', payloadBytes = 4096 } = options;
  const tree = join(workDir, `${name}-tree`);
  await mkdir(tree, { recursive: true });
  await writeFile(join(tree, 'README.TXT'), `test image ${volumeId}\n`);
  // Random payload: a distinct hash per image, and a body big enough to cut mid-transfer.
  await writeFile(join(tree, 'PAYLOAD.BIN'), randomBytes(payloadBytes));
  const out = join(workDir, `${name}.iso`);
  await run('xorriso', ['-as', 'mkisofs', '-quiet', '-V', volumeId, '-o', out, tree]);
  return out;
}
