import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { topLevelFieldEdit, type TextChange } from '../../web/src/top-level-field-edit.js';
import { exampleYaml } from '../support/drafts.js';

function applied(text: string, change: TextChange | undefined): string {
  if (change === undefined) throw new Error('no change');
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

describe('topLevelFieldEdit', () => {
  it('replaces a value where it stands and changes nothing else', () => {
    const changed = applied(exampleYaml, topLevelFieldEdit(exampleYaml, 'language', 'en'));
    expect(changed.split('\n')).toEqual(
      exampleYaml.split('\n').map((line) => (line === 'language: en-US' ? 'language: en' : line)),
    );
    expect((parse(changed) as { language: string }).language).toBe('en');
  });

  it('adds a missing field before the first one, after the leading comments', () => {
    const text = '# a reply\nsender:\n  city: Geneva # where\n';
    const changed = applied(text, topLevelFieldEdit(text, 'format', 'embassy'));
    expect(changed).toBe('# a reply\nformat: embassy\nsender:\n  city: Geneva # where\n');
  });

  it('fills an empty value and replaces a quoted or nested one', () => {
    expect(
      applied(
        'language:\nformat: x\n',
        topLevelFieldEdit('language:\nformat: x\n', 'language', 'fr'),
      ),
    ).toBe('language: fr\nformat: x\n');
    expect(
      applied('language: "en"\n', topLevelFieldEdit('language: "en"\n', 'language', 'en-US')),
    ).toBe('language: en-US\n');
    expect(
      applied('format: [a, b]\n', topLevelFieldEdit('format: [a, b]\n', 'format', 'un-geneva')),
    ).toBe('format: un-geneva\n');
  });

  it('quotes a value that would not read back as the same plain text', () => {
    const changed = applied('format: x\n', topLevelFieldEdit('format: x\n', 'format', 'a: b'));
    expect((parse(changed) as { format: string }).format).toBe('a: b');
  });

  it('does nothing to text that is not a readable mapping', () => {
    expect(topLevelFieldEdit('format: [unclosed\n', 'format', 'x')).toBeUndefined();
    expect(topLevelFieldEdit('- a list\n', 'format', 'x')).toBeUndefined();
    expect(topLevelFieldEdit('', 'format', 'x')).toBeUndefined();
  });
});
