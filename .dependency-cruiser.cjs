// Layers only point down. The order is written once, here, lowest first; README "How it is built" explains it.
// A module may import its own layer and any layer before it in this list, never one after it, and no cycles.
const LAYERS = [
  'i18n', // message catalogues, display width, visible(): text primitives everyone uses
  'net', // address arithmetic (IPv4 prefixes, masks): pure values
  'iso', // ISO catalogue, checksums, downloads, ISO9660: a library of its own
  'host', // the one seam to the machine: the Host interface and the real host (execa)
  'facts', // probes and pure parsers: Facts
  'answers', // the answers model (zod) and its loader
  'plan', // pure functions of Facts + Answers: steps, commands
  'sim', // the simulated host (--simulate, tests): a Host that answers in the real output formats
  'run', // executing a plan: runner, transcript, the bridge applier
  'present', // words shared by every presenter (TUI, --yes, --dry-run, export)
  'export', // the plan as a shell script
  'ui', // Ink screens
  'cli', // argument parsing, modes; the entry point
];

const layerPath = (name) => `^src/${name}(/|\\.tsx?$)`;

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes two modules one: split the shared part out, below both.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `${layer}-points-down`,
      severity: 'error',
      comment: `${layer} may import ${LAYERS.slice(0, i + 1).join(', ')}; not a layer above it.`,
      from: { path: layerPath(layer) },
      to: { path: LAYERS.slice(i + 1).map(layerPath) },
    })),
    {
      name: 'known-layer',
      severity: 'error',
      comment: 'Every top-level folder of src/ is a layer listed in .dependency-cruiser.cjs.',
      from: { path: '^src/', pathNot: LAYERS.map(layerPath) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|test)/' },
  },
};
