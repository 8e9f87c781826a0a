import { describe, expect, it } from 'vitest';
import { formatFilePath } from '../../src/format/format-path.js';

describe('formatFilePath', () => {
  it('resolves ./ and inner .. to a file of the folder', () => {
    expect(formatFilePath('emblem.png')).toBe('emblem.png');
    expect(formatFilePath('./images/../emblem.png')).toBe('emblem.png');
    expect(formatFilePath('images//seal.png')).toBe('images/seal.png');
  });

  it('refuses every path that leaves the folder', () => {
    for (const path of [
      '../emblem.png',
      'images/../../emblem.png',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      'images\\seal.png',
      'file:///etc/passwd',
      'https://example.org/seal.png',
      'data:image/png;base64,AAAA',
      '.',
      '',
    ]) {
      expect(formatFilePath(path), path).toBeUndefined();
    }
  });
});
