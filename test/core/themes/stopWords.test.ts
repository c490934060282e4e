import { foldWord } from '../../../src/core/themes/foldWord';
import { isStopWord } from '../../../src/core/themes/stopWords';

describe('isStopWord', () => {
  it.each(['the', 'and', 'was', "don't", 'dont', 'się', 'już', 'że', 'który', 'jest', 'bardzo', 'ponieważ', 'always', 'zawsze', 'naprawdę'])('%s is a stop word (folded)', (word) => {
    expect(isStopWord(foldWord(word))).toBe(true);
  });

  it.each(['delivery', 'not', 'nie', 'no', 'good', 'dobrze', 'time', 'czas', 'kurier', 'late'])('%s is not: a theme may hinge on it', (word) => {
    expect(isStopWord(foldWord(word))).toBe(false);
  });
});
