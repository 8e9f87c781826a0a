import type { TemplateHelper } from '../helper.js';
import { capitalizeHelper } from './capitalize.js';
import { formatDateHelper } from './format-date.js';
import { inflectHelper } from './inflect.js';
import { phraseHelper } from './phrase.js';
import { upperHelper } from './upper.js';

/**
 * The helpers every environment starts with. A drafter's own helpers are added beside them the
 * same way.
 *
 * @example
 * ```ts
 * builtinHelpers.map((helper) => helper.name); // ['capitalize', 'formatDate', 'inflect', 'phrase', 'upper']
 * ```
 */
export const builtinHelpers: readonly TemplateHelper[] = [
  capitalizeHelper,
  formatDateHelper,
  inflectHelper,
  phraseHelper,
  upperHelper,
];
