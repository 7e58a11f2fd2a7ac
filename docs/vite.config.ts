import { cpSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The documentation site: `npm run docs` serves it, `npm run docs:build` writes static files to docs/dist
 * (deployable anywhere; relative paths). Pages come from custom-elements.json and docs/pages/*.md.
 */
export default defineConfig({
  root: 'docs',
  base: './',
  // The demo's sample data seeds the examples' database.
  publicDir: '../demo/data',
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
  // The design page shows the preset screenshots: ship them beside the built pages (relative paths).
  plugins: [
    {
      name: 'crm-docs-screenshots',
      apply: 'build',
      closeBundle() {
        cpSync(resolve(root, 'screenshots/presets'), resolve(root, 'dist/screenshots/presets'), { recursive: true });
      },
    },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // compare.html: the theme presets beside real Ant Design and Element Plus components.
    rollupOptions: { input: { main: resolve(root, 'index.html'), compare: resolve(root, 'compare.html') } },
  },
});
