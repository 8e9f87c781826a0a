import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import {
  builtinHelpers,
  DEFAULT_PLACEMENT,
  FormatManifestSchema,
  LAYOUT_CONTEXTS,
  LAYOUT_ELEMENTS,
} from '../../src/index.js';
import { workspace } from '../support/cli.js';
import { elements, parseHtml } from '../support/html.js';

const guide = readFileSync('templates/README.md', 'utf8');
const tree = fromMarkdown(guide);
const chancery = resolve('bin/chancery.js');

function headingText(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}

function walkthrough(): Code[] {
  const start = tree.children.findIndex(
    (node: RootContent) => node.type === 'heading' && headingText(node).startsWith('Walkthrough'),
  );
  expect(start).toBeGreaterThan(0);
  return tree.children.slice(start).filter((node): node is Code => node.type === 'code');
}

describe('templates/README.md, the guide for template authors', () => {
  it('runs its walkthrough: every file it shows, every command, the output it promises', () => {
    const folder = workspace();
    const blocks = walkthrough();
    let output: string | undefined;
    let commands = 0;
    let checkedOutputs = 0;
    for (const block of blocks) {
      const meta = block.meta ?? '';
      const file = /(?:^|\s)file=(\S+)/.exec(meta)?.[1];
      if (file !== undefined) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        writeFileSync(join(folder, file), `${block.value}\n`);
      } else if (block.lang === 'sh' && /(^|\s)run(\s|$)/.test(meta)) {
        const expected = Number(/exit=(\d+)/.exec(meta)?.[1] ?? '0');
        output = '';
        for (const line of block.value.split('\n').filter((text) => text.trim() !== '')) {
          const [command, ...args] = line.trim().split(/\s+/);
          expect(command).toBe('chancery');
          const result = spawnSync(process.execPath, [chancery, ...args], {
            cwd: folder,
            encoding: 'utf8',
          });
          output += result.stdout + result.stderr;
          const last =
            line ===
            block.value
              .split('\n')
              .filter((text) => text.trim() !== '')
              .at(-1);
          expect(result.status, `${line}\n${result.stdout}${result.stderr}`).toBe(
            last ? expected : 0,
          );
          commands++;
        }
      } else if (block.lang === 'text' && meta.trim() === 'output') {
        expect(output, 'an output block follows a command block').toBeDefined();
        for (const line of block.value.split('\n').filter((text) => text.trim() !== '')) {
          expect(output).toContain(line);
        }
        checkedOutputs++;
      }
    }
    expect(commands).toBeGreaterThanOrEqual(8);
    expect(checkedOutputs).toBe(6);
    // The last step writes an HTML preview of the note in the derived format.
    const html = readFileSync(join(folder, 'reply.html'), 'utf8');
    expect(elements(parseHtml(html), 'article')).toHaveLength(1);
    expect(existsSync(join(folder, 'my-mission', 'format.yaml'))).toBe(true);
  });

  it('documents every element and attribute of the layout vocabulary', () => {
    for (const [element, rule] of Object.entries(LAYOUT_ELEMENTS)) {
      expect(guide, element).toContain(`<${element}`);
      for (const attribute of Object.keys(rule.attributes))
        expect(guide, `${element} ${attribute}`).toContain(`\`${attribute}\``);
    }
  });

  it('documents every built-in helper with an example', () => {
    for (const { name } of builtinHelpers) {
      expect(guide, name).toMatch(new RegExp(`\\| \`${name}\` +\\| \`[^|]*${name}`));
    }
  });

  it('documents the data of every layout, every manifest field and every placement choice', () => {
    for (const field of Object.keys(LAYOUT_CONTEXTS.letter.shape))
      expect(guide, field).toContain(`| \`${field}\``);
    for (const field of Object.keys(FormatManifestSchema.shape))
      expect(guide, field).toContain(`\`${field}\``);
    for (const [group, choices] of Object.entries(DEFAULT_PLACEMENT)) {
      for (const [choice, value] of Object.entries(choices)) {
        expect(guide, `${group}.${choice}`).toMatch(
          new RegExp(`\`${group}\\.${choice}\` +\\|[^\\n]*\\| \`${value as string}\``),
        );
      }
    }
  });
});
