/**
 * Reads a number typed as text, the way survey exports and Polish-locale sheets write
 * them: `"9"`, `" 9 "`, `"7,5"`, `"-1"`, `"+2"`, `".5"`.
 *
 * A comma is read as the decimal separator because Polish (and most European) locales
 * write `7,5` for seven and a half; thousands separators never occur in scores, so
 * `"1,000"` is read as 1. Anything else (`"n/a"`, `"don't know"`, `"9 points"`, `"1e3"`)
 * is not numeric text and gives `undefined`, so callers can skip it as `AVERAGE` does.
 */
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMERIC_TEXT.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}
