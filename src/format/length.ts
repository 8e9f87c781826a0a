import * as z from 'zod';

const POINTS_PER_UNIT = { pt: 1, mm: 72 / 25.4, cm: 72 / 2.54, in: 72 } as const;
const LENGTH = /^(\d+(?:\.\d+)?)\s*(pt|mm|cm|in)$/;

/**
 * A length in a format manifest: a number of points, or text with a unit (`25mm`, `2.5cm`,
 * `1in`, `12pt`). Parses to points.
 *
 * @example
 * ```ts
 * LengthSchema.parse('1in'); // 72
 * LengthSchema.parse(12); // 12
 * ```
 */
export const LengthSchema = z.union([
  z.number().nonnegative(),
  z.string().transform((text, context) => {
    const match = LENGTH.exec(text.trim());
    if (match === null) {
      context.addIssue({
        code: 'custom',
        message: `expected a length such as 25mm, 2.5cm, 1in or 12pt, found "${text}"`,
      });
      return z.NEVER;
    }
    const [, amount, unit] = match as unknown as [string, string, keyof typeof POINTS_PER_UNIT];
    return Number(amount) * POINTS_PER_UNIT[unit];
  }),
]);
