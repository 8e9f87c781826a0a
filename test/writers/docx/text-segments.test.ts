import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/writers/docx/text-segments.js';

describe('segmentText', () => {
  it('gives a Latin reference inside Arabic text a left-to-right run of its own, digits and all', () => {
    expect(
      segmentText('الرسالة رقم AL KHM 2/2022 المؤرخة', { rightToLeft: true, scripts: ['Arab'] }),
    ).toEqual([
      { text: 'الرسالة رقم ', rightToLeft: true, script: 'Arab' },
      { text: 'AL KHM 2/2022', rightToLeft: false, script: undefined },
      { text: ' المؤرخة', rightToLeft: true, script: 'Arab' },
    ]);
  });

  it('leaves the punctuation after a Latin reference to the Arabic around it', () => {
    const segments = segmentText('رقم AL KHM 2/2022.', { rightToLeft: true, scripts: ['Arab'] });
    expect(segments.map((segment) => [segment.text, segment.rightToLeft])).toEqual([
      ['رقم ', true],
      ['AL KHM 2/2022', false],
      ['.', true],
    ]);
  });

  it('keeps digits, slashes and spaces of an Arabic date in one right-to-left run', () => {
    expect(
      segmentText('جنيف، 15 تشرين الثاني/نوفمبر 2022', { rightToLeft: true, scripts: ['Arab'] }),
    ).toEqual([{ text: 'جنيف، 15 تشرين الثاني/نوفمبر 2022', rightToLeft: true, script: 'Arab' }]);
  });

  it('gives a Khmer motto the Khmer script, combining signs included, in either direction', () => {
    const motto = 'ជាតិ សាសនា ព្រះមហាក្សត្រ';
    for (const rightToLeft of [false, true]) {
      expect(segmentText(motto, { rightToLeft, scripts: ['Arab', 'Khmr'] })).toEqual([
        { text: motto, rightToLeft: false, script: 'Khmr' },
      ]);
    }
  });

  it('marks Chinese text as Han, with its punctuation, and Latin text beside it as default', () => {
    expect(segmentText('第AL KHM 2/2022号来文，', { rightToLeft: false, scripts: [] })).toEqual([
      { text: '第', rightToLeft: false, script: 'Hani' },
      { text: 'AL KHM 2/2022', rightToLeft: false, script: undefined },
      { text: '号来文，', rightToLeft: false, script: 'Hani' },
    ]);
  });

  it('writes English as one run and never marks it right to left', () => {
    const text = 'Geneva, 15 November 2022';
    expect(segmentText(text, { rightToLeft: false, scripts: ['Arab', 'Khmr'] })).toEqual([
      { text, rightToLeft: false, script: undefined },
    ]);
  });

  it('loses no character', () => {
    const text = '«AL» ١٥ ت ‎x\u0651y ជាតិ 中文 ';
    const segments = segmentText(text, { rightToLeft: true, scripts: ['Arab', 'Khmr'] });
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
