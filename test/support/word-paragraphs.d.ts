/**
 * The paragraphs of a WordprocessingML part as the text each holds (tabs as `\t`, breaks as
 * `\n`), read with saxes alone: text is taken exactly as the XML holds it, never converted.
 */
export function wordParagraphs(xml: string): string[];

/**
 * The parts of a .docx that hold its text, in reading order: the body, then each footer in the
 * order of their part names.
 */
export function textPartNames(names: readonly string[]): string[];
