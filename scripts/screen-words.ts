// For scripts/screenshots.sh: prints `NAME='regex'` lines (bash) with the words each screen is recognised by,
// taken from the wizard's own catalogue for the language given (en or ja), so the script follows the text.
import { en } from '../src/i18n/en.js';
import { ja } from '../src/i18n/ja.js';
import { setCatalogue, t } from '../src/i18n/messages.js';
import { STEP_IDS } from '../src/plan/types.js';
import { MIN_COLUMNS, MIN_ROWS } from '../src/ui/terminal-size.js';

const language = process.argv[2] === 'ja' ? 'ja' : 'en';
setCatalogue({ en, ja }[language]);

const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
const words: Record<string, string> = {
  STEP_LIST: STEP_IDS.join(' '),
  // A printf format: "Step %d/%d".
  W_STEP: re(t('ui.stepOf', { n: '@N', total: '@T' }))
    .replace('@N', '%d')
    .replace('@T', '%d'),
  W_RUN: re(t('ui.run')),
  W_NEXT: re(t('ui.next')),
  W_SKIP: re(t('ui.skip')),
  W_EDIT: re(t('ui.edit')),
  W_RETRY: re(t('ui.retry')),
  W_FINISH: re(t('ui.finish')),
  W_CONTINUE: re(t('host.continueAnyway').split(' ')[0] ?? ''),
  // The spinner, then the words before the command ("Running " in English, none in Japanese), then dnf.
  W_DNF: `^[^ ]+ ${re(t('ui.running', { command: '@C' }).split('@C')[0] ?? '')}dnf`,
  // Its start only: the whole sentence may wrap.
  W_CONFIRM: re(t('bridge.confirm', { seconds: '@S' }).slice(0, 10)),
  W_REVIEW: re(t('bridge.review.title').slice(0, 10)),
  W_BRIDGE_NAME: re(t('bridge.field.name')),
  W_BRIDGE_CARD: re(t('bridge.field.interface')),
  W_DONE: re(t('outcome.done')),
  W_FAILED: re(t('outcome.failed')),
  W_CHECKED: re(t('outcome.checked')),
  W_ALREADY: re(t('outcome.already')),
  // "Learn more: " without the step's name.
  W_LEARN: re(t('learn.title', { step: '@S' }).split('@S')[0] ?? ''),
  // The smallest window the wizard draws in, and one below it for the "make the window at least" screen.
  MIN_SIZE: `${MIN_COLUMNS}x${MIN_ROWS}`,
};
for (const [name, value] of Object.entries(words)) console.log(`${name}=${quote(value)}`);
