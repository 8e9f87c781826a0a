import { describe, expect, it } from 'vitest';
import { renderText, type ChanceryError, type DraftInput } from '../../src/index.js';
import { validDraft } from '../support/drafts.js';
import { failure } from '../support/failure.js';
import { languageDraft } from '../support/language-drafts.js';
import { phraseText } from '../support/phrase-files.js';

function noteOf(input: DraftInput): string {
  return renderText(validDraft(input)).text.split('\f')[0] ?? '';
}

function documentsOf(input: DraftInput): string[] {
  return renderText(validDraft(input)).text.split('\f');
}

function renderFailure(input: DraftInput): ChanceryError {
  return failure(() => renderText(validDraft(input)));
}

function withRecipient(language: string, recipient: Record<string, unknown>): DraftInput {
  const input = languageDraft(language);
  Object.assign(input.documents[0]!, { recipient });
  return input;
}

describe('articles before an institution’s name', () => {
  it.each([
    ['le', 'Haut-Commissariat des Nations Unies aux droits de l’homme'],
    ['la', 'Division des procédures spéciales'],
    ["l'", 'Office des Nations Unies à Genève'],
    ['les', 'Services de conférence'],
  ])('contracts "à" with the French article %s as the phrase file says', (article, name) => {
    const note = noteOf(withRecipient('fr', { name, article }));
    const dative = phraseText('fr', `articles.dative.${article}`);
    const joined = dative.endsWith("'") ? `${dative}${name}` : `${dative} ${name}`;
    expect(note).toContain(`présente ses compliments ${joined}`);
    expect(note).toContain(`renouveler ${joined} les assurances`);
    expect(note).not.toMatch(/\bà le\b|\bà les\b/);
  });

  it('writes "au Haut-Commissariat", never "à le"', () => {
    const note = noteOf(languageDraft('fr'));
    expect(note).toContain(
      "La Mission permanente de la République d'Utopie auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat",
    );
  });

  it.each([
    ['la', 'Oficina del Alto Comisionado'],
    ['el', 'Alto Comisionado de las Naciones Unidas para los Derechos Humanos'],
  ])('contracts "a" with the Spanish article %s: never "a el"', (article, name) => {
    const note = noteOf(withRecipient('es', { name, article }));
    expect(note).toContain(
      `saluda atentamente ${phraseText('es', `articles.dative.${article}`)} ${name}`,
    );
    expect(note).not.toMatch(/\ba el\b/);
  });

  it('writes "saluda atentamente a la Oficina" and opens with the sender’s article in capitals', () => {
    const note = noteOf(languageDraft('es'));
    expect(note).toContain('La Misión Permanente de la República de Utopía');
    expect(note).toContain('saluda atentamente a la Oficina del Alto Comisionado');
  });

  it('names the field when French needs an article the draft does not give', () => {
    const error = renderFailure(withRecipient('fr', { name: 'Haut-Commissariat' }));
    expect(error.code).toBe('article_needed');
    expect(error.path).toEqual(['documents', 0, 'recipient', 'article']);
    expect(error.message).toMatch(
      /French formulas write the recipient's name with its article \(le, la, l', les\)/,
    );
  });

  it('names the field when the article is not one the language knows', () => {
    const error = renderFailure(withRecipient('es', { name: 'Oficina', article: 'lo' }));
    expect(error.code).toBe('article_unknown');
    expect(error.path).toEqual(['documents', 0, 'recipient', 'article']);
  });

  it('names the sender’s article when the mission’s name lacks one', () => {
    const input = languageDraft('fr');
    delete (input.sender as { article?: string }).article;
    expect(renderFailure(input).path).toEqual(['sender', 'article']);
  });
});

describe('inflected names', () => {
  it('puts the recipient in the dative the draft gives in both Russian formulas', () => {
    const dative =
      'Управлению Верховного комиссара Организации Объединенных Наций по правам человека';
    const note = noteOf(languageDraft('ru'));
    expect(note).toContain(`свидетельствует свое уважение ${dative} и,`);
    expect(note).toContain(`возобновить ${dative} уверения`);
  });

  it('names recipient.forms.dative when Russian needs it and the draft lacks it', () => {
    const error = renderFailure(withRecipient('ru', { name: 'Управление Верховного комиссара' }));
    expect(error.code).toBe('form_needed');
    expect(error.path).toEqual(['documents', 0, 'recipient', 'forms', 'dative']);
    expect(error.message).toContain('Russian');
  });

  it('joins لـ to the Arabic recipient as the draft gives it', () => {
    const note = noteOf(languageDraft('ar'));
    expect(note).toContain('لتعرب مجددا لمفوضية الأمم المتحدة السامية لحقوق الإنسان عن');
  });
});

