// Screenshots and the printed PDF of <crm-quote-builder> for docs/screenshots/quote/ (run by hand, not in CI:
// `npx wtr --config test/components/quote-builder/screenshots.config.mjs`). The page saves what the test asks
// through the `quote-shot` command (an element's box as PNG, or the page as PDF).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import config from '../../../web-test-runner.config.mjs';

const shots = {
  name: 'quote-shots',
  async executeCommand({ command, payload, session }) {
    if (command !== 'quote-shot') return undefined;
    const page = session.browser.getPage(session.id);
    mkdirSync(dirname(payload.path), { recursive: true });
    if (payload.pdf) {
      await page.emulateMediaType('print');
      await page.pdf({
        path: payload.path,
        format: 'A4',
        printBackground: true,
        margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      });
      await page.emulateMediaType('screen');
    } else {
      await page.setViewport({ width: payload.viewport, height: 900 });
      await page.screenshot({ path: payload.path, clip: payload.clip, captureBeyondViewport: true });
    }
    return true;
  },
};

export default {
  ...config,
  files: ['test/components/quote-builder/*.shots.ts'],
  concurrency: 1,
  plugins: [shots, ...config.plugins],
  testFramework: { config: { timeout: 120000 } },
};
