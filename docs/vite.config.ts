import { defineConfig } from 'vite';

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
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
});
