import {
  ChanceryError,
  checkDraft,
  compareFindings,
  createDrafter,
  createYamlLocator,
  parseDraftYaml,
  writeDocx,
  writeHtml,
  type Diagnostic,
  type Draft,
  type Finding,
  type FormatSource,
  type RootNode,
  type YamlLocator,
} from '../../src/core.js';

/** A format the page offers, with the languages it has phrases for. */
export interface FormatChoice {
  readonly name: string;
  readonly description: string;
  readonly languages: readonly string[];
}

/** How long each step of one preview took, in milliseconds. */
export interface PreviewTimings {
  readonly parse: number;
  readonly compose: number;
  readonly html: number;
}

/** What one version of the YAML text gives: the draft, its document tree and preview, or why not. */
export interface DraftPreview {
  readonly draft?: Draft;
  /** The document tree both the preview and the .docx are written from. */
  readonly tree?: RootNode;
  readonly html?: string;
  /**
   * Errors and warnings of validation and composition, each at its line when the text has it,
   * in the order of the text.
   */
  readonly problems: readonly Finding[];
  readonly timings: PreviewTimings;
}

/**
 * Checks a valid draft against rules of drafting practice, placing what it finds in the YAML
 * text with `locate`; a finding left without a line is placed at its field afterwards.
 */
export type DraftCheck = (draft: Draft, locate: YamlLocator) => readonly Finding[];

const FILE = 'draft.yaml';

/**
 * What `chancery check` runs: every rule of {@link checkDraft}. The draft is already parsed (and
 * its parse warnings are with the preview's problems), so this is `checkDraftYaml` without
 * reading the text a second time.
 *
 * @example
 * ```ts
 * createDraftingSession({ formats, check: chanceryCheck });
 * ```
 */
export const chanceryCheck: DraftCheck = (draft, locate) =>
  checkDraft(draft, { locate, file: FILE });

/** How the session is set up. */
export interface DraftingSessionOptions {
  readonly formats: readonly FormatSource[];
  /** What {@link DraftingSession.check} runs: {@link chanceryCheck} by default. */
  readonly check?: DraftCheck;
  /** The clock the steps are timed with; `performance.now` by default. */
  readonly now?: () => number;
}

/** The drafting page's chancery: formats compiled once, then a preview per version of the text. */
export interface DraftingSession {
  readonly formats: readonly FormatChoice[];
  /**
   * Parses, validates and composes a YAML text, and writes the preview from the tree. An emblem
   * given here is the image the draft names as its own (`sender.emblem`), whatever the name.
   */
  preview(text: string, emblem?: Uint8Array): DraftPreview;
  /**
   * What the rules of drafting practice find in a valid draft, each at its line in `text` (the
   * text the draft was read from), in the order of the text.
   */
  check(draft: Draft, text: string): readonly Finding[];
  /** The .docx of a preview's document tree. */
  docx(draft: Draft, tree: RootNode): Promise<Uint8Array>;
}

// Reads the text into a YAML tree only when something has to be placed in it.
function lazyLocator(text: string): YamlLocator {
  let locate: YamlLocator | undefined;
  return (path, within) => {
    locate ??= createYamlLocator(text);
    return locate(path, within);
  };
}

function located(locate: YamlLocator, problems: readonly Finding[]): Finding[] {
  return problems
    .map((problem) => {
      if (problem.line !== undefined || problem.path === undefined) return problem;
      const position = locate(problem.path);
      return position === undefined ? problem : { ...problem, file: FILE, ...position };
    })
    .sort(compareFindings);
}

function composeProblems(error: unknown): readonly Diagnostic[] {
  if (error instanceof ChanceryError) return error.diagnostics;
  return [
    {
      severity: 'error',
      code: 'internal',
      message: `chancery could not compose this draft: ${error instanceof Error ? error.message : String(error)}`,
    },
  ];
}

/**
 * Sets up chancery for the page: the formats are checked and compiled once here, not per
 * keystroke. Each preview parses the text, composes the document tree and writes it as HTML,
 * timing each step; the .docx is written from the same tree. The rules of drafting practice are
 * a step of their own, so the page can show the preview first.
 *
 * @example
 * ```ts
 * const session = createDraftingSession({ formats: bundledFormats });
 * const { draft, html, problems } = session.preview(yamlText);
 * const findings = draft === undefined ? [] : session.check(draft, yamlText);
 * ```
 */
export function createDraftingSession(options: DraftingSessionOptions): DraftingSession {
  const rules = options.check ?? chanceryCheck;
  const now = options.now ?? (() => performance.now());
  const drafter = createDrafter({ formats: options.formats });
  const choices = [...drafter.formats.values()]
    .map((format): FormatChoice => ({
      name: format.name,
      description: format.description,
      languages: format.languages,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    formats: choices,
    preview: (text, emblem) => {
      const start = now();
      const locate = lazyLocator(text);
      const parsed = parseDraftYaml(text, { file: FILE });
      const parsedAt = now();
      if (!parsed.ok) {
        return {
          problems: located(locate, parsed.errors),
          timings: { parse: parsedAt - start, compose: 0, html: 0 },
        };
      }
      const draft = parsed.value;
      let tree: RootNode;
      let warnings: readonly Diagnostic[];
      try {
        const named = draft.sender.emblem;
        const assets = emblem === undefined || named === undefined ? {} : { [named]: emblem };
        ({ tree, warnings } = drafter.compose(draft, { assets }));
      } catch (error) {
        return {
          draft,
          problems: located(locate, [...parsed.warnings, ...composeProblems(error)]),
          timings: { parse: parsedAt - start, compose: now() - parsedAt, html: 0 },
        };
      }
      const composedAt = now();
      const html = writeHtml(tree);
      const writtenAt = now();
      return {
        draft,
        tree,
        html,
        problems: located(locate, [...parsed.warnings, ...warnings]),
        timings: {
          parse: parsedAt - start,
          compose: composedAt - parsedAt,
          html: writtenAt - composedAt,
        },
      };
    },
    check: (draft, text) => {
      const locate = lazyLocator(text);
      return located(locate, rules(draft, locate));
    },
    docx: (draft, tree) => {
      const referenceStyles = drafter.formats.get(draft.format)?.referenceStyles;
      return writeDocx(tree, referenceStyles === undefined ? {} : { referenceStyles });
    },
  };
}
