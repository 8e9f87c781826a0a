import { chanceryError } from '../errors/chancery-error.js';
import type { PathSegment } from '../errors/diagnostic.js';

/** An institution's name as the formulas see it: the sender's mission or a recipient. */
export interface NamedEntity {
  readonly name: string;
  /** The definite article the name takes, from the draft. */
  readonly article?: string | undefined;
  /** The name's inflected forms, from the draft. */
  readonly forms?: Readonly<Record<string, string>> | undefined;
  /** Where it is in the draft: `['sender']`, `['documents', 0, 'recipient']`. */
  readonly path: readonly PathSegment[];
  /** What a message calls it: `sender`, `recipient`. */
  readonly label: string;
}

/** What inflecting needs from the phrase file of the draft's language. */
export interface InflectionRules {
  /** The language's name, for messages ("French"). */
  readonly languageName: string;
  /** The text of a phrase of the language, or `undefined` if it has none. */
  phrase(key: string): string | undefined;
  /** The keys of the language's phrases under a prefix, without it. */
  keysUnder(prefix: string): readonly string[];
}

// "l'" and "à l'" join the name without a space: "l'Office", "à l'Office".
const JOINS_WITHOUT_SPACE = /['\u2019]$/;

/**
 * Writes an institution's name in a grammatical form, as a phrase asks with
 * `{{inflect recipient "dative"}}`:
 *
 * 1. the form the draft gives (`recipient.forms.dative`), if it gives one;
 * 2. otherwise, where the phrase file has a table `articles.<form>` of the article and its
 *    contractions, the contraction of the draft's `article` before the name: French `au
 *    Haut-Commissariat` for `le`, Spanish `a la Oficina` for `la`;
 * 3. otherwise the name itself for `nominative`, the form the name is written in.
 *
 * Anything else is an error naming the field the draft should give, never a guess.
 *
 * @example
 * ```ts
 * inflectName({ name: 'Haut-Commissariat aux droits de l’homme', article: 'le', path: ['documents', 0, 'recipient'], label: 'recipient' }, 'dative', frenchRules);
 * // 'au Haut-Commissariat aux droits de l’homme'
 * ```
 */
export function inflectName(entity: NamedEntity, form: string, rules: InflectionRules): string {
  const given = entity.forms?.[form];
  if (given !== undefined) return given;
  const articles = rules.keysUnder(`articles.${form}.`);
  if (articles.length > 0) {
    if (entity.article === undefined) {
      throw chanceryError({
        code: 'article_needed',
        message: `is needed: the ${rules.languageName} formulas write the ${entity.label}'s name with its article (${articles.join(', ')})`,
        path: [...entity.path, 'article'],
      });
    }
    const contracted = rules.phrase(`articles.${form}.${entity.article}`);
    if (contracted === undefined) {
      throw chanceryError({
        code: 'article_unknown',
        message: `"${entity.article}" is not an article the ${rules.languageName} formulas know (they know ${articles.join(', ')})`,
        path: [...entity.path, 'article'],
      });
    }
    if (contracted === '') return entity.name;
    return `${contracted}${JOINS_WITHOUT_SPACE.test(contracted) ? '' : ' '}${entity.name}`;
  }
  if (form === 'nominative') return entity.name;
  throw chanceryError({
    code: 'form_needed',
    message: `is needed: the ${rules.languageName} formulas write the ${entity.label}'s name in the ${form} form`,
    path: [...entity.path, 'forms', form],
  });
}
