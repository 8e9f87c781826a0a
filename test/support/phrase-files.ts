import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const FORMAT = new URL('../../templates/un-geneva/', import.meta.url);

/** The default format's manifest, read with the yaml package as plain data. */
export const unGenevaManifest = parse(readFileSync(new URL('format.yaml', FORMAT), 'utf8')) as {
  languages: string[];
  fonts: { latin: string; eastAsian: string; complex: string; scripts: Record<string, string> };
};

type Tree = { [key: string]: Tree | string | number };

const cache = new Map<string, Tree>();

/** A phrase file of the default format, read with the yaml package as plain data. */
export function phraseFile(language: string): Tree {
  let tree = cache.get(language);
  if (tree === undefined) {
    tree = parse(readFileSync(new URL(`phrases/${language}.yaml`, FORMAT), 'utf8')) as Tree;
    cache.set(language, tree);
  }
  return tree;
}

/**
 * The text of a phrase in a phrase file, by dotted key, looking in the language's own file and
 * then in the file of its base language (`en-US`, then `en`). Fails the test if there is none.
 */
export function phraseText(language: string, key: string): string {
  const tags = language.includes('-') ? [language, language.split('-')[0]!] : [language];
  for (const tag of tags) {
    let node: Tree | string | number | undefined = phraseFile(tag);
    for (const part of key.split('.')) {
      node = typeof node === 'object' ? node[part] : undefined;
    }
    if (typeof node === 'string' || typeof node === 'number') return String(node);
  }
  throw new Error(`no phrase ${key} for ${language}`);
}

/**
 * Fills a phrase that holds only plain placeholders (`{{place}}, {{date}}`) with values, to say
 * what the composer must write. Fails if anything else is left in it.
 */
export function fill(source: string, values: Readonly<Record<string, string>>): string {
  const text = source.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for ${whole} in ${source}`);
    return value;
  });
  if (text.includes('{{')) throw new Error(`not a plain phrase: ${source}`);
  return text;
}

/**
 * The words a phrase writes whatever the data: its text outside `{{...}}` expressions and
 * outside `{{#if}}` blocks, in order, trimmed.
 */
export function fixedWords(source: string): string[] {
  let outside = source;
  // Innermost blocks first, so that nested ones go too; each leaves an empty expression.
  for (;;) {
    const next = outside.replace(/\{\{#(\w+)[^}]*\}\}(?:(?!\{\{#)[\s\S])*?\{\{\/\1\}\}/g, '{{}}');
    if (next === outside) break;
    outside = next;
  }
  return outside
    .split(/\{\{[^}]*\}\}/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Whether the parts appear in the text in this order, each after the one before. */
export function inOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
