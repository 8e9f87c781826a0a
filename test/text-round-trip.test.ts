// Property tests over every text field of the model: whatever a drafter types is either refused
// by validation with the field named, or comes out of the .docx exactly as typed, in a file
// whose every XML part parses.
//
// What "exactly" allows, and why:
// - one-line fields lose leading and trailing white space (JavaScript's trim: spaces, tabs,
//   no-break and other Unicode spaces, line separators, the BOM): it is never meant at the edge
//   of a name, and YAML users add it by accident;
// - the State's name is written in capitals in the letterhead (the format's `upper` helper);
// - Markdown fields are Markdown: what must come back is the text the Markdown says. The
//   properties type any text, write it as Markdown that says exactly that text (ASCII
//   punctuation escaped with a backslash, white space at the edges as character references,
//   paragraphs separated by a blank line) and expect the text itself back, paragraph by
//   paragraph. Raw Markdown of any kind is checked separately: refused with the field named,
//   or a file that parses;
// - a name that opens a French sentence takes a capital first letter (`capitalize`), so a
//   mission's own nominative form (sender.forms.nominative) comes back with one.
// Fields with rules of their own beyond the text (a communication's reference, a number pattern,
// a mandate's shorthand, an article) have properties of their own below: any text is refused
// with the field named, or accepted and written as the rule says; well-formed values must be
// accepted.
//
// Runs are reproducible: the seed is fixed (CHANCERY_FC_SEED to change it), and fast-check
// prints the seed and the shrunk counterexample of any failure. CHANCERY_FC_RUNS runs more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ChanceryError,
  createDrafter,
  DraftSchema,
  findMandate,
  holderTitle,
  mandateCatalogue,
  parseDraft,
  type DraftInput,
  type PathSegment,
} from '../src/index.js';
import { LineTextSchema, MarkdownTextSchema } from '../src/model/text-fields.js';
import { readFormatDirs } from '../src/node/read-format-dirs.js';
import { docxParagraphs, readDocxParts } from './support/docx-parts.js';
import { smallDraftInput } from './support/drafts.js';
import { languageDraft } from './support/language-drafts.js';
import { TINY_PNG } from './support/png.js';

const seed = Number(process.env.CHANCERY_FC_SEED ?? 20221115);
const runs = Number(process.env.CHANCERY_FC_RUNS ?? 12);

// The built-in format, and the examples' embassy format, which prints a note's initials.
const drafter = createDrafter({ formats: readFormatDirs(['examples/formats']).sources });

// Stands in for a field's value in the reference rendering. CJK has no case, so the marker
// survives the letterhead's capitals.
const MARKER = '〔標記〕';

type FieldKind = 'line' | 'markdown';

/** How a field's value reaches the document. */
interface TextField {
  readonly kind: FieldKind;
  /** Where the field sits in `smallDraftInput()`: the note verbale first, then the letter. */
  readonly path: readonly PathSegment[];
  /** The field as the schema walk names it. */
  readonly schemaPath: string;
  /** What the document shows for a valid value (after validation's trimming). */
  readonly written?: (value: string) => string;
  /** `text` fields reach the paragraphs; `none` are read but not written (a short name). */
  readonly reaches: 'text' | 'image' | 'format' | 'none';
  /** The draft the field is set in, when not `smallDraftInput()`: a language or format that writes it. */
  readonly base?: () => DraftInput;
}

const embassyDraft = (): DraftInput => ({ ...smallDraftInput(), format: 'embassy' });

// The first letter of a name that opens a French sentence, in capitals (see the header).
function capitalizedInFrench(value: string): string {
  const [first = '', ...rest] = value;
  return `${first.toLocaleUpperCase('fr')}${rest.join('')}`;
}

const NOTE = ['documents', 0] as const;

// How the schema walk names a path: `.name` for a field, `[]` for an item of a list.
function schemaSuffix(path: readonly PathSegment[]): string {
  return path.map((segment) => (typeof segment === 'number' ? '[]' : `.${segment}`)).join('');
}
const LETTER = ['documents', 1] as const;

