import { describe, expect, it } from 'vitest';
import { createDrafter, type DocumentNode, type FormatSource } from '../../src/index.js';
import { smallDraftInput, validDraft } from '../support/drafts.js';
import { TINY_PNG } from '../support/png.js';
import { blockTexts } from '../support/tree-text.js';

function derived(placement: string, extra: Record<string, string | Uint8Array> = {}): FormatSource {
  return {
    origin: 'formats/placed',
    files: {
      'format.yaml': `name: placed\nextends: un-geneva\nplacement: ${placement}\n`,
      ...extra,
    },
  };
}

function documents(
  source: FormatSource,
  change?: (input: ReturnType<typeof smallDraftInput>) => void,
): DocumentNode[] {
  const input = smallDraftInput();
  input.format = 'placed';
  change?.(input);
  return [...createDrafter({ formats: [source] }).compose(validDraft(input)).tree.children];
}

describe('the built-in layouts honour the placement choices of the manifest', () => {
  it("puts the note verbale's date at the end by default, or at the top", () => {
    const [end] = documents(derived('{}'));
    const [top] = documents(derived('{ noteVerbale: { date: top } }'));
    const endTexts = blockTexts(end?.children);
    const topTexts = blockTexts(top?.children);
    expect(endTexts.indexOf('Geneva, 2 April 2024')).toBeGreaterThan(
      endTexts.indexOf('No: NV-2024-15'),
    );
    expect(topTexts.indexOf('Geneva, 2 April 2024')).toBeLessThan(
      topTexts.indexOf('No: NV-2024-15'),
    );
    expect(topTexts.filter((text) => text === 'Geneva, 2 April 2024')).toHaveLength(1);
  });

  it('puts the recipient at the foot of the first page by default, or before the opening', () => {
    const [foot] = documents(derived('{}'));
    const [top] = documents(derived('{ noteVerbale: { recipient: top } }'));
    expect(blockTexts(foot?.footers.first)).toEqual([
      'Office of the High Commissioner for Human Rights',
      'Geneva',
    ]);
    expect(top?.footers.first).toBeUndefined();
    const topTexts = blockTexts(top?.children);
    expect(topTexts.indexOf('Geneva')).toBe(topTexts.indexOf('No: NV-2024-15') + 2);
  });

  it("writes the drafter's initials under the note only when the format places them", () => {
    const withInitials = (input: ReturnType<typeof smallDraftInput>) => {
      (input.documents[0] as { initials?: string }).initials = 'JR/ab';
    };
    const [none] = documents(derived('{}'), withInitials);
    const [end] = documents(derived('{ noteVerbale: { initials: end } }'), withInitials);
    expect(blockTexts(none?.children)).not.toContain('JR/ab');
    const endTexts = blockTexts(end?.children);
    expect(endTexts.indexOf('JR/ab')).toBe(endTexts.indexOf('Geneva, 2 April 2024') + 1);
  });

  it("puts the letter's addressees at the foot, the top or the end, and its date at the top or the end", () => {
    const name = 'Ms. Ada Lovelace';
    const [, foot] = documents(derived('{}'));
    const [, top] = documents(derived('{ letter: { addressees: top, date: end } }'));
    const [, end] = documents(derived('{ letter: { addressees: end } }'));
    expect(blockTexts(foot?.footers.first)).toContain(name);
    expect(blockTexts(foot?.children)).not.toContain(name);
    const topTexts = blockTexts(top?.children);
    expect(topTexts.indexOf(name)).toBeLessThan(topTexts.indexOf('Dear Ms. Special Rapporteur,'));
    expect(topTexts.at(-1)).toBe('Geneva, 2 April 2024');
    expect(top?.footers.first).toBeUndefined();
    const endTexts = blockTexts(end?.children);
    expect(endTexts.slice(-2)).toEqual([name, 'Special Rapporteur on the right to food']);
  });

  it("aligns the letterhead's emblem as placed, and takes the format's emblem when the draft has none", () => {
    const [start] = documents(
      derived('{ letterhead: { emblem: start } }', { 'seal.png': TINY_PNG }),
      (input) => {
        delete (input.sender as { emblem?: string }).emblem;
      },
    );
    expect(start?.children[0]?.type).not.toBe('image');
    const source: FormatSource = {
      origin: 'formats/placed',
      files: {
        'format.yaml':
          'name: placed\nextends: un-geneva\nemblem: seal.png\nplacement: { letterhead: { emblem: start } }\n',
        'seal.png': TINY_PNG,
      },
    };
    const [note] = documents(source);
    const image = note?.children[0];
    expect(image).toMatchObject({
      type: 'image',
      align: 'start',
      description: 'Republic of Utopia',
    });
    expect(image?.type === 'image' && [...image.data]).toEqual([...TINY_PNG]);
  });
});
