// Where the browser tests find Chromium: CHROME_PATH, else the usual Debian/Ubuntu/Chrome locations.
import { existsSync } from 'node:fs';

export const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CHROME_CANDIDATES.find((path) => existsSync(path));
}
