import type { FormatFiles, FormatSource } from '../format/format.js';
import type { PrecompiledFormats } from '../precompiled-formats.js';

function sameFiles(one: FormatFiles, other: FormatFiles): boolean {
  const names = Object.keys(one);
  if (names.length !== Object.keys(other).length) return false;
  return names.every((name) => {
    const a = one[name];
    const b = other[name];
    if (typeof a === 'string' || typeof b === 'string') return a === b;
    if (a === undefined || b === undefined || a.length !== b.length) return false;
    return a.every((byte, index) => byte === b[index]);
  });
}

/**
 * Precompiled formats if they were compiled from exactly these sources (one format each, with
 * the same origin and the same files, byte for byte), otherwise `undefined`: a changed file is
 * compiled anew, never stood in for by what a build saw.
 *
 * @example
 * ```ts
 * const ahead = currentPrecompiled(precompiledBuiltins, builtinFormats());
 * const drafter = ahead === undefined ? createDrafter({ formats: builtinFormats() }) : precompiledDrafter(ahead);
 * ```
 */
export function currentPrecompiled<Specification>(
  precompiled: PrecompiledFormats<Specification>,
  sources: readonly FormatSource[],
): PrecompiledFormats<Specification> | undefined {
  const { formats } = precompiled;
  const current =
    sources.length === formats.length &&
    sources.every((source) =>
      formats.some(({ format }) => {
        const [layer, ...more] = format.layers;
        return (
          layer !== undefined &&
          more.length === 0 &&
          layer.origin === (source.origin ?? '') &&
          sameFiles(layer.files, source.files)
        );
      }),
    );
  return current ? precompiled : undefined;
}
