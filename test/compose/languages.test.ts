import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/index.js';
import { validDraft } from '../support/drafts.js';
import { LANGUAGES, languageDraft } from '../support/language-drafts.js';
import {
  fill,
  fixedWords,
  inOrder,
  phraseText,
  unGenevaManifest,
} from '../support/phrase-files.js';

// The first of the keys that the language's phrase file (or its base language's) defines.
function firstPhrase(language: string, ...keys: string[]): string {
  for (const key of keys) {
    try {
      return phraseText(language, key);
    } catch {
      // not this form: try the next
    }
  }
  throw new Error(`none of ${keys.join(', ')} for ${language}`);
}

function documentsOf(input: unknown): string[] {
  return renderText(validDraft(input)).text.split('\f');
}

function paragraphWith(text: string, fragment: string): string {
  const paragraph = text.split('\n').find((line) => line.includes(fragment));
  if (paragraph === undefined) throw new Error(`no paragraph with "${fragment}" in:\n${text}`);
  return paragraph;
}

describe('the format speaks the six UN languages', () => {
  it('lists en, en-US, fr, es, ru, ar and zh in its manifest', () => {
    expect(unGenevaManifest.languages).toEqual(['en', 'en-US', 'fr', 'es', 'ru', 'ar', 'zh']);
  });
});

