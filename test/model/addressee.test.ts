import { describe, expect, it } from 'vitest';
import { AddresseeSchema, parseDraft, parseDraftYaml } from '../../src/index.js';
import { exampleYaml, smallDraftInput } from '../support/drafts.js';

describe('addressees by mandate', () => {
  it("takes the mandate's title from its shorthand", () => {
    expect(
      AddresseeSchema.parse({ honorific: 'Ms.', name: 'Siobhan Mullally', mandate: 'trafficking' }),
    ).toEqual({
      honorific: 'Ms.',
      name: 'Siobhan Mullally',
      mandate: 'trafficking',
      title: 'Special Rapporteur on trafficking in persons, especially women and children',
    });
    expect(
      AddresseeSchema.parse({ honorific: 'Ms.', name: 'Fernanda Hopenhaym', mandate: 'business' })
        .title,
    ).toMatch(
      /^Chair-Rapporteur of the Working Group on the issue of human rights and transnational/,
    );
  });

  it('keeps a title written out, even beside a mandate', () => {
    expect(
      AddresseeSchema.parse({
        honorific: 'Mr.',
        name: 'X',
        title: 'Member of the Working Group on Arbitrary Detention',
        mandate: 'arbitrary-detention',
      }).title,
    ).toBe('Member of the Working Group on Arbitrary Detention');
  });

  it('refuses an unknown shorthand, suggesting the nearest', () => {
    const input = smallDraftInput();
    (input.documents[1] as { addressees: unknown[] }).addressees = [
      { honorific: 'Ms.', name: 'A', mandate: 'traficking' },
    ];
    const result = parseDraft(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: 'unknown_mandate',
      path: ['documents', 1, 'addressees', 0, 'mandate'],
    });
    expect(result.errors[0].message).toContain('did you mean "trafficking"?');
  });

  it('asks for a title or a mandate, at the line of the addressee that has neither', () => {
    const text = exampleYaml.replace(
      '        title: Special Rapporteur on the situation of human rights in Cambodia\n',
      '',
    );
    const result = parseDraftYaml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: 'missing_field',
      path: ['documents', 1, 'addressees', 2, 'title'],
      line: text.slice(0, text.indexOf('      - honorific: Mr.\n        name: Vitit')).split('\n')
        .length,
    });
    expect(result.errors[0].message).toContain('unless a mandate is given');
  });
});
