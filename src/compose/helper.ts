import type { HelperOptions } from 'handlebars';

/**
 * What a helper can ask about the document being composed: its language, and the phrases,
 * dates and names of that language.
 */
export interface HelperContext {
  readonly language: string;
  /** Renders a phrase of the document's language, as plain text, against `data`. */
  phrase(key: string, data: unknown): string;
  /** Writes an ISO date (`2022-11-15`) the way the document's language writes dates. */
  formatDate(isoDate: string): string;
  /**
   * Writes the sender's or a recipient's name in a grammatical form (`dative`), from the forms
   * and article the draft gives and the phrase file's rules. `entity` is the `sender` or
   * `recipient` object of the template data.
   */
  inflect(entity: unknown, form: string): string;
}

/**
 * What the load-time check knows of one argument of a helper call, for a helper's own
 * {@link TemplateHelper.checkArguments}.
 */
export interface ArgumentFacts {
  /** The argument as the template writes it: `recipient`, `"dative"`. */
  readonly text: string;
  /** Its value, when the template writes one out (`"dative"`, `3`, `true`). */
  readonly literal?: string | number | boolean;
  /** The fields it has, when it is data whose shape is known to be an object. */
  readonly fields?: readonly string[];
}

/**
 * A template helper with its name. It receives the template's arguments, the document's
 * {@link HelperContext} and handlebars' own options (hash arguments, block functions). What it
 * returns is written as text and escaped, unless it is a `SafeString` of layout markup.
 * Built-in helpers are defined the same way.
 *
 * @example
 * ```ts
 * const upper: TemplateHelper = {
 *   name: 'upper',
 *   call: ([text], context) => String(text).toLocaleUpperCase(context.language),
 * };
 * ```
 */
export interface TemplateHelper {
  /** Letters and digits, starting with a letter. */
  readonly name: string;
  /**
   * Set when, used as a block, the helper renders its content with other data than the
   * template's own (as `each` and `with` do): the content's variables are then not checked when
   * the format loads.
   */
  readonly changesContext?: boolean;
  /**
   * Checks the arguments of each call when the format loads, before anything is rendered: what is
   * wrong with them, or `undefined`. The message is reported at the call's file, line and column.
   */
  readonly checkArguments?: (args: readonly ArgumentFacts[]) => string | undefined;
  readonly call: (
    args: readonly unknown[],
    context: HelperContext,
    options: HelperOptions,
  ) => unknown;
}
