import type { Format } from '../format/format.js';
import type { CompiledTemplate, TemplateEnvironment } from './template-environment.js';

/** A format whose layouts and partials are compiled, ready to compose documents. */
export interface CompiledFormat {
  readonly format: Format;
  readonly layouts: ReadonlyMap<string, CompiledTemplate>;
  readonly partials: Readonly<Record<string, CompiledTemplate>>;
}

/**
 * Compiles every layout and partial of a format (its own, and those it inherits and does not
 * override), so that template errors surface when the format loads, not when a drafter renders.
 *
 * @example
 * ```ts
 * const compiled = compileFormat(format, createTemplateEnvironment(builtinHelpers));
 * compiled.layouts.has('letter'); // true
 * ```
 */
export function compileFormat(format: Format, environment: TemplateEnvironment): CompiledFormat {
  const layoutSources = new Map<string, { source: string; file: string }>();
  const partialSources = new Map<string, { source: string; file: string }>();
  for (const layer of [...format.layers].reverse()) {
    for (const [name, template] of layer.layouts) layoutSources.set(name, template);
    for (const [name, template] of layer.partials) partialSources.set(name, template);
  }
  const partialNames = new Set(partialSources.keys());
  const partials: Record<string, CompiledTemplate> = {};
  for (const [name, template] of partialSources) {
    partials[name] = environment.compileTemplate(template, partialNames);
  }
  const layouts = new Map<string, CompiledTemplate>();
  for (const [kind, template] of layoutSources) {
    layouts.set(kind, environment.compileTemplate(template, partialNames));
  }
  return { format, layouts, partials };
}
