import { describe, expect, it, vi } from 'vitest';
import { formatDiagnostic, parseDraft } from '../../src/index.js';
import { smallDraftInput } from '../support/drafts.js';

function errorsOf(input: unknown) {
  const result = parseDraft(input);
  if (result.ok) throw new Error('expected the draft to be refused');
  return result.errors;
}

describe('parseDraft', () => {
  it('returns the typed draft with defaults filled in', () => {
    const input = smallDraftInput();
    delete (input as { language?: string }).language;
    const result = parseDraft(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.format).toBe('un-geneva');
    expect(result.value.language).toBe('en');
    expect(result.value.documents[1]?.type).toBe('letter');
  });

  it('names the path of a missing field', () => {
    const input = smallDraftInput();
    const letter = input.documents[1] as { addressees: { name?: string }[] };
    delete letter.addressees[0]?.name;
    const [error] = errorsOf(input);
    expect(error?.code).toBe('missing_field');
    expect(error?.path).toEqual(['documents', 1, 'addressees', 0, 'name']);
    expect(formatDiagnostic(error)).toContain('documents[1].addressees[0].name');
  });

  it('refuses a date that is not on the calendar, naming its path', () => {
    const input = smallDraftInput();
    (input.documents[0] as { date: string }).date = '2022-13-45';
    const [error] = errorsOf(input);
    expect(error?.path).toEqual(['documents', 0, 'date']);
    expect(error?.message).toContain('2022-13-45');
  });

  it('refuses 30 February', () => {
    const input = smallDraftInput();
    (input.documents[1] as { date: string }).date = '2023-02-30';
    expect(errorsOf(input)[0]?.path).toEqual(['documents', 1, 'date']);
  });

  it('refuses an unknown field and says which', () => {
    const input = smallDraftInput();
    (input.documents[0] as Record<string, unknown>).honorTo = 'x';
    const [error] = errorsOf(input);
    expect(error?.code).toBe('unknown_field');
    expect(error?.path).toEqual(['documents', 0, 'honorTo']);
  });

  it('refuses an unknown document type', () => {
    const input = smallDraftInput();
    (input.documents[0] as { type: string }).type = 'memo';
    const [error] = errorsOf(input);
    expect(error?.path).toEqual(['documents', 0, 'type']);
    expect(error?.message).toContain('note-verbale');
  });

  it('reports every problem, not only the first', () => {
    const input = smallDraftInput();
    (input.documents[0] as { date: string }).date = 'yesterday';
    delete (input.sender as { city?: string }).city;
    const paths = errorsOf(input).map((error) => error.path?.join('.'));
    expect(paths).toContain('documents.0.date');
    expect(paths).toContain('sender.city');
  });

  it('refuses control characters with the field named, and keeps other text as written', () => {
    const input = smallDraftInput();
    (input.sender as { state: string }).state = 'Republic\u0007of Utopia';
    const [error] = errorsOf(input);
    expect(error?.path).toEqual(['sender', 'state']);
    expect(error?.message).toContain('U+0007');
  });

  it('refuses a lone surrogate in body text', () => {
    const input = smallDraftInput();
    (input.documents[1] as { body: string }).body = 'broken \uD800 text';
    const [error] = errorsOf(input);
    expect(error?.path).toEqual(['documents', 1, 'body']);
    expect(error?.message).toContain('U+D800');
  });

  it('refuses a line break in a one-line field', () => {
    const input = smallDraftInput();
    (input.sender as { city: string }).city = 'Geneva\nSwitzerland';
    expect(errorsOf(input)[0]?.path).toEqual(['sender', 'city']);
  });

  it('accepts a reference number written as a bare number', () => {
    const input = smallDraftInput();
    (input.documents[0] as { number: unknown }).number = 657;
    const result = parseDraft(input);
    expect(
      result.ok &&
        result.value.documents[0]?.type === 'note-verbale' &&
        result.value.documents[0].number,
    ).toBe('657');
  });

  it('refuses a language that is not a language tag', () => {
    const input = smallDraftInput();
    input.language = 'English';
    expect(errorsOf(input)[0]?.path).toEqual(['language']);
  });

  it('accepts the optional grammar of names and the role of an addressee', () => {
    const input = smallDraftInput();
    Object.assign(input.sender, { article: 'la', gender: 'feminine', forms: { dative: 'X' } });
    Object.assign((input.documents[1] as { addressees: object[] }).addressees[0]!, {
      role: 'independentExpert',
    });
    const result = parseDraft(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sender).toMatchObject({
      article: 'la',
      gender: 'feminine',
      forms: { dative: 'X' },
    });
  });

  it('names the field of a grammatical gender, form or role it does not know', () => {
    const input = smallDraftInput();
    Object.assign(input.sender, { gender: 'female', forms: { 'dative case': 'X' } });
    Object.assign((input.documents[1] as { addressees: object[] }).addressees[0]!, {
      role: 'envoy',
    });
    const paths = errorsOf(input).map((error) => error.path);
    expect(paths).toContainEqual(['sender', 'gender']);
    expect(paths).toContainEqual(['sender', 'forms', 'dative case']);
    expect(paths).toContainEqual(['documents', 1, 'addressees', 0, 'role']);
  });
});

describe('initials', () => {
  it("accepts a note verbale's initials on one line, and refuses them on two", () => {
    const input = smallDraftInput();
    (input.documents[0] as { initials?: string }).initials = ' SA/vk ';
    const parsed = parseDraft(input);
    expect(
      parsed.ok &&
        parsed.value.documents[0]?.type === 'note-verbale' &&
        parsed.value.documents[0].initials,
    ).toBe('SA/vk');
    (input.documents[0] as { initials?: string }).initials = 'SA/\nvk';
    const refused = parseDraft(input);
    expect(refused.ok ? [] : refused.errors.map((error) => error.path)).toEqual([
      ['documents', 0, 'initials'],
    ]);
  });
});

describe('parseDraft, first and later', () => {
  // The first draft a process validates skips zod's compiled fast path; the others take it.
  it.each([
    ['a valid draft', smallDraftInput()],
    ['an invalid one', { ...smallDraftInput(), language: 7, extra: true, sender: { mission: '' } }],
  ])('gives the same result either way for %s', async (label, input) => {
    vi.resetModules();
    const { DraftSchema } = await import('../../src/model/draft.js');
    const fresh = await import('../../src/model/parse-draft.js');
    const safeParse = vi.spyOn(DraftSchema, 'safeParse');
    const first = fresh.parseDraft(input);
    const later = fresh.parseDraft(input);
    expect(safeParse.mock.calls.map(([, options]) => options?.jitless)).toEqual([true, false]);
    expect(later).toStrictEqual(first);
    expect(first.ok).toBe(label === 'a valid draft');
  });
});