// Fields of one document of the draft that reach its paragraphs, each as its kind and its path
// within the document.
function documentFields(
  document: readonly PathSegment[],
  type: 'note-verbale' | 'letter',
  fields: readonly (readonly [FieldKind, ...PathSegment[]])[],
): TextField[] {
  return fields.map(([kind, ...rest]) => ({
    kind,
    path: [...document, ...rest],
    schemaPath: `documents[${type}]${schemaSuffix(rest)}`,
    reaches: 'text',
  }));
}

const FIELDS: readonly TextField[] = [
  { kind: 'line', path: ['format'], schemaPath: 'format', reaches: 'format' },
  {
    kind: 'line',
    path: ['sender', 'state'],
    schemaPath: 'sender.state',
    reaches: 'text',
    written: (value) => value.toLocaleUpperCase('en'),
  },
  { kind: 'line', path: ['sender', 'motto'], schemaPath: 'sender.motto', reaches: 'text' },
  { kind: 'line', path: ['sender', 'mission'], schemaPath: 'sender.mission', reaches: 'text' },
  {
    kind: 'line',
    path: ['sender', 'missionLines', 0],
    schemaPath: 'sender.missionLines[]',
    reaches: 'text',
  },
  // The default format has no place for the short name: it must not break anything.
  { kind: 'line', path: ['sender', 'shortName'], schemaPath: 'sender.shortName', reaches: 'none' },
  { kind: 'line', path: ['sender', 'city'], schemaPath: 'sender.city', reaches: 'text' },
  // French writes the mission's name in the nominative: the form the draft gives, if any.
  {
    kind: 'line',
    path: ['sender', 'forms', 'nominative'],
    schemaPath: 'sender.forms.*',
    reaches: 'text',
    base: () => languageDraft('fr'),
    written: capitalizedInFrench,
  },
  { kind: 'line', path: ['sender', 'emblem'], schemaPath: 'sender.emblem', reaches: 'image' },
  ...documentFields(NOTE, 'note-verbale', [
    ['line', 'number'],
    ['line', 'recipient', 'name'],
    ['line', 'recipient', 'city'],
    ['markdown', 'honourTo'],
    ['markdown', 'body'],
    ['line', 'opening'],
    ['line', 'closing'],
    ['line', 'enclosures', 0],
    ['line', 'place'],
  ]),
  // Printed by formats that place them: the embassy format does.
  {
    kind: 'line',
    path: [...NOTE, 'initials'],
    schemaPath: 'documents[note-verbale].initials',
    reaches: 'text',
    base: embassyDraft,
  },
  // Russian writes the recipient in the dative, the form the draft gives.
  {
    kind: 'line',
    path: [...NOTE, 'recipient', 'forms', 'dative'],
    schemaPath: 'documents[note-verbale].recipient.forms.*',
    reaches: 'text',
    base: () => languageDraft('ru'),
  },
  ...documentFields(LETTER, 'letter', [
    ['line', 'addressees', 0, 'honorific'],
    ['line', 'addressees', 0, 'name'],
    ['line', 'addressees', 0, 'title'],
    ['markdown', 'body'],
    ['line', 'signatory', 'name'],
    ['line', 'signatory', 'title'],
    ['line', 'salutation'],
    ['line', 'closing'],
    ['line', 'enclosures', 0],
    ['line', 'place'],
  ]),
];

type SchemaDef = Record<string, unknown>;
const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;

// A schema made from LineTextSchema with rules of its own (`LineTextSchema.check(...)`) shares
// its pipe.
function isLineText(schema: z.ZodType): boolean {
  const def = defOf(schema);
  const line = defOf(LineTextSchema);
  return def.type === 'pipe' && def.in === line.in && def.out === line.out;
}

