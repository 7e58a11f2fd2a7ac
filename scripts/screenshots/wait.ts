/**
 * A bounded wait on a condition for the screenshot pages (they have no test runner to lean on). The screenshot
 * script also serves this module for test/support/fixtures.js, whose other helpers need the test runner, when the
 * card page reuses the card tests' showcase data.
 */
export async function until(condition: () => boolean, what: string, ms = 30000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`not ready: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
