import { readdirSync } from 'node:fs';
import type { HelperOptions } from 'handlebars';
import { describe, expect, it } from 'vitest';
import {
  builtinPhraseData,
  createDrafter,
  LAYOUT_CONTEXTS,
  type Draft,
  type FormatSource,
  type TemplateHelper,
} from '../../src/index.js';
import { LANGUAGES, languageDraft } from '../support/language-drafts.js';
import { namedExample, validDraft } from '../support/drafts.js';

// The phrases chancery renders itself, each replaced by a call that records its data.
const CAPTURED_PHRASES = [
  'date',
  'placeAndDate',
  'noteVerbale.opening',
  'noteVerbale.closing',
  'letter.salutation',
  'letter.closing',
  'letter.address',
  'letter.addressWithoutRole',
];

function phraseFile(): string {
  return CAPTURED_PHRASES.map((key) => `${key}: '{{capture "${key}"}}'`).join('\n');
}

/**
 * A format derived from un-geneva whose letterhead and phrases hand the data they are rendered
 * with to a helper, which keeps it: what each template really sees, to hold against the
 * descriptions the load-time checks use.
 */
function capturing(): {
  render: (draft: Draft) => void;
  seen: { key: string; data: unknown }[];
} {
  const seen: { key: string; data: unknown }[] = [];
  const capture: TemplateHelper = {
    name: 'capture',
    call: ([key], _context, options: HelperOptions) => {
      seen.push({ key: String(key), data: (options.data as { root: unknown }).root });
      return '';
    },
  };
  const languages = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
  const format: FormatSource = {
    origin: 'formats/capturing',
    files: {
      'format.yaml': 'name: capturing\nextends: un-geneva\n',
      'partials/letterhead.hbs': '{{capture "layout"}}<p style="state">{{sender.state}}</p>',
      ...Object.fromEntries(
        languages.map((language) => [`phrases/${language}.yaml`, phraseFile()]),
      ),
    },
  };
  const drafter = createDrafter({ formats: [format], helpers: [capture] });
  return {
    seen,
    render: (draft) => {
      drafter.renderText({ ...draft, format: 'capturing' });
    },
  };
}

const examples = readdirSync('examples')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));

describe('the data each template sees is the data the load-time checks describe', () => {
  const { render, seen } = capturing();
  for (const name of examples) render(namedExample(name));
  for (const language of Object.keys(LANGUAGES)) render(validDraft(languageDraft(language)));
  // Addressees named by mandate, with a gender the honorific does not show, and outside any role.
  const withMandates = languageDraft('fr');
  withMandates.documents = [
    {
      type: 'letter',
      date: '2022-11-15',
      addressees: [{ honorific: 'Dr', name: 'A', mandate: 'trafficking', gender: 'female' }],
      body: 'B',
    },
    {
      type: 'letter',
      date: '2022-11-15',
      addressees: [{ honorific: 'Mme', name: 'B', title: 'Présidente du Conseil', role: 'other' }],
      body: 'B',
    },
  ];
  render(validDraft(withMandates));

  it('covers layouts of both kinds and every phrase chancery renders itself', () => {
    const kinds = new Set(
      seen
        .filter((entry) => entry.key === 'layout')
        .map((entry) => (entry.data as { document: { type: string } }).document.type),
    );
    expect([...kinds].sort()).toEqual(['letter', 'note-verbale']);
    for (const key of CAPTURED_PHRASES) {
      expect(
        seen.some((entry) => entry.key === key),
        key,
      ).toBe(true);
    }
  });

  it('gives every layout data that its description accepts, field for field', () => {
    for (const { key, data } of seen.filter((entry) => entry.key === 'layout')) {
      const kind = (data as { document: { type: 'letter' | 'note-verbale' } }).document.type;
      const result = LAYOUT_CONTEXTS[kind].safeParse(data);
      expect(result.error?.issues ?? [], key).toEqual([]);
    }
  });

  it('gives every phrase data that its description accepts, with the communication in parts', () => {
    for (const { key, data } of seen.filter((entry) => entry.key !== 'layout')) {
      const schema = builtinPhraseData(key);
      expect(schema, key).toBeDefined();
      const result = schema!.safeParse(data);
      expect(result.error?.issues ?? [], key).toEqual([]);
    }
    // The English reply to AL KHM 2/2022: English names the kinds of communication.
    const opening = seen.find(
      (entry) =>
        entry.key === 'noteVerbale.opening' &&
        (entry.data as { sender: { state: string } }).sender.state === 'Kingdom of Cambodia',
    )?.data as { inReplyTo: Record<string, unknown> } | undefined;
    expect(opening?.inReplyTo).toMatchObject({
      type: 'AL',
      country: 'KHM',
      serial: 2,
      year: 2022,
      joint: true,
      typeName: 'allegation letter',
    });
  });

  it('gives addressees their mandate, role and gender, and the sender its grammar, as described', () => {
    const letters = seen
      .filter((entry) => entry.key === 'layout')
      .map((entry) => entry.data as { document: { type: string; addressees?: object[] } })
      .filter((data) => data.document.type === 'letter');
    const addressees = letters.flatMap((data) => data.document.addressees ?? []);
    expect(addressees.some((addressee) => 'mandate' in addressee)).toBe(true);
    const senders = seen
      .filter((entry) => entry.key === 'noteVerbale.opening')
      .map((entry) => (entry.data as { sender: Record<string, unknown> }).sender);
    expect(senders.some((sender) => sender.gender === 'feminine')).toBe(true);
    expect(senders.some((sender) => sender.article === 'la')).toBe(true);
  });
});
