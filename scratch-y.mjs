import { parseDocument } from 'yaml';
const [,, name, pretty] = process.argv;
const opts = { schema: 'core', resolveKnownTags: false, merge: false, uniqueKeys: false, stringKeys: true, version: '1.2', prettyErrors: pretty === '1' };
const N = 1 << 20;
const cases = {
  nl: () => '\n'.repeat(N),
  nl256k: () => '\n'.repeat(N/4),
  nl512k: () => '\n'.repeat(N/2),
  spaces: () => ' '.repeat(N),
  comments: () => '#\n'.repeat(N/2),
  deepflow: () => '['.repeat(N),
  deepflow1k: () => '['.repeat(1000) + ']'.repeat(1000),
  deepflow10k: () => '['.repeat(10000) + ']'.repeat(10000),
  dashes: () => '- '.repeat(N/2),
  qs: () => '? '.repeat(N/2),
  deepmap: () => Array.from({length: 1400}, (_, i) => ' '.repeat(i) + 'a:').join('\n'),
  flowitems: () => '[' + '1,'.repeat(N/2 - 2) + ']',
  manykeys: () => Array.from({length: 60000}, (_, i) => `k${i}: ${i}`).join('\n'),
  longstr: () => 'a: ' + 'x'.repeat(N),
  longquoted: () => 'a: "' + 'x'.repeat(N) + '"',
  anchors: () => Array.from({length: 50000}, (_, i) => `k${i}: &a${i} ${i}`).join('\n'),
  aliases: () => 'a: &a 1\nb: [' + '*a,'.repeat(N/3 - 10) + ']',
  docs: () => '---\n'.repeat(N/4),
  tabs: () => 'a:\n' + '\t'.repeat(N),
  colons: () => ':'.repeat(N),
  quotes: () => '"'.repeat(N),
  braces: () => '{'.repeat(N),
};
const src = cases[name]();
const t0 = performance.now();
let r;
try { const d = parseDocument(src, opts); r = d.errors.length ? 'err ' + d.errors.length + ' ' + d.errors[0].message.split('\n')[0].slice(0, 80) : 'ok'; if (!d.errors.length) { try { d.toJS({maxAliasCount: 100}); } catch (e) { r += ' toJS throw ' + e.message.slice(0, 60); } } } catch (e) { r = 'THROW ' + e.constructor.name + ' ' + e.message.slice(0, 80); }
console.log(name, 'pretty=' + pretty, (performance.now() - t0).toFixed(0) + 'ms', r, Math.round(process.memoryUsage().rss / 2**20) + 'MiB');
