// The part of chancery that needs no file system and runs in a browser as well as in Node.

export { createDrafter, checkFormats } from './drafter.js';
export type {
  Drafter,
  DrafterOptions,
  FormatReport,
  RenderedDocx,
  RenderedHtml,
  RenderedText,
} from './drafter.js';

export { parseDraft } from './model/parse-draft.js';
export type { ParseResult } from './model/parse-draft.js';
export { parseDraftYaml } from './model/parse-draft-yaml.js';
export type { YamlSource } from './model/parse-draft-yaml.js';
export { DraftSchema, DraftDocumentSchema } from './model/draft.js';
export type { Draft, DraftInput, DraftDocument, DocumentKind } from './model/draft.js';
export { NoteVerbaleSchema } from './model/note-verbale.js';
export type { NoteVerbale } from './model/note-verbale.js';
export { LetterSchema } from './model/letter.js';
export type { Letter } from './model/letter.js';
export { SenderSchema } from './model/sender.js';
export type { Sender } from './model/sender.js';
export { InReplyToSchema } from './model/in-reply-to.js';
export type { InReplyTo } from './model/in-reply-to.js';
export { RecipientSchema } from './model/recipient.js';
export type { Recipient } from './model/recipient.js';
export { AddresseeSchema, GenderSchema } from './model/addressee.js';
export type { Addressee, Gender } from './model/addressee.js';
export { SignatorySchema } from './model/signatory.js';
export type { Signatory } from './model/signatory.js';
export { ConsiderationSchema } from './model/consideration.js';
export type { Consideration } from './model/consideration.js';
export {
  describeAddressees,
  genderOf,
  genderOfHonorific,
  mandateRoleOf,
  roleOf,
} from './model/addressee-group.js';
export type { AddresseeGroup } from './model/addressee-group.js';
export { MandateRoleSchema } from './model/mandate-role.js';
export type { MandateRole } from './model/mandate-role.js';
export { addresseeAgreement } from './model/addressee-agreement.js';
export type { AddresseeAgreement, GrammaticalNumber } from './model/addressee-agreement.js';
export { GrammaticalGenderSchema, NameGrammarFields } from './model/name-grammar.js';
export type { GrammaticalGender } from './model/name-grammar.js';
export { MandateKeySchema } from './model/addressee.js';
export {
  findCommunicationReferences,
  formatCommunicationReference,
  parseCommunicationReference,
  sameCommunication,
} from './model/communication-reference.js';
export type {
  CommunicationReference,
  CommunicationType,
  ReferenceInText,
  ReferenceReading,
} from './model/communication-reference.js';
export {
  checkReferenceCountry,
  countryByAlpha3,
  knownAlpha3Codes,
  NON_STATE_ACTOR_CODE,
} from './model/countries.js';
export type { Country } from './model/countries.js';
export { CommunicationReferenceTextSchema } from './model/in-reply-to.js';
export {
  findMandate,
  holderTitle,
  mandateCatalogue,
  MandateKindSchema,
  titlesOfMandate,
} from './model/mandates.js';
export type { Mandate, MandateCatalogue, MandateKind, MandateTitle } from './model/mandates.js';
export { matchMandateTitle } from './model/match-mandate-title.js';
export type { TitleDifference, TitleMatch } from './model/match-mandate-title.js';
export { checkNoteNumber, parseNumberPattern } from './model/number-pattern.js';
export type { NumberPattern, NumberToken } from './model/number-pattern.js';
export { DEFAULT_REPLY_DAYS, replyDeadline } from './model/reply-deadline.js';
export { NumberPatternSchema } from './model/sender.js';
export { createYamlLocator } from './model/yaml-locator.js';
export type { TextPosition, YamlLocator } from './model/yaml-locator.js';

export { checkDraft, checkDraftYaml, hasErrors } from './check/check-draft.js';
export type { CheckOptions, CheckReport } from './check/check-draft.js';
export type { CheckContext, CheckRule, RuleFinding } from './check/check-rule.js';
export { compareFindings, findingToJson, formatFinding } from './check/finding.js';
export type { Finding, FindingJson } from './check/finding.js';
export { checkRules } from './check/rules/index.js';
export { proseSegments, proseWords } from './check/prose.js';
export type { ProseSegment, ProseWord } from './check/prose.js';
export { starterDraftYaml } from './starter/starter-draft.js';
export type { StarterOptions } from './starter/starter-draft.js';

export type { ComposeOptions, Composition } from './compose/compose-draft.js';
export {
  AddresseeDataSchema,
  FormulasSchema,
  InReplyToDataSchema,
  LAYOUT_CONTEXTS,
  SLOT_NAMES,
} from './compose/layout-context.js';
export type { Formulas, LayoutContext } from './compose/layout-context.js';
export {
  builtinPhraseData,
  CommunicationPhraseDataSchema,
  DatePhraseDataSchema,
  LetterPhraseDataSchema,
  NoteVerbalePhraseDataSchema,
} from './compose/phrase-data.js';
export type {
  CommunicationPhraseData,
  LetterPhraseData,
  NoteVerbalePhraseData,
} from './compose/phrase-data.js';
export { LAYOUT_ELEMENTS } from './compose/layout-vocabulary.js';
export type { ElementRule, AttributeRule } from './compose/layout-vocabulary.js';
export type { ArgumentFacts, HelperContext, TemplateHelper } from './compose/helper.js';
export { builtinHelpers } from './compose/helpers/index.js';
export type { FormatSource, FormatFiles, Format } from './format/format.js';
export { resolveFormats, loadFormats } from './format/resolve-formats.js';
export type { FormatEntry } from './format/resolve-formats.js';
export { FormatManifestSchema } from './format/manifest.js';
export type { FormatManifest } from './format/manifest.js';
export { PlacementSchema, DEFAULT_PLACEMENT } from './format/placement.js';
export type { Placement, PlacementChoices } from './format/placement.js';

export { writeText } from './writers/text/write-text.js';
export {
  createDocxWriter,
  docxFormatPartsKey,
  writeDocx,
  writeDocxFormatParts,
} from './writers/docx/docx-writer.js';
export type {
  DocxFormatParts,
  DocxWriter,
  DocxWriterOptions,
  DocxWriteOptions,
} from './writers/docx/docx-writer.js';
export type { Deflate } from './writers/docx/zip-archive.js';
export type { DocxOptions } from './writers/docx/write-docx.js';
export { writeHtml } from './writers/html/write-html.js';
export type * from './tree/types.js';

export { ChanceryError } from './errors/chancery-error.js';
export { formatDiagnostic, formatPath } from './errors/diagnostic.js';
export type { Diagnostic, PathSegment, Severity } from './errors/diagnostic.js';
