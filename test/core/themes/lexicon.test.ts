import { Lexicon } from '../../../src/core/themes/lexicon';

describe('Lexicon', () => {
  it('gives one form per lower-case spelling and one word per folded spelling', () => {
    const lexicon = new Lexicon();
    const [a, b, c] = ['Dostawą', 'dostawą', 'dostawa'].map((token) => lexicon.formOf(token));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(lexicon.formText(a)).toBe('dostawą');
    expect(lexicon.wordOfForm(a)).toBe(lexicon.wordOfForm(c));
    expect(lexicon.folded(lexicon.wordOfForm(a))).toBe('dostawa');
    expect([lexicon.formCount, lexicon.wordCount]).toEqual([2, 1]);
  });

  it('finds a word inside a text without slicing it, as formOf does', () => {
    const lexicon = new Lexicon();
    const text = 'Late delivery, LATE Delivery';
    expect([lexicon.formAt(text, 0, 4), lexicon.formAt(text, 5, 13), lexicon.formAt(text, 15, 19), lexicon.formAt(text, 20, 28)]).toEqual([0, 1, 0, 1]);
    expect(lexicon.formOf('delivery')).toBe(1);
  });

  it('keeps finding words when its table grows past thousands of tokens', () => {
    const lexicon = new Lexicon();
    const text = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    let start = 0;
    const forms: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const end = start + `w${i}`.length;
      forms.push(lexicon.formAt(text, start, end));
      start = end + 1;
    }
    expect(forms).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect(lexicon.formAt(text, 0, 2)).toBe(0);
    expect(lexicon.formOf('w4999')).toBe(4999);
  });

  it('stems each word once and tells theme words from stop words, short words and numbers', () => {
    const lexicon = new Lexicon();
    const words = ['deliveries', 'kurierem', 'the', 'się', 'x', '24', '24h'].map((w) => lexicon.wordOf(w));
    expect(lexicon.englishStem(words[0])).toBe('deliveri');
    expect(lexicon.polishStem(words[1])).toBe('kurier');
    expect(words.map((w) => lexicon.isThemeWord(w))).toEqual([true, true, false, false, false, false, true]);
  });
});
