/** Column letters as Sheets shows them in A1 notation: column 1 is A, 27 is AA. */

/** 1 → "A", 27 → "AA": the column letters Sheets shows. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "D" → 4, "aa" → 27; undefined when the text is not column letters. */
export function columnNumber(letters: string): number | undefined {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return undefined;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
