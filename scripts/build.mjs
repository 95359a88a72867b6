// Bundles the CLI into dist/ (ESM): ~3x faster start than tsc output + node_modules (ink opens ~900 files), and
// the npm package needs nothing but Node: every dependency is inside (package.json has no "dependencies").
// Source maps are written beside the bundle for debugging here; package.json's "files" leaves them out.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { common } from './bundle.mjs';

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  // Code splitting keeps ink/react in a chunk that only the interactive wizard loads: --version, --yes
  // and --dry-run start without parsing it.
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
