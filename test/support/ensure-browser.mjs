// Runs before the browser tests and benchmarks: makes sure Chromium is there. On a fresh Debian machine
// where we are root, installs Debian's `chromium` package (no npm package may download a browser here);
// elsewhere, says what to install.
import { spawnSync } from 'node:child_process';
import { findChrome } from './chrome-path.mjs';

if (!findChrome()) {
  const root = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (root && hasApt) {
    console.log('Chromium not found: installing the Debian package "chromium" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!findChrome()) {
    console.error(
      'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROME_PATH at a Chrome or Chromium executable.',
    );
    process.exit(1);
  }
}
