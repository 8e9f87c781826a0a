import type { TemplateHelper } from '../helper.js';

const FORM_NAME = /^[a-z][A-Za-z]*$/;

/**
 * `{{inflect recipient "dative"}}`: the sender's or recipient's name in a grammatical form,
 * with its article contracted where the language does so ("au Haut-Commissariat", "a la
 * Oficina") or as the draft gives it ("Управлению Верховного комиссара ..."). When the format
 * loads, a call that gives something else than the sender or a recipient, or a form that is not
 * a name such as `dative`, is an error.
 *
 * @example
 * ```hbs
 * présente ses compliments {{inflect recipient "dative"}}
 * ```
 */
export const inflectHelper: TemplateHelper = {
  name: 'inflect',
  checkArguments: ([entity, form, ...rest]) => {
    if (entity === undefined || form === undefined || rest.length > 0)
      return 'inflect takes the sender or the recipient, and the name of a form: {{inflect recipient "dative"}}';
    if (entity.literal !== undefined || (entity.fields !== undefined && !isNamed(entity.fields)))
      return `inflect takes the sender or the recipient, not "${entity.text}"`;
    if (
      form.literal !== undefined &&
      !(typeof form.literal === 'string' && FORM_NAME.test(form.literal))
    )
      return `${form.text} is not the name of a form, such as "dative" or "genitive"`;
    return undefined;
  },
  call: ([entity, form], context) => context.inflect(entity, String(form)),
};

// The sender and the recipient carry the grammar of their names.
function isNamed(fields: readonly string[]): boolean {
  return fields.includes('article') && fields.includes('forms');
}
