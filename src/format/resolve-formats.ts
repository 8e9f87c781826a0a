import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ChanceryError } from '../errors/chancery-error.js';
import type { Diagnostic, PathSegment } from '../errors/diagnostic.js';
import type { FontSet, PageSetup, ParagraphStyle } from '../tree/types.js';
import type { Format, FormatLayer, FormatSource, TemplateSource } from './format.js';
import { formatFilePath } from './format-path.js';
import { FormatManifestSchema, type FormatManifest } from './manifest.js';
import { readPhraseFile, type PhraseTable } from './phrase-book.js';
import { mergePlacement } from './placement.js';
import { readReferenceStyles } from './reference-docx.js';

const MANIFEST_FILE = 'format.yaml';

const DEFAULT_PAGE: PageSetup = {
  width: (210 * 72) / 25.4,
  height: (297 * 72) / 25.4,
  margins: { top: 72, right: 72, bottom: 72, left: 72, header: 36, footer: 36 },
};

const DEFAULT_FONTS: FontSet = {
  latin: 'Times New Roman',
  eastAsian: 'SimSun',
  complex: 'Times New Roman',
};

interface LoadedSource {
  readonly manifest: FormatManifest;
  readonly layer: FormatLayer;
  readonly referenceStyles?: string;
}

/** One format given as files, and what reading and resolving it found. */
export interface FormatEntry {
  /** Where its files came from (a folder's path). */
  readonly origin: string;
  /** Its name, once its manifest could be read. */
  readonly name?: string;
  /** The resolved format, when it had no errors. */
  readonly format?: Format;
  /** Everything wrong with it, each naming its file. */
  readonly problems: readonly Diagnostic[];
}

function fileName(origin: string, path: string): string {
  return origin === '' ? path : `${origin}/${path}`;
}

function text(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : new TextDecoder().decode(value);
}

function readManifest(
  source: FormatSource,
  origin: string,
  problems: Diagnostic[],
): FormatManifest | undefined {
  const file = fileName(origin, MANIFEST_FILE);
  const raw = source.files[MANIFEST_FILE];
  if (raw === undefined) {
    problems.push({
      severity: 'error',
      code: 'format_manifest_missing',
      message: `a format needs a ${MANIFEST_FILE}`,
      file,
    });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text(raw), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const syntax of document.errors) {
      const position = lineCounter.linePos(syntax.pos[0]);
      problems.push({
        severity: 'error',
        code: 'format_manifest_syntax',
        message: syntax.message.split('\n')[0] ?? syntax.message,
        file,
        line: position.line,
        column: position.col,
      });
    }
    return undefined;
  }
  const locate = (
    path: readonly PathSegment[],
    at: 'value' | 'key' = 'value',
  ): { line?: number; column?: number } => {
    let node: { range?: [number, number, number] | null } | undefined;
    if (at === 'key') {
      const parent: unknown =
        path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => isScalar(item.key) && item.key.value === path.at(-1),
        );
        node = pair?.key as typeof node;
      }
    } else node = document.getIn(path, true) as typeof node;
    if (node?.range === undefined || node.range === null) return {};
    const position = lineCounter.linePos(node.range[0]);
    return { line: position.line, column: position.col };
  };
  const parsed = FormatManifestSchema.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map((segment) =>
        typeof segment === 'number' ? segment : String(segment),
      );
      if (issue.code === 'unrecognized_keys') {
        // One finding per unknown field, at the field.
        for (const key of issue.keys) {
          problems.push({
            severity: 'error',
            code: 'format_manifest_invalid',
            message: `unknown field "${key}"`,
            path: [...path, key],
            file,
            ...locate([...path, key], 'key'),
          });
        }
        continue;
      }
      problems.push({
        severity: 'error',
        code: 'format_manifest_invalid',
        message: issue.message,
        path,
        file,
        ...locate(path),
      });
    }
    return undefined;
  }
  const manifest = parsed.data;
  for (const field of ['emblem', 'referenceDocx'] as const) {
    const value = manifest[field];
    if (value === undefined) continue;
    const path = formatFilePath(value);
    if (path === undefined) {
      problems.push({
        severity: 'error',
        code: 'path_outside_format',
        message: `"${value}" lies outside the format's folder; name a file inside it`,
        path: [field],
        file,
        ...locate([field]),
      });
    } else if (!(source.files[path] instanceof Uint8Array)) {
      problems.push({
        severity: 'error',
        code: 'format_file_missing',
        message: `there is no file "${path}" in the format's folder`,
        path: [field],
        file,
        ...locate([field]),
      });
    }
  }
  return manifest;
}

