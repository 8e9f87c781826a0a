import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, { types: string; default: string }>;
  bin: Record<string, string>;
};

describe('the package', () => {
  it('resolves "chancery" and "chancery/core" through its exports map to built code with types', () => {
    const script = `
      const main = await import('chancery');
      const core = await import('chancery/core');
      console.log(JSON.stringify({ main: typeof main.renderDocx, parse: typeof main.parseDraft, core: typeof core.createDrafter, coreRender: typeof core.renderDocx }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({
      main: 'function',
      parse: 'function',
      core: 'function',
      coreRender: 'undefined',
    });
    for (const entry of Object.values(manifest.exports).filter(
      (value) => typeof value === 'object',
    )) {
      expect(readFileSync(entry.types, 'utf8')).toContain('export');
    }
  });

  it('keeps the file system out of chancery/core', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from 'node:/);
      for (const [, target] of source.matchAll(/from '(\.[^']+)'/g)) {
        visit(
          new URL(
            target!.replace(/\.js$/, '.ts'),
            `file://${process.cwd()}/${file}`,
          ).pathname.slice(process.cwd().length + 1),
        );
      }
    };
    visit('src/core.ts');
    expect(seen.size).toBeGreaterThan(20);
  });

  it('names its command chancery', () => {
    expect(manifest.bin.chancery).toBe('./bin/chancery.js');
  });
});
