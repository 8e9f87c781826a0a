import { chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import { describeAddressees, type AddresseeGroup } from '../model/addressee-group.js';
import type { Draft, DraftDocument } from '../model/draft.js';
import type { DocumentNode, RootNode } from '../tree/types.js';
import { formatFilePath } from '../format/format-path.js';
import { findFormatImage, type CompiledFormat } from './compiled-format.js';
import { findPhrase, formatSpeaks } from './find-phrase.js';
import { formatIsoDate } from './format-date.js';
import type { HelperContext } from './helper.js';
import { SLOT_NAMES, type Formulas, type LayoutContext } from './layout-context.js';
import { parseLayoutMarkup } from './layout-markup.js';
import { layoutToDocument, type SlotContent } from './layout-to-document.js';
import type { LetterPhraseData, NoteVerbalePhraseData } from './phrase-data.js';
import type { TemplateEnvironment } from './template-environment.js';

/** The document tree of a draft, and what composing it noticed. */
export interface Composition {
  readonly tree: RootNode;
  readonly warnings: readonly Diagnostic[];
}

/** What composing needs besides the draft and its format. */
export interface ComposeOptions {
  /** The bytes of a file the draft names (its emblem), by the name the draft uses. */
  readonly assets?: Readonly<Record<string, Uint8Array>>;
}

// Phrases may use other phrases; deeper nesting than this can only be a cycle.
const MAX_PHRASE_DEPTH = 16;

function joinList(items: readonly string[], helper: HelperContext): string {
  if (items.length <= 1) return items.join('');
  const separator = helper.phrase('list.separator', {});
  const last = helper.phrase('list.lastSeparator', {});
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1) ?? ''}`;
}

function addressOf(group: AddresseeGroup, helper: HelperContext): string {
  if (group.role === 'other') {
    const words = group.genders.flatMap((gender) =>
      gender === undefined ? ['female', 'male'] : [gender],
    );
    const courtesy = [...new Set(words)].map((gender) => helper.phrase(`courtesy.${gender}`, {}));
    return helper.phrase('letter.addressWithoutRole', { courtesy: joinList(courtesy, helper) });
  }
  const role = helper.phrase(`roles.${group.role}.${group.plural ? 'many' : 'one'}`, {});
  return helper.phrase('letter.address', { honorifics: joinList(group.honorifics, helper), role });
}

function deriveFormulas(draft: Draft, document: DraftDocument, helper: HelperContext): Formulas {
  const date = helper.formatDate(document.date);
  const place = document.place ?? draft.sender.city;
  const consideration = helper.phrase(`consideration.${document.consideration ?? 'highest'}`, {});
  const inReplyTo =
    draft.inReplyTo === undefined
      ? null
      : { ...draft.inReplyTo, date: helper.formatDate(draft.inReplyTo.date) };
  const placeAndDate = helper.phrase('placeAndDate', { place, date });
  const count = document.enclosures?.length ?? 0;
  const enclosures =
    count === 0
      ? {}
      : { enclosures: helper.phrase(`enclosures.${count === 1 ? 'one' : 'many'}`, {}) };
  if (document.type === 'note-verbale') {
    const data: NoteVerbalePhraseData = {
      sender: draft.sender,
      recipient: document.recipient,
      inReplyTo,
      consideration,
    };
    return {
      opening: document.opening ?? helper.phrase('noteVerbale.opening', data),
      closing: document.closing ?? helper.phrase('noteVerbale.closing', data),
      placeAndDate,
      place,
      date,
      ...enclosures,
    };
  }
  const address = addressOf(describeAddressees(document.addressees), helper);
  const data: LetterPhraseData = { sender: draft.sender, inReplyTo, consideration, address };
  return {
    salutation: document.salutation ?? helper.phrase('letter.salutation', data),
    closing: document.closing ?? helper.phrase('letter.closing', data),
    placeAndDate,
    place,
    date,
    ...enclosures,
  };
}

/**
 * Composes a validated draft with a compiled format into the document tree: derives the
 * formulas (unless the draft overrides them), runs each document's layout, parses its markup
 * and fills its slots with the draft's Markdown.
 *
 * @example
 * ```ts
 * const { tree, warnings } = composeDraft(draft, compiledFormat, environment);
 * tree.children.length === draft.documents.length; // true
 * ```
 */
export function composeDraft(
  draft: Draft,
  compiled: CompiledFormat,
  environment: TemplateEnvironment,
  options: ComposeOptions = {},
): Composition {
  const { format } = compiled;
  if (!formatSpeaks(format, draft.language)) {
    throw chanceryError({
      code: 'unsupported_language',
      message: `the format "${format.name}" has no phrases for "${draft.language}" (it has ${format.languages.join(', ')})`,
      path: ['language'],
    });
  }
  const warnings: Diagnostic[] = [];
  let phraseDepth = 0;
  const helper: HelperContext = {
    language: draft.language,
    phrase: (key, data) => {
      if (phraseDepth > MAX_PHRASE_DEPTH) {
        throw chanceryError({
          code: 'phrase_cycle',
          message: `phrases refer to each other in a circle (through "${key}")`,
          path: ['language'],
        });
      }
      const phrase = findPhrase(format, draft.language, key);
      if (phrase === undefined) {
        throw chanceryError({
          code: 'missing_phrase',
          message: `the format "${format.name}" has no phrase "${key}" for "${draft.language}"`,
          path: ['language'],
        });
      }
      phraseDepth++;
      try {
        return environment.renderPhrase(phrase, key, data, helper);
      } finally {
        phraseDepth--;
      }
    },
    formatDate: (isoDate) =>
      formatIsoDate(isoDate, draft.language, helper.phrase('dateFormat', {})),
  };
  const styles = new Set(Object.keys(format.styles));
  // An image is the draft's own (its emblem), else a file of the format's folders, never beyond.
  const images = (src: string): Uint8Array | 'outside' | undefined => {
    if (options.assets !== undefined && Object.hasOwn(options.assets, src))
      return options.assets[src];
    const found = findFormatImage(format, src);
    return 'found' in found ? found.found : 'outside' in found ? 'outside' : undefined;
  };
  const emblem =
    draft.sender.emblem ??
    (format.emblem === undefined ? null : (formatFilePath(format.emblem) ?? null));

  const documents = draft.documents.map((document, index): DocumentNode => {
    const path: PathSegment[] = ['documents', index];
    const layout = compiled.layouts.get(document.type);
    if (layout === undefined) {
      throw chanceryError({
        code: 'unsupported_document',
        message: `the format "${format.name}" has no layout for a ${document.type}`,
        path: [...path, 'type'],
      });
    }
    const formulas = deriveFormulas(draft, document, helper);
    const context: LayoutContext = {
      language: draft.language,
      format: format.name,
      sender: draft.sender,
      inReplyTo: draft.inReplyTo ?? null,
      document,
      index,
      formulas,
      placement: format.placement,
      emblem,
    };
    const markup = environment.renderTemplate(layout, context, {
      helperContext: helper,
      partials: compiled.partials,
    });
    const root = parseLayoutMarkup(markup, layout.file, compiled.files);
    const fields = SLOT_NAMES[document.type];
    const slots: Record<string, SlotContent | undefined> = {};
    for (const field of fields) {
      const markdown = (document as Record<string, unknown>)[field];
      slots[field] =
        typeof markdown === 'string' ? { markdown, path: [...path, field] } : undefined;
    }
    const built = layoutToDocument(root, {
      file: layout.file,
      styles,
      slots,
      slotNames: new Set(fields),
      image: images,
    });
    warnings.push(...built.warnings);
    return {
      type: 'document',
      kind: document.type,
      language: draft.language,
      direction: built.direction,
      children: built.children,
      footers: built.footers,
    };
  });

  return {
    tree: {
      type: 'root',
      page: format.page,
      fonts: format.fonts,
      styles: format.styles,
      children: documents,
    },
    warnings,
  };
}
