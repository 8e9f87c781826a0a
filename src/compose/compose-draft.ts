import { chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import { describeAddressees, type AddresseeGroup } from '../model/addressee-group.js';
import { parseCommunicationReference } from '../model/communication-reference.js';
import type { Draft, DraftDocument } from '../model/draft.js';
import type { InReplyTo } from '../model/in-reply-to.js';
import { replyDeadline } from '../model/reply-deadline.js';
import type { DocumentNode, RootNode } from '../tree/types.js';
import type { CompiledFormat } from './compiled-format.js';
import { findPhrase, formatSpeaks } from './find-phrase.js';
import { formatIsoDate } from './format-date.js';
import type { HelperContext } from './helper.js';
import { parseLayoutMarkup } from './layout-markup.js';
import { layoutToDocument, type SlotContent } from './layout-to-document.js';
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

/** The Markdown fields of each document kind, which layouts place with `<slot name="..."/>`. */
const MARKDOWN_FIELDS: Readonly<Record<DraftDocument['type'], readonly string[]>> = {
  'note-verbale': ['honourTo', 'body'],
  letter: ['body'],
};

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

/** The formulas a layout places: derived from the data, or taken from its overrides. */
export interface Formulas {
  readonly opening?: string;
  readonly closing: string;
  readonly salutation?: string;
  readonly placeAndDate: string;
  readonly date: string;
  /** The label over the list of enclosures, when there are any. */
  readonly enclosures?: string;
}

/**
 * What phrases know of the communication answered: its fields, its dates as the language writes
 * them (`date`, `replyBy`), the parts of its reference (`type`, `country`, `serial`, `year`) and,
 * where the format names them, the kind of communication in words (`typeName`, from the phrase
 * `communicationTypes.AL`), so that each language words it in its own phrase file.
 */
function communicationData(
  inReplyTo: InReplyTo,
  helper: HelperContext,
  hasPhrase: (key: string) => boolean,
): Record<string, unknown> {
  const reading = parseCommunicationReference(inReplyTo.reference);
  const parts = reading.ok
    ? {
        type: reading.value.type,
        country: reading.value.country,
        serial: reading.value.serial,
        year: reading.value.year,
        ...(hasPhrase(`communicationTypes.${reading.value.type}`)
          ? { typeName: helper.phrase(`communicationTypes.${reading.value.type}`, {}) }
          : {}),
      }
    : {};
  return {
    ...inReplyTo,
    ...parts,
    date: helper.formatDate(inReplyTo.date),
    replyBy: helper.formatDate(replyDeadline(inReplyTo)),
  };
}

function deriveFormulas(
  draft: Draft,
  document: DraftDocument,
  helper: HelperContext,
  hasPhrase: (key: string) => boolean,
): Formulas {
  const date = helper.formatDate(document.date);
  const place = document.place ?? draft.sender.city;
  const consideration = helper.phrase(`consideration.${document.consideration ?? 'highest'}`, {});
  const inReplyTo =
    draft.inReplyTo === undefined ? null : communicationData(draft.inReplyTo, helper, hasPhrase);
  const placeAndDate = helper.phrase('placeAndDate', { place, date });
  const count = document.enclosures?.length ?? 0;
  const enclosures =
    count === 0
      ? {}
      : { enclosures: helper.phrase(`enclosures.${count === 1 ? 'one' : 'many'}`, {}) };
  if (document.type === 'note-verbale') {
    const data = { sender: draft.sender, recipient: document.recipient, inReplyTo, consideration };
    return {
      opening: document.opening ?? helper.phrase('noteVerbale.opening', data),
      closing: document.closing ?? helper.phrase('noteVerbale.closing', data),
      placeAndDate,
      date,
      ...enclosures,
    };
  }
  const address = addressOf(describeAddressees(document.addressees), helper);
  const data = { sender: draft.sender, inReplyTo, consideration, address };
  return {
    salutation: document.salutation ?? helper.phrase('letter.salutation', data),
    closing: document.closing ?? helper.phrase('letter.closing', data),
    placeAndDate,
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
  const images = (src: string): Uint8Array | undefined => {
    const asset = options.assets?.[src];
    if (asset !== undefined) return asset;
    for (const layer of format.layers) {
      const file = layer.files[src];
      if (file instanceof Uint8Array) return file;
    }
    return undefined;
  };

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
    const formulas = deriveFormulas(
      draft,
      document,
      helper,
      (key) => findPhrase(format, draft.language, key) !== undefined,
    );
    const context = {
      language: draft.language,
      format: format.name,
      sender: draft.sender,
      inReplyTo: draft.inReplyTo ?? null,
      document,
      index,
      formulas,
    };
    const markup = environment.renderTemplate(layout, context, {
      helperContext: helper,
      partials: compiled.partials,
    });
    const root = parseLayoutMarkup(markup, layout.file);
    const fields = MARKDOWN_FIELDS[document.type];
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
