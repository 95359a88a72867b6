// yaml's parser on its own, for a dynamic import: most runs have no answers file, so start-up skips its 114 KB.
// (A direct `import('yaml')` of this CommonJS package would lose its named exports in the split bundle.)
export { parse as parseYaml } from 'yaml';
