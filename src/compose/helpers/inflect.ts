import type { TemplateHelper } from '../helper.js';

/**
 * `{{inflect recipient "dative"}}`: the sender's or recipient's name in a grammatical form,
 * with its article contracted where the language does so ("au Haut-Commissariat", "a la
 * Oficina") or as the draft gives it ("Управлению Верховного комиссара ...").
 *
 * @example
 * ```hbs
 * présente ses compliments {{inflect recipient "dative"}}
 * ```
 */
export const inflectHelper: TemplateHelper = {
  name: 'inflect',
  call: ([entity, form], context) => context.inflect(entity, String(form)),
};
