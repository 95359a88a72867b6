import { loadAnswers } from '../answers/load.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { EXIT } from './context.js';
import { resultDocument } from './json-result.js';

/**
 * `kvm-wizard validate FILE`: every problem at once, in the user's language (the same loader as --answers),
 * exit 0 when the file is valid and 2 when it is not. With --json, one document on stdout and nothing else.
 */
export async function runValidate(
  file: string,
  json: boolean,
  write: (s: string) => void,
  warn: (s: string) => void,
): Promise<number> {
  const loaded = await loadAnswers(file);
  if (json) {
    const errors = loaded.ok ? [] : loaded.errors;
    write(JSON.stringify(resultDocument('validate', { file, valid: loaded.ok, errors }), null, 2));
    return loaded.ok ? EXIT.ok : EXIT.usage;
  }
  if (loaded.ok) {
    write(t('cli.validateOk', { file: visible(file) }));
    return EXIT.ok;
  }
  warn(t('cli.answersError', { file: visible(file) }));
  for (const e of loaded.errors) warn(`  ${visible(e)}`);
  return EXIT.usage;
}