describe.each(unGenevaManifest.languages)('a draft in %s', (language) => {
  const data = LANGUAGES[language]!;
  const [note = '', letters = '', letter = ''] = documentsOf(languageDraft(language));
  const sender = data.sender as { mission: string; city: string; gender?: string };
  // Arabic formulas have forms by the grammatical gender of the mission's name.
  const form = (key: string): string =>
    firstPhrase(language, ...(sender.gender === undefined ? [] : [`${key}.${sender.gender}`]), key);

  it('writes place and date in the order of its phrase file, the date in UN style', () => {
    const placeAndDate = fill(phraseText(language, 'placeAndDate'), {
      place: sender.city,
      date: data.dates.note,
    });
    expect(note).toContain(placeAndDate);
    expect(letters).toContain(placeAndDate);
  });

  it("opens the note verbale with its phrase file's words, in order, around the names and the communication", () => {
    const opening = paragraphWith(note, data.honourTo);
    expect(inOrder(opening, fixedWords(form('noteVerbale.opening')))).toBe(true);
    expect(opening).toContain(sender.mission);
    const communication = phraseText(language, 'noteVerbale.communication');
    expect(inOrder(opening, fixedWords(communication))).toBe(true);
    expect(opening).toContain('AL UTO 2/2022');
    expect(opening).toContain(data.dates.reply);
    const honour = form('noteVerbale.hasTheHonourTo');
    const space = phraseText(language, 'noteVerbale.beforeHonourTo');
    expect(opening).toContain(`${honour}${space}${data.honourTo}`);
  });

  it('closes the note verbale with its phrase file’s formula and the highest consideration', () => {
    const closing = paragraphWith(note, phraseText(language, 'consideration.highest'));
    expect(inOrder(closing, fixedWords(form('noteVerbale.closing')))).toBe(true);
    expect(closing).toContain(sender.mission);
  });

  it('names the communication joint or not, with the words its phrase file gives each', () => {
    const source = phraseText(language, 'noteVerbale.communication');
    const [, joint = '', single = ''] =
      /\{\{#if inReplyTo\.joint\}\}(.*?)\{\{else\}\}(.*?)\{\{\/if\}\}/.exec(source) ?? [];
    expect(joint).not.toBe('');
    expect(paragraphWith(note, data.honourTo)).toContain(joint);
    const input = languageDraft(language);
    input.inReplyTo = { ...input.inReplyTo!, joint: false };
    const [other = ''] = documentsOf(input);
    const opening = paragraphWith(other, data.honourTo);
    expect(opening).toContain(single);
    expect(opening).not.toContain(joint);
  });

  it('opens without the clause when the note answers no communication', () => {
    const input = languageDraft(language);
    delete input.inReplyTo;
    const [other = ''] = documentsOf(input);
    const opening = paragraphWith(other, data.honourTo);
    expect(opening).not.toContain('AL UTO');
    expect(opening.startsWith(paragraphWith(note, data.honourTo).slice(0, 12))).toBe(true);
    const honour = form('noteVerbale.hasTheHonourTo');
    expect(opening).toContain(
      `${honour}${phraseText(language, 'noteVerbale.beforeHonourTo')}${data.honourTo}`,
    );
  });

  it.each(['high', 'distinguished'])('closes with the %s consideration when asked', (level) => {
    const input = languageDraft(language);
    Object.assign(input.documents[0]!, { consideration: level });
    const [other = ''] = documentsOf(input);
    expect(other).toContain(phraseText(language, `consideration.${level}`));
    expect(other).not.toContain(phraseText(language, 'consideration.highest'));
  });

  it('writes the reference number after its label, and the enclosures under theirs', () => {
    const reference = fill(
      phraseText(language, 'reference').replace(
        '{{phrase "numberLabel"}}',
        phraseText(language, 'numberLabel'),
      ),
      { number: '2022/11/657' },
    );
    expect(note.split('\n')).toContain(reference);
    expect(note.split('\n')).toContain(phraseText(language, 'enclosures.many'));
  });

  it('addresses two women and three men, Special Rapporteurs, as its phrase file says', () => {
    const last = phraseText(language, 'list.lastSeparator');
    const courtesy = [
      firstPhrase(language, 'courtesy.female.many', 'courtesy.female'),
      firstPhrase(language, 'courtesy.male.many', 'courtesy.male'),
    ].join(last);
    const address = fill(firstPhrase(language, 'letter.address.many', 'letter.address'), {
      courtesy,
      honorifics: [data.ms, data.mr].join(last),
      role: firstPhrase(
        language,
        'roles.specialRapporteur.mixed.many',
        'roles.specialRapporteur.many',
        'roles.specialRapporteur',
      ),
    });
    const salutation = fill(firstPhrase(language, 'letter.salutation.many', 'letter.salutation'), {
      address,
    });
    const closing = fill(firstPhrase(language, 'letter.closing.many', 'letter.closing'), {
      address,
      consideration: phraseText(language, 'consideration.highest'),
    });
    expect(letters.split('\n')).toContain(salutation);
    expect(letters.split('\n')).toContain(closing);
  });

  it('addresses one woman in the feminine singular where its phrase file has one', () => {
    const address = fill(firstPhrase(language, 'letter.address.one', 'letter.address'), {
      courtesy: firstPhrase(language, 'courtesy.female.one', 'courtesy.female'),
      honorifics: data.ms,
      role: firstPhrase(
        language,
        'roles.specialRapporteur.female.one',
        'roles.specialRapporteur.female',
        'roles.specialRapporteur.one',
        'roles.specialRapporteur',
      ),
    });
    const salutation = fill(
      firstPhrase(
        language,
        'letter.salutation.female.one',
        'letter.salutation.female',
        'letter.salutation.one',
        'letter.salutation',
      ),
      { address },
    );
    expect(letter.split('\n')).toContain(salutation);
  });
});

describe('the forms the issue asks for', () => {
  // The salutation follows the place and date, which follow the letterhead.
  const salutations = (language: string): string[] => {
    const [, ...letters] = documentsOf(languageDraft(language));
    const city = (LANGUAGES[language]!.sender as { city: string }).city;
    return letters.map((text) => {
      const lines = text.split('\n').filter((line) => line !== '');
      return lines[lines.findIndex((line) => line.startsWith(city)) + 1] ?? '';
    });
  };

  it('says "Ms. and Mr." in English', () => {
    expect(salutations('en')).toEqual([
      'Dear Ms. and Mr. Special Rapporteurs,',
      'Dear Ms. Special Rapporteur,',
    ]);
  });

  it('agrees in gender and number in French, Spanish and Russian', () => {
    expect(salutations('fr')).toEqual([
      'Mesdames et Messieurs les Rapporteurs spéciaux,',
      'Madame la Rapporteuse spéciale,',
    ]);
    expect(salutations('es')).toEqual([
      'Señoras y Señores Relatores Especiales:',
      'Señora Relatora Especial:',
    ]);
    expect(salutations('ru')).toEqual([
      'Уважаемые госпожи и господа Специальные докладчики,',
      'Уважаемая госпожа Специальный докладчик,',
    ]);
  });

  it.each([
    ['en', '2022-11-15', '15 November 2022'],
    ['fr', '2022-11-15', '15 novembre 2022'],
    ['fr', '2022-11-01', '1er novembre 2022'],
    ['es', '2022-11-15', '15 de noviembre de 2022'],
    ['ru', '2022-11-15', '15 ноября 2022 года'],
    ['ar', '2022-11-15', '15 تشرين الثاني/نوفمبر 2022'],
    ['zh', '2022-11-15', '2022年11月15日'],
  ])('writes a date in %s as UN documents do: %s is "%s"', (language, date, expected) => {
    const input = languageDraft(language);
    Object.assign(input.documents[0]!, { date });
    const [note = ''] = documentsOf(input);
    const city = (LANGUAGES[language]!.sender as { city: string }).city;
    expect(note).toContain(
      fill(phraseText(language, 'placeAndDate'), { place: city, date: expected }),
    );
  });

  it('pairs both Arabic names of every month, from the phrase file, in Western digits', () => {
    for (let month = 1; month <= 12; month++) {
      const input = languageDraft('ar');
      Object.assign(input.documents[0]!, { date: `2023-${String(month).padStart(2, '0')}-05` });
      const [note = ''] = documentsOf(input);
      const name = phraseText('ar', `months.${month}`);
      expect(name).toMatch(/^[^/]+\/[^/]+$/);
      expect(note).toContain(`جنيف، 5 ${name} 2023`);
      expect(note).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    }
  });
});
