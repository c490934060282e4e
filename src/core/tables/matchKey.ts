/**
 * The key two names are compared by when a user may have typed them differently:
 * "Punkt styku", "PUNKT  STYKU" and "punkt-styku" are one header; "Zasięg" and "zasieg"
 * too. Case, accents (Polish ą ć ę ł ń ó ś ź ż included: ł has no Unicode decomposition,
 * so it is mapped by hand), punctuation and runs of spaces are ignored.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}
