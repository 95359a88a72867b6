import pkg from '../package.json' with { type: 'json' };
import { langArgument, parseCli, UsageError } from './cli/args.js';
import { t } from './i18n/messages.js';
import { applyLanguage } from './i18n/select.js';

/**
 * Entry point. --help and --version are answered from this small module; everything else loads
 * cli/main.js (and the Ink screens only when the wizard is interactive), so scripted calls start fast.
 */
async function run(argv: string[]): Promise<number> {
  // The detached processes the wizard starts itself take a job file, not options.
  if (argv[0] !== '__apply-bridge' && argv[0] !== '__run-step') {
    try {
      // --lang (or the environment) first, so that even an error about the other arguments is in the user's language.
      try {
        applyLanguage({ lang: langArgument(argv), env: process.env });
      } catch {
        applyLanguage({ env: process.env });
      }
      const options = parseCli(argv);
      applyLanguage({ lang: options.lang, env: process.env });
      if (options.help || options.version) {
        process.stdout.write(`${options.help ? t('cli.help') : pkg.version}\n`);
        return 0;
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
    }
  }
  const { main, reportError } = await import('./cli/main.js');
  return main(argv).catch(reportError);
}

// `kvm-wizard --dry-run | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
