import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  checkDraftYaml,
  parseDraft,
  parseDraftYaml,
  renderDocx,
  starterDraftYaml,
  type ChanceryError,
} from '../../src/index.js';
import { paragraphTexts, readDocxParts } from '../support/docx-parts.js';
import { failure } from '../support/failure.js';

const options = {
  reference: 'AL KHM 2/2022',
  date: '2022-09-20',
  replyDate: '2022-11-15',
  mandates: ['trafficking', 'cambodia', 'business'],
};

/** Fills in the texts of a starter draft, and nothing else. */
function fillBodies(yaml: string): unknown {
  const data = parse(yaml) as { documents: Record<string, unknown>[] };
  for (const document of data.documents) {
    if (document.type === 'note-verbale') {
      document.honourTo = 'transmit to the latter herewith the reply of the Government.';
      document.body = 'The Permanent Mission would appreciate it if the reply could be conveyed.';
    } else {
      document.body = 'I have the honour to reply.\n\n## Measures taken\n\nThe measures.';
    }
  }
  return data;
}

describe('starterDraftYaml', () => {
  const yaml = starterDraftYaml(options);

  it('names the State, its long form, the communication, the deadline and the mandates', () => {
    expect(yaml).toContain('state: Kingdom of Cambodia');
    expect(yaml).toContain(
      'mission: Permanent Mission of the Kingdom of Cambodia to the United Nations Office at Geneva',
    );
    expect(yaml).toContain('shortName: Permanent Mission of Cambodia');
    expect(yaml).toContain('# A reply is expected by 19 November 2022, 60 days after');
    expect(yaml).toMatch(/mandate: trafficking # Special Rapporteur on trafficking in persons/);
    expect(yaml).toContain('joint: true');
    const parsed = parseDraftYaml(yaml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.inReplyTo).toMatchObject({
      reference: 'AL KHM 2/2022',
      date: '2022-09-20',
    });
  });

  it('leaves what only the drafter knows as TODO, which the check reports', () => {
    const { findings } = checkDraftYaml(yaml);
    const placeholders = findings.filter((finding) => finding.code === 'placeholder_left');
    expect(placeholders.length).toBeGreaterThan(5);
    expect(findings.filter((finding) => finding.code !== 'placeholder_left')).toEqual([]);
  });

  it('renders once only its texts are filled in', async () => {
    const parsed = parseDraft(fillBodies(yaml));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const parts = readDocxParts((await renderDocx(parsed.value)).bytes);
    const text = parts.names
      .filter((name) => /^word\/(document|footer\d*)\.xml$/.test(name))
      .flatMap((name) => paragraphTexts(parts.parsed(name)))
      .join('\n');
    expect(text).toContain('Joint Communication No. AL KHM 2/2022 dated 20 September 2022');
    expect(text).toContain('transmit to the latter herewith the reply of the Government.');
    expect(text).toContain('Measures taken');
    expect(text).toContain('Special Rapporteur on the situation of human rights in Cambodia');
    expect(text).toContain(
      'Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations and other business enterprises',
    );
  });

  it('uses United Nations names where the country list differs, and a letter alone for OTH', () => {
    const ivory = starterDraftYaml({ ...options, reference: 'UA CIV 1/2023', mandates: [] });
    expect(ivory).toContain("shortName: Permanent Mission of Côte d'Ivoire");
    expect(ivory).not.toContain('Ivory Coast');
    expect(ivory).toContain('joint: false');
    const company = starterDraftYaml({ ...options, reference: 'OL OTH 12/2024' });
    expect(company).not.toContain('note-verbale');
    expect(company).not.toContain('Permanent Representative');
    expect(parseDraftYaml(company).ok).toBe(true);
  });

  it('writes the State in the language of the draft where the list has it', () => {
    const french = starterDraftYaml({ ...options, language: 'fr' });
    expect(french).toContain('state: Royaume du Cambodge');
    expect(french).toContain('language: fr');
  });

  it('refuses a malformed reference, an unknown country and an unknown mandate', () => {
    const refused = (change: Partial<typeof options>): ChanceryError =>
      failure(() => starterDraftYaml({ ...options, ...change }));
    expect(refused({ reference: 'AL KHM 2-2022' }).code).toBe('invalid_reference');
    expect(refused({ reference: 'AL KHN 2/2022' }).code).toBe('reference_country');
    expect(refused({ mandates: ['traficking'] }).code).toBe('unknown_mandate');
    expect(refused({ date: '2022-02-30' }).code).toBe('invalid_date');
  });
});
