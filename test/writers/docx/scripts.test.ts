import { describe, expect, it } from 'vitest';
import {
  LIKELY_SUBTAGS,
  scriptOfLanguage,
  slotOfScript,
  withRegion,
} from '../../../src/writers/docx/scripts.js';

// What Intl's locale data says, computed here as the module would without its table.
function intlScript(tag: string): string | undefined {
  return new Intl.Locale(tag).maximize().script;
}
function intlWithRegion(tag: string): string {
  const locale = new Intl.Locale(tag);
  if (locale.region !== undefined) return tag;
  const region = locale.maximize().region;
  return region === undefined ? tag : `${locale.language}-${region}`;
}

describe('likely subtags', () => {
  it("hold the UN's six languages", () => {
    expect([...LIKELY_SUBTAGS.keys()]).toEqual(
      expect.arrayContaining(['ar', 'en', 'es', 'fr', 'ru', 'zh']),
    );
  });

  it.each([...LIKELY_SUBTAGS])('agree with Intl for %s', (tag, likely) => {
    const maximized = new Intl.Locale(tag).maximize();
    expect(likely).toEqual({ script: maximized.script, region: maximized.region });
    expect(scriptOfLanguage(tag)).toBe(intlScript(tag));
    expect(withRegion(tag)).toBe(intlWithRegion(tag));
  });
});

describe('scriptOfLanguage and withRegion', () => {
  it.each(['zh-TW', 'zh-Hant', 'zh-HK', 'km', 'ar-SA', 'fa', 'he', 'ja', 'ko', 'en-GB', 'sr'])(
    'ask Intl for a tag the table does not hold: %s',
    (tag) => {
      expect(LIKELY_SUBTAGS.has(tag)).toBe(false);
      expect(scriptOfLanguage(tag)).toBe(intlScript(tag));
      expect(withRegion(tag)).toBe(intlWithRegion(tag));
    },
  );

  it('set Chinese in the East Asian slot and Arabic in the complex-script slot, with a region', () => {
    expect(slotOfScript(scriptOfLanguage('zh') ?? '')).toBe('eastAsian');
    expect(withRegion('zh')).toBe('zh-CN');
    expect(slotOfScript(scriptOfLanguage('zh-TW') ?? '')).toBe('eastAsian');
    expect(slotOfScript(scriptOfLanguage('ar') ?? '')).toBe('complex');
    expect(withRegion('ar')).toBe('ar-EG');
    expect(withRegion('ar-SA')).toBe('ar-SA');
  });

  it('give nothing for a tag that is not one', () => {
    expect(scriptOfLanguage('not a tag')).toBeUndefined();
    expect(withRegion('not a tag')).toBe('not a tag');
  });
});
