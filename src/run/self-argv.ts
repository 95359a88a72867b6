/**
 * The argv that starts this same program again with `args` (the detached bridge applier): `node
 * bin/kvm-wizard.js …` from the npm package, but the file itself from the single executable, where
 * process.execPath is the wizard and process.argv[1] repeats it (running `exe exe …` would read the path as an
 * argument).
 */
export async function selfArgv(args: readonly string[]): Promise<string[]> {
  return (await isSingleExecutable())
    ? [process.execPath, ...args]
    : [process.execPath, process.argv[1] ?? '', ...args];
}

async function isSingleExecutable(): Promise<boolean> {
  try {
    const { isSea } = await import('node:sea');
    return isSea();
  } catch {
    // Node 20 before 20.12 has no node:sea, and so no single executables of this kind either.
    return false;
  }
}
