import { render } from 'ink';
import type { StepId } from '../plan/types.js';
import type { Session } from '../run/session.js';
import { App } from './App.js';
import { keyByKeyStdin } from './key-input.js';

/** Starts the Ink app on the terminal and resolves with the exit code once the user finishes or quits. */
export async function runInteractive(session: Session, steps: readonly StepId[]): Promise<number> {
  await session.probe();
  let code = 0;
  const app = render(
    <App
      session={session}
      steps={steps}
      onExit={(c) => {
        code = c;
      }}
    />,
    // App handles Ctrl-C itself: it cancels a running command first, and quits only when nothing runs.
    { exitOnCtrlC: false, stdin: keyByKeyStdin(process.stdin) },
  );
  await app.waitUntilExit();
  return code;
}
