import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraftYaml } from '../../src/index.js';

const examples = readdirSync('examples').filter((name) => name.endsWith('.yaml'));

describe('every example passes chancery check', () => {
  it.each(examples)('%s has no error-level finding', (name) => {
    const report = checkDraftYaml(readFileSync(`examples/${name}`, 'utf8'), { file: name });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('covers the examples there are', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });
});
