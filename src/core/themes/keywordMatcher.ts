import { CommentWords } from './commentWords';
import { Lexicon } from './lexicon';
import { Theme } from './themeKeywords';

/**
 * Which themes a comment mentions (DESIGN §2 THEMES). A keyword word matches a comment word
 * when
 *  - their folded forms are equal ("Dostawą" = "dostawą" = "dostawa"), or
 *  - their English stems are equal ("deliveries" ~ "delivery"), or
 *  - their Polish stems are equal ("kurierem" ~ "kurier", "dostawie" ~ "dostawa"), or
 *  - the keyword word is a prefix `word*` and the folded comment word starts with it;
 * a keyword of several words matches the same number of adjacent words, each matching the
 * keyword's word at that place.
 *
 * Every keyword word gets a *slot* number. For each distinct word of the comments the slots
 * it matches are worked out once (three map look-ups and the prefixes), so matching a
 * comment costs one array read per word, whatever the number of themes.
 */
export class KeywordMatcher {
  private readonly bySlotFolded = new Map<string, number[]>();
  private readonly bySlotEnglish = new Map<string, number[]>();
  private readonly bySlotPolish = new Map<string, number[]>();
  private readonly prefixes: { readonly prefix: string; readonly slot: number }[] = [];
  /** Per keyword: its theme, first slot and number of words. Per slot: the keyword it starts, or −1. */
  private readonly keywordTheme: number[] = [];
  private readonly keywordFirstSlot: number[] = [];
  private readonly keywordLength: number[] = [];
  private readonly keywordStartedBy: number[] = [];
  private readonly slotsByWord: (readonly number[] | undefined)[] = [];
  /**
   * How the whole keyword words begin. The stemmers only change the end of a word: Porter2
   * keeps a word's first two letters (see firstTwo), the Polish stemmer its first letter (it
   * may turn "idz" into "ig"). So a word whose beginning no keyword word shares cannot have a
   * keyword's stem, and its stems (Porter2 is the costly part, and a column of comments
   * holds thousands of rare words) are not computed.
   */
  private readonly firstLetters = new Set<number>();
  private readonly firstTwoLetters = new Set<number>();

  constructor(themes: readonly Theme[], private readonly lexicon: Lexicon) {
    let slot = 0;
    themes.forEach((theme, themeIndex) => {
      for (const keyword of theme.keywords) {
        if (keyword.words.length === 0) continue;
        this.keywordTheme.push(themeIndex);
        this.keywordFirstSlot.push(slot);
        this.keywordLength.push(keyword.words.length);
        keyword.words.forEach((word, position) => {
          this.keywordStartedBy.push(position === 0 ? this.keywordTheme.length - 1 : -1);
          if (word.prefix) {
            this.prefixes.push({ prefix: word.folded, slot });
          } else {
            const id = lexicon.wordOf(word.folded);
            this.firstLetters.add(word.folded.charCodeAt(0));
            this.firstTwoLetters.add(firstTwo(word.folded));
            add(this.bySlotFolded, word.folded, slot);
            add(this.bySlotEnglish, lexicon.englishStem(id), slot);
            add(this.bySlotPolish, lexicon.polishStem(id), slot);
          }
          slot++;
        });
      }
    });
  }

  /** The slots a word matches, worked out on first use. */
  private slotsOf(word: number): readonly number[] {
    let slots = this.slotsByWord[word];
    if (slots === undefined) {
      const lexicon = this.lexicon;
      const folded = lexicon.folded(word);
      // Most words match nothing: no list is made for them.
      let found: number[] | undefined;
      const add = (list: readonly number[] | undefined): void => {
        if (list === undefined) return;
        for (const slot of list) {
          if (found === undefined) found = [slot];
          else if (!found.includes(slot)) found.push(slot);
        }
      };
      if (this.firstLetters.has(folded.charCodeAt(0))) {
        add(this.bySlotFolded.get(folded));
        add(this.bySlotPolish.get(lexicon.polishStem(word)));
        if (this.firstTwoLetters.has(firstTwo(folded))) add(this.bySlotEnglish.get(lexicon.englishStem(word)));
      }
      for (const { prefix, slot } of this.prefixes) if (folded.startsWith(prefix)) add([slot]);
      slots = found ?? NONE;
      this.slotsByWord[word] = slots;
    }
    return slots;
  }

  /** Calls `hit(theme)` for each keyword match in comment c (a theme may be reported more than once). */
  forEachMatch(words: CommentWords, comment: number, hit: (theme: number) => void): void {
    const { forms, starts } = words;
    const lexicon = this.lexicon;
    const end = starts[comment + 1];
    for (let i = starts[comment]; i < end; i++) {
      const form = forms[i];
      if (form < 0) continue;
      const slots = this.slotsOf(lexicon.wordOfForm(form));
      for (let s = 0; s < slots.length; s++) {
        const keyword = this.keywordStartedBy[slots[s]];
        if (keyword < 0) continue;
        if (this.followsOn(words, i, end, keyword)) hit(this.keywordTheme[keyword]);
      }
    }
  }

  /** Whether the words after position i match the rest of a keyword, in a row. */
  private followsOn(words: CommentWords, i: number, end: number, keyword: number): boolean {
    const length = this.keywordLength[keyword];
    const first = this.keywordFirstSlot[keyword];
    for (let j = 1; j < length; j++) {
      const form = i + j < end ? words.forms[i + j] : -1;
      if (form < 0 || !this.slotsOf(this.lexicon.wordOfForm(form)).includes(first + j)) return false;
    }
    return true;
  }
}

const NONE: readonly number[] = [];

/**
 * The first two UTF-16 code units of a word as one number (a one-letter word: its letter),
 * a second "y" read as "i": Porter2's exceptions "dying", "lying", "tying" stem to "die",
 * "lie", "tie", the only change it makes to a word's first two letters.
 */
export function firstTwo(word: string): number {
  if (word.length < 2) return word.charCodeAt(0);
  const second = word.charCodeAt(1);
  return word.charCodeAt(0) * 65536 + (second === 121 /* y */ ? 105 /* i */ : second);
}

function add(map: Map<string, number[]>, key: string, slot: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [slot]);
  else if (!list.includes(slot)) list.push(slot);
}
