import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** A build of the drafting page in a folder of its own, and how to remove it. */
export interface WebBuild {
  readonly folder: string;
  remove(): void;
}

/**
 * Builds the drafting page with Vite (`vite build web`, as `npm run web:build` does) into a new
 * temporary folder, so a test never serves an old build.
 */
export function buildWebPage(): WebBuild {
  const folder = mkdtempSync(join(tmpdir(), 'chancery-web-'));
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', 'web', '--outDir', folder, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return {
    folder,
    remove: () => {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
