/**
 * Turns what a user types into a Lucene query for the actor_names full-text index: every word
 * required, each as an exact word, a prefix or (if long enough) a near spelling, in that rank order.
 * Words are split like the index's standard analyzer splits names, so no Lucene syntax gets through.
 */
export function actorNameQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^4 OR ${word}*^2${word.length >= 4 ? ` OR ${word}~1` : ''})`).join(' AND ');
}
