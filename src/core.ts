// The part of chancery that needs no file system and runs in a browser as well as in Node.

export { createDrafter } from './drafter.js';
export type { Drafter, DrafterOptions, RenderedDocx, RenderedText } from './drafter.js';

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
export { describeAddressees, genderOf, mandateRoleOf } from './model/addressee-group.js';
export type { AddresseeGroup, MandateRole } from './model/addressee-group.js';

export type { ComposeOptions, Composition, Formulas } from './compose/compose-draft.js';
export type { HelperContext, TemplateHelper } from './compose/helper.js';
export type { FormatSource, FormatFiles, Format } from './format/format.js';
export { resolveFormats } from './format/resolve-formats.js';

export { writeText } from './writers/text/write-text.js';
export { createDocxWriter, writeDocx } from './writers/docx/docx-writer.js';
export type {
  DocxWriter,
  DocxWriterOptions,
  DocxWriteOptions,
} from './writers/docx/docx-writer.js';
export type { Deflate } from './writers/docx/zip-archive.js';
export type * from './tree/types.js';

export { ChanceryError } from './errors/chancery-error.js';
export { formatDiagnostic, formatPath } from './errors/diagnostic.js';
export type { Diagnostic, PathSegment, Severity } from './errors/diagnostic.js';
