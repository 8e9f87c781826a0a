import { describe, expect, it } from 'vitest';
import { createYamlLocator, parseDraftYaml } from '../../src/index.js';
import { exampleYaml } from '../support/drafts.js';

function positionOf(text: string, fragment: string): { line: number; column: number } {
  const index = text.indexOf(fragment);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe('createYamlLocator', () => {
  it('finds a plain, a quoted and a block value', () => {
    const text = 'a: plain words here\nb: "quoted words"\nc: |\n  first line\n  second line\n';
    const locate = createYamlLocator(text);
    expect(locate(['a'])).toEqual({ line: 1, column: 4 });
    expect(locate(['a'], { value: 'plain words here', offset: 6 })).toEqual(
      positionOf(text, 'words here'),
    );
    expect(locate(['b'], { value: 'quoted words', offset: 7 })).toEqual(positionOf(text, 'words"'));
    expect(locate(['c'], { value: 'first line\nsecond line\n', offset: 11 })).toEqual(
      positionOf(text, 'second'),
    );
  });

  it("finds a word inside the example's folded note and literal letter", () => {
    const parsed = parseDraftYaml(exampleYaml);
    if (!parsed.ok) throw new Error('the example should parse');
    const locate = createYamlLocator(exampleYaml);
    const note = parsed.value.documents[0];
    const honourTo = note?.type === 'note-verbale' ? (note.honourTo ?? '') : '';
    expect(
      locate(['documents', 0, 'honourTo'], {
        value: honourTo,
        offset: honourTo.indexOf('SOKKHOEURN'),
      }),
    ).toEqual(positionOf(exampleYaml, 'SOKKHOEURN AN, Ambassador'));
    const letter = parsed.value.documents[1];
    const body = letter?.type === 'letter' ? letter.body : '';
    expect(
      locate(['documents', 1, 'body'], { value: body, offset: body.indexOf('Organ harvesting') }),
    ).toEqual(positionOf(exampleYaml, 'Organ harvesting'));
  });

  it('points a path that is not in the text at the nearest mapping that holds it', () => {
    const locate = createYamlLocator(exampleYaml);
    expect(locate(['documents', 1, 'salutation'])).toEqual(positionOf(exampleYaml, 'type: letter'));
    expect(createYamlLocator('')(['a'])).toBeUndefined();
  });

  it('falls back to the start of a value whose escapes it cannot follow', () => {
    const text = 'a: "tab\\there"\n';
    expect(createYamlLocator(text)(['a'], { value: 'tab\there', offset: 4 })).toEqual({
      line: 1,
      column: 4,
    });
  });
});
