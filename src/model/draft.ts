import * as z from 'zod';
import { InReplyToSchema } from './in-reply-to.js';
import { LetterSchema } from './letter.js';
import { NoteVerbaleSchema } from './note-verbale.js';
import { checkNoteNumber, parseNumberPattern } from './number-pattern.js';
import { SenderSchema } from './sender.js';
import { LineTextSchema } from './text-fields.js';

/**
 * One document of a draft: a note verbale or a letter, told apart by `type`.
 *
 * @example
 * ```ts
 * DraftDocumentSchema.parse({ type: 'letter', date: '2022-11-15', addressees: [...], body: '...' });
 * ```
 */
export const DraftDocumentSchema = z.discriminatedUnion('type', [NoteVerbaleSchema, LetterSchema]);

/** One document of a draft. */
export type DraftDocument = z.infer<typeof DraftDocumentSchema>;

/** The kinds of document input format v1 knows. */
export type DocumentKind = DraftDocument['type'];

// BCP 47 in the shape chancery uses: a language, then optional script and region subtags.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/**
 * A whole draft (input format v1): who writes, what is answered, and the documents, rendered in
 * order into one Word file.
 *
 * @example
 * ```ts
 * const draft = DraftSchema.parse(yamlData);
 * draft.documents[0]?.type; // 'note-verbale'
 * ```
 */
export const DraftSchema = z
  .strictObject({
    /** The format (house style) to render with. */
    format: LineTextSchema.default('un-geneva'),
    /** A BCP 47 tag: `en` for UN spelling, `en-US` for US spelling, `fr`, `es`, `ru`, `ar`, `zh`. */
    language: z
      .string()
      .regex(LANGUAGE_TAG, { error: 'expected a language tag such as en, en-US or fr' })
      .default('en'),
    sender: SenderSchema,
    inReplyTo: InReplyToSchema.optional(),
    documents: z
      .array(DraftDocumentSchema)
      .min(1, { error: 'a draft needs at least one document' }),
  })
  .check((context) => {
    const source = context.value.sender.numberPattern;
    if (source === undefined) return;
    const pattern = parseNumberPattern(source);
    if (typeof pattern === 'string') return;
    for (const [index, document] of context.value.documents.entries()) {
      if (document.type !== 'note-verbale') continue;
      const problem = checkNoteNumber(pattern, document.number, document.date);
      if (problem !== undefined) {
        context.issues.push({
          code: 'custom',
          input: document.number,
          message: problem,
          path: ['documents', index, 'number'],
          params: { code: 'number_pattern' },
        });
      }
    }
  });

/** A validated draft. */
export type Draft = z.infer<typeof DraftSchema>;

/** A draft as it may be written, before defaults are filled in. */
export type DraftInput = z.input<typeof DraftSchema>;
