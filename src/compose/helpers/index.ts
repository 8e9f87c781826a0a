import type { TemplateHelper } from '../helper.js';
import { andHelper } from './and.js';
import { capitalizeHelper } from './capitalize.js';
import { eqHelper } from './eq.js';
import { formatDateHelper } from './format-date.js';
import { inflectHelper } from './inflect.js';
import { joinHelper } from './join.js';
import { neHelper } from './ne.js';
import { notHelper } from './not.js';
import { orHelper } from './or.js';
import { phraseHelper } from './phrase.js';
import { upperHelper } from './upper.js';

/**
 * The helpers every environment starts with, registered exactly as a drafter's own helpers
 * (`createDrafter({ helpers })`) are, beside handlebars' block helpers `if`, `unless`, `each` and
 * `with`.
 *
 * @example
 * ```ts
 * builtinHelpers.map((helper) => helper.name);
 * // ['and', 'capitalize', 'eq', 'formatDate', 'inflect', 'join', 'ne', 'not', 'or', 'phrase', 'upper']
 * ```
 */
export const builtinHelpers: readonly TemplateHelper[] = [
  andHelper,
  capitalizeHelper,
  eqHelper,
  formatDateHelper,
  inflectHelper,
  joinHelper,
  neHelper,
  notHelper,
  orHelper,
  phraseHelper,
  upperHelper,
];
