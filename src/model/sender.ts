import * as z from 'zod';
import { NameGrammarFields } from './name-grammar.js';
import { parseNumberPattern } from './number-pattern.js';
import { LineTextSchema } from './text-fields.js';

/**
 * A mission's pattern for the numbers of its notes, such as `{yyyy}/{mm}/{serial}`.
 *
 * @example
 * ```ts
 * NumberPatternSchema.parse('{yyyy}/{mm}/{serial}');
 * ```
 */
export const NumberPatternSchema = LineTextSchema.check((context) => {
  const pattern = parseNumberPattern(context.value);
  if (typeof pattern === 'string') {
    context.issues.push({
      code: 'custom',
      input: context.value,
      message: pattern,
      params: { code: 'invalid_number_pattern' },
    });
  }
});

/**
 * Who writes: the State and its mission. `article`, `gender` and `forms` describe the mission's
 * name, as the formulas of some languages need it (see {@link NameGrammarFields}).
 *
 * @example
 * ```ts
 * SenderSchema.parse({
 *   state: 'Kingdom of Cambodia',
 *   motto: 'Nation Religion King',
 *   mission: 'Permanent Mission of the Kingdom of Cambodia to the United Nations Office at Geneva',
 *   city: 'Geneva',
 * });
 * ```
 */
export const SenderSchema = z.strictObject({
  /** The State's name; the letterhead writes it in capitals. */
  state: LineTextSchema,
  /** The national motto, under the State's name in the letterhead. */
  motto: LineTextSchema.optional(),
  /** The mission's full name, as the opening and closing formulas write it. */
  mission: LineTextSchema,
  /** How the letterhead breaks the mission's name into lines; the full name on one line if absent. */
  missionLines: z.array(LineTextSchema).min(1).optional(),
  /** A shorter name for later mentions in running text. */
  shortName: LineTextSchema.optional(),
  /** Where the mission sits: the place written before the date. */
  city: LineTextSchema,
  /** An image for the letterhead, as a path relative to the input file. */
  emblem: LineTextSchema.optional(),
  /**
   * How the mission numbers its notes (`{yyyy}/{mm}/{serial}` for `2022/11/657`); each note's
   * number is then checked against it and against the note's date.
   */
  numberPattern: NumberPatternSchema.optional(),
  ...NameGrammarFields,
});

/** Who writes: the State and its mission. */
export type Sender = z.infer<typeof SenderSchema>;
