import { describe, expect, it } from 'vitest';
import { ChanceryError, renderText } from '../../src/index.js';
import { exampleDraft, smallDraftInput, validDraft } from '../support/drafts.js';

function textOf(input: unknown): string {
  return renderText(validDraft(input)).text;
}

describe('composing a note verbale', () => {
  it('builds the opening sentence from sender, recipient and the communication answered', () => {
    const text = renderText(exampleDraft()).text;
    expect(text).toContain(
      'The Permanent Mission of the Kingdom of Cambodia to the United Nations Office and other International Organizations at Geneva presents its compliments to the Office of the High Commissioner for Human Rights and, with reference to the Joint Communication No. AL KHM 2/2022 dated 20 September 2022 from the Special Procedures, has the honor to transmit to the latter herewith',
    );
  });

  it('spells "honour" in UN English and "honor" in US English', () => {
    const input = smallDraftInput();
    expect(textOf(input)).toContain('has the honour to transmit');
    input.language = 'en-US';
    expect(textOf(input)).toContain('has the honor to transmit');
  });

  it('says "Communication" for a communication that is not joint, and drops the clause when nothing is answered', () => {
    const input = smallDraftInput();
    expect(textOf(input)).toContain(
      'with reference to the Communication No. UA UTO 1/2024 dated 1 March 2024',
    );
    delete input.inReplyTo;
    expect(textOf(input)).toContain(
      'presents its compliments to the Office of the High Commissioner for Human Rights and has the honour to transmit',
    );
  });

  it('closes with the formula and the level of consideration asked for', () => {
    const input = smallDraftInput();
    (input.documents[0] as { consideration?: string }).consideration = 'high';
    expect(textOf(input)).toContain(
      'avails itself of this opportunity to renew to the Office of the High Commissioner for Human Rights the assurances of its high consideration.',
    );
  });

  it('writes the reference number, then place and date after the closing, then the recipient', () => {
    const text = textOf(smallDraftInput()).split('\f')[0] ?? '';
    const order = [
      'No: NV-2024-15',
      'avails itself',
      'Geneva, 2 April 2024',
      'Office of the High Commissioner for Human Rights\nGeneva',
    ];
    const positions = order.map((fragment) => text.indexOf(fragment));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('yields every derived value to an override', () => {
    const input = smallDraftInput();
    Object.assign(input.documents[0] as object, {
      opening: 'The Mission greets the Office and has the pleasure to',
      closing: 'With thanks.',
      place: 'Bern',
    });
    Object.assign(input.documents[1] as object, {
      salutation: 'Excellency,',
      closing: 'Yours sincerely,',
    });
    const text = textOf(input);
    expect(text).toContain(
      'The Mission greets the Office and has the pleasure to transmit herewith',
    );
    expect(text).toContain('With thanks.');
    expect(text).toContain('Bern, 2 April 2024');
    expect(text).toContain('Excellency,');
    expect(text).toContain('Yours sincerely,');
    expect(text).not.toContain('presents its compliments');
    expect(text).not.toContain('Dear ');
    expect(text).not.toContain('Please accept');
  });

  it('lists enclosures under their label', () => {
    const input = smallDraftInput();
    (input.documents[0] as { enclosures?: string[] }).enclosures = [
      'Reply of the Government',
      'Annex I',
    ];
    expect(textOf(input)).toContain('Enclosures\n\nReply of the Government\n\nAnnex I');
  });
});

describe('composing a letter', () => {
  it('derives the salutation and the complimentary close from the addressees', () => {
    const text = renderText(exampleDraft()).text;
    expect(text).toContain('Dear Ms. and Mr. Special Rapporteurs,');
    expect(text).toContain(
      'Please accept, Ms. and Mr. Special Rapporteurs, the renewed assurances of my highest consideration.',
    );
  });

  it('addresses one Special Rapporteur in the singular', () => {
    expect(textOf(smallDraftInput())).toContain('Dear Ms. Special Rapporteur,');
  });

  it('falls back to Madam and Sir when the titles name no known role', () => {
    const input = smallDraftInput();
    (input.documents[1] as { addressees: unknown[] }).addressees = [
      { honorific: 'Ms.', name: 'A', title: 'Director' },
      { honorific: 'Mr.', name: 'B', title: 'Deputy Director' },
    ];
    expect(textOf(input)).toContain('Dear Madam and Sir,');
  });

  it('numbers the sections and puts the addressees at the foot of the first page', () => {
    const text = textOf(smallDraftInput()).split('\f')[1] ?? '';
    expect(text).toContain('1. Background');
    expect(
      text.trimEnd().endsWith('Ms. Ada Lovelace\nSpecial Rapporteur on the right to food'),
    ).toBe(true);
  });
});

describe('composing errors', () => {
  it('refuses a language the format has no phrases for, naming the field', () => {
    const input = smallDraftInput();
    input.language = 'tlh';
    expect(() => textOf(input)).toThrow(ChanceryError);
    try {
      textOf(input);
    } catch (error) {
      expect((error as ChanceryError).path).toEqual(['language']);
      expect((error as ChanceryError).code).toBe('unsupported_language');
    }
  });

  it('refuses an unknown format, naming the field', () => {
    const input = smallDraftInput();
    input.format = 'no-such-format';
    expect(() => textOf(input)).toThrow(/no format named "no-such-format"/);
  });

  it('refuses an honourTo of several paragraphs, naming the field', () => {
    const input = smallDraftInput();
    (input.documents[0] as { honourTo: string }).honourTo = 'transmit this.\n\nAnd that.';
    try {
      textOf(input);
      expect.unreachable();
    } catch (error) {
      expect((error as ChanceryError).path).toEqual(['documents', 0, 'honourTo']);
    }
  });
});
