import { remembered } from '../bounded-memo.js';
import { chanceryError } from '../errors/chancery-error.js';
import type { PathSegment } from '../errors/diagnostic.js';
import type { Format } from '../format/format.js';
import type { Phrase } from '../format/phrase-book.js';
import type { Addressee } from '../model/addressee.js';
import { roleOf } from '../model/addressee-group.js';
import { isoDateNumbers } from '../model/iso-date.js';
import { MandateRoleSchema, type MandateRole } from '../model/mandate-role.js';
import { genderedCandidates, phraseCandidates, type Agreement } from './agreement.js';
import { findFirstPhrase, findPhrase, phraseKeysUnder, type FoundPhrase } from './find-phrase.js';
import { formatIsoDate, isoDateParts } from './format-date.js';
import type { HelperContext } from './helper.js';
import { inflectName, type NamedEntity } from './inflect-name.js';
import { languageName } from './language-name.js';
import { sourcePhraseProblem } from './phrase-data.js';
import type { TemplateEnvironment } from './template-environment.js';

// Phrases may use other phrases; deeper nesting than this can only be a cycle.
const MAX_PHRASE_DEPTH = 16;

/** The subject phrases agree with, and where the draft would state its gender. */
export interface AgreementScope {
  readonly agreement: Agreement;
  /** The field that would give the gender, when it is unknown. */
  readonly genderPath?: readonly PathSegment[] | undefined;
  /** Why the gender is needed, for the message: "the forms of address agree with ...". */
  readonly genderReason?: string;
}

const DEFAULT_SCOPE: AgreementScope = { agreement: { number: 'one' } };

const TITLED_ROLES = MandateRoleSchema.options.filter((role) => role !== 'other');

/** How a phrase key resolves for a language and an agreement. */
interface PhraseResolution {
  /** Whether the phrase has forms by gender and the agreement gives none. */
  readonly needsGender: boolean;
  readonly found: FoundPhrase | undefined;
}

// What each key resolves to, by format: the same in every draft, looked up for each phrase of
// every document of a batch. Formats do not change once loaded.
const resolutions = new WeakMap<Format, Map<string, PhraseResolution>>();

function resolvePhrase(
  format: Format,
  language: string,
  key: string,
  agreement: Agreement,
): PhraseResolution {
  let known = resolutions.get(format);
  if (known === undefined) {
    known = new Map();
    resolutions.set(format, known);
  }
  const { gender, number } = agreement;
  return remembered(known, `${language}\u0000${key}\u0000${gender ?? ''}\u0000${number}`, () => ({
    needsGender:
      gender === undefined &&
      findFirstPhrase(format, language, genderedCandidates(key, number)) !== undefined,
    found: findFirstPhrase(format, language, phraseCandidates(key, agreement)),
  }));
}

/**
 * The phrases of one draft's language in one format, as the templates and the composer use
 * them: phrases chosen by the gender and number of their subject, dates, the names of sender
 * and recipient in their grammatical forms, the reading direction and the mandates' titles.
 *
 * @example
 * ```ts
 * const phrases = new DraftPhrases(format, 'fr', environment);
 * phrases.formatDate('2022-11-01'); // '1er novembre 2022'
 * phrases.withAgreement({ agreement: { gender: 'female', number: 'one' } }, () =>
 *   phrases.phrase('roles.specialRapporteur', {}),
 * ); // 'la Rapporteuse spéciale'
 * ```
 */
export class DraftPhrases implements HelperContext {
  private scope: AgreementScope = DEFAULT_SCOPE;
  private depth = 0;
  private readonly entities = new WeakMap<object, NamedEntity>();
  private titlePatterns: readonly (readonly [RegExp, MandateRole])[] | undefined;
  readonly languageName: string;

  constructor(
    private readonly format: Format,
    readonly language: string,
    private readonly environment: TemplateEnvironment,
  ) {
    this.languageName = languageName(language);
  }

  /** Makes an object of the template data known to `{{inflect}}` as an institution's name. */
  registerEntity(object: object, entity: NamedEntity): void {
    this.entities.set(object, entity);
  }

  /** Renders phrases within `scope`: those that have forms by gender and number agree with it. */
  withAgreement<T>(scope: AgreementScope, render: () => T): T {
    const outer = this.scope;
    this.scope = scope;
    try {
      return render();
    } finally {
      this.scope = outer;
    }
  }