/** Every text field of the schema, found by walking it: a new field fails the test below. */
function schemaTextFields(): Map<string, FieldKind> {
  const found = new Map<string, FieldKind>();
  const walk = (schema: z.ZodType, path: string): void => {
    if (isLineText(schema)) found.set(path, 'line');
    else if (schema === (MarkdownTextSchema as z.ZodType)) found.set(path, 'markdown');
    else {
      const def = defOf(schema);
      const join = (key: string): string => (path === '' ? key : `${path}.${key}`);
      switch (def.type) {
        case 'object':
          for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>))
            walk(value, join(key));
          break;
        case 'optional':
        case 'default':
          walk(def.innerType as z.ZodType, path);
          break;
        case 'array':
          walk(def.element as z.ZodType, `${path}[]`);
          break;
        // A schema that checks and transforms what an inner one read (an addressee).
        case 'pipe':
          walk(def.in as z.ZodType, path);
          break;
        // Values by a name of the draft's choosing (forms by grammatical case).
        case 'record':
          walk(def.valueType as z.ZodType, `${path}.*`);
          break;
        case 'union':
          // A list of documents: name each kind in place of the list's `[]`.
          for (const option of def.options as z.ZodObject[]) {
            const type = (option.shape.type as z.ZodLiteral<string>).value;
            walk(option, `${path.replace(/\[\]$/, '')}[${type}]`);
          }
          break;
        default:
          break;
      }
    }
  };
  walk(DraftSchema, '');
  return found;
}

function withValue(
  path: readonly PathSegment[],
  value: string,
  base: () => DraftInput = smallDraftInput,
): DraftInput {
  const input = structuredClone(base()) as unknown as Record<PathSegment, unknown>;
  let node = input;
  for (const [index, segment] of path.entries()) {
    if (index === path.length - 1) {
      node[segment] = value;
    } else {
      node[segment] ??= typeof path[index + 1] === 'number' ? [] : {};
      node = node[segment] as Record<PathSegment, unknown>;
    }
  }
  return input as unknown as DraftInput;
}

async function renderParagraphs(
  input: DraftInput,
  emblem: string | undefined,
): Promise<{ paragraphs: string[]; media: number }> {
  const parsed = parseDraft(input);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  const { bytes } = await drafter.renderDocx(
    parsed.value,
    emblem === undefined ? {} : { assets: { [emblem]: TINY_PNG } },
  );
  const parts = readDocxParts(bytes);
  return {
    paragraphs: docxParagraphs(parts),
    media: parts.names.filter((name) => name.startsWith('word/media/')).length,
  };
}

// What XML 1.0 can hold (its Char production), written out independently of the code under test.
function isXmlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (character.length === 1 && code >= 0xd800 && code <= 0xdfff) return false;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function shouldRefuse(kind: FieldKind, value: string): boolean {
  // One-line fields are trimmed first: what is trimmed away is not checked.
  const kept = kind === 'line' ? value.trim() : value;
  // Code point by code point on purpose: a lone surrogate is one of them.
  if (Array.from(kept).some((character) => !isXmlCharacter(character))) return true;
  if (kind === 'markdown') return false;
  return kept === '' || /[\n\r\t\u2028\u2029]/.test(kept);
}

/**
 * Markdown that says exactly `text`, as one paragraph. `text` holds no line break: inside a
 * paragraph Markdown makes one a space or a hard break depending on what precedes it, and
 * paragraphs are typed separately (the several-paragraph property below).
 */
function markdownLiteral(text: string): string {
  const escaped = text.replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);
  const leading = /^[ \t]*/.exec(escaped)?.[0] ?? '';
  const trailing = escaped.length === leading.length ? '' : (/[ \t]*$/.exec(escaped)?.[0] ?? '');
  const reference = (spaces: string): string =>
    spaces.replace(/[ \t]/g, (character) => `&#${character.charCodeAt(0)};`);
  return (
    reference(leading) +
    escaped.slice(leading.length, escaped.length - trailing.length) +
    reference(trailing)
  );
}

// The characters that break other generators, with emoji, bidirectional marks and joiners.
const HOSTILE = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '&#x27;',
  ']]>',
  '{{x}}',
  '{{{',
  '{chancery-bullets-1}',
  '{chancery-sections-1}',
  '{rId1}',
  '$&',
  '\\',
  '\u0000',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001f',
  '\t',
  '\n',
  '\r',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2028',
  '\u2066',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud83d',
  '\ude00',
  '😀',
  '👩‍👩‍👧',
  '🇰🇭',
  'e\u0301',
  'ß',
  'ﬃ',
  'İ',
  'ជាតិ',
  'جنيف',
  '日内瓦',
  ' ',
  '  ',
  'a',
  'Z',
  '0',
  '*',
  '_',
  '#',
  '- ',
  '1. ',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
];

