import { readCommentWords } from '../../../src/core/themes/commentWords';
import fc from 'fast-check';
import { englishStem } from '../../../src/core/themes/englishStem';
import { firstTwo, KeywordMatcher } from '../../../src/core/themes/keywordMatcher';
import { buildThemeList } from '../../../src/core/themes/themeList';

/** The themes (by name) each comment mentions, in order of first match. */
function themesOf(themes: [string, string][], comments: string[]): string[][] {
  const list = buildThemeList(themes.map(([name, keywords], i) => ({ row: i + 1, name, keywords }))).themes;
  const words = readCommentWords(comments);
  const matcher = new KeywordMatcher(list, words.lexicon);
  return comments.map((_, c) => {
    const found: string[] = [];
    matcher.forEachMatch(words, c, (t) => {
      if (!found.includes(list[t].name)) found.push(list[t].name);
    });
    return found;
  });
}

describe('KeywordMatcher', () => {
  it('matches folded forms: case and accents do not matter', () => {
    expect(themesOf([['Obsługa', 'obsługa']], ['OBSŁUGA super', 'obsluga ok', 'Obsługą zachwycony', 'service'])).toEqual([['Obsługa'], ['Obsługa'], ['Obsługa'], []]);
  });

  it('matches equal English stems and equal Polish stems', () => {
    expect(themesOf([['Delivery', 'delivery'], ['Kurier', 'kurier'], ['Dostawa', 'dostawa']], ['Deliveries late', 'z kurierem', 'kuriera nie było', 'o dostawie', 'dostawy brak', 'kurs'])).toEqual([
      ['Delivery'],
      ['Kurier'],
      ['Kurier'],
      ['Dostawa'],
      ['Dostawa'],
      [],
    ]);
  });

  it('matches a prefix keyword against every word starting with it, folded', () => {
    expect(themesOf([['Late', 'spóźni*']], ['Kurier się spóźnił', 'SPOZNIONA paczka', 'spóźnienie', 'spóź'])).toEqual([['Late'], ['Late'], ['Late'], []]);
  });

  it('matches several words only in a row: no word and no punctuation between them', () => {
    expect(themesOf([['On time', 'on time']], ['always on time', 'On-time delivery', 'on the time', 'on, time', 'time on', 'on times'])).toEqual([
      ['On time'],
      ['On time'],
      [],
      [],
      [],
      ['On time'], // "times" ~ "time" (English stem)
    ]);
  });

  it('finds several themes in one comment, and a theme through any of its keywords', () => {
    expect(themesOf([['Delivery', 'delivery, courier'], ['Staff', 'staff, rude']], ['The courier was rude', 'staff and delivery fine', 'nothing'])).toEqual([
      ['Delivery', 'Staff'],
      ['Staff', 'Delivery'],
      [],
    ]);
  });
});

describe('firstTwo, the look-up that spares Porter2 on words no keyword can match', () => {
  it('is kept by Porter2 on any word, so two words with one English stem share it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,9}(ed|ing|ies|ied|s|eed|ly|ness|ational)?$/), (word) => {
        expect(firstTwo(englishStem(word))).toBe(firstTwo(word));
      }),
      { numRuns: 3000 },
    );
    for (const word of ['dying', 'lying', 'tying', 'skies', 'ugly', 'news']) expect(firstTwo(englishStem(word))).toBe(firstTwo(word));
  });

  it('lets "die" match "dying" (Porter2 exception)', () => {
    expect(themesOf([['Die', 'die']], ['dying'])).toEqual([['Die']]);
  });
});
