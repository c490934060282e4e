/**
 * The folded form of a word (DESIGN §2, THEMES): words are compared in lower case with
 * accents removed, so "Dostawą", "dostawa" and "DOSTAWA" are one word, and "kurierem" typed
 * without Polish letters meets "kurierem" typed with them.
 *
 * Folding: lower case (locale-independent), canonical decomposition (NFD) with the combining
 * marks dropped (é → e, ą → a, ó → o, ś → s), then the Latin letters that Unicode does not
 * decompose mapped by hand: ł → l, đ → d, ø → o, ı → i, ß → ss, æ → ae, œ → oe; typographic
 * apostrophes (’ ‘ ʼ) become "'" so that "don’t" and "don't" are one word. Letters of other
 * scripts (Cyrillic, Greek, CJK) are kept, in lower case.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSED = /[łđøıßæœ’‘ʼ]/g;
const REPLACEMENTS: Readonly<Record<string, string>> = {
  ł: 'l', đ: 'd', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'", '‘': "'", ʼ: "'",
};
const replacement = (letter: string): string => REPLACEMENTS[letter];
/** Text with nothing to fold: plain lower-case ASCII letters, digits and the apostrophe. */
const ALREADY_FOLDED = /^[a-z0-9']*$/;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ALREADY_FOLDED.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(UNDECOMPOSED, replacement);
}
