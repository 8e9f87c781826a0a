import { describe, expect, it } from 'vitest';
import { DEFAULT_PLACEMENT, PlacementSchema } from '../../src/index.js';
import { mergePlacement } from '../../src/format/placement.js';

describe('placement', () => {
  it('takes each choice from the nearest format that makes it, and the default otherwise', () => {
    const base = PlacementSchema.parse({ noteVerbale: { date: 'top', recipient: 'top' } });
    const derived = PlacementSchema.parse({ noteVerbale: { recipient: 'foot' } });
    const placement = mergePlacement([base, derived]);
    expect(placement.noteVerbale).toEqual({ date: 'top', recipient: 'foot', initials: 'none' });
    expect(placement.letter).toEqual(DEFAULT_PLACEMENT.letter);
  });

  it('refuses a choice that does not exist', () => {
    expect(PlacementSchema.safeParse({ noteVerbale: { date: 'bottom' } }).success).toBe(false);
    expect(PlacementSchema.safeParse({ memo: {} }).success).toBe(false);
  });
});