function loadSource(source: FormatSource, problems: Diagnostic[]): LoadedSource | undefined {
  const origin = source.origin ?? '';
  const manifest = readManifest(source, origin, problems);
  const layouts = new Map<string, TemplateSource>();
  const partials = new Map<string, TemplateSource>();
  const phrases = new Map<string, PhraseTable>();
  for (const [path, content] of Object.entries(source.files)) {
    const file = fileName(origin, path);
    const layout = /^([a-z][a-z0-9-]*)\.hbs$/.exec(path);
    const partial = /^partials\/([a-z][a-z0-9-]*)\.hbs$/.exec(path);
    const phraseFile = /^phrases\/([A-Za-z0-9-]+)\.yaml$/.exec(path);
    if (layout?.[1] !== undefined) layouts.set(layout[1], { source: text(content), file });
    else if (partial?.[1] !== undefined) partials.set(partial[1], { source: text(content), file });
    else if (phraseFile?.[1] !== undefined) {
      const read = readPhraseFile(text(content), file);
      problems.push(...read.problems);
      phrases.set(phraseFile[1], read.table);
    } else if (path.endsWith('.hbs')) {
      problems.push({
        severity: 'warning',
        code: 'format_file_ignored',
        message:
          'a template is a layout (<kind>.hbs) or a partial (partials/<name>.hbs), with a lower-case name: this file is not read',
        file,
      });
    }
  }
  if (manifest === undefined) return undefined;
  let referenceStyles: string | undefined;
  const referencePath =
    manifest.referenceDocx === undefined ? undefined : formatFilePath(manifest.referenceDocx);
  const reference = referencePath === undefined ? undefined : source.files[referencePath];
  if (reference instanceof Uint8Array) {
    const read = readReferenceStyles(reference);
    if (read.ok) referenceStyles = read.xml;
    else {
      problems.push({
        severity: 'error',
        code: 'reference_docx_unreadable',
        message: `"${manifest.referenceDocx ?? ''}" ${read.reason}`,
        path: ['referenceDocx'],
        file: fileName(origin, MANIFEST_FILE),
      });
    }
  }
  return {
    manifest,
    layer: { name: manifest.name, origin, layouts, partials, phrases, files: source.files },
    ...(referenceStyles === undefined ? {} : { referenceStyles }),
  };
}

function mergeStyles(chain: readonly FormatManifest[]): Record<string, ParagraphStyle> {
  const styles: Record<string, ParagraphStyle> = {};
  for (const manifest of [...chain].reverse()) {
    for (const [name, style] of Object.entries(manifest.styles ?? {})) {
      styles[name] = { ...styles[name], ...style, name } as ParagraphStyle;
    }
  }
  if (!('normal' in styles)) styles.normal = { name: 'normal' };
  return styles;
}

function mergePage(chain: readonly FormatManifest[]): PageSetup {
  let page = DEFAULT_PAGE;
  for (const manifest of [...chain].reverse()) {
    const margins = manifest.page?.margins ?? {};
    page = {
      width: manifest.page?.size?.width ?? page.width,
      height: manifest.page?.size?.height ?? page.height,
      margins: {
        top: margins.top ?? page.margins.top,
        right: margins.right ?? page.margins.right,
        bottom: margins.bottom ?? page.margins.bottom,
        left: margins.left ?? page.margins.left,
        header: margins.header ?? page.margins.header,
        footer: margins.footer ?? page.margins.footer,
      },
    };
  }
  return page;
}

function mergeFonts(chain: readonly FormatManifest[]): FontSet {
  let fonts = DEFAULT_FONTS;
  for (const manifest of [...chain].reverse()) {
    const scripts = { ...fonts.scripts, ...manifest.fonts?.scripts };
    fonts = {
      latin: manifest.fonts?.latin ?? fonts.latin,
      eastAsian: manifest.fonts?.eastAsian ?? fonts.eastAsian,
      complex: manifest.fonts?.complex ?? fonts.complex,
      ...(Object.keys(scripts).length === 0 ? {} : { scripts }),
    };
  }
  return fonts;
}

