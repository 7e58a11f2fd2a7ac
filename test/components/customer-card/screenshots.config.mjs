/**
 * Screenshots of the customer card for review (not a test gate): `npx wtr --config
 * test/components/customer-card/screenshots.config.mjs`. The `card-shot` command saves the element whose
 * box the page reports as a PNG under docs/screenshots/card/.
 */
import { mkdirSync } from 'node:fs';
import config from '../../../web-test-runner.config.mjs';

const OUT = 'docs/screenshots/card';

const shotPlugin = {
  name: 'card-shot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'card-shot') return undefined;
    const { name, clip } = payload;
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad screenshot name ${name}`);
    mkdirSync(OUT, { recursive: true });
    const page = session.browser.getPage(session.id);
    await page.screenshot({ path: `${OUT}/${name}.png`, clip });
    return true;
  },
};

export default {
  ...config,
  files: ['test/components/customer-card/card.shots.ts'],
  concurrency: 1,
  plugins: [...config.plugins, shotPlugin],
};
