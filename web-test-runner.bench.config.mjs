// `npm run bench`: the benchmark files under test/bench run in the same headless Chromium as the tests;
// each measured row is sent to Node with the `bench-record` server command and appended to a JSON lines file.
import { appendFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './test/support/chrome-path.mjs';
import config, { chromeArgs } from './web-test-runner.config.mjs';

const out = process.env.BENCH_ROWS_FILE ?? '.tmp/bench-rows.jsonl';

const benchRecorder = {
  name: 'bench-recorder',
  executeCommand({ command, payload }) {
    if (command !== 'bench-record') return undefined;
    appendFileSync(out, `${JSON.stringify(payload)}\n`);
    return true;
  },
};

export default {
  ...config,
  files: [process.env.BENCH_FILES ?? 'test/bench/**/*.bench.ts'],
  // Measure what ships: Lit's production build, not its dev mode (which the tests use for its warnings).
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  // Heap rows: exact performance.memory figures and gc() before reading them.
  browsers: [
    chromeLauncher({
      // Off the record: IndexedDB in memory, steadier on this machine's disk. BENCH_DISK=1 keeps it on disk (the
      // browser's default context, in the launcher's temporary profile), as on a user's machine.
      createPage: async ({ browser }) =>
        process.env.BENCH_DISK ? browser.newPage() : (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: findChrome() ?? '/usr/bin/chromium',
        headless: true,
        args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
      },
    }),
  ],
  plugins: [...config.plugins, benchRecorder],
  testFramework: { config: { timeout: 10 * 60 * 1000 } },
  testsFinishTimeout: 30 * 60 * 1000,
};