const hostileText = fc
  .array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.join(''));
const anyText = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  // A very long word: no space for a line to break at.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'ж', '字', '😀', 'ﷺ'), fc.integer({ min: 500, max: 5000 }))
      .map(([unit, count]) => unit.repeat(count)),
  },
);

const EXAMPLES = [
  '& < > " \'',
  'A&amp;B &lt;tag&gt;',
  'Nation\u0007Religion',
  'half \ud83d of a face',
  'man\u200d\u2695\ufe0f',
  '\u200fمرحبا\u200f',
  '  padded  ',
  '\u00a0nbsp\u00a0',
  '0',
  '{{sender.state}}',
  'see {chancery-bullets-1} and {chancery-sections-2}',
];

describe('every text field of the model', () => {
  it('has a property below (a new text field fails this until it has one)', () => {
    const covered = new Map([
      ...FIELDS.map((field): [string, FieldKind] => [field.schemaPath, field.kind]),
      ...RULED_FIELDS.map((schemaPath): [string, FieldKind] => [schemaPath, 'line']),
    ]);
    expect(covered).toEqual(schemaTextFields());
  });

  for (const field of FIELDS) {
    it(`${field.schemaPath}: refused with its path, or written back exactly`, async () => {
      const reference = await renderParagraphs(
        withValue(field.path, field.reaches === 'format' ? 'un-geneva' : MARKER, field.base),
        field.reaches === 'image' ? MARKER : undefined,
      );
      if (field.reaches === 'text')
        expect(reference.paragraphs.some((text) => text.includes(MARKER))).toBe(true);

      await fc.assert(
        fc.asyncProperty(anyText, async (anyTyped) => {
          // One paragraph of Markdown holds no line break (see markdownLiteral).
          const typed = field.kind === 'markdown' ? anyTyped.replace(/[\r\n]/g, '') : anyTyped;
          if (typed === '') return;
          const value = field.kind === 'markdown' ? markdownLiteral(typed) : typed;
          const input = withValue(field.path, value, field.base);
          const parsed = parseDraft(input);
          if (shouldRefuse(field.kind, typed)) {
            expect(parsed.ok).toBe(false);
            if (!parsed.ok) expect(parsed.errors[0].path).toEqual(field.path);
            return;
          }
          expect(parsed.ok).toBe(true);
          const kept = field.kind === 'line' ? typed.trim() : typed;
          if (field.reaches === 'format') {
            if (drafter.formats.has(kept)) return;
            await expect(
              drafter.renderDocx(parsed.ok ? parsed.value : ({} as never)),
            ).rejects.toSatisfy(
              (error: unknown) => error instanceof ChanceryError && error.path?.[0] === 'format',
            );
            return;
          }
          const rendered = await renderParagraphs(
            input,
            field.reaches === 'image' ? kept : undefined,
          );
          const written = field.written?.(kept) ?? kept;
          expect(rendered.paragraphs).toEqual(
            reference.paragraphs.map((text) => text.replaceAll(MARKER, () => written)),
          );
          if (field.reaches === 'image') expect(rendered.media).toBe(1);
        }),
        {
          seed,
          numRuns: runs,
          examples: EXAMPLES.map((example) => [example]),
        },
      );
    });
  }
});

/** The text fields with rules of their own beyond the text's, each with its property below. */
const RULED_FIELDS = [
  'inReplyTo.reference',
  'sender.numberPattern',
  'documents[letter].addressees[].mandate',
  'sender.article',
  'documents[note-verbale].recipient.article',
] as const;

/** What became of a draft: refused (by validation or by composing, naming a field), or its text. */
type Outcome =
  { readonly refused: true } | { readonly refused: false; readonly paragraphs: string[] };

async function outcomeOf(
  input: DraftInput,
  fieldPaths: readonly (readonly PathSegment[])[],
): Promise<Outcome> {
  const parsed = parseDraft(input);
  if (!parsed.ok) {
    expect(fieldPaths).toContainEqual(parsed.errors[0].path);
    return { refused: true };
  }
  try {
    const { bytes } = await drafter.renderDocx(parsed.value);
    return { refused: false, paragraphs: docxParagraphs(readDocxParts(bytes)) };
  } catch (error) {
    if (!(error instanceof ChanceryError)) throw error;
    expect(fieldPaths).toContainEqual(error.path);
    return { refused: true };
  }
}

