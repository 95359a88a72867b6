import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadAnswers } from './src/answers/load.js';
import { hostileFile, prng } from './test/answers/hostile-answers.js';
const random = prng(1288580403);
const dir = mkdtempSync(join(tmpdir(), 'kw-fuzz-'));
const t0all = performance.now();
for (let i = 0; i < 1000; i++) {
  const t0 = performance.now();
  const { recipe, bytes } = hostileFile(random);
  const t1 = performance.now();
  const f = join(dir, `h${i}.yaml`); writeFileSync(f, bytes);
  const r = await loadAnswers(f);
  const t2 = performance.now();
  if (t2 - t0 > 400) console.log(i, 'gen', (t1 - t0).toFixed(0), 'load', (t2 - t1).toFixed(0), bytes.length, recipe.join(','), r.ok ? 'ok' : r.errors[0].slice(0, 100));
}
console.log('total', (performance.now() - t0all).toFixed(0));
