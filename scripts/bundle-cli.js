// Bundles the command line so that `chancery` starts fast: one CommonJS file that bin/chancery.js
// compiles with a V8 code cache (Node 20 has no module compile cache), and the batch worker the
// same way. Commands load their code only when they run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

// commander requires node:child_process as it loads, for subcommands that are programs of their
// own, which chancery has none of: required where commander uses it, it is never loaded.
const childProcessWhenUsed = {
  name: 'child-process-when-used',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`)
        ? { path: 'child_process', namespace: 'when-used' }
        : undefined,
    );
    build.onLoad({ filter: /^child_process$/, namespace: 'when-used' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

// fflate's build for Node loads node:worker_threads, for asynchronous functions that chancery does
// not call, and fills its tables as it loads; a render with Node's zlib never calls fflate at all.
// The command line takes the portable build, loaded the first time one of its functions is.
const fflateBrowserBuild = join(
  dirname(createRequire(import.meta.url).resolve('fflate/package.json')),
  'esm',
  'browser.js',
);
const fflateNames = Object.keys(await import(pathToFileURL(fflateBrowserBuild).href));
const fflateWhenUsed = {
  name: 'fflate-when-used',
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, () => ({ path: 'fflate', namespace: 'when-used' }));
    build.onLoad({ filter: /^fflate$/, namespace: 'when-used' }, () => ({
      contents: `let fflate;
for (const name of ${JSON.stringify(fflateNames)}) {
  Object.defineProperty(exports, name, {
    enumerable: true,
    get: () => (fflate ??= require(${JSON.stringify(fflateBrowserBuild)}))[name],
  });
}`,
      loader: 'js',
      resolveDir: dirname(fflateBrowserBuild),
    }));
  },
};

// Each bundle is written as the function that bin/run-cached.js calls with a module's variables,
// so that it compiles the file as read, not a copy of it made longer by a wrapper.
const asFunction = {
  banner: {
    js: "(function (exports, require, module, __filename, __dirname) {var __chanceryUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  footer: { js: '})' },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  // A third of the code by size, the list of countries is read by `chancery check` and
  // `chancery new` alone: they require it from the package's dependencies when they run.
  external: ['world-countries'],
  plugins: [childProcessWhenUsed, fflateWhenUsed],
};

await build({
  ...common,
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/bundle/chancery.cjs',
  format: 'cjs',
  // The bundle sits two folders below the package root, as dist/node/ and dist/cli/ do.
  define: { 'import.meta.url': '__chanceryUrl' },
  ...asFunction,
});

await build({
  ...common,
  entryPoints: ['dist/cli/batch-worker.js'],
  outfile: 'dist/bundle/batch-worker.cjs',
  format: 'cjs',
  define: { 'import.meta.url': '__chanceryUrl' },
  ...asFunction,
});

// The worker's entry: the bundle, run with its code cache as the command line's is, the cache
// made under the batch's flags, which the command set for the whole process. The folder is
// CommonJS, as bin/ is, so that a batch thread starts without setting up the module loader.
writeFileSync('dist/bundle/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
writeFileSync(
  'dist/bundle/batch-worker.js',
  `'use strict';
const { join } = require('node:path');
const { runCached, BATCH_V8_FLAGS } = require('../../bin/run-cached.js');

const worker = runCached(join(__dirname, 'batch-worker.cjs'), {
  v8Flags: BATCH_V8_FLAGS,
  setFlags: false,
});
process.once('beforeExit', () => worker.save());
`,
);

// Code that is all ASCII is read and compiled as one-byte text, twice as fast as a bundle that
// holds a single other character.
for (const file of ['dist/bundle/chancery.cjs', 'dist/bundle/batch-worker.cjs']) {
  const bytes = readFileSync(file);
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at >= 0) {
    throw new Error(
      `${file} holds a character outside ASCII near "${bytes.subarray(Math.max(0, at - 40), at + 10).toString()}": write it as an escape`,
    );
  }
}

// The command line's code cache is made here, by rendering the example reply, so that it holds the
// code of the command drafters run most, whichever command runs first once installed. Only that:
// a cache that also holds `chancery check` makes a render about 5 ms slower to start and the check
// no faster (both measured). It doubles as a test that the bundle runs.
const example = 'examples/cambodia-reply.yaml';
if (existsSync(example)) {
  const { runCached, SHORT_COMMAND_V8_FLAGS } = await import('../bin/run-cached.js');
  // With the flags that bin/chancery.js gives every command but a batch: V8 uses no cache made
  // under other flags.
  const cli = runCached(fileURLToPath(new URL('../dist/bundle/chancery.cjs', import.meta.url)), {
    v8Flags: SHORT_COMMAND_V8_FLAGS,
  });
  const work = mkdtempSync(join(tmpdir(), 'chancery-build-'));
  const io = { stdout: () => undefined, stderr: (text) => process.stderr.write(text) };
  try {
    const rendered = await cli.exports.main(
      ['render', example, '-o', join(work, 'reply.docx'), '-q'],
      io,
    );
    if (rendered !== 0) throw new Error(`the bundled command line does not render ${example}`);
    cli.save();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
