// Golden cases (Proxmox's tests/parse-answer.rs, for plans): test/cases/NAME/facts.json (`kvm-wizard facts
// --json`, from a simulated host or a user's bug report), answers.yaml when the case has answers, and
// plan.txt, the exact `--dry-run --facts` output (`--only` the content of `only`, when the case has one). Run
// through main() in-process, the very path of the CLI.
// UPDATE_GOLDEN=1 rewrites plan.txt (and the exit code line) from what the code prints now: review the diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const CASES = join(import.meta.dirname, '..', 'cases');
const names = readdirSync(CASES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

let main: (argv: string[]) => Promise<number>;
beforeAll(async () => {
  // Plain text whatever runs the tests: style.ts reads this once, at import.
  process.env.NO_COLOR = '1';
  ({ main } = await import('../../src/cli/main.js'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** What `kvm-wizard --dry-run --facts F [--answers A] --lang en` prints, and its exit code. */
async function dryRun(dir: string): Promise<string> {
  const answers = join(dir, 'answers.yaml');
  const argv = ['--dry-run', '--facts', join(dir, 'facts.json'), '--lang', 'en'];
  if (existsSync(answers)) argv.push('--answers', answers);
  // A case for some steps only (`--only`): their names in the file `only`.
  const only = join(dir, 'only');
  if (existsSync(only)) argv.push('--only', readFileSync(only, 'utf8').trim());
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  let err = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await main(argv);
  vi.restoreAllMocks();
  return `${out}${err ? `stderr:\n${err}` : ''}exit ${code}\n`;
}

describe('golden plans: test/cases/NAME/{facts.json, answers.yaml, plan.txt}', () => {
  it('has the cases the design asks for', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it.each(names)('%s', async (name) => {
    const dir = join(CASES, name);
    const got = await dryRun(dir);
    const file = join(dir, 'plan.txt');
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, got);
    expect(got).toBe(readFileSync(file, 'utf8'));
  });
});
