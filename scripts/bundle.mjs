// esbuild options shared by the npm bundle (scripts/build.mjs) and the single executable (scripts/release.mjs).
// The plugins below rewrite three dependencies as they are bundled (node_modules itself is never changed); each
// rewrite checks that the text it replaces is there, so a dependency update that moves it fails the build
// instead of shipping a half-rewritten module.
import { readFileSync } from 'node:fs';

/** Replaces each `from` with `to` in `text`, or throws naming the file when one is missing. */
function replaceExactly(text, path, pairs) {
  let out = text;
  for (const [from, to] of pairs) {
    if (!out.includes(from))
      throw new Error(`${path}: expected text not found (dependency changed?): ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

const WASM_DATA_URI = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;

/**
 * yoga-layout starts with `await loadYoga()`: a top-level await (no CommonJS bundle, so no single executable
 * entry) that instantiates its WebAssembly asynchronously, and Emscripten's loader looks at `fetch`, whose first
 * touch loads undici (~17 ms). Emscripten calls `instantiateWasm(imports, done)` when the module provides it:
 * a synchronous instance there makes the whole module ready before `loadYoga` returns.
 */
const yogaSync = {
  name: 'yoga-sync',
  setup(build) {
    build.onLoad(
      { filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ },
      ({ path }) => {
        const text = readFileSync(path, 'utf8');
        const match = WASM_DATA_URI.exec(text);
        if (!match) throw new Error(`${path}: the inlined WebAssembly was not found (yoga-layout changed?)`);
        // The bytes move to an export: the loader's own copy (a data: URI) would never be read.
        const loader = text.replace(match[0], 'H=""');
        return {
          contents: `${loader}\nexport const wasmBase64 = ${JSON.stringify(match[1])};\n`,
          loader: 'js',
        };
      },
    );
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, ({ path }) => {
      replaceExactly(readFileSync(path, 'utf8'), path, [['wrapAssembly(await loadYoga())', '']]);
      return {
        contents: `import loadYoga, { wasmBase64 } from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const yogaModule = {
  instantiateWasm(imports, done) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasmBase64, 'base64')), imports);
    done(instance);
    return instance.exports;
  },
};
loadYoga(yogaModule);
if (!yogaModule.calledRun) throw new Error('yoga-layout did not initialise synchronously');
const Yoga = wrapAssembly(yogaModule);
export default Yoga;
export * from './generated/YGEnums.js';
`,
        loader: 'js',
        resolveDir: path.replace(/[\\/][^\\/]*$/, ''),
      };
    });
  },
};

/**
 * ink connects to React DevTools when DEV=true, through two top-level awaits in its reconciler. A terminal
 * wizard on a server has no use for it: the awaits go (CommonJS becomes possible) and so does the devtools chunk.
 */
const inkWithoutDevtools = {
  name: 'ink-without-devtools',
  setup(build) {
    build.onLoad({ filter: /ink[\\/]build[\\/]reconciler\.js$/ }, ({ path }) => ({
      contents: replaceExactly(readFileSync(path, 'utf8'), path, [
        ["await import('./devtools.js');", "throw new Error('React DevTools are not part of this build');"],
        ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
      ]),
      loader: 'js',
    }));
    build.onLoad({ filter: /ink[\\/]build[\\/]utils\.js$/ }, () => ({
      contents: 'export const isDev = () => false;\n',
      loader: 'js',
    }));
  },
};

/** zod's error messages in every language it knows (777 KB) when the wizard speaks two: en and ja. */
const zodTwoLocales = {
  name: 'zod-two-locales',
  setup(build) {
    build.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, ({ path }) => {
      replaceExactly(readFileSync(path, 'utf8'), path, [
        ['export { default as en } from "./en.js";', ''],
        ['export { default as ja } from "./ja.js";', ''],
      ]);
      return {
        contents: 'export { default as en } from "./en.js";\nexport { default as ja } from "./ja.js";\n',
      };
    });
  },
};

/** What both bundles share: one self-contained file tree, nothing read from node_modules at run time. */
export const common = {
  entryPoints: { 'kvm-wizard': 'src/cli.ts' },
  bundle: true,
  platform: 'node',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [yogaSync, inkWithoutDevtools, zodTwoLocales],
  logLevel: 'warning',
};
