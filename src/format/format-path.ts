/**
 * Resolves a path that a format names (an image, a reference document) to the name of a file in
 * the format's own folder, or `undefined` when it would leave that folder: an absolute path, a
 * `..` that climbs out, a backslash, or a URL. `./` and inner `..` are resolved.
 *
 * @example
 * ```ts
 * formatFilePath('./images/../emblem.png'); // 'emblem.png'
 * formatFilePath('../other/emblem.png'); // undefined
 * ```
 */
export function formatFilePath(path: string): string | undefined {
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)
  )
    return undefined;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}
