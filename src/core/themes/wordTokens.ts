/**
 * The words of a text (DESIGN §2, THEMES): runs of letters and digits of any script
 * (Unicode properties L, M, N: "dostawą", "café", "доставка", "24h"), with an apostrophe
 * inside a word kept ("don't", "customer’s"). Everything else separates words.
 *
 * Two words are *adjacent* when only spaces or a hyphen stand between them ("late delivery",
 * "e-mail"); punctuation such as `,` `.` `;` `!` `(` or a dash ends a run, so "late, delivery"
 * is not the phrase "late delivery". Several-word keywords and discovered two-word phrases
 * both need adjacent words.
 *
 * The pattern uses Unicode property escapes (ES2018), which the Apps Script V8 runtime
 * supports and esbuild's es2019 target leaves as they are.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** Gap characters that keep two words adjacent: spaces (incl. no-break, tab) and "-". */
function joins(code: number): boolean {
  return code === 32 || code === 45 || code === 9 || code === 160 || code === 0x202f || code === 0x2009;
}

/**
 * Calls `word(text, adjacent)` for each word in order; `adjacent` is true when the word
 * follows the previous word with only spaces or a hyphen between them. No array is built:
 * a whole column of comments is read through this.
 */
export function forEachWord(text: string, word: (token: string, adjacent: boolean) => void): void {
  WORD.lastIndex = 0;
  let previousEnd = -1;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    const start = match.index;
    let adjacent = previousEnd >= 0;
    for (let i = previousEnd; adjacent && i < start; i++) adjacent = joins(text.charCodeAt(i));
    previousEnd = start + match[0].length;
    word(match[0], adjacent);
  }
}

/** The words of a text as an array (for keywords and tests; comments use forEachWord). */
export function wordTokens(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (token) => words.push(token));
  return words;
}
