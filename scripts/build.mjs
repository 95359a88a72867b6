// Bundles the CLI into one ESM file: ~3x faster start than tsc output + node_modules
// (ink opens ~900 files), and a host needs nothing but Node to run it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist', { recursive: true });
// ink imports react-devtools-core only when DEV is set; a stub keeps it out of the bundle.
writeFileSync('dist/devtools-stub.mjs', 'export default { connectToDevTools() {} };\n');
await build({
  // Code splitting keeps ink/react in a chunk that only the interactive wizard loads: --version, --yes
  // and --dry-run start without parsing it.
  entryPoints: { 'kvm-wizard': 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: 'linked',
  alias: { 'react-devtools-core': './dist/devtools-stub.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
