import { englishStem as stemEnglish } from './englishStem';
import { foldWord } from './foldWord';
import { polishStem as stemPolish } from './polishStem';
import { isStopWord } from './stopWords';
import { wordHash } from './wordTokens';

/**
 * Every distinct word met in a set of comments, each worked out once (DESIGN §7: THEMES over
 * 100,000 comments in well under a second): a column of comments repeats a few thousand
 * words, so folding, stop-word checks and the two stems are computed per distinct word and
 * remembered, never per occurrence.
 *
 * Two levels of identity:
 *  - a *form* is a word as written, in lower case ("dostawą", "deliveries"): what THEMES
 *    shows, in the form written most often;
 *  - a *word* is a folded form ("dostawa" for "Dostawą", "dostawą" and "dostawa"): what
 *    keywords and stems compare.
 * Ids are dense integers from 0, in order of first appearance.
 */
export class Lexicon {
  private readonly formByText = new Map<string, number>();
  private readonly wordByFolded = new Map<string, number>();
  /** Per form: its lower-case text and its word. */
  private readonly formTexts: string[] = [];
  private readonly formWords: number[] = [];
  /** Per word: folded text, and the stems once asked for. */
  private readonly foldedWords: string[] = [];
  private readonly englishStems: (string | undefined)[] = [];
  private readonly polishStems: (string | undefined)[] = [];

  /** Tokens as written (case kept) → form, in an open-addressing table keyed by the token's characters. */
  private tokenSlots = new Int32Array(1 << 12); // token index + 1; 0 = empty
  private readonly tokenTexts: string[] = [];
  private readonly tokenForms: number[] = [];

  /**
   * The form id of the word text.slice(start, end), found without slicing when the token was
   * seen before: its characters' hash (wordHash, which scanWords computes while reading) picks
   * the slot, and the stored token is compared in place.
   */
  formAt(text: string, start: number, end: number, hash: number = wordHash(text, start, end)): number {
    const length = end - start;
    let mask = this.tokenSlots.length - 1;
    let i = mixed(hash) & mask;
    for (; ; i = (i + 1) & mask) {
      const slot = this.tokenSlots[i];
      if (slot === 0) break;
      const token = this.tokenTexts[slot - 1];
      if (token.length === length && text.startsWith(token, start)) return this.tokenForms[slot - 1];
    }
    const token = text.slice(start, end);
    const form = this.formOfText(token.toLowerCase());
    this.tokenTexts.push(token);
    this.tokenForms.push(form);
    this.tokenSlots[i] = this.tokenTexts.length;
    if (this.tokenTexts.length * 2 > this.tokenSlots.length) {
      this.tokenSlots = new Int32Array(this.tokenSlots.length * 2);
      mask = this.tokenSlots.length - 1;
      this.tokenTexts.forEach((known, index) => {
        let j = mixed(wordHash(known, 0, known.length)) & mask;
        while (this.tokenSlots[j] !== 0) j = (j + 1) & mask;
        this.tokenSlots[j] = index + 1;
      });
    }
    return form;
  }

  /** The form id of a token as it appears in a text ("Dostawą"). */
  formOf(token: string): number {
    return this.formAt(token, 0, token.length);
  }

  /** The form of a lower-case spelling, added when new. */
  private formOfText(text: string): number {
    let form = this.formByText.get(text);
    if (form === undefined) {
      form = this.formTexts.length;
      this.formTexts.push(text);
      this.formWords.push(this.wordOf(text));
      this.formByText.set(text, form);
    }
    return form;
  }

  /** The word id of any spelling of a word. */
  wordOf(text: string): number {
    const folded = foldWord(text);
    let word = this.wordByFolded.get(folded);
    if (word === undefined) {
      word = this.foldedWords.length;
      this.foldedWords.push(folded);
      this.englishStems.push(undefined);
      this.polishStems.push(undefined);
      this.wordByFolded.set(folded, word);
    }
    return word;
  }

  get formCount(): number {
    return this.formTexts.length;
  }

  get wordCount(): number {
    return this.foldedWords.length;
  }

  formText(form: number): string {
    return this.formTexts[form];
  }

  wordOfForm(form: number): number {
    return this.formWords[form];
  }

  folded(word: number): string {
    return this.foldedWords[word];
  }

  englishStem(word: number): string {
    let stem = this.englishStems[word];
    if (stem === undefined) this.englishStems[word] = stem = stemEnglish(this.foldedWords[word]);
    return stem;
  }

  polishStem(word: number): string {
    let stem = this.polishStems[word];
    if (stem === undefined) this.polishStems[word] = stem = stemPolish(this.foldedWords[word]);
    return stem;
  }

  /** A word that can be a discovered theme: not a stop word, at least two characters, at least one letter. */
  isThemeWord(word: number): boolean {
    const folded = this.foldedWords[word];
    return folded.length >= 2 && !isStopWord(folded) && HAS_LETTER.test(folded);
  }
}

const HAS_LETTER = /\p{L}/u;

/** FNV-1a's low bits are poorly mixed: MurmurHash3's finaliser spreads them before masking. */
function mixed(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
