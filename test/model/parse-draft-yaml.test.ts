import { describe, expect, it } from 'vitest';
import { parseDraftYaml } from '../../src/index.js';
import { exampleYaml } from '../support/drafts.js';

function errorsOf(text: string) {
  const result = parseDraftYaml(text, { file: 'reply.yaml' });
  if (result.ok) throw new Error('expected the draft to be refused');
  return result.errors;
}

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

describe('parseDraftYaml', () => {
  it('parses the example reply', () => {
    const result = parseDraftYaml(exampleYaml);
    expect(result.ok).toBe(true);
  });

  it('gives the line and column of a YAML syntax error', () => {
    const text = 'language: en\nsender:\n  state: "unclosed\n';
    const [error] = errorsOf(text);
    expect(error?.code).toBe('yaml_syntax');
    expect(error?.file).toBe('reply.yaml');
    expect(error?.line).toBeGreaterThanOrEqual(3);
    expect(error?.column).toBeGreaterThanOrEqual(1);
  });

  it('gives the path and the line of a bad date', () => {
    const text = exampleYaml.replace('date: 2022-11-15', 'date: 2022-13-45');
    const [error] = errorsOf(text);
    expect(error?.path).toEqual(['documents', 0, 'date']);
    expect(error?.line).toBe(lineOf(text, '2022-13-45'));
    expect(error?.column).toBe(11);
  });

  it('gives the line of a misspelt field', () => {
    const text = exampleYaml.replace('honourTo:', 'honorTo:');
    const [error] = errorsOf(text);
    expect(error?.code).toBe('unknown_field');
    expect(error?.line).toBe(lineOf(text, 'honorTo:'));
  });

  it('points a missing field at the mapping that lacks it', () => {
    const text = exampleYaml.replace('        name: Vitit Muntarbhorn\n', '');
    const [error] = errorsOf(text);
    expect(error?.path).toEqual(['documents', 1, 'addressees', 2, 'name']);
    expect(error?.line).toBe(lineOf(text, '      - honorific: Mr.'));
  });

  it('refuses a duplicated key', () => {
    const [error] = errorsOf('language: en\nlanguage: fr\n');
    expect(error?.code).toBe('yaml_syntax');
    expect(error?.line).toBe(2);
  });

  it('refuses aliases that expand without bound', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 8; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(
        `${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(',')}]`,
      );
    }
    const [error] = errorsOf(bomb.join('\n'));
    expect(error?.code).toBe('yaml_aliases');
  });

  it('reads dates written without quotes as text, never as timestamps', () => {
    const result = parseDraftYaml(exampleYaml);
    expect(result.ok && result.value.inReplyTo?.date).toBe('2022-09-20');
  });
});
