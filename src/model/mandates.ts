import * as z from 'zod';
import catalogueData from '../data/mandates.json' with { type: 'json' };
import { IsoDateSchema } from './iso-date.js';

/**
 * The kinds of Special Procedures mandate: a Special Rapporteur, an Independent Expert, a Working
 * Group (whose letters go to its Chair-Rapporteur) or an Expert (`Expert on the situation of
 * human rights in the Sudan`).
 *
 * @example
 * ```ts
 * MandateKindSchema.parse('workingGroup');
 * ```
 */
export const MandateKindSchema = z.enum([
  'specialRapporteur',
  'independentExpert',
  'workingGroup',
  'expert',
]);

/** The kind of a Special Procedures mandate. */
export type MandateKind = z.infer<typeof MandateKindSchema>;

// The data file's schemas, built only when the file is first read: a draft without a mandate
// shorthand never needs them.
function catalogueSchema() {
  const MandateSchema = z.strictObject({
    /** The shorthand a drafter writes: `trafficking`. */
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: MandateKindSchema,
    scope: z.enum(['thematic', 'country']),
    /** The mandate's title; for a working group, the group's name. */
    title: z.string().min(1),
    /** How sure the title is: read in a UN source, in a secondary source, or not yet checked. */
    status: z.enum(['verified', 'secondary', 'unverified']),
    source: z.string(),
    /** Titles the mandate had before, with the last day each was used where it is known. */
    formerTitles: z
      .array(z.strictObject({ title: z.string().min(1), until: IsoDateSchema.optional() }))
      .optional(),
  });
  return z.strictObject({
    /** The day the list was last compared with its sources. */
    lastChecked: IsoDateSchema,
    checkedAgainst: z.string(),
    mandates: z.array(MandateSchema).min(1),
  });
}

/** The list of mandates chancery knows, with the day it was last checked. */
export type MandateCatalogue = z.infer<ReturnType<typeof catalogueSchema>>;

/** A Special Procedures mandate, as the data file lists it. */
export type Mandate = MandateCatalogue['mandates'][number];

// The data file is validated once, when first needed, so that a mistake made while updating it
// fails loudly.
let catalogue: MandateCatalogue | undefined;
let byKey: ReadonlyMap<string, Mandate> | undefined;

/**
 * The Special Procedures mandates chancery knows (`src/data/mandates.json`), and when the list
 * was last checked.
 *
 * @example
 * ```ts
 * mandateCatalogue().lastChecked; // '2026-11-28'
 * ```
 */
export function mandateCatalogue(): MandateCatalogue {
  catalogue ??= catalogueSchema().parse(catalogueData);
  return catalogue;
}

/**
 * Finds a mandate by its shorthand.
 *
 * @example
 * ```ts
 * findMandate('trafficking')?.title; // 'Special Rapporteur on trafficking in persons, especially women and children'
 * ```
 */
export function findMandate(key: string): Mandate | undefined {
  byKey ??= new Map(mandateCatalogue().mandates.map((mandate) => [mandate.key, mandate]));
  return byKey.get(key);
}

/**
 * The title of the person a letter is addressed to for a mandate: the mandate's title, or for
 * a working group its Chair-Rapporteur's ("Chair-Rapporteur of the Working Group on ...").
 *
 * @example
 * ```ts
 * holderTitle(findMandate('arbitrary-detention')!); // 'Chair-Rapporteur of the Working Group on Arbitrary Detention'
 * ```
 */
export function holderTitle(mandate: Pick<Mandate, 'kind' | 'title'>): string {
  return mandate.kind === 'workingGroup'
    ? `Chair-Rapporteur of the ${mandate.title}`
    : mandate.title;
}

/** A title a mandate's holders may carry, and whether it is the current one. */
export interface MandateTitle {
  readonly title: string;
  /** What stands before the mandate's own title: `Chair-Rapporteur of the `, or nothing. */
  readonly role: string;
  /** For a former title: the last day it was used, where known. */
  readonly until?: string;
  readonly current: boolean;
}

const WORKING_GROUP_ROLES = ['Chair-Rapporteur', 'Chair', 'Vice-Chair', 'Member'];

function rolesOf(mandate: Mandate): string[] {
  if (mandate.kind !== 'workingGroup') return [''];
  return [...WORKING_GROUP_ROLES.map((role) => `${role} of the `), ''];
}

/**
 * Every title a mandate's holders may carry: the current ones (for a working group, those of its
 * Chair-Rapporteur, Chair, Vice-Chair and members, and the group's own) and the former ones.
 *
 * @example
 * ```ts
 * titlesOfMandate(findMandate('sale-of-children')!).filter((title) => !title.current).length; // 2
 * ```
 */
export function titlesOfMandate(mandate: Mandate): MandateTitle[] {
  const roles = rolesOf(mandate);
  const titles: MandateTitle[] = roles.map((role) => ({
    title: `${role}${mandate.title}`,
    role,
    current: true,
  }));
  for (const former of mandate.formerTitles ?? []) {
    for (const role of roles) {
      titles.push({
        title: `${role}${former.title}`,
        role,
        current: false,
        ...(former.until === undefined ? {} : { until: former.until }),
      });
    }
  }
  return titles;
}
