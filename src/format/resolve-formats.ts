import { LineCounter, parseDocument } from 'yaml';
import { ChanceryError, chanceryError } from '../errors/chancery-error.js';
import type { Diagnostic } from '../errors/diagnostic.js';
import type { FontSet, PageSetup, ParagraphStyle } from '../tree/types.js';
import type { Format, FormatLayer, FormatSource, TemplateSource } from './format.js';
import { FormatManifestSchema, type FormatManifest } from './manifest.js';
import { parsePhraseFile, type PhraseTable } from './phrase-book.js';

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
}

function fileName(origin: string, path: string): string {
  return origin === '' ? path : `${origin}/${path}`;
}

function text(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : new TextDecoder().decode(value);
}

function readManifest(source: FormatSource, origin: string): FormatManifest {
  const file = fileName(origin, MANIFEST_FILE);
  const raw = source.files[MANIFEST_FILE];
  if (raw === undefined) {
    throw chanceryError({
      code: 'format_manifest_missing',
      message: `a format needs a ${MANIFEST_FILE}`,
      file,
    });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text(raw), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = document.errors[0];
  if (syntax !== undefined) {
    const position = lineCounter.linePos(syntax.pos[0]);
    throw chanceryError({
      code: 'format_manifest_syntax',
      message: syntax.message.split('\n')[0] ?? syntax.message,
      file,
      line: position.line,
      column: position.col,
    });
  }
  const parsed = FormatManifestSchema.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue): Diagnostic => {
      const path = issue.path.map((segment) =>
        typeof segment === 'number' ? segment : String(segment),
      );
      const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const position = node?.range === undefined ? undefined : lineCounter.linePos(node.range[0]);
      return {
        severity: 'error',
        code: 'format_manifest_invalid',
        message: issue.message,
        path,
        file,
        ...(position === undefined ? {} : { line: position.line, column: position.col }),
      };
    });
    throw new ChanceryError(diagnostics as [Diagnostic, ...Diagnostic[]]);
  }
  return parsed.data;
}

function loadSource(source: FormatSource): LoadedSource {
  const origin = source.origin ?? '';
  const manifest = readManifest(source, origin);
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
    else if (phraseFile?.[1] !== undefined)
      phrases.set(phraseFile[1], parsePhraseFile(text(content), file));
  }
  return {
    manifest,
    layer: { name: manifest.name, origin, layouts, partials, phrases, files: source.files },
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

/**
 * Reads formats from their files and resolves `extends`: each format's styles, page, fonts,
 * layouts, partials and phrases override those of the format it extends, and nothing else.
 * A missing or circular `extends` is an error.
 *
 * @example
 * ```ts
 * const formats = resolveFormats([unGenevaSource, myMissionSource]);
 * formats.get('my-mission')?.layers.map((layer) => layer.name); // ['my-mission', 'un-geneva']
 * ```
 */
export function resolveFormats(sources: readonly FormatSource[]): ReadonlyMap<string, Format> {
  const loaded = new Map<string, LoadedSource>();
  for (const source of sources) {
    const entry = loadSource(source);
    // A later source of the same name replaces an earlier one, so a user's folder can shadow a built-in.
    loaded.set(entry.manifest.name, entry);
  }
  const formats = new Map<string, Format>();
  for (const [name, entry] of loaded) {
    const chain: LoadedSource[] = [entry];
    const seen = [name];
    let current = entry;
    while (current.manifest.extends !== undefined) {
      const baseName = current.manifest.extends;
      if (seen.includes(baseName)) {
        throw chanceryError({
          code: 'format_extends_cycle',
          message: `formats extend each other in a circle: ${[...seen, baseName].join(' -> ')}`,
          file: fileName(current.layer.origin, MANIFEST_FILE),
        });
      }
      const base = loaded.get(baseName);
      if (base === undefined) {
        throw chanceryError({
          code: 'format_extends_unknown',
          message: `format "${current.manifest.name}" extends "${baseName}", which is not known`,
          file: fileName(current.layer.origin, MANIFEST_FILE),
          path: ['extends'],
        });
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
    for (const kind of entry.manifest.documents ?? []) {
      if (!documents.has(kind)) {
        throw chanceryError({
          code: 'format_layout_missing',
          message: `the manifest lists the document kind "${kind}", but there is no ${kind}.hbs`,
          file: fileName(entry.layer.origin, MANIFEST_FILE),
          path: ['documents'],
        });
      }
    }
    for (const language of entry.manifest.languages ?? []) {
      if (!languages.has(language)) {
        throw chanceryError({
          code: 'format_phrases_missing',
          message: `the manifest lists the language "${language}", but there is no phrases/${language}.yaml`,
          file: fileName(entry.layer.origin, MANIFEST_FILE),
          path: ['languages'],
        });
      }
    }
    formats.set(name, {
      name,
      description:
        manifests.find((manifest) => manifest.description !== undefined)?.description ?? '',
      layers,
      page: mergePage(manifests),
      fonts: mergeFonts(manifests),
      styles: mergeStyles(manifests),
      documents: [...documents].sort(),
      languages: [...languages].sort(),
    });
  }
  return formats;
}
