import { readCommentWords } from '../../../src/core/themes/commentWords';
import { compareNames } from '../../../src/core/tabs/nameOrder';
import { discoverThemes } from '../../../src/core/themes/themeDiscovery';
import { isStopWord } from '../../../src/core/themes/stopWords';
import { foldWord } from '../../../src/core/themes/foldWord';

function discover(comments: string[], limit = 20) {
  const words = readCommentWords(comments);
  return discoverThemes(words, limit, compareNames('en'));
}

describe('discoverThemes', () => {
  it('answers about deliveries: "delivery" first, every inflected mention counted once per comment, no stop word', () => {
    const comments = [
      'Delivery was late', //            delivery, late
      'The delivery was late again', //  delivery, late
      'Deliveries are slow', //          delivery, slow
      'Delivery, delivery, delivery!', // delivery (one comment, one mention)
      'DELIVERY problems', //            delivery, problems
      'I love the deliveries', //        delivery, love
      'Late delivery', //                delivery, late, "late delivery"
      'late delivery', //                delivery, late, "late delivery"
    ];
    // Written forms of the delivery group, lower-cased: "delivery" 8 times, "deliveries" twice.
    const found = discover(comments);
    expect(found.themes).toEqual([
      { label: 'delivery', mentions: 8 },
      { label: 'late', mentions: 4 },
      { label: 'late delivery', mentions: 2 },
      { label: 'love', mentions: 1 },
      { label: 'problems', mentions: 1 },
      { label: 'slow', mentions: 1 },
    ]);
    for (const { label } of found.themes) for (const word of label.split(' ')) expect(isStopWord(foldWord(word))).toBe(false);
  });

  it('groups Polish inflections and shows the most written form', () => {
    const found = discover(['Dostawa OK', 'dostawy brak', 'o dostawie', 'Dostawa szybka', 'kurier miły', 'z kurierem problem']);
    // dostawa: 4 comments (written "dostawa" twice, "dostawy" and "dostawie" once); kurier: 2 (kurier, kurierem once each: the first wins).
    expect(found.themes.slice(0, 2)).toEqual([
      { label: 'dostawa', mentions: 4 },
      { label: 'kurier', mentions: 2 },
    ]);
  });

  it('needs two comments for a phrase, parts phrases at punctuation and stop words, and keeps the top rows by mentions then name', () => {
    const found = discover(['slow app', 'slow app', 'slow, app', 'slow the app', 'zebra', 'apple'], 3);
    // slow 4, app 4 ("app" and "apple" differ), "slow app" 2: the three rows with the most mentions.
    expect(found.themes).toEqual([
      { label: 'app', mentions: 4 },
      { label: 'slow', mentions: 4 },
      { label: 'slow app', mentions: 2 },
    ]);
    const one = discover(['quick refund'], 5);
    expect(one.themes.map((t) => t.label)).toEqual(['quick', 'refund']); // a phrase of one comment is not a theme
  });

  it('among rows with equally many mentions keeps the first by name', () => {
    expect(discover(['delta', 'alpha', 'charlie', 'bravo'], 2).themes.map((t) => t.label)).toEqual(['alpha', 'bravo']);
  });

  it('reports which rows each comment mentions', () => {
    const found = discover(['late delivery', 'delivery late', 'late, delivery', 'late delivery'], 5);
    const rows = found.themes.map((t) => t.label);
    expect(rows).toEqual(['delivery', 'late', 'late delivery']);
    const mentioned = [0, 1, 2, 3].map((c) => {
      const hits = new Set<string>();
      found.forEachMatch(c, (row) => hits.add(rows[row]));
      return [...hits].sort();
    });
    expect(mentioned).toEqual([['delivery', 'late', 'late delivery'], ['delivery', 'late'], ['delivery', 'late'], ['delivery', 'late', 'late delivery']]);
  });
});
