/**
 * The words of a text (DESIGN §2, THEMES): runs of letters and digits of any script
 * (Unicode categories L, M and N: "dostawą", "café", "доставка", "24h"), with an apostrophe
 * between two such characters kept inside the word ("don't", "customer’s"). Everything else
 * separates words.
 *
 * Two words are *adjacent* when only spaces or a hyphen stand between them ("late delivery",
 * "e-mail"); punctuation such as `,` `.` `;` `!` `(` or a dash ends a run, so "late, delivery"
 * is not the phrase "late delivery". Several-word keywords and discovered two-word phrases
 * both need adjacent words.
 *
 * A character loop rather than a regular expression: a column of 100,000 comments holds a
 * million words, and the loop finds them without building a match or a string per word.
 * Characters beyond ASCII are classified once each with the Unicode property escapes
 * \p{L}\p{M}\p{N} (ES2018, supported by Apps Script's V8 and kept as they are by esbuild's
 * es2019 target) and remembered.
 */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 code unit beyond ASCII: 0 not yet known, 1 part of a word, 2 not. */
const known = new Uint8Array(65536);

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** How many code units of a word character start at i: 0 (none), 1, or 2 (a surrogate pair). */
function wordWidthAt(text: string, i: number, code: number): number {
  if (code < 128) return isAsciiWordCode(code) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    return WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let kind = known[code];
  if (kind === 0) known[code] = kind = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

/** Gap characters that keep two words adjacent: spaces (incl. no-break and thin), tab and "-". */
function joins(code: number): boolean {
  return code === 32 || code === 45 || code === 9 || code === 160 || code === 0x202f || code === 0x2009;
}

/** FNV-1a over the code units of text[start, end): the hash scanWords passes with each word. */
export function wordHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Calls `word(start, end, adjacent, hash)` for each word text.slice(start, end), in order;
 * `adjacent` is true when the word follows the previous one with only spaces or a hyphen
 * between them; `hash` is wordHash of the word, computed while reading it (for the lexicon's
 * look-up, which then needs no second pass over the characters).
 */
export function scanWords(text: string, word: (start: number, end: number, adjacent: boolean, hash: number) => void): void {
  const length = text.length;
  let seenWord = false;
  let joined = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const width = wordWidthAt(text, i, code);
    if (width === 0) {
      if (joined && !joins(code)) joined = false;
      i++;
      continue;
    }
    const start = i;
    let hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
    i += width;
    while (i < length) {
      const next = text.charCodeAt(i);
      const w = wordWidthAt(text, i, next);
      if (w === 0 && !(isApostrophe(next) && i + 1 < length && wordWidthAt(text, i + 1, text.charCodeAt(i + 1)) > 0)) break;
      hash = Math.imul(hash ^ next, FNV_PRIME);
      if (w === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += w === 2 ? 2 : 1;
    }
    word(start, i, seenWord && joined, hash);
    seenWord = true;
    joined = true;
  }
}

/** The words of a text as strings (keywords, tests; comments are read with scanWords). */
export function wordTokens(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}
