import { describe, expect, it } from 'vitest';
import { parseDraftYaml } from '../../src/index.js';
import { findDeepYamlNesting, MAX_YAML_NESTING } from '../../src/model/yaml-nesting.js';
import { exampleYaml } from '../support/drafts.js';

describe('findDeepYamlNesting', () => {
  it('finds nothing to refuse in the example reply', () => {
    expect(findDeepYamlNesting(exampleYaml)).toBeUndefined();
  });

  it('counts flow collections, block indentation and compact sequences', () => {
    const flow = `sender: ${'['.repeat(MAX_YAML_NESTING)}${']'.repeat(MAX_YAML_NESTING)}\n`;
    expect(findDeepYamlNesting(flow)).toEqual({ depth: MAX_YAML_NESTING + 1, line: 1 });
    const block = ['sender:', ...Array.from({ length: 40 }, (_, i) => `${' '.repeat(i + 1)}- `)];
    expect(findDeepYamlNesting(block.join('\n'))?.depth).toBe(MAX_YAML_NESTING + 1);
    const compact = `documents:\n  ${'- '.repeat(40)}x\n`;
    expect(findDeepYamlNesting(compact)?.line).toBe(2);
  });

  it('does not count brackets inside quoted or block scalars and comments', () => {
    const text = [
      `a: "${'['.repeat(100)}"`,
      `b: '${'{'.repeat(100)}'`,
      `# ${'['.repeat(100)}`,
      'c: |',
      `  ${'[{'.repeat(100)}`,
      `  ${'- '.repeat(100)}`,
    ].join('\n');
    expect(findDeepYamlNesting(text)).toBeUndefined();
  });
});

describe('parseDraftYaml and deep nesting', () => {
  it('refuses a megabyte of nested brackets quickly, with the line, instead of crashing', () => {
    const depth = 500_000;
    const text = `language: en\nsender: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    const result = parseDraftYaml(text, { file: 'bomb.yaml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'yaml_too_deep', file: 'bomb.yaml', line: 2 });
    expect(result.errors[0].message).toMatch(/nests \d+ levels deep/);
  });

  it('refuses deeply indented block collections with the line where the limit is passed', () => {
    const lines = ['sender:', ...Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- `)];
    const result = parseDraftYaml(lines.join('\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'yaml_too_deep', line: MAX_YAML_NESTING });
  });
});