  phrase(key: string, data: unknown): string {
    const { agreement } = this.scope;
    const { needsGender, found } = resolvePhrase(this.format, this.language, key, agreement);
    // Where the language has forms by gender, an unknown gender is never guessed.
    if (needsGender) {
      throw chanceryError({
        code: 'gender_needed',
        message: `is needed: ${this.scope.genderReason ?? `the ${this.languageName} phrase "${key}" depends on it`}`,
        ...(this.scope.genderPath === undefined ? {} : { path: this.scope.genderPath }),
      });
    }
    if (found !== undefined) return this.render(found.phrase, found.key, data);
    throw chanceryError({
      code: 'missing_phrase',
      message: `the format "${this.format.name}" has no phrase "${key}" for "${this.language}"`,
      path: ['language'],
    });
  }

  /** A phrase the language may leave out, rendered; `undefined` when it has none. */
  optionalPhrase(key: string, data: unknown = {}): string | undefined {
    const phrase = findPhrase(this.format, this.language, key);
    return phrase === undefined ? undefined : this.render(phrase, key, data);
  }

  formatDate(isoDate: string): string {
    const found = findFirstPhrase(this.format, this.language, ['date', 'dateFormat']);
    if (found?.key === 'dateFormat') {
      return formatIsoDate(isoDate, this.language, found.phrase.source);
    }
    const { day, month, year } = isoDateNumbers(isoDate);
    const data = {
      day: this.optionalPhrase(`days.${day}`) ?? String(day),
      month,
      year,
      // Intl's name of the month only where the language has none of its own.
      monthName:
        this.optionalPhrase(`months.${month}`) ?? isoDateParts(isoDate, this.language).monthName,
    };
    return this.withAgreement(DEFAULT_SCOPE, () => this.phrase('date', data));
  }

  inflect(entity: unknown, form: string): string {
    const named =
      typeof entity === 'object' && entity !== null ? this.entities.get(entity) : undefined;
    if (named === undefined) throw new Error('inflect takes the sender or the recipient');
    return inflectName(named, form, {
      languageName: this.languageName,
      phrase: (key) => this.optionalPhrase(key),
      keysUnder: (prefix) => phraseKeysUnder(this.format, this.language, prefix),
    });
  }

  /** The language's reading direction (`direction: rtl` in its phrase file), `ltr` by default. */
  direction(): 'ltr' | 'rtl' {
    const phrase = findPhrase(this.format, this.language, 'direction');
    if (phrase === undefined) return 'ltr';
    const problem = sourcePhraseProblem('direction', phrase.source);
    if (problem !== undefined) throw invalidPhrase(phrase, problem);
    return phrase.source.trim() === 'rtl' ? 'rtl' : 'ltr';
  }

  /**
   * The addressee's kind of mandate: stated in `role`, or read from the title with the
   * patterns of the language's phrase file (`titles.specialRapporteur: Rapporteu(?:r|se)
   * spécial`), or else from the title in English.
   */
  roleOf(addressee: Addressee): MandateRole {
    if (addressee.role !== undefined) return addressee.role;
    this.titlePatterns ??= TITLED_ROLES.flatMap((role) => {
      const key = `titles.${role}`;
      const phrase = findPhrase(this.format, this.language, key);
      if (phrase === undefined) return [];
      const problem = sourcePhraseProblem(key, phrase.source);
      if (problem !== undefined) throw invalidPhrase(phrase, problem);
      // A title pattern matches from the start of the title, in any case.
      return [[new RegExp(`^(?:${phrase.source})`, 'iu'), role] as const];
    });
    for (const [pattern, role] of this.titlePatterns)
      if (pattern.test(addressee.title)) return role;
    return roleOf(addressee);
  }

  private render(phrase: Phrase, key: string, data: unknown): string {
    if (this.depth > MAX_PHRASE_DEPTH) {
      throw chanceryError({
        code: 'phrase_cycle',
        message: `phrases refer to each other in a circle (through "${key}")`,
        path: ['language'],
      });
    }
    this.depth++;
    try {
      return this.environment.renderPhrase(phrase, key, data, this);
    } finally {
      this.depth--;
    }
  }
}

function invalidPhrase(phrase: Phrase, message: string): Error {
  return chanceryError({
    code: 'phrase_invalid',
    message,
    file: phrase.file,
    line: phrase.line,
    column: phrase.column,
  });
}
