// Reads a real command output from test/fixtures (a copy of ../shared/fixtures, see its SOURCES.md).
import { readFileSync } from 'node:fs';

export function fixture(relPath: string): string {
  return readFileSync(new URL(`./fixtures/${relPath}`, import.meta.url), 'utf8');
}
