import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/compose/language-name.js';

describe('languageName', () => {
  it('names the six UN languages as Intl does, and other tags through Intl', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const tag of ['ar', 'en', 'es', 'fr', 'ru', 'zh', 'en-US', 'fr-CH', 'km', 'pt-BR'])
      expect(languageName(tag)).toBe(intl.of(tag));
  });

  it('gives back a tag Intl cannot read', () => {
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
