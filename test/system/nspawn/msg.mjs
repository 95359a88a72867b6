// Prints one English message of the wizard, read from the project's catalogue, so the nspawn test's
// assertions follow a rewording instead of breaking on it.
//
//   node msg.mjs PROJECT_DIR KEY [NAME=VALUE...]     e.g. msg.mjs . cli.stepBlocked step=host
//
// The catalogue (src/i18n/en.ts) maps 'key': 'text' (or "text" / `text`, on the same or the next line);
// {name} placeholders are replaced by the NAME=VALUE arguments. Exit 1 when the key is not there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [project, key, ...params] = process.argv.slice(2);
if (!project || !key) {
  process.stderr.write('usage: msg.mjs PROJECT_DIR KEY [NAME=VALUE...]\n');
  process.exit(2);
}
const file = join(project, 'src/i18n/en.ts');
const source = readFileSync(file, 'utf8');
const quotedKey = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// the value: one string literal in ' " or ` quotes, escapes allowed, no ${} (the catalogue has none)
const m = new RegExp(
  `['"]${quotedKey}['"]\\s*:\\s*('(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*"|\`(?:\\\\.|[^\`\\\\])*\`)`,
).exec(source);
if (!m?.[1]) {
  process.stderr.write(`msg.mjs: no message '${key}' in ${file}\n`);
  process.exit(1);
}
// Our own catalogue's literal: let JavaScript itself undo the escapes.
let text = new Function(`return ${m[1]};`)();
for (const p of params) {
  const i = p.indexOf('=');
  text = text.split(`{${p.slice(0, i)}}`).join(p.slice(i + 1));
}
process.stdout.write(text);
