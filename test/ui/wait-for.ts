/** Polls until `check` returns a value that is not false/undefined, or throws with `describe()` after `timeout` ms. */
export async function waitFor<T>(
  check: () => T | false | undefined,
  {
    timeout = 5000,
    interval = 10,
    describe = () => '',
  }: { timeout?: number; interval?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value !== false && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeout} ms\n${describe()}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
