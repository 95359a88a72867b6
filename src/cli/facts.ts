import { factsDocument } from '../facts/schema.js';
import type { Facts } from '../facts/types.js';
import { visible } from '../i18n/visible.js';
import { displayWidth, padEndDisplay } from '../i18n/width.js';
import { factsRows } from '../present/facts-text.js';

/**
 * `kvm-wizard facts [--json]`: what the probes saw, for bug reports and for scripts. The JSON is a versioned
 * document that `--facts FILE` reads back, so a bug report replays as a plan (and as a test in test/cases/).
 * The table is for people, in their language (`--lang`); the JSON's keys and values never change with it.
 */
export function printFacts(facts: Facts, json: boolean, write: (s: string) => void): void {
  if (json) {
    write(JSON.stringify(factsDocument(facts), null, 2));
    return;
  }
  const rows = factsRows(facts);
  const width = Math.max(17, ...rows.map(([label]) => displayWidth(label) + 1));
  // Names, paths and versions come from the host: written out, never sent raw to the terminal.
  for (const [label, value] of rows) write(`${padEndDisplay(label, width)} ${visible(value)}`);
}
