import { Document, Media, type Numbering } from 'docx';
import { numberingMaker } from './numbering-copies.js';
import { recordCalls } from './recorded-calls.js';

/** What building a `Document` takes: docx's own options. */
export type DocumentOptions = ConstructorParameters<typeof Document>[0];

/** Builds a docx `Document` from its options. */
export type DocumentMaker = (options: DocumentOptions) => Document;

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

type Constructor = new (...args: unknown[]) => unknown;

interface Relationships {
  addRelationship(id: number, type: string, target: string): void;
}

interface PackageParts {
  takePath(folder: string, kind: string, extension: string): string;
}

// The fields docx's `File` constructor sets. A `Document` built by the maker below has them all:
// those a document's own parts are written from are made for it, the others (the styles, the
// settings, the theme, the fonts: parts written once per format) are shared.
interface FileFields {
  currentRelationshipId: number;
  headers: unknown[];
  footers: unknown[];
  coreProperties: unknown;
  numbering: Numbering;
  comments: { readonly IsEmpty: boolean };
  fileRelationships: unknown;
  customProperties: unknown;
  appProperties: unknown;
  footnotesWrapper: unknown;
  endnotesWrapper: unknown;
  contentTypes: unknown;
  packageParts: PackageParts;
  documentWrapper: { readonly Relationships: Relationships };
  settings: unknown;
  media: Media;
  styles: unknown;
  fontWrapper: unknown;
  theme: unknown;
  addSection(section: DocumentOptions['sections'][number]): void;
}

const FIELDS = [
  'currentRelationshipId',
  'headers',
  'footers',
  'coreProperties',
  'numbering',
  'comments',
  'fileRelationships',
  'customProperties',
  'appProperties',
  'footnotesWrapper',
  'endnotesWrapper',
  'contentTypes',
  'packageParts',
  'documentWrapper',
  'settings',
  'media',
  'styles',
  'fontWrapper',
  'theme',
] as const;

function constructorOf(value: unknown): Constructor {
  return (value as { constructor: Constructor }).constructor;
}

// Whether this docx's `File` is built as the maker expects; if not, documents are built whole.
function isKnownShape(file: object): boolean {
  const fields = file as Partial<Record<(typeof FIELDS)[number], unknown>>;
  return (
    FIELDS.every((field) => field in file) &&
    typeof (file as Partial<FileFields>).addSection === 'function' &&
    fields.comments !== undefined &&
    (fields.comments as { IsEmpty?: unknown }).IsEmpty === true &&
    typeof (fields.documentWrapper as { Relationships?: Relationships } | undefined)?.Relationships
      ?.addRelationship === 'function' &&
    typeof (fields.packageParts as Partial<PackageParts> | undefined)?.takePath === 'function'
  );
}

/**
 * Creates a maker of `Document`s for writers that take the parts which depend only on the format
 * (styles, settings, theme, fonts) from elsewhere and write only a document's own parts: its
 * body, footers, lists, media, relationships, content types and properties. docx's constructor
 * builds every part, the default styles among them, and that is most of the time a short
 * document takes to write; the documents made here get fresh objects, made by the same
 * constructors, only for the parts they write, and share one instance of the others. Options
 * that would change the shared parts (styles, fonts, footnotes, comments, macros) are not
 * theirs to give: such a document is built whole. So is every document if this version of docx
 * builds its `Document` otherwise than expected. The writer's tests compare the parts with
 * docx's `Packer`.
 *
 * @example
 * ```ts
 * const make = leanDocumentMaker();
 * const file = make({ creator: 'chancery', sections: [{ children: [new Paragraph('Text')] }] });
 * ```
 */
export function leanDocumentMaker(): DocumentMaker {
  let model: FileFields | undefined;
  let known: boolean | undefined;
  const numberingFor = numberingMaker();
  return (options) => {
    const shared =
      options.styles !== undefined ||
      options.externalStyles !== undefined ||
      options.fonts !== undefined ||
      options.footnotes !== undefined ||
      options.endnotes !== undefined ||
      options.comments !== undefined ||
      options.macros !== undefined ||
      options.bibliography !== undefined ||
      options.customProperties !== undefined;
    if (known === undefined) {
      const built = new Document({ sections: [] });
      known = isKnownShape(built);
      model = built as unknown as FileFields;
    }
    if (shared || !known || model === undefined) return new Document(options);
    const file = Object.create(Document.prototype) as FileFields;
    for (const field of FIELDS) (file as unknown as Record<string, unknown>)[field] = model[field];
    file.currentRelationshipId = 1;
    file.headers = [];
    file.footers = [];
    file.coreProperties = new (constructorOf(model.coreProperties))({
      ...options,
      creator: options.creator ?? 'Un-named',
      revision: options.revision ?? 1,
      lastModifiedBy: options.lastModifiedBy ?? 'Un-named',
    });
    // What these three parts hold is recorded, so that a writer may know when it has written
    // the same before.
    const numbering = options.numbering ?? { config: [] };
    file.numbering = recordCalls(numberingFor(numbering), numbering);
    const contentTypes = recordCalls(
      new (constructorOf(model.contentTypes))({ macros: false }) as object,
      { macros: false },
    );
    file.contentTypes = contentTypes;
    const packageParts = new (constructorOf(model.packageParts))(contentTypes) as PackageParts;
    file.packageParts = packageParts;
    file.documentWrapper = new (constructorOf(model.documentWrapper))({
      background: options.background,
      pageNumbers: options.pageNumbers,
    }) as FileFields['documentWrapper'];
    recordCalls(file.documentWrapper.Relationships);
    file.media = new Media((extension: string) =>
      packageParts.takePath('media', 'image', extension),
    );
    // The document's relationships, in the order docx's constructor adds them.
    const relationships = file.documentWrapper.Relationships;
    for (const [type, target] of [
      ['styles', 'styles.xml'],
      ['numbering', 'numbering.xml'],
      ['footnotes', 'footnotes.xml'],
      ['endnotes', 'endnotes.xml'],
      ['settings', 'settings.xml'],
    ] as const)
      relationships.addRelationship(
        file.currentRelationshipId++,
        `${RELATIONSHIPS}/${type}`,
        target,
      );
    for (const section of options.sections) file.addSection(section);
    relationships.addRelationship(
      file.currentRelationshipId++,
      `${RELATIONSHIPS}/theme`,
      'theme/theme1.xml',
    );
    return file as unknown as Document;
  };
}
