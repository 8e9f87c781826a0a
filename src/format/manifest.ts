import * as z from 'zod';
import { LengthSchema } from './length.js';
import { PlacementSchema } from './placement.js';

const PAGE_SIZES = {
  A4: { width: (210 * 72) / 25.4, height: (297 * 72) / 25.4 },
  Letter: { width: 8.5 * 72, height: 11 * 72 },
} as const;

const AlignmentSchema = z.enum(['start', 'center', 'end', 'justify']);

// Han text takes the font of the document's own variety: simplified, traditional, Japanese, Korean.
const HAN_VARIETIES = new Set(['Hans', 'Hant', 'Jpan', 'Kore']);

function isUnicodeScript(code: string): boolean {
  try {
    new RegExp(`\\p{Script=${code}}`, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * An ISO 15924 script code that names a font in `fonts.scripts`: a Unicode script (`Arab`,
 * `Khmr`, `Cyrl`, `Hani`) or a variety of Han text (`Hans`, `Hant`, `Jpan`, `Kore`), which a
 * document in that language uses for its Chinese characters.
 *
 * @example
 * ```ts
 * ScriptCodeSchema.parse('Arab');
 * ```
 */
export const ScriptCodeSchema = z
  .string()
  .regex(/^[A-Z][a-z]{3}$/, { error: 'a script is an ISO 15924 code such as Arab, Khmr or Hans' })
  .refine((code) => HAN_VARIETIES.has(code) || isUnicodeScript(code), {
    error: 'not a script that text can be written in (such as Arab, Khmr, Hans or Cyrl)',
  });

/**
 * How one paragraph style looks. Sizes in points; spacing and indents are lengths.
 *
 * @example
 * ```ts
 * ParagraphStyleSchema.parse({ size: 14, bold: true, align: 'center', spaceAfter: '6pt' });
 * ```
 */
export const ParagraphStyleSchema = z.strictObject({
  basedOn: z.string().optional(),
  size: z.number().positive().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  allCaps: z.boolean().optional(),
  align: AlignmentSchema.optional(),
  spaceBefore: LengthSchema.optional(),
  spaceAfter: LengthSchema.optional(),
  lineSpacing: z.number().positive().optional(),
  indentStart: LengthSchema.optional(),
  firstLineIndent: LengthSchema.optional(),
  keepWithNext: z.boolean().optional(),
  keepTogether: z.boolean().optional(),
});

/**
 * A format's manifest (`format.yaml`): its name, what it extends, the page, the fonts per script,
 * the paragraph styles, where the layouts place things, the letterhead's emblem, a reference
 * .docx to take Word styles from, and which document kinds and languages it covers. Paths name
 * files inside the format's own folder.
 *
 * @example
 * ```ts
 * FormatManifestSchema.parse({
 *   name: 'my-mission',
 *   extends: 'un-geneva',
 *   styles: { 'place-date': { align: 'start' } },
 * });
 * ```
 */
export const FormatManifestSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'a format name is lower case letters, digits and hyphens, such as "un-geneva"',
  }),
  description: z.string().optional(),
  extends: z.string().optional(),
  documents: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  page: z
    .strictObject({
      size: z
        .union([
          z.enum(['A4', 'Letter']).transform((name) => PAGE_SIZES[name]),
          z.strictObject({ width: LengthSchema, height: LengthSchema }),
        ])
        .optional(),
      margins: z
        .strictObject({
          top: LengthSchema.optional(),
          right: LengthSchema.optional(),
          bottom: LengthSchema.optional(),
          left: LengthSchema.optional(),
          header: LengthSchema.optional(),
          footer: LengthSchema.optional(),
        })
        .optional(),
    })
    .optional(),
  fonts: z
    .strictObject({
      latin: z.string().optional(),
      eastAsian: z.string().optional(),
      complex: z.string().optional(),
      /** A font for text in a script, in the slot Word gives that script (`Arab: Noto Naskh Arabic`). */
      scripts: z.record(ScriptCodeSchema, z.string().min(1)).optional(),
    })
    .optional(),
  styles: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), ParagraphStyleSchema).optional(),
  placement: PlacementSchema.optional(),
  /** An image in the format's folder for the letterhead when the draft names none. */
  emblem: z.string().min(1).optional(),
  /** A .docx in the format's folder whose Word styles the output takes (as pandoc's reference doc). */
  referenceDocx: z.string().min(1).optional(),
});

/** A format's manifest as written. */
export type FormatManifest = z.infer<typeof FormatManifestSchema>;
