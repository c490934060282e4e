import { readCommentWords } from '../../../src/core/themes/commentWords';

describe('readCommentWords', () => {
  it('keeps every comment as form ids in order, with −1 where punctuation parts two words', () => {
    const words = readCommentWords(['Late delivery, late!', '', 'Delivery late']);
    const { lexicon } = words;
    const texts = (c: number) => Array.from(words.forms.subarray(words.starts[c], words.starts[c + 1]), (f) => (f < 0 ? '|' : lexicon.formText(f)));
    expect(texts(0)).toEqual(['late', 'delivery', '|', 'late']);
    expect(texts(1)).toEqual([]);
    expect(texts(2)).toEqual(['delivery', 'late']);
    expect(words.commentCount).toBe(3);
    expect(lexicon.formCount).toBe(2);
  });
});
