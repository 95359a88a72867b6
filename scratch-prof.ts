import { parseAnswersYaml } from './src/answers/parse-yaml.js';
import { validateAnswers } from './src/answers/load.js';
import { stringify } from 'yaml';
const big = 'x'.repeat(300_000);
for (const [name, text] of [
  ['yaml plain 300k', stringify({ vm: { name: big } }, { lineWidth: 0 })],
  ['json 300k', JSON.stringify({ vm: { name: big } })],
  ['yaml ctrl 300k', stringify({ vm: { name: `${big}\u001b` } }, { lineWidth: 0 })],
  ['yaml 4 x 300k', stringify({ vm: { name: big, osVariant: big }, bridge: { name: big, interface: big } }, { lineWidth: 0 })],
] as const) {
  for (let k = 0; k < 2; k++) {
  const t0 = performance.now();
  const p = parseAnswersYaml(text);
  const t1 = performance.now();
  const v = p.ok ? validateAnswers(p.data) : p;
  const t2 = performance.now();
  console.log(name, text.length, 'parse', (t1 - t0).toFixed(0), 'validate', (t2 - t1).toFixed(0), v.ok ? 'ok' : v.errors[0].slice(0, 60));
  }
}