/** Any text, or a value that the field's rule accepts (`wellFormed`, which must be accepted). */
function typedOr(wellFormed: fc.Arbitrary<string>): fc.Arbitrary<{
  readonly value: string;
  readonly wellFormed: boolean;
}> {
  return fc.oneof(
    anyText.map((value) => ({ value, wellFormed: false })),
    wellFormed.map((value) => ({ value, wellFormed: true })),
  );
}

// French contracts the article with what comes before the name: these are French grammar, written
// out here independently of the phrase files.
const FRENCH_NOMINATIVE: Readonly<Record<string, string>> = {
  le: 'Le ',
  la: 'La ',
  "l'": "L'",
  les: 'Les ',
};
const FRENCH_DATIVE: Readonly<Record<string, string>> = {
  le: 'au ',
  la: 'à la ',
  "l'": "à l'",
  les: 'aux ',
};

describe('text fields with rules of their own: refused with the field named, or written as the rule says', () => {
  const settings = { seed, numRuns: runs * 2 };

  it('inReplyTo.reference: a well-formed reference is written exactly where the base one was', async () => {
    const path = ['inReplyTo', 'reference'];
    const base = 'UA UTO 1/2024';
    const reference = await renderParagraphs(withValue(path, base), undefined);
    expect(reference.paragraphs.some((text) => text.includes(base))).toBe(true);
    const wellFormed = fc
      .tuple(
        fc.constantFrom('AL', 'UA', 'OL'),
        fc.stringMatching(/^[A-Z]{3}$/),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1990, max: 2099 }),
      )
      .map(([type, country, serial, year]) => `${type} ${country} ${serial}/${year}`);
    await fc.assert(
      fc.asyncProperty(typedOr(wellFormed), async ({ value, wellFormed: mustAccept }) => {
        const outcome = await outcomeOf(withValue(path, value), [path, ['inReplyTo', 'joint']]);
        if (shouldRefuse('line', value) || outcome.refused) {
          expect(outcome.refused && !mustAccept).toBe(true);
          return;
        }
        const written = value.trim();
        expect(outcome.paragraphs).toEqual(
          reference.paragraphs.map((text) => text.replaceAll(base, () => written)),
        );
      }),
      settings,
    );
  });

  it('sender.numberPattern: a pattern is refused, or its notes are checked against it, and it writes nothing', async () => {
    const path = ['sender', 'numberPattern'];
    const numberPath = [...NOTE, 'number'];
    const reference = await renderParagraphs(smallDraftInput(), undefined);
    // The note is NV-2024-15 of 2 April 2024: these patterns fit it.
    const fitting = fc.constantFrom(
      'NV-{yyyy}-{serial}',
      'NV-20{yy}-{serial}',
      'NV-{yyyy}-1{serial}',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          typedOr(fitting),
          // Well-formed patterns that this note does not follow: refused at its number.
          fc
            .constantFrom('{yyyy}/{mm}/{serial}', 'NV-{yyyy}-{mm}{serial}', 'X{serial}')
            .map((value) => ({ value, wellFormed: false })),
        ),
        async ({ value, wellFormed: mustAccept }) => {
          const outcome = await outcomeOf(withValue(path, value), [path, numberPath]);
          if (shouldRefuse('line', value) || outcome.refused) {
            expect(outcome.refused && !mustAccept).toBe(true);
            return;
          }
          expect(outcome.paragraphs).toEqual(reference.paragraphs);
        },
      ),
      settings,
    );
  });

  it("documents[letter].addressees[].mandate: a known shorthand writes the mandate's title, as if the title were given", async () => {
    const path = [...LETTER, 'addressees', 0, 'mandate'];
    const withoutTitle = (): DraftInput => {
      const input = smallDraftInput();
      const letter = input.documents[1] as { addressees: { title?: string }[] };
      delete letter.addressees[0]!.title;
      return input;
    };
    const keys = mandateCatalogue().mandates.map((mandate) => mandate.key);
    await fc.assert(
      fc.asyncProperty(
        typedOr(fc.constantFrom(...keys)),
        async ({ value, wellFormed: mustAccept }) => {
          const outcome = await outcomeOf(withValue(path, value, withoutTitle), [path]);
          if (shouldRefuse('line', value) || outcome.refused) {
            expect(outcome.refused && !mustAccept).toBe(true);
            return;
          }
          const mandate = findMandate(value.trim());
          expect(mandate).toBeDefined();
          const title = holderTitle(mandate!);
          const titled = await renderParagraphs(
            withValue([...LETTER, 'addressees', 0, 'title'], title, withoutTitle),
            undefined,
          );
          expect(outcome.paragraphs).toContain(title);
          expect(outcome.paragraphs).toEqual(titled.paragraphs);
        },
      ),
      settings,
    );
  });

  it('sender.article and recipient.article in French: an article the language knows is written with its contractions', async () => {
    const french = languageDraft('fr');
    const mission = (french.sender as { mission: string }).mission;
    const recipient = (french.documents[0] as { recipient: { name: string } }).recipient.name;
    const articles = fc.constantFrom(...Object.keys(FRENCH_NOMINATIVE));
    for (const [path, expected] of [
      [['sender', 'article'], (article: string) => `${FRENCH_NOMINATIVE[article]}${mission} `],
      [
        [...NOTE, 'recipient', 'article'],
        (article: string) => `présente ses compliments ${FRENCH_DATIVE[article]}${recipient}`,
      ],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(typedOr(articles), async ({ value, wellFormed: mustAccept }) => {
          const outcome = await outcomeOf(
            withValue(path, value, () => languageDraft('fr')),
            [path],
          );
          if (shouldRefuse('line', value) || outcome.refused) {
            expect(outcome.refused && !mustAccept).toBe(true);
            return;
          }
          const written = expected(value.trim());
          expect(outcome.paragraphs.some((text) => text.includes(written))).toBe(true);
        }),
        settings,
      );
    }
  });
});

