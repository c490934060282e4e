/**
 * Reads a number typed as text, the way survey exports and Polish-locale sheets write
 * them: `"9"`, `" 9 "`, `"7,5"`, `"-1"`, `"−1"` (the typographic minus U+2212, which word
 * processors and some exports write), `"+2"`, `".5"`.
 *
 * A comma is read as the decimal separator because Polish (and most European) locales
 * write `7,5` for seven and a half; thousands separators never occur in scores, so
 * `"1,000"` is read as 1. Anything else (`"n/a"`, `"don't know"`, `"9 points"`, `"1e3"`)
 * is not numeric text and gives `undefined`, so callers can skip it as `AVERAGE` does.
 */
const NUMERIC_TEXT = /^[+\-\u2212]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** The number of text already known to match NUMERIC_TEXT (or the number part of a labelled answer). */
function numberOf(text: string): number {
  const first = text.charCodeAt(0);
  return Number((first === 0x2212 ? `-${text.slice(1)}` : text).replace(',', '.'));
}

export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMERIC_TEXT.test(trimmed)) return undefined;
  return numberOf(trimmed);
}

/**
 * A score followed by its label, as survey tools export answers (DESIGN §2): a number,
 * optional spaces, one of `-` `–` `—` `:` `(` `.`, optional spaces, then text that starts
 * with a letter: `"10 - Extremely likely"`, `"0 – Not at all likely"`, `"5: Very
 * satisfied"`, `"4 (Satisfied)"`. Not `"5 - 7"` (a range: a digit follows), not `"9 points"`
 * (no separator).
 */
const LABELLED_SCORE = /^([+\-\u2212]?(?:\d+(?:[.,]\d*)?|[.,]\d+?))\s*[-\u2013\u2014:(.]\s*\p{L}/u;

/**
 * A score in a survey answer: numeric text (parseNumericText), or the number of a labelled
 * answer (LABELLED_SCORE); `undefined` for any other text.
 */
export function parseScoreText(text: string): number | undefined {
  const plain = parseNumericText(text);
  if (plain !== undefined) return plain;
  const labelled = LABELLED_SCORE.exec(text.trim());
  return labelled === null ? undefined : numberOf(labelled[1]);
}
