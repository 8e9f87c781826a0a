import { ChanceryError, chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import { parseCommunicationReference } from '../model/communication-reference.js';
import type { Draft, DraftDocument } from '../model/draft.js';
import type { InReplyTo } from '../model/in-reply-to.js';
import { replyDeadline } from '../model/reply-deadline.js';
import type { DocumentNode, RootNode } from '../tree/types.js';
import { formatFilePath } from '../format/format-path.js';
import type { CompiledFormat } from './compiled-format.js';
import { DraftPhrases, type AgreementScope } from './draft-phrases.js';
import { formatSpeaks } from './find-phrase.js';
import { findFormatImage } from './format-image.js';
import { formsOfAddress } from './forms-of-address.js';
import type { Formulas, LayoutContext } from './layout-context.js';
import { parseLayoutMarkup } from './layout-markup.js';
import { layoutToDocument, type SlotContent } from './layout-to-document.js';
import { SLOT_NAMES } from './slot-names.js';
import type {
  CommunicationPhraseData,
  LetterPhraseData,
  NoteVerbalePhraseData,
} from './phrase-data.js';
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
  /**
   * Work kept between the documents of a batch, which share most of their text: Markdown
   * converted once, paragraphs written once. Give the same map to every draft of a batch.
   */
  readonly cache?: Map<string, unknown>;
}

/**
 * What phrases know of the communication answered: its fields, its dates as the language writes
 * them (`date`, `replyBy`), the parts of its reference (`type`, `country`, `serial`, `year`) and,
 * where the format names them, the kind of communication in words (`typeName`, from the phrase
 * `communicationTypes.AL`), so that each language words it in its own phrase file.
 */
function communicationData(inReplyTo: InReplyTo, phrases: DraftPhrases): CommunicationPhraseData {
  const reading = parseCommunicationReference(inReplyTo.reference);
  const typeName = reading.ok
    ? phrases.optionalPhrase(`communicationTypes.${reading.value.type}`)
    : undefined;
  const parts = reading.ok
    ? {
        type: reading.value.type,
        country: reading.value.country,
        serial: reading.value.serial,
        year: reading.value.year,
        ...(typeName === undefined ? {} : { typeName }),
      }
    : {};
  return {
    ...inReplyTo,
    ...parts,
    date: phrases.formatDate(inReplyTo.date),
    replyBy: phrases.formatDate(replyDeadline(inReplyTo)),
  };
}

function deriveFormulas(
  draft: Draft,
  document: DraftDocument,
  path: readonly PathSegment[],
  phrases: DraftPhrases,
): Formulas {
  const date = phrases.formatDate(document.date);
  const place = document.place ?? draft.sender.city;
  const consideration = phrases.phrase(`consideration.${document.consideration ?? 'highest'}`, {});
  const inReplyTo =
    draft.inReplyTo === undefined ? null : communicationData(draft.inReplyTo, phrases);
  const placeAndDate = phrases.phrase('placeAndDate', { place, date });
  const count = document.enclosures?.length ?? 0;
  const enclosures =
    count === 0
      ? {}
      : { enclosures: phrases.phrase(`enclosures.${count === 1 ? 'one' : 'many'}`, {}) };
  if (document.type === 'note-verbale') {
    const data: NoteVerbalePhraseData = {
      sender: draft.sender,
      recipient: document.recipient,
      inReplyTo,
      consideration,
    };
    // The formulas of a note verbale agree with the mission that writes it.
    const scope: AgreementScope = {
      agreement: { gender: draft.sender.gender, number: 'one' },
      genderPath: ['sender', 'gender'],
      genderReason: `the ${phrases.languageName} formulas agree with the grammatical gender of the mission's name (feminine, masculine or neuter)`,
    };
    return phrases.withAgreement(scope, () => ({
      opening: document.opening ?? phrases.phrase('noteVerbale.opening', data),
      closing: document.closing ?? phrases.phrase('noteVerbale.closing', data),
      placeAndDate,
      place,
      date,
      ...enclosures,
    }));
  }
  const { address, scope } = formsOfAddress(document.addressees, path, phrases);
  const data: LetterPhraseData = { sender: draft.sender, inReplyTo, consideration, address };
  return phrases.withAgreement(scope, () => ({
    salutation: document.salutation ?? phrases.phrase('letter.salutation', data),
    closing: document.closing ?? phrases.phrase('letter.closing', data),
    placeAndDate,
    place,
    date,
    ...enclosures,
  }));
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
  // The language's phrases are checked the first time a draft uses it: a broken one stops here.
  const languageCheck = compiled.phrasesOf(draft.language);
  if (languageCheck.failed) {
    const [first, ...rest] = languageCheck.problems.filter(
      (problem) => problem.severity === 'error',
    );
    if (first !== undefined) throw new ChanceryError([first, ...rest]);
  }
  const warnings: Diagnostic[] = [];
  const phrases = new DraftPhrases(format, draft.language, environment);
  phrases.registerEntity(draft.sender, {
    name: draft.sender.mission,
    article: draft.sender.article,
    forms: draft.sender.forms,
    path: ['sender'],
    label: 'sender',
  });
  const direction = phrases.direction();
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
    if (document.type === 'note-verbale') {
      phrases.registerEntity(document.recipient, {
        name: document.recipient.name,
        article: document.recipient.article,
        forms: document.recipient.forms,
        path: [...path, 'recipient'],
        label: 'recipient',
      });
    }
    const formulas = deriveFormulas(draft, document, path, phrases);
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
      helperContext: phrases,
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
      ...(options.cache === undefined ? {} : { cache: options.cache }),
    });
    warnings.push(...built.warnings);
    return {
      type: 'document',
      kind: document.type,
      language: draft.language,
      direction: built.direction ?? direction,
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