describe('Markdown fields', () => {
  it('write several paragraphs back exactly, each as typed', async () => {
    const path = [...LETTER, 'body'];
    const reference = await renderParagraphs(withValue(path, MARKER), undefined);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          anyText.filter((text) => !shouldRefuse('markdown', text) && !/[\r\n]/.test(text)),
          { minLength: 1, maxLength: 6 },
        ),
        async (paragraphs) => {
          const input = withValue(path, paragraphs.map(markdownLiteral).join('\n\n'));
          const rendered = await renderParagraphs(input, undefined);
          expect(rendered.paragraphs).toEqual(
            reference.paragraphs.flatMap((text) => (text === MARKER ? paragraphs : [text])),
          );
        },
      ),
      { seed, numRuns: runs },
    );
  });

  it('take any raw Markdown: refused with the field named, or a file whose XML parses', async () => {
    const markdownPieces = fc.constantFrom(
      ...HOSTILE,
      '\n',
      '\n\n',
      '## ',
      '> ',
      '    ',
      '**',
      '```\n',
      '<b>',
      '&#12;',
      '&#0;',
      '&#xD800;',
      '&#13;',
      '&NewLine;',
      '[a](http://x "t")',
      '![alt](x.png)',
      '[ref]: http://x',
      '<http://x>',
      '---\n',
      '2) ',
    );
    const rawMarkdown = fc
      .array(markdownPieces, { minLength: 1, maxLength: 30 })
      .map((pieces) => pieces.join(''));
    for (const path of [
      [...LETTER, 'body'],
      [...NOTE, 'honourTo'],
    ]) {
      await fc.assert(
        fc.asyncProperty(rawMarkdown, async (markdown) => {
          const parsed = parseDraft(withValue(path, markdown));
          if (!parsed.ok) {
            expect(parsed.errors[0].path).toEqual(path);
            return;
          }
          try {
            const { bytes } = await drafter.renderDocx(parsed.value);
            expect(docxParagraphs(readDocxParts(bytes)).length).toBeGreaterThan(0);
          } catch (error) {
            if (!(error instanceof ChanceryError)) throw error;
            expect(error.path).toEqual(path);
          }
        }),
        { seed, numRuns: runs * 4 },
      );
    }
  });
});
