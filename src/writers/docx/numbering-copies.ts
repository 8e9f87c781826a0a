import { Numbering, uniqueNumericIdCreator } from 'docx';
import { isPlainData } from './recorded-calls.js';

/**
 * What a `Numbering` is built from: docx's own options.
 *
 * @example
 * ```ts
 * const options: NumberingOptions = { config: [{ reference: 'items', levels: [] }] };
 * ```
 */
export type NumberingOptions = ConstructorParameters<typeof Numbering>[0];

/**
 * Gives a `Numbering` of a document's own for the options.
 *
 * @example
 * ```ts
 * const numberingFor: NumberingMaker = numberingMaker();
 * ```
 */
export type NumberingMaker = (options: NumberingOptions) => Numbering;

// The fields docx's `Numbering` constructor sets. Its lists (abstract and concrete) are written
// as they were built and never changed after; a document adds lists of its own to its maps.
interface NumberingFields {
  rootKey: string;
  root: unknown[];
  abstractNumberingMap: Map<string, { readonly id: number }>;
  concreteNumberingMap: Map<string, { readonly numId: number }>;
  referenceConfigMap: Map<string, unknown>;
  abstractNumUniqueNumericId: () => number;
  concreteNumUniqueNumericId: () => number;
}

const FIELDS: readonly (keyof NumberingFields)[] = [
  'rootKey',
  'root',
  'abstractNumberingMap',
  'concreteNumberingMap',
  'referenceConfigMap',
  'abstractNumUniqueNumericId',
  'concreteNumUniqueNumericId',
];

// Whether this docx's `Numbering` is built as the copies below expect: these fields and no
// others, and its abstract and concrete lists numbered from 1 in order, so that the next of
// each is one past their count.
function isKnownShape(numbering: Numbering): boolean {
  const fields = numbering as unknown as Partial<NumberingFields>;
  const own = Object.keys(numbering);
  if (own.length !== FIELDS.length || !FIELDS.every((field) => own.includes(field))) return false;
  const { root, abstractNumberingMap, concreteNumberingMap, referenceConfigMap } = fields;
  if (
    !Array.isArray(root) ||
    root.length !== 1 ||
    !(abstractNumberingMap instanceof Map) ||
    !(concreteNumberingMap instanceof Map) ||
    !(referenceConfigMap instanceof Map) ||
    typeof fields.abstractNumUniqueNumericId !== 'function' ||
    typeof fields.concreteNumUniqueNumericId !== 'function'
  )
    return false;
  const inOrder = (ids: readonly number[]): boolean => ids.every((id, index) => id === index + 1);
  return (
    inOrder([...abstractNumberingMap.values()].map((list) => list.id)) &&
    inOrder([...concreteNumberingMap.values()].map((list) => list.numId))
  );
}

// The numbers the next lists take: one past those of the lists the constructor made.
function nextIds(model: NumberingFields): { abstract: number; concrete: number } {
  return {
    abstract: model.abstractNumberingMap.size,
    concrete: model.concreteNumberingMap.size,
  };
}

// A format has a few sets of options; a map that somehow grows is started again past this.
const MAX_MODELS = 64;

/**
 * Creates a maker of `Numbering`s that builds one for each set of options and gives every
 * document a copy of it. docx's constructor builds nine levels of default bullets, and nine of
 * each list the options define, for every document: in a batch, most of what a short note's
 * lists part costs. A copy holds the same lists, which are never changed once built, in maps of
 * its own, so that the lists a document starts are its alone; it numbers them as its own
 * `Numbering` would. Options that are not plain data, or a docx whose `Numbering` is built
 * otherwise than expected, get a `Numbering` built whole. The tests compare the parts written
 * from copies and from fresh objects.
 *
 * @example
 * ```ts
 * const numberingFor = numberingMaker();
 * const numbering = numberingFor({ config: [] });
 * numbering.createConcreteNumberingInstance('default-bullet-numbering', 1);
 * ```
 */
export function numberingMaker(): NumberingMaker {
  const models = new Map<string, NumberingFields | null>();
  return (options) => {
    if (!isPlainData(options)) return new Numbering(options);
    const key = JSON.stringify(options);
    let model = models.get(key);
    if (model === undefined) {
      const built = new Numbering(options);
      // What a document is given stays as it was built: the model is never handed out.
      model = isKnownShape(built) ? (built as unknown as NumberingFields) : null;
      if (models.size >= MAX_MODELS) models.clear();
      models.set(key, model);
    }
    if (model === null) return new Numbering(options);
    const next = nextIds(model);
    const copy = Object.create(Numbering.prototype) as NumberingFields;
    copy.rootKey = model.rootKey;
    // The first child is the namespaces' attributes, which nothing changes.
    copy.root = [...model.root];
    copy.abstractNumberingMap = new Map(model.abstractNumberingMap);
    copy.concreteNumberingMap = new Map(model.concreteNumberingMap);
    copy.referenceConfigMap = new Map(model.referenceConfigMap);
    copy.abstractNumUniqueNumericId = uniqueNumericIdCreator(next.abstract);
    copy.concreteNumUniqueNumericId = uniqueNumericIdCreator(next.concrete);
    return copy as unknown as Numbering;
  };
}
