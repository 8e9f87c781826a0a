// Bundles the command line so that `chancery` starts fast: one CommonJS file that bin/chancery.js
// compiles with a V8 code cache (Node 20 has no module compile cache), and the batch worker as
// an ES module of its own. Commands load their code only when they run.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/bundle/chancery.cjs',
  format: 'cjs',
  // The bundle sits two folders below the package root, as dist/node/ and dist/cli/ do.
  define: { 'import.meta.url': '__chanceryUrl' },
  banner: { js: "var __chanceryUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: { 'batch-worker': 'dist/cli/batch-worker.js' },
  outdir: 'dist/bundle',
  format: 'esm',
  // Some dependencies are CommonJS and require Node's modules.
  banner: {
    js: "import { createRequire as __chanceryRequire } from 'node:module'; const require = __chanceryRequire(import.meta.url);",
  },
});
