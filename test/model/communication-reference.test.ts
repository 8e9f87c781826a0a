import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReferenceCountry,
  findCommunicationReferences,
  formatCommunicationReference,
  knownAlpha3Codes,
  parseCommunicationReference,
  sameCommunication,
  type CommunicationReference,
} from '../../src/index.js';

function parsed(text: string): CommunicationReference {
  const reading = parseCommunicationReference(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.value;
}

function refusal(text: string): string {
  const reading = parseCommunicationReference(text);
  if (reading.ok) throw new Error(`expected "${text}" to be refused`);
  return reading.message;
}

describe('communication references', () => {
  it('reads the three kinds of communication into their parts', () => {
    expect(parsed('AL KHM 2/2022')).toEqual({
      type: 'AL',
      joint: false,
      country: 'KHM',
      serial: 2,
      year: 2022,
    });
    expect(parsed('UA CHN 5/2023')).toMatchObject({ type: 'UA', country: 'CHN', serial: 5 });
    expect(parsed('OL OTH 12/2024')).toMatchObject({ type: 'OL', country: 'OTH', year: 2024 });
  });

  it('reads the joint forms JAL, JUA and JOL', () => {
    expect(parsed('JAL KHM 2/2022')).toMatchObject({ type: 'AL', joint: true });
    expect(parsed('JUA SYR 3/2014')).toMatchObject({ type: 'UA', joint: true });
    expect(parsed('JOL OTH 1/2020')).toMatchObject({ type: 'OL', joint: true });
  });

  it('writes back exactly what it reads, for any valid reference', () => {
    const references = fc.record({
      type: fc.constantFrom('AL' as const, 'UA' as const, 'OL' as const),
      joint: fc.boolean(),
      country: fc.constantFrom('OTH', ...knownAlpha3Codes()),
      serial: fc.integer({ min: 1, max: 9999 }),
      year: fc.integer({ min: 1990, max: 2100 }),
    });
    fc.assert(
      fc.property(references, (reference) => {
        const text = formatCommunicationReference(reference);
        expect(parsed(text)).toEqual(reference);
      }),
    );
  });

  it('refuses a reference not in its written form, showing that form', () => {
    expect(refusal('al khm 2/2022')).toContain('"AL KHM 2/2022"');
    expect(refusal('AL KHM 02/2022')).toContain('"AL KHM 2/2022"');
    expect(refusal('AL  KHM 2 / 2022')).toContain('"AL KHM 2/2022"');
    expect(refusal('AL-KHM-2-2022')).toContain('such as AL KHM 2/2022');
    expect(refusal('XY KHM 2/2022')).toContain('"XY" is not a kind of communication');
    expect(refusal('AL KHM 0/2022')).toContain('1 or more');
  });

  it('checks the country against the ISO 3166-1 list, with OTH for non-State actors', () => {
    expect(checkReferenceCountry('KHM')).toBeUndefined();
    expect(checkReferenceCountry('OTH')).toBeUndefined();
    expect(checkReferenceCountry('KHN')).toContain('"KHN" is not an ISO 3166-1 alpha-3');
    expect(knownAlpha3Codes().length).toBeGreaterThan(190);
  });

  it('finds the references cited in running text, with their offsets', () => {
    const text = 'I refer to your Joint Communication No. AL KHM 2/2022 and to UA CHN 5/2023.';
    const found = findCommunicationReferences(text);
    expect(found.map((reference) => reference.text)).toEqual(['AL KHM 2/2022', 'UA CHN 5/2023']);
    expect(text.slice(found[1]!.offset)).toMatch(/^UA CHN 5\/2023/);
    expect(findCommunicationReferences('an allegation letter, no reference')).toEqual([]);
  });

  it('takes a joint prefix for the same communication', () => {
    expect(sameCommunication(parsed('JAL KHM 2/2022'), parsed('AL KHM 2/2022'))).toBe(true);
    expect(sameCommunication(parsed('AL KHM 3/2022'), parsed('AL KHM 2/2022'))).toBe(false);
    expect(sameCommunication(parsed('UA KHM 2/2022'), parsed('AL KHM 2/2022'))).toBe(false);
  });
});
