/**
 * The bytes a `data:` URL holds, base64 or percent-encoded (Vite inlines SVG files the latter
 * way).
 *
 * @example
 * ```ts
 * dataUrlBytes('data:image/png;base64,iVBORw0KGgo='); // Uint8Array [137, 80, 78, 71, 13, 10, 26, 10]
 * ```
 */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0)
    throw new Error(`not a data: URL: ${url.slice(0, 40)}`);
  const header = url.slice(0, comma);
  const payload = url.slice(comma + 1);
  if (header.endsWith(';base64')) {
    const binary = atob(payload);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  }
  return new TextEncoder().encode(decodeURIComponent(payload));
}
