const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML, in element content and in quoted attribute values alike: `& < > " '`.
 *
 * @example
 * ```ts
 * escapeHtml(`<b title="x">A & B's</b>`); // '&lt;b title=&quot;x&quot;&gt;A &amp; B&#39;s&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
