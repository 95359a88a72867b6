import { en } from './en.js';
import { ja } from './ja.js';
import { type Catalogue, setCatalogue, t } from './messages.js';
import { UsageError } from './usage-error.js';

export type Language = 'en' | 'ja';

export interface LanguageOptions {
  /** The value of `--lang`, if given. */
  lang?: string;
  env: NodeJS.ProcessEnv;
}

const catalogues: Record<Language, Catalogue> = { en, ja };

/** `ja`, `en` or a locale name such as `ja_JP.UTF-8`; anything else is not a language we have. */
function parseLangOption(value: string): Language {
  const match = /^(ja|en)(?:[_.@-].*)?$/i.exec(value.trim());
  // Said in the language the environment chose (cli.ts falls back to it when --lang is not one we have).
  if (!match?.[1]) throw new UsageError(t('cli.unknownLanguage', { lang: value }));
  return match[1].toLowerCase() as Language;
}

/**
 * Picks the message language: `--lang` wins; otherwise the first non-empty of LC_ALL, LC_MESSAGES and LANG
 * (the POSIX order for message text) decides, and a locale starting with `ja` (ja_JP.UTF-8, ja_JP.eucJP,
 * the glibc alias `japanese`) means Japanese. Anything else, including C/POSIX and no locale at all, is English.
 * Only the wizard's own text follows this: the commands it runs still get LC_ALL=C so their output parses.
 */
export function chooseCatalogue(options: LanguageOptions): Language {
  if (options.lang !== undefined && options.lang !== '') return parseLangOption(options.lang);
  const { env } = options;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

let chosen: Language = 'en';

/** Chooses the language (see chooseCatalogue) and switches `t()` to it; returns the choice. */
export function applyLanguage(options: LanguageOptions): Language {
  const language = chooseCatalogue(options);
  setCatalogue(catalogues[language]);
  chosen = language;
  return language;
}

/** The language `t()` speaks now (a detached step is handed it: it starts without the user's environment). */
export function currentLanguage(): Language {
  return chosen;
}
