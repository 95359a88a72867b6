import { parseArgs } from 'node:util';
import type { StepId } from '../plan/types.js';

/**
 * The command line's options: their definition for node:util's parser and what parsing makes of them.
 * Here on their own so that args.ts (parsing) and arg-rules.ts (what goes together) both read them.
 */
export interface CliOptions {
  command: 'wizard' | 'facts' | 'export' | 'validate' | 'schema' | 'confirm' | 'revert';
  /** validate's FILE. */
  file?: string;
  help: boolean;
  version: boolean;
  yes: boolean;
  dryRun: boolean;
  json: boolean;
  simulate?: string;
  target?: string;
  answers?: string;
  /** A `facts --json` document to plan from instead of probing a host. */
  facts?: string;
  only?: StepId[];
  lang?: string;
}

export function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
      yes: { type: 'boolean', short: 'y' },
      'dry-run': { type: 'boolean', short: 'n' },
      json: { type: 'boolean' },
      simulate: { type: 'string' },
      target: { type: 'string' },
      answers: { type: 'string', short: 'a' },
      facts: { type: 'string' },
      only: { type: 'string' },
      lang: { type: 'string' },
    },
  });
}

export type ParsedValues = ReturnType<typeof parse>['values'];
export type ParsedTokens = ReturnType<typeof parse>['tokens'];
