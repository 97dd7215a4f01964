/** Characters XML 1.0 forbids even when escaped (most control characters, lone surrogates, U+FFFE/FFFF). */
const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The one escape for text and attribute values in the XML exports: forbidden characters dropped, markup characters escaped. */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(forbidden, '')
    .replace(/[&<>"']/g, (char) => entities[char]!);
}

/** `name="value"` pairs for an element, skipping null and undefined values. */
export function attributes(values: Record<string, unknown>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}