function resolveChain(
  entry: LoadedSource,
  loaded: ReadonlyMap<string, LoadedSource>,
  broken: ReadonlySet<string>,
  problems: Diagnostic[],
): Format | undefined {
  const name = entry.manifest.name;
  const manifestFile = fileName(entry.layer.origin, MANIFEST_FILE);
  const chain: LoadedSource[] = [entry];
  const seen = [name];
  let current = entry;
  while (current.manifest.extends !== undefined) {
    const baseName = current.manifest.extends;
    if (seen.includes(baseName)) {
      problems.push({
        severity: 'error',
        code: 'format_extends_cycle',
        message: `formats extend each other in a circle: ${[...seen, baseName].join(' -> ')}`,
        file: fileName(current.layer.origin, MANIFEST_FILE),
        path: ['extends'],
      });
      return undefined;
    }
    const base = loaded.get(baseName);
    if (base === undefined) {
      problems.push({
        severity: 'error',
        code: broken.has(baseName) ? 'format_extends_broken' : 'format_extends_unknown',
        message: broken.has(baseName)
          ? `format "${current.manifest.name}" extends "${baseName}", which has errors of its own`
          : `format "${current.manifest.name}" extends "${baseName}", which is not known`,
        file: fileName(current.layer.origin, MANIFEST_FILE),
        path: ['extends'],
      });
      return undefined;
    }
    seen.push(baseName);
    chain.push(base);
    current = base;
  }
  const manifests = chain.map((link) => link.manifest);
  const layers = chain.map((link) => link.layer);
  const documents = new Set<string>();
  const languages = new Set<string>();
  for (const layer of layers) {
    for (const kind of layer.layouts.keys()) documents.add(kind);
    for (const language of layer.phrases.keys()) languages.add(language);
  }
  let complete = true;
  for (const kind of entry.manifest.documents ?? []) {
    if (!documents.has(kind)) {
      complete = false;
      problems.push({
        severity: 'error',
        code: 'format_layout_missing',
        message: `the manifest lists the document kind "${kind}", but there is no ${kind}.hbs`,
        file: manifestFile,
        path: ['documents'],
      });
    }
  }
  for (const language of entry.manifest.languages ?? []) {
    if (!languages.has(language)) {
      complete = false;
      problems.push({
        severity: 'error',
        code: 'format_phrases_missing',
        message: `the manifest lists the language "${language}", but there is no phrases/${language}.yaml`,
        file: manifestFile,
        path: ['languages'],
      });
    }
  }
  if (!complete) return undefined;
  // The emblem and the reference document belong to the layer that names them, found nearest first.
  const emblemLink = chain.find((link) => link.manifest.emblem !== undefined);
  const emblem =
    emblemLink?.manifest.emblem === undefined
      ? undefined
      : formatFilePath(emblemLink.manifest.emblem);
  const referenceStyles = chain.find(
    (link) => link.manifest.referenceDocx !== undefined,
  )?.referenceStyles;
  return {
    name,
    description:
      manifests.find((manifest) => manifest.description !== undefined)?.description ?? '',
    layers,
    page: mergePage(manifests),
    fonts: mergeFonts(manifests),
    styles: mergeStyles(manifests),
    documents: [...documents].sort(),
    languages: [...languages].sort(),
    placement: mergePlacement([...manifests].reverse().map((manifest) => manifest.placement)),
    ...(emblem === undefined ? {} : { emblem }),
    ...(referenceStyles === undefined ? {} : { referenceStyles }),
    ...(entry.manifest.extends === undefined ? {} : { extends: entry.manifest.extends }),
  };
}

/**
 * Reads formats from their files and resolves `extends`, collecting every problem rather than
 * stopping at the first: each format's styles, page, fonts, placement, layouts, partials and
 * phrases override those of the format it extends, and nothing else. A later source with the
 * name of an earlier one replaces it, so a user's folder can shadow a built-in format.
 *
 * @example
 * ```ts
 * const entries = loadFormats([unGenevaSource, myMissionSource]);
 * entries.find((entry) => entry.name === 'my-mission')?.problems; // []
 * ```
 */
export function loadFormats(sources: readonly FormatSource[]): FormatEntry[] {
  const read: { origin: string; loaded?: LoadedSource; problems: Diagnostic[] }[] = [];
  for (const source of sources) {
    const problems: Diagnostic[] = [];
    const loaded = loadSource(source, problems);
    read.push({
      origin: source.origin ?? '',
      ...(loaded === undefined ? {} : { loaded }),
      problems,
    });
  }
  const byName = new Map<string, (typeof read)[number]>();
  const unnamed: (typeof read)[number][] = [];
  for (const entry of read) {
    if (entry.loaded === undefined) unnamed.push(entry);
    else byName.set(entry.loaded.manifest.name, entry);
  }
  const usable = new Map<string, LoadedSource>();
  const broken = new Set<string>();
  for (const [name, entry] of byName) {
    if (
      entry.loaded !== undefined &&
      !entry.problems.some((problem) => problem.severity === 'error')
    )
      usable.set(name, entry.loaded);
    else broken.add(name);
  }
  const entries: FormatEntry[] = unnamed.map((entry) => ({
    origin: entry.origin,
    problems: entry.problems,
  }));
  for (const [name, entry] of byName) {
    const problems = [...entry.problems];
    const format =
      entry.loaded === undefined || broken.has(name)
        ? undefined
        : resolveChain(entry.loaded, usable, broken, problems);
    entries.push({
      origin: entry.origin,
      name,
      ...(format === undefined ? {} : { format }),
      problems,
    });
  }
  return entries;
}

/**
 * Reads formats from their files and resolves `extends` (see {@link loadFormats}), throwing a
 * {@link ChanceryError} with every error found when any format has one.
 *
 * @example
 * ```ts
 * const formats = resolveFormats([unGenevaSource, myMissionSource]);
 * formats.get('my-mission')?.layers.map((layer) => layer.name); // ['my-mission', 'un-geneva']
 * ```
 */
export function resolveFormats(sources: readonly FormatSource[]): ReadonlyMap<string, Format> {
  const entries = loadFormats(sources);
  const errors = entries.flatMap((entry) =>
    entry.problems.filter((problem) => problem.severity === 'error'),
  );
  const [first, ...rest] = errors;
  if (first !== undefined) throw new ChanceryError([first, ...rest]);
  const formats = new Map<string, Format>();
  for (const entry of entries)
    if (entry.format !== undefined) formats.set(entry.format.name, entry.format);
  return formats;
}
