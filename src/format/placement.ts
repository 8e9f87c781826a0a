import * as z from 'zod';

const Side = z.enum(['start', 'center', 'end']);

/**
 * Where the built-in layouts put things, as a format's manifest chooses (`placement:` in
 * `format.yaml`). Every choice is optional: a derived format names only what it changes, and what
 * no format in the chain names takes the default of {@link DEFAULT_PLACEMENT}.
 *
 * @example
 * ```ts
 * PlacementSchema.parse({ letterhead: { emblem: 'start' }, noteVerbale: { date: 'top' } });
 * ```
 */
export const PlacementSchema = z.strictObject({
  letterhead: z
    .strictObject({
      /** Where the emblem stands above the letterhead's text. */
      emblem: Side.optional(),
    })
    .optional(),
  noteVerbale: z
    .strictObject({
      /** `top`: place and date under the letterhead; `end`: after the closing formula. */
      date: z.enum(['top', 'end']).optional(),
      /** `foot`: the recipient at the foot of the first page; `top`: before the opening. */
      recipient: z.enum(['foot', 'top']).optional(),
      /** `end`: the drafter's initials (`initials:` in the draft) under the note; `none`: never. */
      initials: z.enum(['none', 'end']).optional(),
    })
    .optional(),
  letter: z
    .strictObject({
      /** `top`: place and date before the salutation; `end`: after the signature. */
      date: z.enum(['top', 'end']).optional(),
      /** `foot`: at the foot of the first page; `top`: before the salutation; `end`: after the signature. */
      addressees: z.enum(['foot', 'top', 'end']).optional(),
    })
    .optional(),
});

/** Placement choices as a manifest writes them, each optional. */
export type PlacementChoices = z.infer<typeof PlacementSchema>;

/**
 * Every placement choice made: what the layouts see as `placement`.
 *
 * @example
 * ```ts
 * const placement: Placement = DEFAULT_PLACEMENT;
 * placement.noteVerbale.date; // 'end'
 * ```
 */
export const ResolvedPlacementSchema = z.strictObject({
  letterhead: z.strictObject({ emblem: Side }),
  noteVerbale: z.strictObject({
    date: z.enum(['top', 'end']),
    recipient: z.enum(['foot', 'top']),
    initials: z.enum(['none', 'end']),
  }),
  letter: z.strictObject({
    date: z.enum(['top', 'end']),
    addressees: z.enum(['foot', 'top', 'end']),
  }),
});

/** Every placement choice made. */
export type Placement = z.infer<typeof ResolvedPlacementSchema>;

/**
 * The placement of the UN Geneva practice: emblem centred, the note verbale's date after its
 * closing and its recipient at the foot of the first page, the letter's date at the top and its
 * addressees at the foot of the first page.
 *
 * @example
 * ```ts
 * DEFAULT_PLACEMENT.letter.addressees; // 'foot'
 * ```
 */
export const DEFAULT_PLACEMENT: Placement = {
  letterhead: { emblem: 'center' },
  noteVerbale: { date: 'end', recipient: 'foot', initials: 'none' },
  letter: { date: 'top', addressees: 'foot' },
};

/**
 * Merges placement choices, the format's own last: each choice a format names replaces the one
 * it inherits, and nothing else.
 *
 * @example
 * ```ts
 * mergePlacement([{ noteVerbale: { date: 'top' } }]).noteVerbale; // { date: 'top', recipient: 'foot', initials: 'none' }
 * ```
 */
export function mergePlacement(choices: readonly (PlacementChoices | undefined)[]): Placement {
  let placement = DEFAULT_PLACEMENT;
  for (const choice of choices) {
    if (choice === undefined) continue;
    placement = {
      letterhead: over(placement.letterhead, choice.letterhead),
      noteVerbale: over(placement.noteVerbale, choice.noteVerbale),
      letter: over(placement.letter, choice.letter),
    };
  }
  return placement;
}

function over<T extends object>(
  base: T,
  choices: { [K in keyof T]?: T[K] | undefined } | undefined,
): T {
  const merged = { ...base };
  for (const key of Object.keys(choices ?? {}) as (keyof T)[]) {
    const value = choices?.[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
