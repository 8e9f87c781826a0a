import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/compose/closest-name.js';

describe('closestName', () => {
  it('finds a name with a letter missing, wrong or swapped', () => {
    expect(closestName('recipent', ['recipient', 'number'])).toBe('recipient');
    expect(closestName('nmae', ['name', 'city'])).toBe('name');
    expect(closestName('salutaton', ['salutation', 'closing'])).toBe('salutation');
  });

  it('suggests nothing when no name is close', () => {
    expect(closestName('xyz', ['recipient', 'number'])).toBeUndefined();
    expect(closestName('a', ['name'])).toBeUndefined();
  });
});