describe('agreement with the mission that writes', () => {
  it('uses the feminine Arabic verbs for a feminine mission and the masculine for a masculine one', () => {
    const feminine = noteOf(languageDraft('ar'));
    expect(feminine).toMatch(/^تهدي البعثة الدائمة/m);
    expect(feminine).toContain(phraseText('ar', 'noteVerbale.hasTheHonourTo.feminine'));
    const input = languageDraft('ar');
    Object.assign(input.sender, { mission: 'وفد جمهورية يوتوبيا', gender: 'masculine' });
    const masculine = noteOf(input);
    expect(masculine).toMatch(/^يهدي وفد جمهورية يوتوبيا أطيب تحياته إلى/m);
    expect(masculine).toContain(`، ${phraseText('ar', 'noteVerbale.hasTheHonourTo.masculine')}`);
    expect(masculine).toMatch(/^ويغتنم وفد جمهورية يوتوبيا هذه الفرصة ليعرب/m);
  });

  it('names sender.gender when Arabic needs it and the draft does not say', () => {
    const input = languageDraft('ar');
    delete (input.sender as { gender?: string }).gender;
    const error = renderFailure(input);
    expect(error.code).toBe('gender_needed');
    expect(error.path).toEqual(['sender', 'gender']);
  });
});

describe('addressees whose honorific shows no gender', () => {
  const doctor = (language: string, gender?: 'female' | 'male'): DraftInput => {
    const input = languageDraft(language);
    const letter = input.documents[2] as { addressees: Record<string, unknown>[] };
    letter.addressees = [
      { ...letter.addressees[0], honorific: 'Dr.', ...(gender ? { gender } : {}) },
    ];
    input.documents = [input.documents[2]!];
    return input;
  };

  it('asks for the gender in French, naming the addressee’s field, rather than guess', () => {
    const error = renderFailure(doctor('fr'));
    expect(error.code).toBe('gender_needed');
    expect(error.path).toEqual(['documents', 0, 'addressees', 0, 'gender']);
    expect(error.message).toContain('"Dr."');
  });

  it('asks for it in the Russian singular salutation too', () => {
    expect(renderFailure(doctor('ru')).path).toEqual(['documents', 0, 'addressees', 0, 'gender']);
  });

  it('agrees with the gender the draft states', () => {
    expect(documentsOf(doctor('fr', 'female'))[0]).toContain('Madame la Rapporteuse spéciale,');
    expect(documentsOf(doctor('fr', 'male'))[0]).toContain('Monsieur le Rapporteur spécial,');
    expect(documentsOf(doctor('ru', 'male'))[0]).toContain(
      'Уважаемый господин Специальный докладчик,',
    );
  });

  it('needs no gender in English, which has one form', () => {
    expect(documentsOf(doctor('en'))[0]).toContain('Dear Dr. Special Rapporteur,');
  });
});

describe('roles read from titles in the draft’s language', () => {
  const single = (language: string, addressee: Record<string, unknown>): string => {
    const input = languageDraft(language);
    input.documents = [{ ...(input.documents[2] as object), addressees: [addressee] } as never];
    return documentsOf(input)[0] ?? '';
  };

  it('knows a French Experte indépendante and elides the article', () => {
    const letter = single('fr', {
      honorific: 'Mme',
      name: 'A',
      title: 'Experte indépendante sur la promotion d’un ordre international démocratique',
    });
    expect(letter).toContain("Madame l'Experte indépendante,");
  });

  it('knows a Chinese title, which ends with the role', () => {
    const letter = single('zh', {
      honorific: '先生',
      name: 'A',
      title: '人权维护者处境问题特别报告员',
    });
    expect(letter).toContain('尊敬的特别报告员先生：');
    expect(letter).toContain('A先生');
  });

  it('takes the role the draft states over the title', () => {
    const letter = single('es', {
      honorific: 'Sra.',
      name: 'A',
      title: 'Presidenta del Grupo de Trabajo sobre la Detención Arbitraria',
      role: 'chairRapporteur',
    });
    expect(letter).toContain('Señora Presidenta-Relatora:');
  });

  it('still reads English titles in a draft of another language', () => {
    const letter = single('fr', {
      honorific: 'M.',
      name: 'A',
      title: 'Independent Expert on Somalia',
    });
    expect(letter).toContain("Monsieur l'Expert indépendant,");
  });
});
